import type { Queryable } from "@ssis/db";
import { type AppealStatus, authorityName, type DispositionStatus } from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { containsPattern, inBatches, limitOffset, pageClause, param } from "../../platform/paging.ts";
import { scopeColumns, scopeCondition } from "../../platform/scope.ts";
import type { DispositionListQuery } from "./dispositions.schemas.ts";

// ── institutions ────────────────────────────────────────────────────────────
export interface InstitutionBrief {
  id: string;
  name: string;
  sido_code: string;
  sigungu_code: string;
  type_code: string;
  operator_kind: string;
  operator_name: string;
  corporation_no: string | null;
  status: string;
  sigungu_name: string | null;
  sido_name: string | null;
}

/** Any institution, for officials (name, region, operator): the disposition history is read nationwide. */
export async function institutionBrief(tx: Queryable, id: string) {
  const { rows } = await tx.query<InstitutionBrief>(
    `select b.*, rg.sigungu_name, rg.sido_name from institution_brief($1::uuid) b
       left join region rg on rg.code5 = b.sigungu_code`,
    [id],
  );
  return rows[0] ?? null;
}

/** 법인등록번호 when there is one, else the kind and name: the key the operator's history is found by. */
export const operatorKey = (
  i: Pick<InstitutionBrief, "operator_kind" | "operator_name" | "corporation_no">,
) => (i.corporation_no ? `corp:${i.corporation_no}` : `${i.operator_kind}:${i.operator_name}`);

// ── ladder tables ───────────────────────────────────────────────────────────
export interface LadderVersionRow {
  table_key: string;
  document: unknown;
  created_by_name: string;
  created_at: Date;
}

export async function ladderVersions(tx: Queryable) {
  const { rows } = await tx.query<LadderVersionRow>(
    "select table_key, document, created_by_name, created_at from disposition_ladder_version order by law_code, effective_from",
  );
  return rows;
}

