import type { Role } from "@ssis/domain";
import { ROLE_ZONE } from "@ssis/domain";

/**
 * Every route declares who may call it and how its data is scoped (design.md: one policy layer).
 * The scope rule says which wall filters the data; the query and row-level security both apply it.
 */
export type ScopeRule =
  | "jurisdiction" // rows within the actor's nation / 시도 / 시군구 / institution / agency assignments
  | "own-institution" // the provider's own institution only
  | "assigned" // support agency: institutions assigned to the agency, while the assignment runs
  | "self" // the actor's own account
  | "reference" // shared reference data, not personal
  | "system"; // system administration (accounts), no business data

export type RoutePolicy =
  | { access: "public"; reason: string }
  | { access: "authenticated"; scope: "self" }
  | { access: "roles"; roles: readonly Role[]; scope: ScopeRule };

/** A route for these roles, its data scoped by `scope`. */
export const rolePolicy = (roles: readonly Role[], scope: ScopeRule): RoutePolicy => ({
  access: "roles",
  roles,
  scope,
});

/** Every official with a jurisdiction (domain.md §2): the ministry, 시도, 시군구, evaluation agency, auditors. */
export const JURISDICTION_OFFICIALS: readonly Role[] = [
  "mohw_official",
  "sido_official",
  "sigungu_official",
  "eval_agency_staff",
  "auditor",
];
/** Both provider roles: the administrator (시설장·기관 관리자) and staff who enter data without approval rights. */
export const PROVIDER_USERS: readonly Role[] = ["provider_admin", "provider_staff"];

/** Route prefix → network zone. Official routes must not name provider roles and vice versa. */
export function zoneOfUrl(url: string): "official" | "provider" | "shared" {
  if (url.startsWith("/api/official/") || url.startsWith("/api/admin/")) return "official";
  if (url.startsWith("/api/provider/")) return "provider";
  return "shared";
}

export function policyProblems(url: string, policy: RoutePolicy | undefined): string[] {
  if (!policy) return [`${url}: 정책(policy)이 선언되지 않았습니다`];
  if (policy.access !== "roles") return [];
  const zone = zoneOfUrl(url);
  const problems: string[] = [];
  if (policy.roles.length === 0) problems.push(`${url}: 허용 역할이 비어 있습니다`);
  if (zone !== "shared")
    for (const role of policy.roles)
      if (ROLE_ZONE[role] !== zone) problems.push(`${url}: ${role}은(는) ${zone} 망의 역할이 아닙니다`);
  return problems;
}
