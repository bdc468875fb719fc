import { codesOf } from "./codes.ts";
/**
 * The register list's orders (`-` for descending): one for every column the list shows, and the opening date.
 * A grouping column (type, region, status, grade) orders by name within each group; unknown values come last
 * in both directions. 분야 has no order of its own: the type order groups the fields (see the repository).
 */

/** How each order reads on the screen and in the Excel download's 조회 조건 sheet. */
export const INSTITUTION_SORT_LABELS = {
  name: "기관명 가나다순",
  "-name": "기관명 역순",
  type: "시설 유형순",
  "-type": "시설 유형 역순",
  region: "소재지순(행정구역 코드)",
  "-region": "소재지 역순",
  status: "상태순",
  "-status": "상태 역순",
  capacity: "정원 적은순",
  "-capacity": "정원 많은순",
  current_users: "현원 적은순",
  "-current_users": "현원 많은순",
  head_name: "시설장 가나다순",
  "-head_name": "시설장 역순",
  phone: "전화번호순",
  "-phone": "전화번호 역순",
  grade: "최근 평가등급 높은순",
  "-grade": "최근 평가등급 낮은순",
  opened_on: "개소일 오래된순",
  "-opened_on": "개소일 최근순",
};
export const INSTITUTION_SORTS = codesOf(INSTITUTION_SORT_LABELS);
export type InstitutionSort = (typeof INSTITUTION_SORTS)[number];
