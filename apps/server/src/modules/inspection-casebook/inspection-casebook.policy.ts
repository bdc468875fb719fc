import type { Role } from "@ssis/domain";

/** 지적 사례집: the inspecting officials share their findings, anonymised, and read everyone's … */
export const CASEBOOK_OFFICIALS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];
/** … and institutions read the same anonymised case book. */
export const CASEBOOK_READERS: readonly Role[] = ["provider_admin", "provider_staff"];
