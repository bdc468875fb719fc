import type { Role } from "@ssis/domain";

/** The job queue's history is the system administrator's (domain.md §2: operations, no business data). */
export const JOB_HISTORY_READERS: readonly Role[] = ["system_admin"];
