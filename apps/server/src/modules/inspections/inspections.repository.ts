import type { Queryable } from "@ssis/db";
import { authorityName, type InspectionKind, type InspectionStatus, type ItemResult } from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { containsPattern, countedPage, inBatches, limitOffset, param } from "../../platform/paging.ts";
import { scopeColumns, scopeCondition } from "../../platform/scope.ts";
import type { ChecklistItemRow } from "../inspection-checklists/index.ts";
import type { InspectionListQuery } from "./inspections.schemas.ts";

// ── institutions (targets) ──────────────────────────────────────────────────
export interface InstitutionRef {
  id: string;
  name: string;
  sido_code: string;
  sigungu_code: string;
  type_code: string;
  status: string;
}

/** Institutions in the actor's jurisdiction, by id (the first wall; row-level security is the second). */
export async function institutionsInScope(tx: Queryable, actor: Actor, ids: string[]) {
  const params: unknown[] = [ids];
  const scope = scopeCondition(actor, params, scopeColumns("i", "i.id"));
  const { rows } = await tx.query<InstitutionRef>(
    `select i.id, i.name, i.sido_code, i.sigungu_code, i.type_code, i.status from institution i
      where i.id = any($1::uuid[]) and ${scope}`,
    params,
  );
  return rows;
}

// ── inspections ─────────────────────────────────────────────────────────────
export interface InspectionRow {
  id: string;
  plan_id: string | null;
  plan_title: string | null;
  institution_id: string;
  institution_name: string;
  sido_code: string;
  sigungu_code: string;
  sido_name: string;
  sigungu_name: string;
  type_name: string;
  kind: InspectionKind;
  reason: string;
  planned_month: number | null;
  checklist_version_id: string;
  checklist_label: string;
  status: InspectionStatus;
  scheduled_on: string | null;
  scheduled_end_on: string | null;
  team: { name: string; position: string }[];
  prior_notice: boolean;
  notice_sent_on: string | null;
  documents_due_on: string | null;
  overall_result: "compliant" | "findings" | null;
  result_summary: string | null;
  internal_note: string | null;
  result_notice_no: string | null;
  result_notified_on: string | null;
  findings: string;
  open_findings: string;
  version: number;
}

const INSPECTION_SELECT = `select x.*, x.scheduled_on::text as scheduled_on, x.scheduled_end_on::text as scheduled_end_on,
    x.notice_sent_on::text as notice_sent_on, x.documents_due_on::text as documents_due_on,
    x.result_notified_on::text as result_notified_on,
    p.title as plan_title, i.name as institution_name, t.type_name,
    coalesce(sd.sido_name, '') as sido_name, coalesce(rg.sigungu_name, '') as sigungu_name,
    ct.name || ' 버전 ' || cv.version as checklist_label,
    (select count(*) from inspection_finding f where f.inspection_id = x.id and f.status <> 'withdrawn') as findings,
    (select count(*) from inspection_finding f where f.inspection_id = x.id and f.status in ('open', 'ordered')) as open_findings
  from inspection x
  join institution i on i.id = x.institution_id
  join institution_type t on t.code = x.type_code
  join checklist_version cv on cv.id = x.checklist_version_id
  join checklist_template ct on ct.id = cv.template_id
  left join inspection_plan p on p.id = x.plan_id
  left join region rg on rg.code5 = x.sigungu_code
  left join region sd on sd.code5 = x.sido_code || '000'`;

