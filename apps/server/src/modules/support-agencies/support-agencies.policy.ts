import type { Role } from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { param } from "../../platform/paging.ts";

/** Who reads the register of support bodies on the officials' side (domain.md §5). */
export const AGENCY_REGISTER_READERS: readonly Role[] = [
  "mohw_official",
  "sido_official",
  "sigungu_official",
  "eval_agency_staff",
];
/** Who keeps it: 보건복지부 for all, the 시도 for the agencies of its 시도. 시군구 and 평가기관 only read. */
export const AGENCY_REGISTER_KEEPERS: readonly Role[] = ["mohw_official", "sido_official"];

/** Support agency staff (인망): their own agency, its assignments, summaries of assigned institutions. */
export const AGENCY_STAFF: readonly Role[] = ["support_agency_staff"];

/**
 * Which agencies an official sees, as a SQL condition on support_agency `a` (there is no row-level security
 * on the register: it holds no institution data; this is the only wall).
 * - nation: all.
 * - 시도: nationwide bodies, its own, and those covering part of it.
 * - 시군구: nationwide bodies, its 시도's, and those covering it (the whole 시도 or the 시군구).
 */
export function agencyReadCondition(actor: Actor, params: unknown[]): string {
  const { kind, code } = actor.scope;
  if (kind === "nation") return "true";
  if (kind === "sido") {
    const p = param(params, code);
    return `(a.sido_code is null or a.sido_code = ${p} or exists (select 1 from support_agency_region r
      where r.agency_id = a.id and r.sido_code = ${p}))`;
  }
  if (kind === "sigungu" && code) {
    const sido = param(params, code.slice(0, 2));
    const sigungu = param(params, code);
    return `(a.sido_code is null or a.sido_code = ${sido} or exists (select 1 from support_agency_region r
      where r.agency_id = a.id and r.sido_code = ${sido} and (r.sigungu_code is null or r.sigungu_code = ${sigungu})))`;
  }
  return "false";
}

/**
 * Which agencies an official may change: 보건복지부 all; a 시도 those located in it or covering part of it,
 * but never a nationwide body (sido_code null: the ministry's).
 */
export function agencyWriteCondition(actor: Actor, params: unknown[]): string {
  const { kind, code } = actor.scope;
  if (actor.role === "mohw_official" && kind === "nation") return "true";
  if (actor.role === "sido_official" && kind === "sido") {
    const p = param(params, code);
    // Never null: a nationwide agency (no 시도) is the ministry's, and a null canEdit failed the response.
    return `(a.sido_code is not null and (a.sido_code = ${p} or exists (select 1 from support_agency_region r
      where r.agency_id = a.id and r.sido_code = ${p})))`;
  }
  return "false";
}

/** May this official set an agency's location (sido null = nationwide) and coverage to these 시도? */
export function mayPlaceAgencyIn(actor: Actor, sidoCode: string | null): boolean {
  if (actor.role === "mohw_official" && actor.scope.kind === "nation") return true;
  if (actor.role === "sido_official" && actor.scope.kind === "sido")
    return sidoCode !== null && sidoCode === actor.scope.code;
  return false;
}
