import type { Role } from "@ssis/domain";

/** Accounts are the system administrator's (domain.md §2: no business data by default). */
export const ACCOUNT_ADMINS: readonly Role[] = ["system_admin"];