function inspectionConditions(actor: Actor, query: Partial<InspectionListQuery>, params: unknown[]) {
  const where = [scopeCondition(actor, params, scopeColumns("x"))];
  // Period: the inspection date (계획만 된 점검은 계획 월의 연도로 보지 않고 기간 필터에서 뺀다).
  if (query.from) where.push(`x.scheduled_on >= ${param(params, query.from)}::date`);
  if (query.to) where.push(`x.scheduled_on <= ${param(params, query.to)}::date`);
  if (query.sigungu) where.push(`x.sigungu_code = ${param(params, query.sigungu)}`);
  if (query.kind) where.push(`x.kind = ${param(params, query.kind)}`);
  if (query.status) where.push(`x.status = ${param(params, query.status)}`);
  if (query.result) where.push(`x.overall_result = ${param(params, query.result)}`);
  if (query.planId) where.push(`x.plan_id = ${param(params, query.planId)}::uuid`);
  if (query.institutionId) where.push(`x.institution_id = ${param(params, query.institutionId)}::uuid`);
  if (query.type) where.push(`x.type_code = ${param(params, query.type)}`);
  if (query.month) where.push(`x.planned_month = ${param(params, query.month)}`);
  if (query.q) where.push(`i.name ilike ${param(params, containsPattern(query.q))}`);
  return where.join(" and ");
}

const INSPECTION_SORTS = {
  "-scheduled_on": "x.scheduled_on desc nulls last, x.planned_month, i.name, x.id",
  scheduled_on: "x.scheduled_on nulls last, x.planned_month, i.name, x.id",
  name: "i.name, x.id",
  "-name": "i.name desc, x.id",
  status: "x.status, i.name, x.id",
  region: "x.sido_code, x.sigungu_code, i.name, x.id",
  planned_month: "x.planned_month nulls last, i.name, x.id",
} as const;

export async function listInspections(tx: Queryable, actor: Actor, query: InspectionListQuery) {
  const params: unknown[] = [];
  const condition = inspectionConditions(actor, query, params);
  return countedPage<InspectionRow>(
    tx,
    params,
    {
      from: "inspection x join institution i on i.id = x.institution_id",
      where: condition,
      select: () => `${INSPECTION_SELECT} where ${condition} order by ${INSPECTION_SORTS[query.sort]}`,
    },
    query,
  );
}

/** Every row the filters match, in batches (Excel download). */
export function inspectionBatches(tx: Queryable, actor: Actor, query: InspectionListQuery) {
  return inBatches(async (page) => {
    const params: unknown[] = [];
    const condition = inspectionConditions(actor, query, params);
    const { rows } = await tx.query<InspectionRow>(
      `${INSPECTION_SELECT} where ${condition} order by ${INSPECTION_SORTS[query.sort]}
       ${limitOffset(params, page)}`,
      params,
    );
    return rows;
  });
}

export async function findInspection(tx: Queryable, actor: Actor, id: string, lock = false) {
  if (lock) await tx.query("select 1 from inspection where id = $1::uuid for update", [id]);
  const params: unknown[] = [id];
  const scope = scopeCondition(actor, params, scopeColumns("x"));
  const { rows } = await tx.query<InspectionRow>(
    `${INSPECTION_SELECT} where x.id = $1::uuid and ${scope}`,
    params,
  );
  return rows[0] ?? null;
}

export async function insertInspections(
  tx: Queryable,
  input: {
    planId: string | null;
    kind: InspectionKind;
    checklistVersionId: string;
    actor: Actor;
    targets: { institution: InstitutionRef; reason: string; plannedMonth: number | null }[];
  },
): Promise<string[]> {
  const t = input.targets;
  const { rows } = await tx.query<{ id: string }>(
    `insert into inspection (plan_id, institution_id, sido_code, sigungu_code, type_code, kind, reason, planned_month,
                             checklist_version_id, created_by, created_by_name)
     select $1, inst, sido, sigungu, type, $2, reason, month, $3, $4, $5
       from unnest($6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[])
         as x(inst, sido, sigungu, type, reason, month)
     returning id`,
    [
      input.planId,
      input.kind,
      input.checklistVersionId,
      input.actor.userId,
      input.actor.name,
      t.map((x) => x.institution.id),
      t.map((x) => x.institution.sido_code),
      t.map((x) => x.institution.sigungu_code),
      t.map((x) => x.institution.type_code),
      t.map((x) => x.reason),
      t.map((x) => x.plannedMonth),
    ],
  );
  return rows.map((r) => r.id);
}

