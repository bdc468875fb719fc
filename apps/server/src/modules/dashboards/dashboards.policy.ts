import type { Role } from "@ssis/domain";

/**
 * 업무현황 of a jurisdiction: the officials who work with the register see its institutions (as the old
 * 대시보드); the figures of 지도점검, 행정처분, 현황보고 and 변경신청 are given only to the officials who supervise
 * (보건복지부, 시도, 시군구), as the routes of those modules allow.
 */
export const JURISDICTION_DASHBOARD_READERS: readonly Role[] = [
  "mohw_official",
  "sido_official",
  "sigungu_official",
  "eval_agency_staff",
];
/** 업무현황 of the own institution: both provider roles. */
export const INSTITUTION_DASHBOARD_READERS: readonly Role[] = ["provider_admin", "provider_staff"];
