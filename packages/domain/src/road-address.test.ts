import { describe, expect, it } from "vitest";
import { validateRegister } from "./institution-rules.ts";
import { registerRecord } from "./register-record.fixture.ts";
import {
  addressPrefix,
  normalizeRoadAddress,
  POSTAL_PREFIXES_BY_SIDO,
  postalCodeError,
  postalCodeFitsSigungu,
  postalRangeLabel,
  roadAddressError,
} from "./road-address.ts";

const JONGNO = { sidoName: "서울특별시", sigunguName: "종로구" };

describe("우편번호 against the 시군구's 시도", () => {
  it("accepts the first and last numbers of a 시도's range and refuses the neighbours just outside", () => {
    // 서울 01–09: 01000 and 09999 in, 00999 and 10000 out
    expect(postalCodeFitsSigungu("01000", "11110")).toBe(true);
    expect(postalCodeFitsSigungu("09999", "11440")).toBe(true);
    expect(postalCodeFitsSigungu("00999", "11110")).toBe(false);
    expect(postalCodeFitsSigungu("10000", "11110")).toBe(false);
    // 경기 10–20
    expect(postalCodeFitsSigungu("10000", "41110")).toBe(true);
    expect(postalCodeFitsSigungu("20999", "41110")).toBe(true);
    expect(postalCodeFitsSigungu("21000", "41110")).toBe(false);
    expect(postalCodeFitsSigungu("09999", "41110")).toBe(false);
    // 세종 30 alone, 제주 63 alone
    expect(postalCodeFitsSigungu("30100", "36110")).toBe(true);
    expect(postalCodeFitsSigungu("29999", "36110")).toBe(false);
    expect(postalCodeFitsSigungu("31000", "36110")).toBe(false);
    expect(postalCodeFitsSigungu("63000", "50110")).toBe(true);
    expect(postalCodeFitsSigungu("64000", "50110")).toBe(false);
  });

  it("judges old and new 시도 codes alike, and both halves of 전남광주통합특별시", () => {
    expect(postalCodeFitsSigungu("24000", "42110")).toBe(true); // 강원도 (before 2023-06-11)
    expect(postalCodeFitsSigungu("24000", "51110")).toBe(true); // 강원특별자치도
    expect(postalCodeFitsSigungu("54000", "52110")).toBe(true); // 전북특별자치도
    expect(postalCodeFitsSigungu("57000", "12110")).toBe(true); // 전남 part
    expect(postalCodeFitsSigungu("62999", "12210")).toBe(true); // 광주 part
    expect(postalCodeFitsSigungu("63000", "12210")).toBe(false);
  });

  it("lets 군위군 keep 경상북도's numbers after it joined 대구, but no other 대구 구", () => {
    expect(postalCodeFitsSigungu("39000", "27720")).toBe(true);
    expect(postalCodeFitsSigungu("41000", "27720")).toBe(true);
    expect(postalCodeFitsSigungu("39000", "27110")).toBe(false);
  });

  it("covers every two-digit prefix 01–63 exactly once among the current 시도", () => {
    const current = [
      "11",
      "41",
      "28",
      "51",
      "43",
      "36",
      "44",
      "30",
      "47",
      "27",
      "31",
      "26",
      "48",
      "52",
      "12",
      "50",
    ];
    const seen = new Map<number, string>();
    for (const code of current) {
      const r = POSTAL_PREFIXES_BY_SIDO[code];
      expect(r, code).toBeDefined();
      for (let p = r?.from ?? 0; p <= (r?.to ?? -1); p++) {
        expect(seen.get(p), `${p} in ${code} and ${seen.get(p)}`).toBeUndefined();
        seen.set(p, code);
      }
    }
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 63 }, (_, i) => i + 1));
  });

  it("says what the range is, in Korean, and does not judge an unknown 시도", () => {
    expect(postalRangeLabel("11110")).toBe("01000~09999");
    expect(postalCodeError("12345", "11110")).toBe(
      "서울특별시의 우편번호는 01000~09999 사이입니다. 입력한 12345를 확인하세요.",
    );
    expect(postalCodeError("03154", "11110")).toBeNull();
    expect(postalCodeError("0315", "11110")).toBe("우편번호는 숫자 5자리입니다(예: 03154).");
    expect(postalCodeFitsSigungu("12345", "99110")).toBe(true);
    expect(postalCodeFitsSigungu("1234a", "99110")).toBe(false);
  });
});