export async function updateInspection(tx: Queryable, id: string, changes: Record<string, unknown>) {
  const columns = Object.keys(changes);
  const sets = columns.map((c, i) => `${c} = $${i + 2}`);
  await tx.query(
    `update inspection set ${[...sets, "version = version + 1", "updated_at = now()"].join(", ")} where id = $1::uuid`,
    [id, ...columns.map((c) => changes[c])],
  );
}

// ── a plan's inspections (the plans module reads them through index.ts) ────
/** Per month of a plan, how many of its inspections are at each stage. */
export async function planMonths(tx: Queryable, planId: string) {
  const { rows } = await tx.query<{
    month: number;
    planned: string;
    scheduled: string;
    in_progress: string;
    done: string;
    cancelled: string;
  }>(
    `select m as month,
        count(i.id) filter (where i.status = 'planned') as planned,
        count(i.id) filter (where i.status = 'scheduled') as scheduled,
        count(i.id) filter (where i.status = 'in_progress') as in_progress,
        count(i.id) filter (where i.status in ('completed', 'notified', 'closed')) as done,
        count(i.id) filter (where i.status = 'cancelled') as cancelled
       from generate_series(1, 12) m
       left join inspection i on i.plan_id = $1::uuid and i.planned_month = m
      group by m order by m`,
    [planId],
  );
  return rows;
}

/** The institutions a plan already holds (a cancelled inspection frees its institution). */
export async function institutionsOfPlan(tx: Queryable, planId: string) {
  const { rows } = await tx.query<{ institution_id: string }>(
    "select institution_id from inspection where plan_id = $1::uuid and status <> 'cancelled'",
    [planId],
  );
  return rows.map((r) => r.institution_id);
}

// ── documents ───────────────────────────────────────────────────────────────
export interface DocumentRow {
  id: string;
  inspection_id: string;
  position: number;
  title: string;
  submitted_at: Date | null;
  submitted_by_name: string | null;
  review_status: "pending" | "adequate" | "insufficient";
  review_note: string | null;
  version: number;
}

export async function documentsOf(tx: Queryable, inspectionId: string) {
  const { rows } = await tx.query<DocumentRow>(
    "select * from inspection_document where inspection_id = $1::uuid order by position",
    [inspectionId],
  );
  return rows;
}

/** Adds the requested documents not yet on the list (a request, once sent, stays on record). */
export async function addRequestedDocuments(
  tx: Queryable,
  inspection: InspectionRow,
  titles: string[],
): Promise<void> {
  const existing = await documentsOf(tx, inspection.id);
  const known = new Set(existing.map((d) => d.title));
  const fresh = [...new Set(titles)].filter((t) => !known.has(t));
  if (fresh.length === 0) return;
  const start = existing.reduce((max, d) => Math.max(max, d.position), 0);
  await tx.query(
    `insert into inspection_document (inspection_id, institution_id, sido_code, sigungu_code, position, title)
     select $1, $2, $3, $4, $5 + n, title from unnest($6::text[]) with ordinality as x(title, n)`,
    [inspection.id, inspection.institution_id, inspection.sido_code, inspection.sigungu_code, start, fresh],
  );
}

export async function findDocument(tx: Queryable, inspectionId: string, documentId: string) {
  const { rows } = await tx.query<
    DocumentRow & { institution_id: string; sido_code: string; sigungu_code: string }
  >("select * from inspection_document where id = $1::uuid and inspection_id = $2::uuid for update", [
    documentId,
    inspectionId,
  ]);
  return rows[0] ?? null;
}

export async function markDocumentSubmitted(tx: Queryable, id: string, actor: Actor) {
  await tx.query(
    `update inspection_document set submitted_at = now(), submitted_by_name = $2, review_status = 'pending',
       version = version + 1 where id = $1::uuid`,
    [id, actor.name],
  );
}

export async function reviewDocument(
  tx: Queryable,
  id: string,
  review: { status: string; note: string | null },
  actor: Actor,
) {
  await tx.query(
    `update inspection_document set review_status = $2, review_note = $3, reviewed_at = now(), reviewed_by_name = $4,
       version = version + 1 where id = $1::uuid`,
    [id, review.status, review.note, actor.name],
  );
}

