import type { Role } from "@ssis/domain";

/** Message wording and the delivery record are the system administrator's (domain.md §2). */
export const NOTIFICATION_ADMINS: readonly Role[] = ["system_admin"];
