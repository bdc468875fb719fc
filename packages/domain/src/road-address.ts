/**
 * 도로명주소 and 우편번호 as typed into the register (기관 등록, 기관 정보 변경, 변경신청).
 *
 * No 도로명주소 reference can be searched offline: the full 도로명주소 DB is gigabytes, and the address search
 * components on npm (react-daum-postcode, slick-address-kr, …) all call Kakao's or 행정안전부's service on the
 * internet, which users on 행정망 may not reach. So the system checks what it can without one: the address's
 * shape (시도 시군구 [읍면] 도로명 건물번호), that it lies in the chosen 시군구, and that the 우편번호's first two
 * digits belong to that 시도.
 */

/**
 * 국가기초구역번호 (우편번호 since 2015-08-01): the first two digits name the 시도. Source: 우정사업본부's
 * announcement of the new postal codes (2015-07-23), as reported by 뉴스포커스 2015-07-24 ("서울 01∼09, 경기
 * 10∼20, 인천 21∼23, 강원 24∼26, 충북 27∼29, 세종 30, 충남 31∼33, 대전 34∼35, 경북 36∼40, 대구 41∼43, 울산
 * 44∼45, 부산 46∼49, 경남 50∼53, 전북 54∼56, 전남 57∼60, 광주 61∼62, 제주 63"); the same 시도 order and
 * ranges head the sections of the wiki article 「기초구역번호」. The third digit names the 시군구, but no reliable
 * per-시군구 table was found, so only the 시도 is checked.
 *
 * Keyed by the 시도 part of the region code (the first two digits of a 시군구 code), old codes included, so a
 * record from before a reorganisation is judged by the code it carries.
 */
export const POSTAL_PREFIXES_BY_SIDO: Readonly<Record<string, { name: string; from: number; to: number }>> = {
  "11": { name: "서울특별시", from: 1, to: 9 },
  "41": { name: "경기도", from: 10, to: 20 },
  "28": { name: "인천광역시", from: 21, to: 23 },
  "42": { name: "강원도", from: 24, to: 26 },
  "51": { name: "강원특별자치도", from: 24, to: 26 }, // 42 → 51 on 2023-06-11; the numbers stayed
  "43": { name: "충청북도", from: 27, to: 29 },
  "36": { name: "세종특별자치시", from: 30, to: 30 },
  "44": { name: "충청남도", from: 31, to: 33 },
  "30": { name: "대전광역시", from: 34, to: 35 },
  "47": { name: "경상북도", from: 36, to: 40 },
  "27": { name: "대구광역시", from: 41, to: 43 },
  "31": { name: "울산광역시", from: 44, to: 45 },
  "26": { name: "부산광역시", from: 46, to: 49 },
  "48": { name: "경상남도", from: 50, to: 53 },
  "45": { name: "전라북도", from: 54, to: 56 },
  "52": { name: "전북특별자치도", from: 54, to: 56 }, // 45 → 52 on 2024-01-18
  "46": { name: "전라남도", from: 57, to: 60 },
  "29": { name: "광주광역시", from: 61, to: 62 },
  // 전라남도 (57–60) and 광주광역시 (61–62) merged on 2026-07-01 (regions.md). Unverified: no source was found
  // that the 구역번호 were renumbered, so both ranges stand.
  "12": { name: "전남광주통합특별시", from: 57, to: 62 },
  "50": { name: "제주특별자치도", from: 63, to: 63 },
};

/**
 * 시군구 that kept another 시도's numbers when they moved. Unverified: 군위군 joined 대구광역시 from 경상북도 on
 * 2023-07-01; no source was found that its 구역번호 (경상북도's 36–40) changed, so both are accepted.
 */
export const POSTAL_PREFIXES_EXTRA_BY_SIGUNGU: Readonly<Record<string, { from: number; to: number }>> = {
  "27720": { from: 36, to: 40 },
};

const pad = (n: number) => String(n).padStart(2, "0");

/** The 우편번호 range of a 시군구's 시도, as a user reads it ("01000~09999"), or null for an unknown 시도. */
export function postalRangeLabel(sigunguCode: string): string | null {
  const sido = POSTAL_PREFIXES_BY_SIDO[sigunguCode.slice(0, 2)];
  return sido ? `${pad(sido.from)}000~${pad(sido.to)}999` : null;
}

