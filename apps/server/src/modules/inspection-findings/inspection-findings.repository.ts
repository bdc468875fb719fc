import type { Queryable } from "@ssis/db";
import type { CorrectiveOutcome, CorrectiveStatus, FindingSeverity, FindingStatus } from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { containsPattern, inBatches, limitOffset, pageClause, param } from "../../platform/paging.ts";
import { scopeColumns, scopeCondition } from "../../platform/scope.ts";
import {
  CORRECTIVE_SELECT,
  type CorrectiveRow,
  FINDING_SELECT,
  type FindingRow,
  type InspectionRow,
} from "../inspections/index.ts";
import type { CorrectiveListQuery } from "./inspection-findings.schemas.ts";

export async function findFinding(tx: Queryable, actor: Actor, id: string, lock = false) {
  if (lock) await tx.query("select 1 from inspection_finding where id = $1::uuid for update", [id]);
  const params: unknown[] = [id];
  const scope = scopeCondition(actor, params, scopeColumns("f"));
  const { rows } = await tx.query<FindingRow>(`${FINDING_SELECT} where f.id = $1::uuid and ${scope}`, params);
  return rows[0] ?? null;
}

export async function insertFinding(
  tx: Queryable,
  inspection: InspectionRow,
  input: {
    itemId: string | null;
    domain: string;
    title: string;
    detail: string;
    severity: FindingSeverity;
    violationCode: string | null;
  },
  actor: Actor,
) {
  const { rows } = await tx.query<{ id: string }>(
    `insert into inspection_finding (inspection_id, institution_id, sido_code, sigungu_code, item_id, domain, title,
                                     detail, severity, violation_code, created_by, created_by_name)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id`,
    [
      inspection.id,
      inspection.institution_id,
      inspection.sido_code,
      inspection.sigungu_code,
      input.itemId,
      input.domain,
      input.title,
      input.detail,
      input.severity,
      input.violationCode,
      actor.userId,
      actor.name,
    ],
  );
  return rows[0]?.id as string;
}

export async function setFindingStatus(tx: Queryable, id: string, status: FindingStatus) {
  await tx.query(
    "update inspection_finding set status = $2, version = version + 1, updated_at = now() where id = $1::uuid",
    [id, status],
  );
}

export async function setCasebook(tx: Queryable, id: string, share: boolean, text: string | null) {
  await tx.query(
    `update inspection_finding set casebook_shared = $2, casebook_text = $3,
       casebook_shared_at = case when $2 then coalesce(casebook_shared_at, now()) end,
       version = version + 1, updated_at = now() where id = $1::uuid`,
    [id, share, text],
  );
}

export async function findCorrective(tx: Queryable, actor: Actor, id: string, lock = false) {
  if (lock) await tx.query("select 1 from corrective_action where id = $1::uuid for update", [id]);
  const params: unknown[] = [id];
  const scope = scopeCondition(actor, params, scopeColumns("a"));
  const { rows } = await tx.query<CorrectiveRow>(
    `${CORRECTIVE_SELECT} where a.id = $1::uuid and ${scope}`,
    params,
  );
  return rows[0] ?? null;
}

export async function insertCorrective(
  tx: Queryable,
  finding: FindingRow,
  input: {
    outcome: CorrectiveOutcome;
    amountWon: number | null;
    instruction: string;
    noticeOn: string;
    dueOn: string | null;
    status: CorrectiveStatus;
  },
  actor: Actor,
) {
  const { rows } = await tx.query<{ id: string }>(
    `insert into corrective_action (finding_id, inspection_id, institution_id, sido_code, sigungu_code, outcome,
                                    amount_won, instruction, notice_on, due_on, status, ordered_by, ordered_by_name)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning id`,
    [
      finding.id,
      finding.inspection_id,
      finding.institution_id,
      finding.sido_code,
      finding.sigungu_code,
      input.outcome,
      input.amountWon,
      input.instruction,
      input.noticeOn,
      input.dueOn,
      input.status,
      actor.userId,
      actor.name,
    ],
  );
  return rows[0]?.id as string;
}

export async function updateCorrective(tx: Queryable, id: string, changes: Record<string, unknown>) {
  const columns = Object.keys(changes);
  const sets = columns.map((c, i) => `${c} = $${i + 2}`);
  await tx.query(
    `update corrective_action set ${[...sets, "version = version + 1", "updated_at = now()"].join(", ")}
      where id = $1::uuid`,
    [id, ...columns.map((c) => changes[c])],
  );
}

