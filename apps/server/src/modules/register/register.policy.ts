import type { Role } from "@ssis/domain";
import { JURISDICTION_OFFICIALS, PROVIDER_USERS } from "../../platform/policy.ts";

/** Who reads the register and its history on the officials' side (domain.md §2). */
export const REGISTER_READERS: readonly Role[] = JURISDICTION_OFFICIALS;
/** Who registers and changes institutions: the 시군구 in charge, and the 시도 for its facilities. */
export const REGISTER_EDITORS: readonly Role[] = ["sido_official", "sigungu_official"];
/** The change-request inbox: 보건복지부 reads it; the 시군구 (and 시도) decide. */
export const CHANGE_REQUEST_READERS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];
export const CHANGE_REQUEST_DECIDERS: readonly Role[] = ["sido_official", "sigungu_official"];

export const PROVIDER_READERS: readonly Role[] = PROVIDER_USERS;
/** Provider staff enter data without approval rights: only the administrator submits changes. */
export const PROVIDER_EDITORS: readonly Role[] = ["provider_admin"];
