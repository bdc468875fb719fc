import type { Role } from "@ssis/domain";

/** 행정처분 on the officials' side (UWDX): the authorities (시군구, 시도, 보건복지부) within their jurisdiction. */
export const DISPOSITION_OFFICIALS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];
/** The ladder tables of other laws are entered by the ministry's administrators (domain.md §7). */
export const LADDER_ADMINISTRATORS: readonly Role[] = ["mohw_official"];
/** Institutions read their pre-notices and decisions; the administrator (시설장) submits the opinion. */
export const DISPOSITION_READERS: readonly Role[] = ["provider_admin", "provider_staff"];
export const OPINION_SUBMITTERS: readonly Role[] = ["provider_admin"];
