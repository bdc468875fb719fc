import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  canChangeStatus,
  changedFields,
  changeReasonError,
  corporationNumberCheckDigit,
  formatCorporationNumber,
  isChangeRequestOverdue,
  isIsoDate,
  isLegallySignificantField,
  isMinorField,
  isValidCorporationNumber,
  isValidPhoneNumber,
  isValidPostalCode,
  normalizeRegisterValue,
  validateRegister,
} from "./institution-rules.ts";
import { registerRecord } from "./register-record.fixture.ts";

const ctx = { today: "2026-11-25", residential: true, currentUsers: 64 };
const fieldsOf = (errors: { field: string }[]) => errors.map((e) => e.field);

describe("법인등록번호", () => {
  it("accepts a real number (삼성전자 130111-0006246) with or without the hyphen", () => {
    expect(isValidCorporationNumber("130111-0006246")).toBe(true);
    expect(isValidCorporationNumber("1301110006246")).toBe(true);
  });
  it("rejects a wrong check digit, wrong length and letters", () => {
    expect(isValidCorporationNumber("1301110006245")).toBe(false);
    expect(isValidCorporationNumber("130111000624")).toBe(false);
    expect(isValidCorporationNumber("13011100062461")).toBe(false);
    expect(isValidCorporationNumber("13011a0006246")).toBe(false);
  });
  it("sums the weighted digits as they are (1×d1 + 2×d2 …), not their digit sums", () => {
    // 9×2 = 18 counts as 18 here; a digit-sum variant would count 9 and give another check digit.
    const twelve = "090909090909";
    expect(corporationNumberCheckDigit(twelve)).toBe((10 - ((6 * 18) % 10)) % 10);
    expect(isValidCorporationNumber(`${twelve}2`)).toBe(true);
  });
  it("formats as 6-7 digits", () => {
    expect(formatCorporationNumber("1301110006246")).toBe("130111-0006246");
  });
});

describe("telephone numbers", () => {
  it.each([
    "02-123-4567",
    "02-1234-5678",
    "0212345678",
    "031-123-4567",
    "064-7123-4567",
    "070-1234-5678",
    "010-1234-5678",
    "1588-1234",
    "1644-0000",
    "0505-123-4567",
  ])("accepts %s", (n) => expect(isValidPhoneNumber(n)).toBe(true));
  it.each([
    "02-12-4567",
    "029-123-4567",
    "1234-5678",
    "010-123-456",
    "02-1234-56789",
    "전화",
    "031-12345-678",
  ])("rejects %s", (n) => expect(isValidPhoneNumber(n)).toBe(false));
});

describe("postal codes and dates", () => {
  it("accepts exactly five digits", () => {
    expect(isValidPostalCode("03154")).toBe(true);
    expect(isValidPostalCode("0315")).toBe(false);
    expect(isValidPostalCode("031-54")).toBe(false);
    expect(isValidPostalCode("110-050")).toBe(false);
  });
  it("knows real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("2025-1-01")).toBe(false);
  });
  it("adds calendar days", () => {
    expect(addCalendarDays("2026-12-28", 7)).toBe("2027-01-04");
  });
  it("calls a submitted request overdue only after its due date", () => {
    expect(isChangeRequestOverdue({ status: "submitted", dueOn: "2026-11-25" }, "2026-11-25")).toBe(false);
    expect(isChangeRequestOverdue({ status: "submitted", dueOn: "2026-11-24" }, "2026-11-25")).toBe(true);
    expect(isChangeRequestOverdue({ status: "approved", dueOn: "2026-11-01" }, "2026-11-25")).toBe(false);
  });
});

describe("field classes", () => {
  it("treats name, address, type, capacity, head, operator and status as legally significant", () => {
    for (const f of [
      "name",
      "roadAddress",
      "postalCode",
      "typeCode",
      "capacity",
      "headName",
      "operatorName",
      "corporationNo",
      "status",
    ])
      expect(isLegallySignificantField(f)).toBe(true);
    for (const f of ["phone", "fax", "email", "homepage"]) {
      expect(isLegallySignificantField(f)).toBe(false);
      expect(isMinorField(f)).toBe(true);
    }
    expect(isMinorField("capacity")).toBe(false);
  });
  it("lists the fields that differ, empty string and null being the same", () => {
    expect(changedFields(registerRecord(), { phone: "02-999-9999", fax: "", capacity: 70 })).toEqual([
      "phone",
    ]);
  });
  it("allows 운영 ⇄ 휴지 and → 폐지, nothing after 폐지", () => {
    expect(canChangeStatus("operating", "suspended")).toBe(true);
    expect(canChangeStatus("suspended", "operating")).toBe(true);
    expect(canChangeStatus("operating", "closed")).toBe(true);
    expect(canChangeStatus("closed", "operating")).toBe(false);
  });
  it("normalizes input: trimmed, empty → null, identifiers without hyphens", () => {
    expect(normalizeRegisterValue("phone", "  ")).toBeNull();
    expect(normalizeRegisterValue("corporationNo", "130111-0006246")).toBe("1301110006246");
    expect(normalizeRegisterValue("capacity", "80")).toBe(80);
  });
});