/**
 * Whether a 5-digit 우편번호 can lie in the 시군구: its first two digits are in the 시도's range (or the 시군구's
 * extra one). An unknown 시도 code is not judged (true): the check is there to catch typing mistakes.
 */
export function postalCodeFitsSigungu(postalCode: string, sigunguCode: string): boolean {
  const code = postalCode.trim();
  if (!/^\d{5}$/.test(code)) return false;
  const sido = POSTAL_PREFIXES_BY_SIDO[sigunguCode.slice(0, 2)];
  if (!sido) return true;
  const prefix = Number(code.slice(0, 2));
  const extra = POSTAL_PREFIXES_EXTRA_BY_SIGUNGU[sigunguCode];
  return (
    (prefix >= sido.from && prefix <= sido.to) || (!!extra && prefix >= extra.from && prefix <= extra.to)
  );
}

/** The message beside 우편번호 when it does not fit the 시군구, or null when it does. */
export function postalCodeError(postalCode: string, sigunguCode: string): string | null {
  const code = postalCode.trim();
  if (!/^\d{5}$/.test(code)) return "우편번호는 숫자 5자리입니다(예: 03154).";
  if (postalCodeFitsSigungu(code, sigunguCode)) return null;
  const sido = POSTAL_PREFIXES_BY_SIDO[sigunguCode.slice(0, 2)];
  return `${sido?.name ?? "이 시도"}의 우편번호는 ${postalRangeLabel(sigunguCode)} 사이입니다. 입력한 ${code}를 확인하세요.`;
}

/** The 시도 and 시군구 an address must start with (세종: the 시도 alone). */
export interface AddressRegion {
  sidoName: string;
  /** null or the 시도's own name where there is no 시군구 level (세종특별자치시) */
  sigunguName: string | null;
}

/** "서울특별시 종로구 " — what a 도로명주소 in the 시군구 begins with. */
export function addressPrefix(region: AddressRegion): string {
  const sigungu = region.sigunguName && region.sigunguName !== region.sidoName ? region.sigunguName : null;
  return sigungu ? `${region.sidoName} ${sigungu} ` : `${region.sidoName} `;
}

// 시도 (…특별시, …광역시, …특별자치시, …도, …특별자치도), then 시군구 and 읍면 (0–3 words), then the road name
// (도로명 ends in 대로, 로 or 길, …번길 included), the building number (지하 before it for an underground
// building, a 부번 after a hyphen) and the 참고항목 in brackets, as 도로명주소 is written.
const SHAPE =
  /^[가-힣]+(?:특별시|광역시|특별자치시|도)(?: [가-힣0-9]+){0,3} [가-힣][가-힣0-9.·]*(?:로|길) (?:지하 )?[1-9]\d{0,4}(?:-[1-9]\d{0,4})?(?: \([^()]+\))?$/;
const SHAPE_WITH_REST =
  /^[가-힣]+(?:특별시|광역시|특별자치시|도)(?: [가-힣0-9]+){0,3} [가-힣][가-힣0-9.·]*(?:로|길) (?:지하 )?[1-9]\d{0,4}(?:-[1-9]\d{0,4})?[ ,]+\S/;

/** Spaces as a user may have typed them: collapsed, and none just inside brackets. */
export function normalizeRoadAddress(input: string): string {
  return input.trim().replace(/\s+/g, " ").replace(/\(\s+/g, "(").replace(/\s+\)/g, ")");
}

/**
 * The message beside 도로명주소 when its shape is wrong or it lies outside the chosen 시군구, or null. The
 * 시군구 is checked only when its names are known.
 */
export function roadAddressError(input: string, region?: AddressRegion | null): string | null {
  const address = normalizeRoadAddress(input);
  if (!address) return "도로명주소를 입력하세요.";
  if (!SHAPE.test(address)) {
    if (SHAPE_WITH_REST.test(address))
      return "동·층·호수는 상세주소 칸에 입력하세요. 도로명주소는 건물번호까지입니다(예: 서울특별시 종로구 세종대로 209).";
    return "도로명주소를 '시도 시군구 도로명 건물번호' 순서로 입력하세요(예: 서울특별시 종로구 세종대로 209).";
  }
  if (region && !address.startsWith(addressPrefix(region)))
    return `선택한 시군구의 주소가 아닙니다. 도로명주소는 '${addressPrefix(region).trim()}'(으)로 시작해야 합니다.`;
  return null;
}
