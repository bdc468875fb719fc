import type { Role } from "@ssis/domain";

/**
 * 지도점검 on the officials' side (UWDX): the officials with a jurisdiction plan, inspect and follow up
 * (domain.md §2, §7); each sees the inspections of institutions within its own jurisdiction.
 */
export const INSPECTION_OFFICIALS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];
/** On the providers' side (CWOM) both provider roles read and upload the requested documents. */
export const INSPECTION_READERS: readonly Role[] = ["provider_admin", "provider_staff"];
