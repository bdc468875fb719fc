import type { Queryable } from "@ssis/db";
import {
  authorityName,
  type CorrectiveOutcome,
  type CorrectiveStatus,
  escapeLikePattern,
  type FindingSeverity,
  type FindingStatus,
  type InspectionKind,
  type InspectionStatus,
  type ItemResult,
  type PlanStatus,
} from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { scopeCondition } from "../../platform/scope.ts";
import type {
  CandidateQuery,
  CorrectiveListQuery,
  InspectionListQuery,
  PlanListQuery,
} from "./inspections.schemas.ts";

const next = (params: unknown[], value: unknown) => {
  params.push(value);
  return `$${params.length}`;
};
const like = (q: string) => `%${escapeLikePattern(q)}%`;

// ── checklists ──────────────────────────────────────────────────────────────
export interface ChecklistVersionRow {
  id: string;
  template_id: string;
  template_code: string;
  template_name: string;
  version: number;
  change_note: string;
  created_by_name: string;
  created_at: Date;
  item_count: string;
  unverified_count: string;
  is_latest: boolean;
}

const VERSION_SELECT = `select v.id, v.template_id, t.code as template_code, t.name as template_name, v.version,
    v.change_note, v.created_by_name, v.created_at,
    (select count(*) from checklist_item i where i.version_id = v.id) as item_count,
    (select count(*) from checklist_item i where i.version_id = v.id and not i.verified) as unverified_count,
    v.version = (select max(v2.version) from checklist_version v2 where v2.template_id = v.template_id) as is_latest
  from checklist_version v join checklist_template t on t.id = v.template_id`;

export async function listChecklistVersions(tx: Queryable) {
  const { rows } = await tx.query<ChecklistVersionRow>(`${VERSION_SELECT} order by t.code, v.version desc`);
  return rows;
}

export async function findChecklistVersion(tx: Queryable, id: string) {
  const { rows } = await tx.query<ChecklistVersionRow>(`${VERSION_SELECT} where v.id = $1::uuid`, [id]);
  return rows[0] ?? null;
}

export interface ChecklistItemRow {
  id: string;
  position: number;
  code: string;
  domain: string;
  item: string;
  legal_basis: string;
  applies_to: string | null;
  typical_finding: string | null;
  typical_outcome: string | null;
  violation_code: string | null;
  verified: boolean;
  source: string | null;
}

export async function checklistItems(tx: Queryable, versionId: string) {
  const { rows } = await tx.query<ChecklistItemRow>(
    "select * from checklist_item where version_id = $1::uuid order by position",
    [versionId],
  );
  return rows;
}

export async function insertChecklistVersion(
  tx: Queryable,
  input: {
    templateId: string;
    changeNote: string;
    actor: Actor;
    items: {
      code: string;
      domain: string;
      item: string;
      legalBasis: string;
      appliesTo: string | null;
      typicalFinding: string | null;
      typicalOutcome: string | null;
      violationCode: string | null;
      verified: boolean;
      source: string | null;
    }[];
  },
): Promise<string> {
  // Serialises concurrent edits of one template: the second gets the next number, never a duplicate.
  await tx.query("select 1 from checklist_template where id = $1::uuid for update", [input.templateId]);
  const { rows } = await tx.query<{ id: string }>(
    `insert into checklist_version (template_id, version, change_note, created_by, created_by_name)
     select $1::uuid, coalesce(max(version), 0) + 1, $2, $3, $4 from checklist_version where template_id = $1::uuid
     returning id`,
    [input.templateId, input.changeNote, input.actor.userId, input.actor.name],
  );
  const id = rows[0]?.id as string;
  const col = <K extends keyof (typeof input.items)[number]>(k: K) => input.items.map((i) => i[k]);
  await tx.query(
    `insert into checklist_item (version_id, position, code, domain, item, legal_basis, applies_to, typical_finding,
                                 typical_outcome, violation_code, verified, source)
     select $1, n, code, domain, item, legal_basis, applies_to, typical_finding, typical_outcome, violation_code,
            verified, source
       from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::boolean[], $11::text[]) with ordinality
            as x(code, domain, item, legal_basis, applies_to, typical_finding, typical_outcome, violation_code,
                 verified, source, n)`,
    [
      id,
      col("code"),
      col("domain"),
      col("item"),
      col("legalBasis"),
      col("appliesTo"),
      col("typicalFinding"),
      col("typicalOutcome"),
      col("violationCode"),
      col("verified"),
      col("source"),
    ],
  );
  return id;
}

