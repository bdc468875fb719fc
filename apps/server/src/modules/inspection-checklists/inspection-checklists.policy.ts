import type { Role } from "@ssis/domain";

/**
 * 점검표 (inspection checklists): the officials who inspect read every version and make new ones
 * (domain.md §7); a checklist names no institution, so it is reference data of every jurisdiction.
 */
export const CHECKLIST_OFFICIALS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];
