import type { Role } from "@ssis/domain";

/** Both provider roles read and add programmes (provider staff enter data without approval rights). */
export const PROGRAM_READERS: readonly Role[] = ["provider_admin", "provider_staff"];
export const PROGRAM_CREATORS: readonly Role[] = ["provider_admin", "provider_staff"];
/** Changing and ending a programme is the administrator's (시설장·기관 관리자). */
export const PROGRAM_EDITORS: readonly Role[] = ["provider_admin"];
/** Officials with a jurisdiction read an institution's programmes (read-only on the officials' side). */
export const PROGRAM_OFFICIAL_READERS: readonly Role[] = [
  "mohw_official",
  "sido_official",
  "sigungu_official",
  "eval_agency_staff",
  "auditor",
];
