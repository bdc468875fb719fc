import type { Role } from "@ssis/domain";

/** 지적사항·시정·개선 조치 on the officials' side (UWDX): the inspecting officials within their jurisdiction. */
export const FINDING_OFFICIALS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];
/** On the providers' side (CWOM) both provider roles read their institution's actions … */
export const FINDING_READERS: readonly Role[] = ["provider_admin", "provider_staff"];
/** … and only the administrator (시설장·기관 관리자) reports the corrective action to the authority. */
export const CORRECTIVE_REPORTERS: readonly Role[] = ["provider_admin"];
