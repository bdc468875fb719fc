import type { Role } from "@ssis/domain";
import { JURISDICTION_OFFICIALS, PROVIDER_USERS } from "../../platform/policy.ts";

/** Both provider roles read the finances summary. */
export const FINANCE_READERS: readonly Role[] = PROVIDER_USERS;
/** Reporting the summary is the administrator's (시설장·기관 관리자). */
export const FINANCE_EDITORS: readonly Role[] = ["provider_admin"];
/** Officials with a jurisdiction read it (read-only on the officials' side). */
export const FINANCE_OFFICIAL_READERS: readonly Role[] = JURISDICTION_OFFICIALS;