// ── plans ───────────────────────────────────────────────────────────────────
export interface PlanRow {
  id: string;
  title: string;
  plan_year: number;
  kind: InspectionKind;
  joint_bodies: string | null;
  scope_kind: "nation" | "sido" | "sigungu";
  sido_code: string | null;
  sigungu_code: string | null;
  scope_label: string | null;
  checklist_version_id: string;
  checklist_label: string;
  status: PlanStatus;
  note: string | null;
  created_by_name: string;
  created_at: Date;
  approved_by_name: string | null;
  approved_at: Date | null;
  targets: string;
  done: string;
  version: number;
}

const PLAN_SELECT = `select p.*, rg.sido_name || coalesce(' ' || rg.sigungu_name, '') as scope_label,
    t.name || ' 버전 ' || cv.version as checklist_label,
    (select count(*) from inspection i where i.plan_id = p.id) as targets,
    (select count(*) from inspection i where i.plan_id = p.id and i.status in ('completed', 'notified', 'closed')) as done
  from inspection_plan p
  join checklist_version cv on cv.id = p.checklist_version_id
  join checklist_template t on t.id = cv.template_id
  left join region rg on rg.code5 = coalesce(p.sigungu_code, p.sido_code || '000')`;

/** Plans of the actor's jurisdiction and above it are theirs to read; row-level security adds the rest. */
function planVisible(actor: Actor, params: unknown[]) {
  switch (actor.scope.kind) {
    case "nation":
      return "true";
    case "sido":
      return `p.sido_code = ${next(params, actor.scope.code)}`;
    case "sigungu":
      return `(p.sigungu_code = ${next(params, actor.scope.code)} or (p.scope_kind = 'sido' and p.sido_code = ${next(
        params,
        actor.scope.code?.slice(0, 2),
      )}))`;
    default:
      return "false";
  }
}

export async function listPlans(tx: Queryable, actor: Actor, query: PlanListQuery) {
  const params: unknown[] = [];
  const where = [planVisible(actor, params)];
  if (query.year) where.push(`p.plan_year = ${next(params, query.year)}`);
  if (query.kind) where.push(`p.kind = ${next(params, query.kind)}`);
  if (query.status) where.push(`p.status = ${next(params, query.status)}`);
  const condition = where.join(" and ");
  const { rows: count } = await tx.query<{ n: string }>(
    `select count(*) as n from inspection_plan p where ${condition}`,
    params,
  );
  const sorts = {
    "-created_at": "p.created_at desc, p.id",
    created_at: "p.created_at, p.id",
    title: "p.title, p.id",
    "-plan_year": "p.plan_year desc, p.created_at desc, p.id",
  } as const;
  const limit = next(params, query.limit);
  const offset = next(params, (query.page - 1) * query.limit);
  const { rows } = await tx.query<PlanRow>(
    `${PLAN_SELECT} where ${condition} order by ${sorts[query.sort]} limit ${limit} offset ${offset}`,
    params,
  );
  return { rows, total: Number(count[0]?.n ?? 0) };
}

export async function findPlan(tx: Queryable, actor: Actor, id: string, lock = false) {
  const params: unknown[] = [id];
  const visible = planVisible(actor, params);
  if (lock) await tx.query("select 1 from inspection_plan where id = $1::uuid for update", [id]);
  const { rows } = await tx.query<PlanRow>(`${PLAN_SELECT} where p.id = $1::uuid and ${visible}`, params);
  return rows[0] ?? null;
}

