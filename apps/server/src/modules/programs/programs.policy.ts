import type { Role } from "@ssis/domain";
import { JURISDICTION_OFFICIALS, PROVIDER_USERS } from "../../platform/policy.ts";

/** Both provider roles read and add programmes (provider staff enter data without approval rights). */
export const PROGRAM_READERS: readonly Role[] = PROVIDER_USERS;
export const PROGRAM_CREATORS: readonly Role[] = PROVIDER_USERS;
/** Changing and ending a programme is the administrator's (시설장·기관 관리자). */
export const PROGRAM_EDITORS: readonly Role[] = ["provider_admin"];
/** Officials with a jurisdiction read an institution's programmes (read-only on the officials' side). */
export const PROGRAM_OFFICIAL_READERS: readonly Role[] = JURISDICTION_OFFICIALS;
