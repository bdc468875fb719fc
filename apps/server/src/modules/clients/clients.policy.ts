import type { Role } from "@ssis/domain";

/** Both provider roles record admissions and discharges and may unmask with a reason (logged). */
export const CLIENT_EDITORS: readonly Role[] = ["provider_admin", "provider_staff"];
/**
 * Officials who read an institution's residents: the ministry, 시도 and 시군구 with a jurisdiction. Residents'
 * data is not needed for evaluation or access-log review, so the evaluation agency and auditors are left out.
 */
export const CLIENT_OFFICIAL_READERS: readonly Role[] = [
  "mohw_official",
  "sido_official",
  "sigungu_official",
];
/** Unmasking a 주민등록번호 on the officials' side: the supervising 시도 and 시군구 only. */
export const CLIENT_OFFICIAL_UNMASKERS: readonly Role[] = ["sido_official", "sigungu_official"];
