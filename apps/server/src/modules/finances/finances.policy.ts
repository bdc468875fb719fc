import type { Role } from "@ssis/domain";

/** Both provider roles read the finances summary. */
export const FINANCE_READERS: readonly Role[] = ["provider_admin", "provider_staff"];
/** Reporting the summary is the administrator's (시설장·기관 관리자). */
export const FINANCE_EDITORS: readonly Role[] = ["provider_admin"];
/** Officials with a jurisdiction read it (read-only on the officials' side). */
export const FINANCE_OFFICIAL_READERS: readonly Role[] = [
  "mohw_official",
  "sido_official",
  "sigungu_official",
  "eval_agency_staff",
  "auditor",
];
