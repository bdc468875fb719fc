import type { Role } from "@ssis/domain";

/**
 * 행정구역 개편 is code-table administration: the ministry's system administrator applies it (domain.md §2,
 * §3: a reorganisation is data the system applies). The moves themselves run in security-definer SQL
 * functions (migration 0007), because the system scope sees no institution.
 */
export const REORGANISATION_ADMINS: readonly Role[] = ["system_admin"];