export async function insertLadderVersion(
  tx: Queryable,
  v: {
    key: string;
    lawCode: string;
    lawName: string;
    tableName: string;
    effectiveFrom: string;
    effectiveTo: string | null;
    document: unknown;
  },
  actor: Actor,
) {
  await tx.query(
    `insert into disposition_ladder_version (table_key, law_code, law_name, table_name, effective_from, effective_to,
                                             document, created_by, created_by_name)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      v.key,
      v.lawCode,
      v.lawName,
      v.tableName,
      v.effectiveFrom,
      v.effectiveTo,
      JSON.stringify(v.document),
      actor.userId,
      actor.name,
    ],
  );
}

// ── history (for the engine) ────────────────────────────────────────────────
export interface HistoryRow {
  disposition_id: string;
  institution_id: string;
  institution_name: string;
  code: string;
  decided_on: string;
  repeat_count: number;
  status: DispositionStatus;
  appeal_status: AppealStatus;
  measure: unknown;
  measure_label: string;
  closing_reason: string | null;
  appeal_note: string | null;
}

/**
 * Every decided disposition of the institution, and of the other institutions of the same operator,
 * wherever they are (officials read dispositions nationwide).
 */
export async function decidedHistory(tx: Queryable, institutionId: string, operator: string | null) {
  const { rows } = await tx.query<HistoryRow>(
    `select d.id as disposition_id, d.institution_id, d.institution_name, v.code, d.decided_on::text as decided_on,
            v.repeat_count, d.status, d.appeal_status, d.measure, d.measure_label, d.closing_reason, d.appeal_note
       from disposition d join disposition_violation v on v.disposition_id = d.id
      where d.decided_on is not null and (d.institution_id = $1::uuid or ($2::text is not null and d.operator_key = $2))
      order by d.decided_on, d.id, v.position`,
    [institutionId, operator],
  );
  return rows;
}

// ── dispositions ────────────────────────────────────────────────────────────
export interface DispositionRow {
  id: string;
  institution_id: string;
  institution_name: string;
  sido_code: string;
  sigungu_code: string;
  sigungu_name: string | null;
  authority_kind: string;
  authority_code: string | null;
  authority_name: string;
  operator_key: string;
  finding_id: string | null;
  inspection_id: string | null;
  law_code: string;
  table_key: string;
  table_name: string;
  status: DispositionStatus;
  proposed_label: string;
  measure: unknown;
  measure_label: string;
  adjustment: "mitigate" | "aggravate" | null;
  adjustment_reason: string | null;
  immediate_closure_facts: string | null;
  explanation: string;
  period_from: string | null;
  period_to: string | null;
  fine_won: string | null;
  pre_notice_on: string | null;
  opinion_due_on: string | null;
  opinion_text: string | null;
  opinion_submitted_at: Date | null;
  opinion_by_name: string | null;
  decided_on: string | null;
  decision_no: string | null;
  decision_reason: string | null;
  reported_to_mohw_on: string | null;
  executed_on: string | null;
  ended_on: string | null;
  closing_reason: string | null;
  appeal_kind: "administrative_appeal" | "lawsuit" | null;
  appeal_status: AppealStatus;
  appeal_filed_on: string | null;
  appeal_decided_on: string | null;
  appeal_note: string | null;
  measure_before_appeal: string | null;
  violation_summary: string;
  repeat_summary: string;
  created_at: Date;
  version: number;
  total?: string;
}

const DISPOSITION_SELECT = `select d.*,
    d.period_from::text as period_from, d.period_to::text as period_to, d.pre_notice_on::text as pre_notice_on,
    d.opinion_due_on::text as opinion_due_on, d.decided_on::text as decided_on,
    d.reported_to_mohw_on::text as reported_to_mohw_on, d.executed_on::text as executed_on,
    d.ended_on::text as ended_on, d.appeal_filed_on::text as appeal_filed_on,
    d.appeal_decided_on::text as appeal_decided_on,
    rg.sigungu_name, f.inspection_id,
    (select string_agg(v.summary, ' / ' order by v.position) from disposition_violation v where v.disposition_id = d.id) as violation_summary,
    (select string_agg(v.code || E'\t' || v.repeat_count, E'\n' order by v.position) from disposition_violation v
      where v.disposition_id = d.id) as repeat_summary
  from disposition d
  left join region rg on rg.code5 = d.sigungu_code
  left join inspection_finding f on f.id = d.finding_id`;

export async function findDisposition(tx: Queryable, id: string, lock = false) {
  if (lock) await tx.query("select 1 from disposition where id = $1::uuid for update", [id]);
  const { rows } = await tx.query<DispositionRow>(`${DISPOSITION_SELECT} where d.id = $1::uuid`, [id]);
  return rows[0] ?? null;
}

export async function violationsOf(tx: Queryable, id: string) {
  const { rows } = await tx.query<{
    code: string;
    found_on: string;
    summary: string;
    article: string | null;
    repeat_count: number;
    measure_label: string;
    explanation: string;
  }>(
    "select code, found_on::text as found_on, summary, article, repeat_count, measure_label, explanation from disposition_violation where disposition_id = $1::uuid order by position",
    [id],
  );
  return rows;
}

function listConditions(
  actor: Actor,
  query: Partial<DispositionListQuery>,
  params: unknown[],
  today: string,
) {
  const where = [
    actor.scope.kind === "institution"
      ? `d.institution_id = ${param(params, actor.scope.code)}::uuid and d.status <> 'draft'`
      : scopeCondition(actor, params, scopeColumns("d")),
  ];
  if (query.from) where.push(`d.decided_on >= ${param(params, query.from)}::date`);
  if (query.to) where.push(`d.decided_on <= ${param(params, query.to)}::date`);
  if (query.sigungu) where.push(`d.sigungu_code = ${param(params, query.sigungu)}`);
  if (query.law) where.push(`d.law_code = ${param(params, query.law)}`);
  if (query.measure) where.push(`d.measure_label ilike ${param(params, containsPattern(query.measure))}`);
  if (query.status) where.push(`d.status = ${param(params, query.status)}`);
  if (query.activeSuspension === "true")
    where.push(
      `d.status in ('decided', 'executing') and d.measure->>'kind' in ('businessSuspension', 'operationSuspension')
       and d.period_from <= ${param(params, today)}::date and d.period_to >= $${params.length}::date`,
    );
  if (query.q) where.push(`d.institution_name ilike ${param(params, containsPattern(query.q))}`);
  return where.join(" and ");
}

const SORTS = {
  "-decided_on": "d.decided_on desc nulls last, d.created_at desc, d.id",
  decided_on: "d.decided_on nulls last, d.created_at, d.id",
  "-created_at": "d.created_at desc, d.id",
  name: "d.institution_name, d.id",
  region: "d.sido_code, d.sigungu_code, d.institution_name, d.id",
  status: "d.status, d.created_at desc, d.id",
} as const;

export async function listDispositions(
  tx: Queryable,
  actor: Actor,
  query: DispositionListQuery,
  today: string,
) {
  const params: unknown[] = [];
  const condition = listConditions(actor, query, params, today);
  const page = pageClause(params, query);
  const { rows } = await tx.query<DispositionRow>(
    `${DISPOSITION_SELECT.replace("select d.*,", "select d.*, count(*) over () as total,")}
      where ${condition} order by ${SORTS[query.sort]} ${page}`,
    params,
  );
  return rows;
}

export function dispositionBatches(tx: Queryable, actor: Actor, query: DispositionListQuery, today: string) {
  return inBatches(async (page) => {
    const params: unknown[] = [];
    const condition = listConditions(actor, query, params, today);
    const { rows } = await tx.query<DispositionRow>(
      `${DISPOSITION_SELECT} where ${condition} order by ${SORTS[query.sort]} ${limitOffset(params, page)}`,
      params,
    );
    return rows;
  });
}

export async function historyOf(tx: Queryable, institutionId: string, operator: string) {
  const { rows } = await tx.query<DispositionRow>(
    `${DISPOSITION_SELECT} where (d.institution_id = $1::uuid or d.operator_key = $2) and d.status <> 'draft'
      order by d.decided_on desc nulls first, d.created_at desc`,
    [institutionId, operator],
  );
  return rows;
}

export async function insertDisposition(
  tx: Queryable,
  d: {
    institution: InstitutionBrief;
    authorityKind: string;
    authorityCode: string | null;
    authorityName: string;
    findingId: string | null;
    lawCode: string;
    tableKey: string;
    tableName: string;
    proposedLabel: string;
    measure: unknown;
    measureLabel: string;
    adjustment: string | null;
    adjustmentReason: string | null;
    immediateClosureFacts: string | null;
    explanation: string;
    fineWon: number | null;
  },
  actor: Actor,
) {
  const { rows } = await tx.query<{ id: string }>(
    `insert into disposition (institution_id, institution_name, sido_code, sigungu_code, authority_kind,
        authority_code, authority_name, operator_key, finding_id, law_code, table_key, table_name, proposed_label,
        measure, measure_label, adjustment, adjustment_reason, immediate_closure_facts, explanation, fine_won,
        created_by, created_by_name)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
     returning id`,
    [
      d.institution.id,
      d.institution.name,
      d.institution.sido_code,
      d.institution.sigungu_code,
      d.authorityKind,
      d.authorityCode,
      d.authorityName,
      operatorKey(d.institution),
      d.findingId,
      d.lawCode,
      d.tableKey,
      d.tableName,
      d.proposedLabel,
      JSON.stringify(d.measure),
      d.measureLabel,
      d.adjustment,
      d.adjustmentReason,
      d.immediateClosureFacts,
      d.explanation,
      d.fineWon,
      actor.userId,
      actor.name,
    ],
  );
  return rows[0]?.id as string;
}

export async function insertViolations(
  tx: Queryable,
  dispositionId: string,
  institution: InstitutionBrief,
  violations: {
    code: string;
    foundOn: string;
    summary: string;
    article: string | null;
    repeatCount: number;
    measureLabel: string;
    explanation: string;
  }[],
) {
  const col = <K extends keyof (typeof violations)[number]>(k: K) => violations.map((v) => v[k]);
  await tx.query(
    `insert into disposition_violation (disposition_id, institution_id, sido_code, sigungu_code, position, code,
                                        found_on, summary, article, repeat_count, measure_label, explanation)
     select $1, $2, $3, $4, n, code, found_on, summary, article, repeat_count, measure_label, explanation
       from unnest($5::text[], $6::date[], $7::text[], $8::text[], $9::int[], $10::text[], $11::text[])
            with ordinality as x(code, found_on, summary, article, repeat_count, measure_label, explanation, n)`,
    [
      dispositionId,
      institution.id,
      institution.sido_code,
      institution.sigungu_code,
      col("code"),
      col("foundOn"),
      col("summary"),
      col("article"),
      col("repeatCount"),
      col("measureLabel"),
      col("explanation"),
    ],
  );
}

export async function updateDisposition(tx: Queryable, id: string, changes: Record<string, unknown>) {
  const columns = Object.keys(changes);
  const sets = columns.map((c, i) => `${c} = $${i + 2}`);
  const result = await tx.query(
    `update disposition set ${[...sets, "version = version + 1", "updated_at = now()"].join(", ")} where id = $1::uuid`,
    [id, ...columns.map((c) => changes[c])],
  );
  return result.rowCount ?? 0;
}

export async function logTransition(
  tx: Queryable,
  d: DispositionRow,
  t: { action: string; from: string | null; to: string; reason?: string | null },
  actor: Actor,
  zone: "official" | "provider",
) {
  await tx.query(
    `insert into disposition_transition (disposition_id, institution_id, sido_code, sigungu_code, action, from_status,
                                         to_status, reason, actor_id, actor_name, actor_zone)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      d.id,
      d.institution_id,
      d.sido_code,
      d.sigungu_code,
      t.action,
      t.from,
      t.to,
      t.reason ?? null,
      actor.userId,
      actor.name,
      zone,
    ],
  );
}

export async function transitionsOf(tx: Queryable, id: string) {
  const { rows } = await tx.query<{
    action: string;
    from_status: string | null;
    to_status: string;
    reason: string | null;
    actor_name: string;
    at: Date;
  }>("select * from disposition_transition where disposition_id = $1::uuid order by at, id", [id]);
  return rows;
}

/** 처분 문서번호: the authority's running number for the year. */
export async function nextDecisionNo(tx: Queryable, authority: string, year: string) {
  // One number at a time per authority (two decisions at once would otherwise count the same rows).
  await tx.query("select pg_advisory_xact_lock(hashtext('disposition-decision:' || $1))", [authority]);
  const { rows } = await tx.query<{ n: string }>(
    `select count(*) + 1 as n from disposition where authority_name = $1 and decision_no is not null
        and extract(year from decided_on) = $2::int`,
    [authority, year],
  );
  return `${authorityName(authority)} 행정처분 ${year}-${String(rows[0]?.n ?? 1).padStart(4, "0")}`;
}