export async function insertPlan(
  tx: Queryable,
  input: {
    title: string;
    planYear: number;
    kind: InspectionKind;
    jointBodies: string | null;
    checklistVersionId: string;
    note: string | null;
    actor: Actor;
    sidoCode: string | null;
  },
) {
  const { actor } = input;
  const { rows } = await tx.query<{ id: string }>(
    `insert into inspection_plan (title, plan_year, kind, joint_bodies, scope_kind, sido_code, sigungu_code,
                                  checklist_version_id, note, created_by, created_by_name)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [
      input.title,
      input.planYear,
      input.kind,
      input.jointBodies,
      actor.scope.kind,
      input.sidoCode,
      actor.scope.kind === "sigungu" ? actor.scope.code : null,
      input.checklistVersionId,
      input.note,
      actor.userId,
      actor.name,
    ],
  );
  return rows[0]?.id as string;
}

export async function approvePlan(tx: Queryable, id: string, actor: Actor) {
  await tx.query(
    `update inspection_plan set status = 'approved', approved_by = $2, approved_by_name = $3, approved_at = now(),
       version = version + 1, updated_at = now() where id = $1::uuid`,
    [id, actor.userId, actor.name],
  );
}

export async function touchPlan(tx: Queryable, id: string) {
  await tx.query("update inspection_plan set version = version + 1, updated_at = now() where id = $1::uuid", [
    id,
  ]);
}

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
  const scope = scopeCondition(actor, params, {
    sido: "i.sido_code",
    sigungu: "i.sigungu_code",
    institution: "i.id",
  });
  const { rows } = await tx.query<InstitutionRef>(
    `select i.id, i.name, i.sido_code, i.sigungu_code, i.type_code, i.status from institution i
      where i.id = any($1::uuid[]) and ${scope}`,
    params,
  );
  return rows;
}

export interface CandidateRow {
  id: string;
  name: string;
  type_name: string;
  sigungu_name: string;
  latest_grade: string | null;
  last_inspected_on: string | null;
  open_findings: string;
  recent_dispositions: string;
  total: string;
}

/** 점검 대상 후보: operating institutions by type, region, last inspection, grade and open findings. */
export async function listCandidates(tx: Queryable, actor: Actor, query: CandidateQuery) {
  const params: unknown[] = [];
  const where = [
    "i.status <> 'closed'",
    scopeCondition(actor, params, { sido: "i.sido_code", sigungu: "i.sigungu_code", institution: "i.id" }),
  ];
  if (query.type) where.push(`i.type_code = ${next(params, query.type)}`);
  if (query.sigungu) where.push(`i.sigungu_code = ${next(params, query.sigungu)}`);
  if (query.grades) where.push(`i.latest_grade = any(${next(params, query.grades.split(","))}::text[])`);
  if (query.q) where.push(`i.name ilike ${next(params, like(query.q))}`);
  if (query.lastInspectedBefore)
    where.push(`(last.on is null or last.on < ${next(params, query.lastInspectedBefore)}::date)`);
  if (query.withFindings === "true") where.push("coalesce(f.open, 0) > 0");
  if (query.withDispositions === "true") where.push("coalesce(dp.recent, 0) > 0");
  const limit = next(params, query.limit);
  const offset = next(params, (query.page - 1) * query.limit);
  const { rows } = await tx.query<CandidateRow>(
    `select i.id, i.name, t.type_name, coalesce(rg.sigungu_name, rg.sido_name) as sigungu_name, i.latest_grade,
            last.on::text as last_inspected_on, coalesce(f.open, 0) as open_findings,
            coalesce(dp.recent, 0) as recent_dispositions, count(*) over () as total
       from institution i
       join institution_type t on t.code = i.type_code
       left join region rg on rg.code5 = i.sigungu_code
       left join lateral (select max(x.scheduled_on) as on from inspection x
                           where x.institution_id = i.id and x.status in ('completed', 'notified', 'closed')) last on true
       left join lateral (select count(*) as open from inspection_finding y
                           where y.institution_id = i.id and y.status in ('open', 'ordered')) f on true
       left join lateral (select count(*) as recent from disposition d
                           where d.institution_id = i.id and d.decided_on >= app_today() - interval '3 years'
                             and d.status <> 'cancelled') dp on true
      where ${where.join(" and ")}
      order by last.on nulls first, i.name, i.id limit ${limit} offset ${offset}`,
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
  const where = [
    scopeCondition(actor, params, {
      sido: "x.sido_code",
      sigungu: "x.sigungu_code",
      institution: "x.institution_id",
    }),
  ];
  // Period: the inspection date (계획만 된 점검은 계획 월의 연도로 보지 않고 기간 필터에서 뺀다).
  if (query.from) where.push(`x.scheduled_on >= ${next(params, query.from)}::date`);
  if (query.to) where.push(`x.scheduled_on <= ${next(params, query.to)}::date`);
  if (query.sigungu) where.push(`x.sigungu_code = ${next(params, query.sigungu)}`);
  if (query.kind) where.push(`x.kind = ${next(params, query.kind)}`);
  if (query.status) where.push(`x.status = ${next(params, query.status)}`);
  if (query.result) where.push(`x.overall_result = ${next(params, query.result)}`);
  if (query.planId) where.push(`x.plan_id = ${next(params, query.planId)}::uuid`);
  if (query.institutionId) where.push(`x.institution_id = ${next(params, query.institutionId)}::uuid`);
  if (query.type) where.push(`x.type_code = ${next(params, query.type)}`);
  if (query.month) where.push(`x.planned_month = ${next(params, query.month)}`);
  if (query.q) where.push(`i.name ilike ${next(params, like(query.q))}`);
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
  const { rows: count } = await tx.query<{ n: string }>(
    `select count(*) as n from inspection x join institution i on i.id = x.institution_id where ${condition}`,
    params,
  );
  const limit = next(params, query.limit);
  const offset = next(params, (query.page - 1) * query.limit);
  const { rows } = await tx.query<InspectionRow>(
    `${INSPECTION_SELECT} where ${condition} order by ${INSPECTION_SORTS[query.sort]} limit ${limit} offset ${offset}`,
    params,
  );
  return { rows, total: Number(count[0]?.n ?? 0) };
}

/** Every row the filters match, in batches (Excel download). */
export async function* inspectionBatches(
  tx: Queryable,
  actor: Actor,
  query: InspectionListQuery,
  size = 1000,
) {
  for (let offset = 0; ; offset += size) {
    const params: unknown[] = [];
    const condition = inspectionConditions(actor, query, params);
    const { rows } = await tx.query<InspectionRow>(
      `${INSPECTION_SELECT} where ${condition} order by ${INSPECTION_SORTS[query.sort]}
       limit ${next(params, size)} offset ${next(params, offset)}`,
      params,
    );
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
  }
}

export async function findInspection(tx: Queryable, actor: Actor, id: string, lock = false) {
  if (lock) await tx.query("select 1 from inspection where id = $1::uuid for update", [id]);
  const params: unknown[] = [id];
  const scope = scopeCondition(actor, params, {
    sido: "x.sido_code",
    sigungu: "x.sigungu_code",
    institution: "x.institution_id",
  });
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

// ── findings and corrective actions ─────────────────────────────────────────
export interface FindingRow {
  id: string;
  inspection_id: string;
  institution_id: string;
  sido_code: string;
  sigungu_code: string;
  item_id: string | null;
  item_code: string | null;
  domain: string;
  title: string;
  detail: string;
  severity: FindingSeverity;
  violation_code: string | null;
  status: FindingStatus;
  casebook_shared: boolean;
  casebook_text: string | null;
  created_by_name: string;
  created_at: Date;
  version: number;
}

const FINDING_SELECT = `select f.*, c.code as item_code from inspection_finding f
  left join checklist_item c on c.id = f.item_id`;

export async function findingsOf(tx: Queryable, inspectionId: string) {
  const { rows } = await tx.query<FindingRow>(
    `${FINDING_SELECT} where f.inspection_id = $1::uuid order by f.created_at, f.id`,
    [inspectionId],
  );
  return rows;
}

export async function findFinding(tx: Queryable, actor: Actor, id: string, lock = false) {
  if (lock) await tx.query("select 1 from inspection_finding where id = $1::uuid for update", [id]);
  const params: unknown[] = [id];
  const scope = scopeCondition(actor, params, {
    sido: "f.sido_code",
    sigungu: "f.sigungu_code",
    institution: "f.institution_id",
  });
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

export interface CorrectiveRow {
  id: string;
  finding_id: string;
  inspection_id: string;
  institution_id: string;
  institution_name: string;
  sido_code: string;
  sigungu_code: string;
  sigungu_name: string;
  finding_title: string;
  outcome: CorrectiveOutcome;
  amount_won: string | null;
  instruction: string;
  notice_on: string;
  due_on: string | null;
  status: CorrectiveStatus;
  report_text: string | null;
  reported_at: Date | null;
  reported_by_name: string | null;
  is_late: boolean;
  verification_note: string | null;
  verified_at: Date | null;
  verified_by_name: string | null;
  last_reminded_at: Date | null;
  disposition_id: string | null;
  version: number;
  total?: string;
}

const CORRECTIVE_SELECT = `select a.*, a.notice_on::text as notice_on, a.due_on::text as due_on,
    i.name as institution_name, coalesce(rg.sigungu_name, '') as sigungu_name, f.title as finding_title
  from corrective_action a
  join institution i on i.id = a.institution_id
  join inspection_finding f on f.id = a.finding_id
  left join region rg on rg.code5 = a.sigungu_code`;

export async function correctiveOfFindings(tx: Queryable, findingIds: string[]) {
  if (findingIds.length === 0) return [];
  const { rows } = await tx.query<CorrectiveRow>(
    `${CORRECTIVE_SELECT} where a.finding_id = any($1::uuid[])`,
    [findingIds],
  );
  return rows;
}

export async function findCorrective(tx: Queryable, actor: Actor, id: string, lock = false) {
  if (lock) await tx.query("select 1 from corrective_action where id = $1::uuid for update", [id]);
  const params: unknown[] = [id];
  const scope = scopeCondition(actor, params, {
    sido: "a.sido_code",
    sigungu: "a.sigungu_code",
    institution: "a.institution_id",
  });
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
  const where = [
    scopeCondition(actor, params, {
      sido: "a.sido_code",
      sigungu: "a.sigungu_code",
      institution: "a.institution_id",
    }),
  ];
  const reports = "a.outcome in ('caution', 'warning', 'correction', 'improvement', 'subsidy_recovery')";
  switch (query.status) {
    case "open":
      where.push("a.status <> 'accepted'");
      break;
    case "overdue":
      where.push(
        `${reports} and a.status in ('ordered', 'returned') and a.due_on < ${next(params, today)}::date`,
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
  if (query.sigungu) where.push(`a.sigungu_code = ${next(params, query.sigungu)}`);
  if (query.outcome) where.push(`a.outcome = ${next(params, query.outcome)}`);
  if (query.q) where.push(`i.name ilike ${next(params, like(query.q))}`);
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
  const limit = next(params, query.limit);
  const offset = next(params, (query.page - 1) * query.limit);
  const { rows } = await tx.query<CorrectiveRow>(
    `${CORRECTIVE_SELECT.replace("select a.*,", "select a.*, count(*) over () as total,")}
      where ${condition} order by ${CORRECTIVE_SORTS[query.sort]} limit ${limit} offset ${offset}`,
    params,
  );
  return rows;
}

export async function* correctiveBatches(
  tx: Queryable,
  actor: Actor,
  query: CorrectiveListQuery,
  today: string,
  size = 1000,
) {
  for (let offset = 0; ; offset += size) {
    const params: unknown[] = [];
    const condition = correctiveConditions(actor, query, params, today);
    const { rows } = await tx.query<CorrectiveRow>(
      `${CORRECTIVE_SELECT} where ${condition} order by ${CORRECTIVE_SORTS[query.sort]}
       limit ${next(params, size)} offset ${next(params, offset)}`,
      params,
    );
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
  }
}

/** Open, overdue and reported actions per 시군구 of the actor's jurisdiction. */
export async function correctiveSummary(tx: Queryable, actor: Actor, today: string) {
  const params: unknown[] = [today];
  const scope = scopeCondition(actor, params, {
    sido: "a.sido_code",
    sigungu: "a.sigungu_code",
    institution: "a.institution_id",
  });
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

// ── case book ───────────────────────────────────────────────────────────────
export async function casebook(
  tx: Queryable,
  q: { domain?: string; q?: string; limit: number; offset: number },
) {
  const { rows } = await tx.query<{
    id: string;
    domain: string;
    title: string;
    casebook_text: string;
    severity: FindingSeverity;
    violation_code: string | null;
    type_name: string | null;
    shared_at: Date;
    total: string;
  }>(
    `select c.*, t.type_name from casebook_entries($1, $2, $3, $4) c
       left join institution_type t on t.code = c.type_code`,
    [q.domain ?? null, q.q ? escapeLikePattern(q.q) : null, q.limit, q.offset],
  );
  return rows;
}