function correctiveConditions(
  actor: Actor,
  query: Partial<CorrectiveListQuery>,
  params: unknown[],
  today: string,
) {
  const where = [scopeCondition(actor, params, scopeColumns("a"))];
  const reports = "a.outcome in ('caution', 'warning', 'correction', 'improvement', 'subsidy_recovery')";
  switch (query.status) {
    case "open":
      where.push("a.status <> 'accepted'");
      break;
    case "overdue":
      where.push(
        `${reports} and a.status in ('ordered', 'returned') and a.due_on < ${param(params, today)}::date`,
      );
      break;
    case "submitted":
      where.push("a.status = 'submitted'");
      break;
    case "accepted":
      where.push("a.status = 'accepted'");
      break;
    default:
      break;
  }
  if (query.sigungu) where.push(`a.sigungu_code = ${param(params, query.sigungu)}`);
  if (query.outcome) where.push(`a.outcome = ${param(params, query.outcome)}`);
  if (query.q) where.push(`i.name ilike ${param(params, containsPattern(query.q))}`);
  return where.join(" and ");
}

const CORRECTIVE_SORTS = {
  due_on: "a.due_on nulls last, i.name, a.id",
  "-due_on": "a.due_on desc nulls last, i.name, a.id",
  name: "i.name, a.id",
  region: "a.sido_code, a.sigungu_code, i.name, a.id",
  status: "a.status, a.due_on, a.id",
} as const;

export async function listCorrective(tx: Queryable, actor: Actor, query: CorrectiveListQuery, today: string) {
  const params: unknown[] = [];
  const condition = correctiveConditions(actor, query, params, today);
  const { rows } = await tx.query<CorrectiveRow>(
    `${CORRECTIVE_SELECT.replace("select a.*,", "select a.*, count(*) over () as total,")}
      where ${condition} order by ${CORRECTIVE_SORTS[query.sort]} ${pageClause(params, query)}`,
    params,
  );
  return rows;
}

export function correctiveBatches(tx: Queryable, actor: Actor, query: CorrectiveListQuery, today: string) {
  return inBatches(async (page) => {
    const params: unknown[] = [];
    const condition = correctiveConditions(actor, query, params, today);
    const { rows } = await tx.query<CorrectiveRow>(
      `${CORRECTIVE_SELECT} where ${condition} order by ${CORRECTIVE_SORTS[query.sort]}
       ${limitOffset(params, page)}`,
      params,
    );
    return rows;
  });
}

/** Open, overdue and reported actions per 시군구 of the actor's jurisdiction. */
export async function correctiveSummary(tx: Queryable, actor: Actor, today: string) {
  const params: unknown[] = [today];
  const scope = scopeCondition(actor, params, scopeColumns("a"));
  const { rows } = await tx.query<{
    sigungu_code: string;
    sigungu_name: string;
    open: string;
    overdue: string;
    submitted: string;
  }>(
    `select a.sigungu_code, coalesce(rg.sido_name || ' ' || rg.sigungu_name, a.sigungu_code) as sigungu_name,
            count(*) filter (where a.status <> 'accepted') as open,
            count(*) filter (where a.status in ('ordered', 'returned') and a.due_on < $1::date
              and a.outcome in ('caution', 'warning', 'correction', 'improvement', 'subsidy_recovery')) as overdue,
            count(*) filter (where a.status = 'submitted') as submitted
       from corrective_action a left join region rg on rg.code5 = a.sigungu_code
      where ${scope} group by a.sigungu_code, rg.sido_name, rg.sigungu_name
     having count(*) filter (where a.status <> 'accepted') > 0
      order by a.sigungu_code`,
    params,
  );
  return rows;
}

/** A finding that leads to a disposition: its institution, violation and date found. */
export async function findingForDisposition(tx: Queryable, findingId: string) {
  const { rows } = await tx.query<{
    id: string;
    institution_id: string;
    violation_code: string | null;
    title: string;
    detail: string;
    found_on: string | null;
  }>(
    `select f.id, f.institution_id, f.violation_code, f.title, f.detail,
            coalesce(i.scheduled_on, (f.created_at at time zone 'Asia/Seoul')::date)::text as found_on
       from inspection_finding f join inspection i on i.id = f.inspection_id where f.id = $1::uuid`,
    [findingId],
  );
  return rows[0] ?? null;
}

/** A disposition decided on a finding: its corrective action points to it. */
export async function linkCorrectiveAction(tx: Queryable, findingId: string, dispositionId: string) {
  await tx.query(
    "update corrective_action set disposition_id = $2, version = version + 1, updated_at = now() where finding_id = $1::uuid",
    [findingId, dispositionId],
  );
}
