import { describe, expect, it } from "vitest";
import {
  checkResidentNumber,
  maskResidentNumber,
  RANDOM_NUMBER_SCHEME_FROM,
  residentNumberCheckDigit,
} from "./resident-number.ts";

const today = "2026-10-31";
const withCheck = (twelve: string) => `${twelve}${residentNumberCheckDigit(twelve)}`;

describe("checkResidentNumber", () => {
  it("accepts a 1975-scheme number whose check digit matches, with or without the hyphen", () => {
    // 9·2+0+0+1·5+0+1·7+1·8+2·9+3·2+4·3+5·4+6·5 = 124; 124 mod 11 = 3; (11 − 3) mod 10 = 8
    for (const input of ["900101-1234568", "9001011234568"]) {
      const r = checkResidentNumber(input, today);
      expect(r).toMatchObject({ ok: true, birthDate: "1990-01-01", sex: "male", checkDigit: "valid" });
    }
  });

  it("reports a wrong check digit as a mismatch to confirm, not as a hard error", () => {
    const r = checkResidentNumber("900101-1234567", today);
    expect(r).toMatchObject({ ok: true, checkDigit: "mismatch" });
  });

  it("computes (11 − sum mod 11) mod 10, so a remainder of 1 gives 0 and 0 gives 1", () => {
    expect(residentNumberCheckDigit("900101123456")).toBe(8);
    // find prefixes whose weighted sum leaves remainders 0 and 1
    const seen = new Map<number, string>();
    for (let n = 0; n < 200 && seen.size < 11; n++) {
      const twelve = `850615${String(100000 + n)
        .slice(1)
        .padStart(5, "0")}1`.slice(0, 12);
      const sum = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5].reduce((a, w, i) => a + Number(twelve[i]) * w, 0);
      seen.set(sum % 11, twelve);
    }
    expect(residentNumberCheckDigit(seen.get(0) as string)).toBe(1);
    expect(residentNumberCheckDigit(seen.get(1) as string)).toBe(0);
  });

  it("reads the century from the 7th digit", () => {
    expect(checkResidentNumber(withCheck("050301300000"), today)).toMatchObject({
      ok: true,
      birthDate: "2005-03-01",
      sex: "male",
    });
    expect(checkResidentNumber(withCheck("990301200000"), today)).toMatchObject({
      birthDate: "1999-03-01",
      sex: "female",
    });
    expect(checkResidentNumber(withCheck("991231900000"), today)).toMatchObject({ birthDate: "1899-12-31" });
    expect(checkResidentNumber(withCheck("991231000000"), today)).toMatchObject({
      birthDate: "1899-12-31",
      sex: "female",
    });
    expect(checkResidentNumber("800101-5123456", today)).toMatchObject({
      ok: true,
      birthDate: "1980-01-01",
      foreigner: true,
      checkDigit: "not-applicable",
    });
    expect(checkResidentNumber("100101-8123456", today)).toMatchObject({ birthDate: "2010-01-01" });
  });

  it("knows 1900 was not a leap year but 2000 was", () => {
    const r1900 = checkResidentNumber(withCheck("000229100000"), today);
    expect(r1900.ok).toBe(false);
    if (!r1900.ok) expect(r1900.message).toBe("주민등록번호 앞자리의 생년월일이 실제 날짜가 아닙니다.");
    expect(checkResidentNumber(withCheck("000229300000"), today).ok).toBe(true);
    expect(checkResidentNumber(withCheck("011301100000"), today).ok).toBe(false);
    expect(checkResidentNumber(withCheck("010132100000"), today).ok).toBe(false);
    expect(checkResidentNumber(withCheck("010100100000"), today).ok).toBe(false);
  });

  it("refuses wrong length, letters and an unknown century digit with Korean messages", () => {
    for (const bad of ["90010-1234568", "900101-12345689", "90o101-1234568", ""]) {
      const r = checkResidentNumber(bad, today);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toBe("주민등록번호는 숫자 13자리입니다(예: 900101-1234567).");
    }
  });

  it("refuses a birth date after today", () => {
    const r = checkResidentNumber(withCheck("261101300000"), today);
    expect(r).toEqual({ ok: false, message: "주민등록번호의 생년월일이 오늘 이후입니다." });
    expect(checkResidentNumber(withCheck("261031300000"), today).ok).toBe(true);
  });

  it("does not apply the check digit to anyone born on or after the 2020-10-05 cut-over (random digits)", () => {
    expect(RANDOM_NUMBER_SCHEME_FROM).toBe("2020-10-05");
    const after = checkResidentNumber("201005-4999990", today);
    expect(after).toMatchObject({ ok: true, checkDigit: "not-applicable" });
    const before = "201004-3999990";
    const r = checkResidentNumber(before, today);
    expect(r.ok && r.checkDigit).toBe(
      residentNumberCheckDigit(before.replace("-", "").slice(0, 12)) === 0 ? "valid" : "mismatch",
    );
  });
});

describe("maskResidentNumber", () => {
  it("keeps the birth date and the sex digit only", () => {
    expect(maskResidentNumber("900101-1234568")).toBe("900101-1******");
    expect(maskResidentNumber("0503014123456")).toBe("050301-4******");
  });
  it("hides everything of a malformed value", () => {
    expect(maskResidentNumber("12345")).toBe("******-*******");
  });
});
