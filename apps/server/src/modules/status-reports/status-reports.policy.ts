import type { Role } from "@ssis/domain";

/**
 * 현황보고 on the officials' side: the officials with a jurisdiction open rounds for it, follow them and
 * remind (domain.md §2, §4). Each sees the part of a round within its own jurisdiction.
 */
export const ROUND_OFFICIALS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];
/** Both provider roles fill in the report; only the administrator (시설장·기관 관리자) submits it. */
export const REPORT_EDITORS: readonly Role[] = ["provider_admin", "provider_staff"];
export const REPORT_SUBMITTERS: readonly Role[] = ["provider_admin"];
