import type { Actor } from "./context.ts";
import { param } from "./paging.ts";

/**
 * The region and institution columns of an institution-bearing table under `alias`: `alias.sido_code`,
 * `alias.sigungu_code` and `alias.institution_id` (the institution table itself: `institution` = `i.id`).
 */
export const scopeColumns = (alias: string, institution = `${alias}.institution_id`) => ({
  sido: `${alias}.sido_code`,
  sigungu: `${alias}.sigungu_code`,
  institution,
});

/**
 * The actor's jurisdiction as a SQL condition on an institution-bearing table (first wall; row-level
 * security is the second). Appends its parameters to `params` and returns the condition text.
 */
export function scopeCondition(
  actor: Actor,
  params: unknown[],
  columns: { sido: string; sigungu: string; institution: string },
): string {
  const { kind, code } = actor.scope;
  const next = (value: unknown) => param(params, value);
  // A 시도·시군구 code (digits) is written as a literal: with a parameter PostgreSQL planned a list statement
  // anew on every request, its generic plan looking costlier than a custom one; there are only 17 시도 and
  // about 250 시군구, so a statement per code is prepared once per connection (docs/benchmarks.md).
  const region = (value: string | null) =>
    value && /^\d{2}$|^\d{5}$/.test(value) ? `'${value}'` : next(value);
  switch (kind) {
    case "nation":
      return "true";
    case "sido":
      return `${columns.sido} = ${region(code)}`;
    case "sigungu":
      return `${columns.sigungu} = ${region(code)}`;
    case "institution":
      return `${columns.institution} = ${next(code)}::uuid`;
    case "agency":
      return `exists (select 1 from agency_assignment aa where aa.institution_id = ${columns.institution}
        and aa.agency_id = ${next(code)}::uuid and app_today() >= aa.starts_on
        and (aa.ends_on is null or app_today() <= aa.ends_on))`;
    case "system":
      return "false";
  }
}
