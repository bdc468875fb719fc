import type { Role } from "@ssis/domain";

/**
 * 점검계획 (annual inspection plans): the officials with a jurisdiction plan the inspections of its
 * institutions (domain.md §2, §7); only the planning jurisdiction changes or approves its plan.
 */
export const PLAN_OFFICIALS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];