describe("도로명주소 shape", () => {
  it("accepts 시도 시군구 [읍면] 도로명 건물번호, with 부번, 지하 and a 참고항목", () => {
    for (const ok of [
      "서울특별시 종로구 세종대로 209",
      "서울특별시 종로구 율곡로10길 5",
      "서울특별시 중구 세종대로 지하 2",
      "서울특별시 종로구 삼일대로 428 (낙원동)",
      "경기도 수원시 장안구 정조로 940-1",
      "경기도 양평군 양평읍 중앙로 12",
      "세종특별자치시 한누리대로 2130",
      "강원특별자치도 춘천시 중앙로 1",
      "부산광역시 해운대구 중앙로12번길 3",
      "전남광주통합특별시 동구 금남로 1",
    ])
      expect(roadAddressError(ok), ok).toBeNull();
  });

  it("refuses what is not a 도로명주소, and sends 동·층·호 to 상세주소", () => {
    const shape =
      "도로명주소를 '시도 시군구 도로명 건물번호' 순서로 입력하세요(예: 서울특별시 종로구 세종대로 209).";
    for (const bad of [
      "종로구 세종대로 209", // no 시도
      "서울 종로구 세종대로 209", // 시도 not written out
      "서울특별시 종로구 세종대로", // no building number
      "서울특별시 종로구 세종대로 0", // building numbers start at 1
      "서울특별시 종로구 청운동 123-4", // a 지번 address
      "서울특별시 종로구 세종대로 209호",
      "Seoul Jongno-gu Sejong-daero 209",
    ])
      expect(roadAddressError(bad), bad).toBe(shape);
    expect(roadAddressError("서울특별시 종로구 세종대로 209, 3층")).toContain("상세주소 칸에");
    expect(roadAddressError("서울특별시 종로구 세종대로 209 101호")).toContain("상세주소 칸에");
    expect(roadAddressError("   ")).toBe("도로명주소를 입력하세요.");
  });

  it("must lie in the chosen 시군구 (세종: the 시도 alone)", () => {
    expect(roadAddressError("서울특별시 종로구 세종대로 209", JONGNO)).toBeNull();
    expect(roadAddressError("서울특별시 마포구 월드컵로 212", JONGNO)).toBe(
      "선택한 시군구의 주소가 아닙니다. 도로명주소는 '서울특별시 종로구'(으)로 시작해야 합니다.",
    );
    // 종로구 must not match a longer name that starts the same way
    expect(roadAddressError("서울특별시 종로구청로 1", JONGNO)).not.toBeNull();
    expect(addressPrefix({ sidoName: "세종특별자치시", sigunguName: "세종특별자치시" })).toBe(
      "세종특별자치시 ",
    );
    expect(
      roadAddressError("세종특별자치시 한누리대로 2130", { sidoName: "세종특별자치시", sigunguName: null }),
    ).toBeNull();
    // a 시 with 일반구: the 구 follows the 시
    expect(
      roadAddressError("경기도 수원시 장안구 정조로 940-1", { sidoName: "경기도", sigunguName: "수원시" }),
    ).toBeNull();
  });

  it("collapses the spaces a user typed", () => {
    expect(normalizeRoadAddress("  서울특별시   종로구 삼일대로 428 ( 낙원동 ) ")).toBe(
      "서울특별시 종로구 삼일대로 428 (낙원동)",
    );
    expect(roadAddressError("서울특별시  종로구  세종대로 209", JONGNO)).toBeNull();
  });
});

describe("the register's validation uses both rules", () => {
  // An individual's day-use institution with only the required fields filled.
  const record = registerRecord({
    phone: null,
    businessNo: null,
    operatorKind: "individual",
    operatorName: "김운영",
    corporationNo: null,
    headName: null,
    headAppointedOn: null,
    capacity: null,
    openedOn: null,
  });
  const ctx = { today: "2026-12-01", residential: false, currentUsers: null, region: JONGNO };

  it("reports the address and the postal code beside their fields", () => {
    expect(validateRegister(record, ctx)).toEqual([]);
    const errors = validateRegister(
      { ...record, roadAddress: "서울특별시 마포구 월드컵로 212", postalCode: "41000" },
      ctx,
    );
    expect(errors.map((e) => e.field)).toEqual(["roadAddress", "postalCode"]);
  });

  it("leaves an untouched old address alone", () => {
    const old = { ...record, roadAddress: "서울 종로구 세종대로 1", postalCode: "99999" };
    expect(validateRegister({ ...old, phone: "02-555-1234" }, ctx, ["phone"])).toEqual([]);
  });
});