describe("validateRegister", () => {
  it("accepts a complete, valid record", () => {
    expect(validateRegister(registerRecord(), ctx)).toEqual([]);
  });
  it("refuses a residential capacity below current users, and accepts it equal", () => {
    const errors = validateRegister(registerRecord({ capacity: 63 }), ctx, ["capacity"]);
    expect(errors).toEqual([
      { field: "capacity", message: "생활시설의 정원은 현원(64명)보다 적을 수 없습니다." },
    ]);
    expect(validateRegister(registerRecord({ capacity: 64 }), ctx, ["capacity"])).toEqual([]);
    expect(
      validateRegister(registerRecord({ capacity: 10 }), { ...ctx, residential: false }, ["capacity"]),
    ).toEqual([]);
  });
  it("refuses dates after today and a closing date before the opening", () => {
    const errors = validateRegister(
      registerRecord({ openedOn: "2026-11-26", headAppointedOn: "2026-11-26", closedOn: "2000-01-01" }),
      ctx,
    );
    expect(fieldsOf(errors)).toEqual(expect.arrayContaining(["openedOn", "headAppointedOn"]));
    expect(errors.find((e) => e.field === "openedOn")?.message).toBe("개소일은 오늘 이후일 수 없습니다.");
    expect(
      validateRegister(registerRecord({ openedOn: "2026-11-25", headAppointedOn: "2026-11-25" }), ctx),
    ).toEqual([]);
    expect(fieldsOf(validateRegister(registerRecord({ closedOn: "2010-04-30" }), ctx, ["status"]))).toEqual([
      "closedOn",
    ]);
    expect(validateRegister(registerRecord({ closedOn: "2010-05-01" }), ctx)).toEqual([]);
  });
  it("checks the identifiers' check digits", () => {
    const errors = validateRegister(
      registerRecord({ businessNo: "1234567890", corporationNo: "1301110006245" }),
      ctx,
    );
    expect(fieldsOf(errors)).toEqual(["businessNo", "corporationNo"]);
  });
  it("requires a 법인등록번호 when the operator becomes a corporation", () => {
    const record = registerRecord({ operatorKind: "corporation", corporationNo: null });
    expect(fieldsOf(validateRegister(record, ctx, ["operatorKind"]))).toEqual(["corporationNo"]);
    expect(
      validateRegister(registerRecord({ operatorKind: "individual", corporationNo: null }), ctx),
    ).toEqual([]);
  });
  it("reports only touched fields, so an old inconsistency does not block an unrelated change", () => {
    const old = registerRecord({ capacity: 50 }); // below 현원 64 already
    expect(validateRegister({ ...old, phone: "02-555-1234" }, ctx, ["phone"])).toEqual([]);
  });
  it("words every message in Korean and keys it by field", () => {
    const errors = validateRegister(
      registerRecord({
        name: "",
        roadAddress: "",
        postalCode: "123",
        phone: "123",
        email: "x@",
        homepage: "ftp://x",
      }),
      ctx,
    );
    expect(fieldsOf(errors)).toEqual(["name", "roadAddress", "postalCode", "phone", "email", "homepage"]);
    for (const e of errors) expect(e.message).toMatch(/[가-힣]/);
  });
});

describe("changeReasonError", () => {
  it("asks an official for a reason only when a legally significant field changes", () => {
    expect(changeReasonError("official", ["phone", "email"], "")).toBeNull();
    expect(changeReasonError("official", ["capacity", "phone"], " ")?.message).toBe(
      "법적으로 중요한 항목(정원)을 변경할 때는 변경 사유를 입력하세요.",
    );
    expect(changeReasonError("official", ["capacity"], "증축")).toBeNull();
  });
  it("asks an institution for a reason for anything but its contacts (a 변경신청)", () => {
    expect(changeReasonError("provider", ["homepage"], null)).toBeNull();
    expect(changeReasonError("provider", ["capacity", "headName"], undefined)?.message).toBe(
      "정원, 시설장 성명은 변경신청 대상입니다. 변경 사유를 입력하세요.",
    );
  });
});
