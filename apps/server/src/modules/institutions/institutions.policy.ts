import type { Role } from "@ssis/domain";
import { JURISDICTION_OFFICIALS, PROVIDER_USERS } from "../../platform/policy.ts";

/** Who reads the register on the officials' side (domain.md §2): everyone with a jurisdiction. */
export const REGISTER_READERS: readonly Role[] = JURISDICTION_OFFICIALS;
/**
 * Who may download it as Excel: the officials who keep or supervise the register. The file leaves the system
 * with heads' names, so readers who only consult it (evaluation agency, auditors) do not get the download.
 */
export const REGISTER_EXPORTERS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];
/** Who keeps it: the 시군구 in charge, and the 시도 for the facilities it supervises. 보건복지부 only reads. */
export const REGISTER_EDITORS: readonly Role[] = ["sido_official", "sigungu_official"];

export const PROVIDER_READERS: readonly Role[] = PROVIDER_USERS;
/** Provider staff enter data without approval rights; contacts are the administrator's. */
export const PROVIDER_EDITORS: readonly Role[] = ["provider_admin"];

export const AGENCY_READERS: readonly Role[] = ["support_agency_staff"];
