import type { Queryable } from "@ssis/db";
import type { InstitutionStatus } from "@ssis/domain";
import type { Actor, ActorCtx } from "../../platform/context.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { scopeColumns, scopeCondition } from "../../platform/scope.ts";

/**
 * What other modules read of an institution they work on (staff, clients, programmes, dispositions …): its
 * identity, the region codes they copy for scope, the closed-institution rule, 정원·현원 and the operator.
 */
export interface InstitutionInScope {
  id: string;
  name: string;
  status: InstitutionStatus;
  sido_code: string;
  sigungu_code: string;
  type_code: string;
  /** 생활 / 이용 …: of the institution's type. */
  residential: string;
  capacity: number | null;
  current_users: number | null;
  operator_kind: string;
  operator_name: string;
  corporation_no: string | null;
  sido_name: string | null;
  sigungu_name: string | null;
}

/**
 * The one institution-in-scope lookup: the institution if it is in the actor's scope (the first wall;
 * row-level security is the second), else null. `lock` takes the row lock, so that two admissions at once
 * cannot both take the last place.
 */
export async function findInstitutionInScope(
  tx: Queryable,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<InstitutionInScope | null> {
  const params: unknown[] = [id];
  const scope = scopeCondition(actor, params, scopeColumns("i", "i.id"));
  const { rows } = await tx.query<InstitutionInScope>(
    `select i.id, i.name, i.status, i.sido_code, i.sigungu_code, i.type_code, t.residential, i.capacity,
            i.current_users, i.operator_kind, i.operator_name, i.corporation_no, rg.sido_name, rg.sigungu_name
       from institution i
       join institution_type t on t.code = i.type_code
       left join region rg on rg.code5 = i.sigungu_code
      where i.id = $1::uuid and ${scope}${options.lock ? " for update of i" : ""}`,
    params,
  );
  return rows[0] ?? null;
}

/** The institution in the actor's scope; one outside it is answered as not found (404, never 403). */
export async function institutionInScope(
  ctx: ActorCtx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<InstitutionInScope> {
  const found = await findInstitutionInScope(ctx.tx, ctx.actor, id, options);
  if (!found) throw notFound("기관");
  return found;
}

/** The provider's own institution id; an account without one sees nothing (404, never 403). */
export function ownInstitutionId(ctx: ActorCtx): string {
  if (ctx.actor.scope.kind !== "institution" || !ctx.actor.scope.code) throw notFound("기관");
  return ctx.actor.scope.code;
}

/** The provider's own institution; an account without one sees nothing (404, never 403). */
export const ownInstitution = (ctx: ActorCtx, options: { lock?: boolean } = {}) =>
  institutionInScope(ctx, ownInstitutionId(ctx), options);

/** 폐지 institutions keep their history and are read only (domain.md §4). */
export function refuseIfClosed(institution: { status: InstitutionStatus }) {
  if (institution.status === "closed")
    throw new AppError("INSTITUTION_CLOSED", 409, "폐지된 기관의 정보는 수정할 수 없습니다(조회만 가능).");
}
