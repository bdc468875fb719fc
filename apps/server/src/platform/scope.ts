import type { Actor } from "./context.ts";

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
  const next = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  switch (kind) {
    case "nation":
      return "true";
    case "sido":
      return `${columns.sido} = ${next(code)}`;
    case "sigungu":
      return `${columns.sigungu} = ${next(code)}`;
    case "institution":
      return `${columns.institution} = ${next(code)}::uuid`;
    case "agency":
      return `exists (select 1 from agency_assignment aa where aa.institution_id = ${columns.institution}
        and aa.agency_id = ${next(code)}::uuid and current_date >= aa.starts_on
        and (aa.ends_on is null or current_date <= aa.ends_on))`;
    case "system":
      return "false";
  }
}
