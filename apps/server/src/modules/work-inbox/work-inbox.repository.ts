import type { Queryable } from "@ssis/db";
import { DEADLINE_WARNING_DAYS } from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import type { InboxKindDefinition } from "../../platform/inbox.ts";
import { pageClause, param } from "../../platform/paging.ts";
import { scopeCondition } from "../../platform/scope.ts";
import type { InboxQuery } from "./work-inbox.schemas.ts";

export interface InboxRow {
  kind: string;
  id: string;
  title: string;
  institution_id: string | null;
  institution_name: string;
  sigungu_code: string;
  sigungu_name: string | null;
  due_on: string | null;
  link: string;
  vars: Record<string, string>;
  total: number;
}

/** The kinds' SELECTs as one union, each tagged with its kind, for the actor (null: nationwide). */
export function unionOf(kinds: readonly InboxKindDefinition[], actor: Actor | null, params: unknown[]) {
  const inScope = actor
    ? (columns: Parameters<typeof scopeCondition>[2]) => scopeCondition(actor, params, columns)
    : () => "true";
  return kinds
    .map(
      (k) =>
        `select ${param(params, k.kind)}::text as kind, x.* from (${k.select({
          actor,
          inScope,
          param: (v) => param(params, v),
        })}) x`,
    )
    .join("\nunion all\n");
}

const STATE_CONDITION = {
  overdue: "due_on < app_today()",
  soon: `due_on between app_today() and app_today() + ${DEADLINE_WARNING_DAYS}`,
  ok: `due_on > app_today() + ${DEADLINE_WARNING_DAYS}`,
  none: "due_on is null",
} as const;

export async function inboxPage(
  tx: Queryable,
  kinds: readonly InboxKindDefinition[],
  actor: Actor,
  q: InboxQuery,
) {
  const params: unknown[] = [];
  const union = unionOf(kinds, actor, params);
  const where = ["true"];
  if (q.sigunguCode) where.push(`w.sigungu_code = ${param(params, q.sigunguCode)}`);
  else if (q.sidoCode) where.push(`left(w.sigungu_code, 2) = ${param(params, q.sidoCode)}`);
  if (q.state) where.push(STATE_CONDITION[q.state]);
  const { rows } = await tx.query<InboxRow>(
    `select w.*, rg.sigungu_name, count(*) over ()::int as total
     from (${union}) w
     left join region rg on rg.code5 = w.sigungu_code
     where ${where.join(" and ")}
     order by w.due_on nulls last, w.kind, w.id
     ${pageClause(params, q)}`,
    params,
  );
  return rows;
}

/** Per kind: how many open, how many overdue and due within the warning window. */
export async function inboxCounts(tx: Queryable, kinds: readonly InboxKindDefinition[], actor: Actor) {
  const params: unknown[] = [];
  const union = unionOf(kinds, actor, params);
  const { rows } = await tx.query<{ kind: string; count: number; overdue: number; soon: number }>(
    `select kind, count(*)::int as count,
            count(*) filter (where ${STATE_CONDITION.overdue})::int as overdue,
            count(*) filter (where ${STATE_CONDITION.soon})::int as soon
     from (${union}) w group by kind`,
    params,
  );
  return rows;
}

/** The sweep's items: nationwide, due on one of the given dates. */
export async function itemsDueOn(tx: Queryable, kind: InboxKindDefinition, dates: readonly string[]) {
  const params: unknown[] = [];
  const union = unionOf([kind], null, params);
  const { rows } = await tx.query<InboxRow>(
    `select w.* from (${union}) w where w.due_on = any(${param(params, dates)}::date[])`,
    params,
  );
  return rows;
}

/** Some institutions' items already past their due date (nationwide kinds, as the sweep reads them). */
export async function overdueItemsOf(
  tx: Queryable,
  kind: InboxKindDefinition,
  institutionIds: readonly string[],
) {
  const params: unknown[] = [];
  const union = unionOf([kind], null, params);
  const { rows } = await tx.query<InboxRow>(
    `select w.* from (${union}) w
     where w.due_on < app_today() and w.institution_id = any(${param(params, institutionIds)}::uuid[])`,
    params,
  );
  return rows;
}