// ── item results ────────────────────────────────────────────────────────────
export interface ItemResultRow extends ChecklistItemRow {
  result: ItemResult | null;
  note: string | null;
  recorded_by_name: string | null;
}

export async function itemResults(tx: Queryable, inspection: { id: string; checklist_version_id: string }) {
  const { rows } = await tx.query<ItemResultRow>(
    `select c.*, r.result, r.note, r.recorded_by_name
       from checklist_item c
       left join inspection_item_result r on r.item_id = c.id and r.inspection_id = $1::uuid
      where c.version_id = $2::uuid order by c.position`,
    [inspection.id, inspection.checklist_version_id],
  );
  return rows;
}

export async function upsertResults(
  tx: Queryable,
  inspection: InspectionRow,
  results: { itemId: string; result: ItemResult; note: string | null }[],
  actor: Actor,
) {
  await tx.query(
    `insert into inspection_item_result (inspection_id, item_id, institution_id, sido_code, sigungu_code, result, note,
                                         recorded_by, recorded_by_name)
     select $1, item, $2, $3, $4, result, note, $5, $6
       from unnest($7::uuid[], $8::text[], $9::text[]) as x(item, result, note)
     on conflict (inspection_id, item_id) do update
       set result = excluded.result, note = excluded.note, recorded_by = excluded.recorded_by,
           recorded_by_name = excluded.recorded_by_name, recorded_at = now()`,
    [
      inspection.id,
      inspection.institution_id,
      inspection.sido_code,
      inspection.sigungu_code,
      actor.userId,
      actor.name,
      results.map((r) => r.itemId),
      results.map((r) => r.result),
      results.map((r) => r.note),
    ],
  );
}

// ── transitions ─────────────────────────────────────────────────────────────
export interface TransitionInput {
  entity: "plan" | "inspection" | "finding" | "corrective_action";
  entityId: string;
  inspectionId: string | null;
  institutionId: string | null;
  sidoCode: string | null;
  sigunguCode: string | null;
  action: string;
  from: string | null;
  to: string;
  reason?: string | null;
}

export async function logTransition(
  tx: Queryable,
  t: TransitionInput,
  actor: Actor,
  zone: "official" | "provider",
) {
  await tx.query(
    `insert into inspection_transition (entity, entity_id, inspection_id, institution_id, sido_code, sigungu_code,
                                        action, from_status, to_status, reason, actor_id, actor_name, actor_zone)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      t.entity,
      t.entityId,
      t.inspectionId,
      t.institutionId,
      t.sidoCode,
      t.sigunguCode,
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

export async function transitionsOf(tx: Queryable, inspectionId: string) {
  const { rows } = await tx.query<{
    entity: string;
    action: string;
    from_status: string | null;
    to_status: string;
    reason: string | null;
    actor_name: string;
    actor_zone: string;
    at: Date;
  }>(
    "select * from inspection_transition where inspection_id = $1::uuid or entity_id = $1::uuid order by at, id",
    [inspectionId],
  );
  return rows;
}

/**
 * 문서번호 of a result notice: the sender's running number for the year ("서울특별시 종로구 지도점검-2026-00001").
 * A transaction-scoped advisory lock per sender keeps two notices sent at once from taking the same number.
 */
export async function nextNoticeNo(tx: Queryable, sender: string, today: string) {
  await tx.query("select pg_advisory_xact_lock(hashtext('inspection-notice:' || $1))", [sender]);
  const { rows } = await tx.query<{ n: string }>(
    `select count(*) + 1 as n from inspection
      where result_sender = $1 and result_notified_on >= date_trunc('year', $2::date)`,
    [sender, today],
  );
  return `${authorityName(sender)} 지도점검-${today.slice(0, 4)}-${String(rows[0]?.n ?? 1).padStart(5, "0")}`;
}
