import type { Role } from "@ssis/domain";
import { JURISDICTION_OFFICIALS, PROVIDER_USERS } from "../../platform/policy.ts";

/** Both provider roles enter staff data (domain.md §2: provider staff without approval rights). */
export const STAFF_EDITORS: readonly Role[] = PROVIDER_USERS;
/** Ending someone's employment is the administrator's (시설장·기관 관리자). */
export const STAFF_ENDERS: readonly Role[] = ["provider_admin"];
/** Officials with a jurisdiction read an institution's staff (read-only on the officials' side). */
export const STAFF_OFFICIAL_READERS: readonly Role[] = JURISDICTION_OFFICIALS;
