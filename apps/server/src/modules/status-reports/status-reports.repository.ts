import type { Queryable } from "@ssis/db";
import type { ReportRoundStatus, ReportTargetStatus, StatusReportForm } from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { containsPattern, countedPage, param } from "../../platform/paging.ts";
import { scopeColumns, scopeCondition } from "../../platform/scope.ts";
import { findInstitutionInScope } from "../institutions/index.ts";
import type { RoundListQuery, TargetFilter, TargetFilters } from "./status-reports.schemas.ts";

const TARGET_SCOPE = scopeColumns("t");
const INSTITUTION_SCOPE = scopeColumns("i", "i.id");

/** Rounds the official may see: opened within their jurisdiction, or with a target inside it. */
function roundVisible(actor: Actor, params: unknown[]): string {
  const own = scopeCondition(actor, params, {
    sido: "r.sido_code",
    sigungu: "r.sigungu_code",
    institution: "null",
  });
  const targets = scopeCondition(actor, params, TARGET_SCOPE);
  return `(${own} or exists (select 1 from report_round_target t where t.round_id = r.id and ${targets}))`;
}

const SCOPE_LABEL = `case r.scope_kind when 'nation' then '전국'
  else concat_ws(' ', rg.sido_name, rg.sigungu_name) end`;
const REGION_JOIN = `left join region rg on rg.code5 = case r.scope_kind when 'sido' then r.scope_code || '000'
  when 'sigungu' then r.scope_code end`;

export interface RoundRow {
  id: string;
  title: string;
  period_label: string;
  scope_kind: "nation" | "sido" | "sigungu";
  scope_code: string | null;
  scope_label: string;
  opened_by_name: string;
  due_on: string;
  status: ReportRoundStatus;
  opened_at: Date | string;
  closed_at: Date | string | null;
  target_filter: Record<string, unknown>;
  target_count: number;
  version: number;
  targets: number;
  submitted: number;
  late: number;
}

/** Counts of the round's targets within the caller's jurisdiction. */
function countsColumns(actor: Actor, params: unknown[]) {
  const scope = scopeCondition(actor, params, TARGET_SCOPE);
  return `(select count(*) from report_round_target t where t.round_id = r.id and ${scope}) as targets,
    (select count(*) from report_round_target t where t.round_id = r.id and ${scope} and t.status = 'submitted') as submitted,
    (select count(*) from report_round_target t where t.round_id = r.id and ${scope} and t.is_late) as late`;
}

const ROUND_COLUMNS = `r.id, r.title, r.period_label, r.scope_kind, r.scope_code, ${SCOPE_LABEL} as scope_label,
  r.opened_by_name, r.due_on, r.status, r.opened_at, r.closed_at, r.target_filter, r.target_count, r.version`;

const ROUND_SORTS: Record<RoundListQuery["sort"], string> = {
  "-opened_at": "r.opened_at desc, r.id desc",
  opened_at: "r.opened_at asc, r.id asc",
  due_on: "r.due_on asc, r.opened_at desc, r.id",
  "-due_on": "r.due_on desc, r.opened_at desc, r.id",
};

export async function listRounds(tx: Queryable, actor: Actor, query: RoundListQuery) {
  const params: unknown[] = [];
  const where = [roundVisible(actor, params)];
  if (query.status) where.push(`r.status = ${param(params, query.status)}`);
  if (query.period) where.push(`r.period_label ilike ${param(params, containsPattern(query.period))}`);
  const condition = where.join(" and ");
  return countedPage<RoundRow>(
    tx,
    params,
    {
      from: "report_round r",
      where: condition,
      select:
        () => `select ${ROUND_COLUMNS}, ${countsColumns(actor, params)} from report_round r ${REGION_JOIN}
        where ${condition} order by ${ROUND_SORTS[query.sort]}`,
    },
    query,
  );
}

export async function findRound(tx: Queryable, actor: Actor, id: string): Promise<RoundRow | null> {
  const params: unknown[] = [id];
  const visible = roundVisible(actor, params);
  const counts = countsColumns(actor, params);
  const { rows } = await tx.query<RoundRow>(
    `select ${ROUND_COLUMNS}, ${counts} from report_round r ${REGION_JOIN}
     where r.id = $1::uuid and ${visible}`,
    params,
  );
  return rows[0] ?? null;
}

/** The round row itself, locked for a state change. */
export async function lockRound(tx: Queryable, id: string) {
  const { rows } = await tx.query<{ id: string; status: ReportRoundStatus; due_on: string; version: number }>(
    "select id, status, due_on, version from report_round where id = $1::uuid for update",
    [id],
  );
  return rows[0] ?? null;
}

export async function sidoOfSigungu(tx: Queryable, sigunguCode: string): Promise<string | null> {
  const { rows } = await tx.query<{ sido_code: string }>("select sido_code from region where code5 = $1", [
    sigunguCode,
  ]);
  return rows[0]?.sido_code ?? null;
}

/** The institutions a round would target: operating, within the opener's jurisdiction, matching the filter. */
function targetCandidates(actor: Actor, params: unknown[], filter: TargetFilter): string {
  const where = ["i.status = 'operating'", scopeCondition(actor, params, INSTITUTION_SCOPE)];
  if (filter.mode === "filter") {
    if (filter.field) where.push(`ty.field = ${param(params, filter.field)}`);
    if (filter.typeCodes?.length) where.push(`i.type_code = any(${param(params, filter.typeCodes)}::text[])`);
    if (filter.sigunguCodes?.length)
      where.push(`i.sigungu_code = any(${param(params, filter.sigunguCodes)}::text[])`);
  }
  if (filter.mode === "list") where.push(`i.id = any(${param(params, filter.institutionIds ?? [])}::uuid[])`);
  return `from institution i join institution_type ty on ty.code = i.type_code
    left join region g on g.code5 = i.sigungu_code where ${where.join(" and ")}`;
}

export async function previewTargets(tx: Queryable, actor: Actor, filter: TargetFilter) {
  const params: unknown[] = [];
  const from = targetCandidates(actor, params, filter);
  const { rows } = await tx.query<{ sigungu_code: string; sigungu_name: string | null; n: number }>(
    `select i.sigungu_code, g.sigungu_name, count(*) as n ${from}
     group by i.sigungu_code, g.sigungu_name order by i.sigungu_code`,
    params,
  );
  return rows.map((r) => ({
    sigunguCode: r.sigungu_code,
    sigunguName: r.sigungu_name ?? r.sigungu_code,
    count: Number(r.n),
  }));
}

/** Of the listed institutions, those the filter would not take (outside scope, not operating or unknown). */
export async function unmatchedIds(tx: Queryable, actor: Actor, filter: TargetFilter): Promise<string[]> {
  const ids = filter.institutionIds ?? [];
  if (ids.length === 0) return [];
  const params: unknown[] = [];
  const from = targetCandidates(actor, params, filter);
  const { rows } = await tx.query<{ id: string }>(`select i.id ${from}`, params);
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !found.has(id));
}

export interface NewRound {
  title: string;
  periodLabel: string;
  scopeKind: "nation" | "sido" | "sigungu";
  scopeCode: string | null;
  sidoCode: string | null;
  sigunguCode: string | null;
  dueOn: string;
  targetFilter: TargetFilter;
}

export async function insertRound(tx: Queryable, actor: Actor, round: NewRound): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into report_round (title, period_label, scope_kind, scope_code, sido_code, sigungu_code, opened_by,
       opened_by_name, due_on, target_filter, target_count)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0) returning id`,
    [
      round.title,
      round.periodLabel,
      round.scopeKind,
      round.scopeCode,
      round.sidoCode,
      round.sigunguCode,
      actor.userId,
      actor.name,
      round.dueOn,
      JSON.stringify(round.targetFilter),
    ],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("report_round insert returned no id");
  return id;
}

export async function insertTargets(
  tx: Queryable,
  actor: Actor,
  roundId: string,
  filter: TargetFilter,
): Promise<number> {
  const params: unknown[] = [roundId];
  const from = targetCandidates(actor, params, filter);
  const result = await tx.query(
    `insert into report_round_target (round_id, institution_id, sido_code, sigungu_code, type_code)
     select $1::uuid, i.id, i.sido_code, i.sigungu_code, i.type_code ${from}`,
    params,
  );
  await tx.query("update report_round set target_count = $2 where id = $1::uuid", [roundId, result.rowCount]);
  return result.rowCount;
}

export async function closeRound(tx: Queryable, actor: Actor, id: string, version: number) {
  const result = await tx.query(
    `update report_round set status = 'closed', closed_at = now(), closed_by = $3, version = version + 1,
       updated_at = now() where id = $1::uuid and version = $2 and status = 'open'`,
    [id, version, actor.userId],
  );
  return result.rowCount === 1;
}

// ── progress ────────────────────────────────────────────────────────────────
interface ProgressRow {
  sido_code: string;
  sido_name: string | null;
  sigungu_code: string | null;
  sigungu_name: string | null;
  targets: number;
  submitted: number;
  late: number;
  capacity: number;
  current_users: number;
  staff: number;
  programs: number;
}

const AGGREGATES = `count(*) as targets, count(*) filter (where t.status = 'submitted') as submitted,
  count(*) filter (where t.is_late) as late,
  coalesce(sum(t.reported_capacity), 0) as capacity, coalesce(sum(t.reported_current_users), 0) as current_users,
  coalesce(sum(t.reported_staff), 0) as staff, coalesce(sum(t.reported_programs), 0) as programs`;

export async function progressByRegion(
  tx: Queryable,
  actor: Actor,
  roundId: string,
  level: "sido" | "sigungu",
) {
  const params: unknown[] = [roundId];
  const scope = scopeCondition(actor, params, TARGET_SCOPE);
  const sql =
    level === "sido"
      ? `select t.sido_code, s.sido_name, null as sigungu_code, null as sigungu_name, ${AGGREGATES}
         from report_round_target t left join region s on s.code5 = t.sido_code || '000'
         where t.round_id = $1::uuid and ${scope} group by t.sido_code, s.sido_name order by t.sido_code`
      : `select t.sido_code, g.sido_name, t.sigungu_code, g.sigungu_name, ${AGGREGATES}
         from report_round_target t left join region g on g.code5 = t.sigungu_code
         where t.round_id = $1::uuid and ${scope}
         group by t.sido_code, g.sido_name, t.sigungu_code, g.sigungu_name order by t.sigungu_code`;
  const { rows } = await tx.query<ProgressRow>(sql, params);
  return rows;
}

export async function progressByType(tx: Queryable, actor: Actor, roundId: string) {
  const params: unknown[] = [roundId];
  const scope = scopeCondition(actor, params, TARGET_SCOPE);
  const { rows } = await tx.query<
    Omit<ProgressRow, "sido_code" | "sido_name" | "sigungu_code" | "sigungu_name"> & {
      type_code: string;
      type_name: string;
      field: string;
    }
  >(
    `select t.type_code, ty.type_name, ty.field, ${AGGREGATES}
     from report_round_target t join institution_type ty on ty.code = t.type_code
     where t.round_id = $1::uuid and ${scope}
     group by t.type_code, ty.type_name, ty.field order by ty.field, ty.type_name`,
    params,
  );
  return rows;
}

export interface TargetRow {
  round_id: string;
  institution_id: string;
  institution_name: string;
  type_code: string;
  type_name: string;
  residential: string;
  sido_name: string | null;
  sigungu_code: string;
  sigungu_name: string | null;
  status: ReportTargetStatus;
  is_late: boolean;
  submitted_at: Date | string | null;
  submitted_by_name: string | null;
  reported_capacity: number | null;
  reported_current_users: number | null;
  reported_staff: number | null;
  reported_programs: number | null;
  report: StatusReportForm | null;
  draft: Record<string, unknown> | null;
  draft_saved_at: Date | string | null;
  reminder_count: number;
  last_reminded_at: Date | string | null;
  version: number;
}

const TARGET_COLUMNS = `t.round_id, t.institution_id, i.name as institution_name, t.type_code, ty.type_name,
  ty.residential, g.sido_name, t.sigungu_code, g.sigungu_name, t.status, t.is_late, t.submitted_at,
  t.submitted_by_name, t.reported_capacity, t.reported_current_users, t.reported_staff, t.reported_programs,
  t.report, t.draft, t.draft_saved_at, t.version,
  (select count(*) from report_reminder m where m.round_id = t.round_id and m.institution_id = t.institution_id) as reminder_count,
  (select max(m.sent_at) from report_reminder m where m.round_id = t.round_id and m.institution_id = t.institution_id) as last_reminded_at`;
const TARGET_FROM = `report_round_target t join institution i on i.id = t.institution_id
  join institution_type ty on ty.code = t.type_code left join region g on g.code5 = t.sigungu_code`;

const TARGET_SORTS: Record<TargetFilters["sort"], string> = {
  name: "i.name asc, t.institution_id",
  "-name": "i.name desc, t.institution_id",
  region: "t.sigungu_code asc, i.name asc, t.institution_id",
  state: "t.status asc, t.is_late desc, i.name asc, t.institution_id",
  submitted_at: "t.submitted_at asc nulls last, i.name asc, t.institution_id",
  "-submitted_at": "t.submitted_at desc nulls last, i.name asc, t.institution_id",
};

function targetWhere(actor: Actor, params: unknown[], roundId: string, f: Omit<TargetFilters, "sort">) {
  const where = [`t.round_id = ${param(params, roundId)}::uuid`, scopeCondition(actor, params, TARGET_SCOPE)];
  if (f.status === "pending") where.push("t.status = 'pending'");
  if (f.status === "submitted") where.push("t.status = 'submitted'");
  if (f.status === "late") where.push("t.is_late");
  if (f.sigungu) where.push(`t.sigungu_code = ${param(params, f.sigungu)}`);
  if (f.type) where.push(`t.type_code = ${param(params, f.type)}`);
  if (f.q) where.push(`i.name ilike ${param(params, containsPattern(f.q))}`);
  return where.join(" and ");
}

export async function listTargets(
  tx: Queryable,
  actor: Actor,
  roundId: string,
  filters: TargetFilters,
  page: { limit: number; offset: number },
) {
  const params: unknown[] = [];
  const where = targetWhere(actor, params, roundId, filters);
  return countedPage<TargetRow>(
    tx,
    params,
    {
      from: TARGET_FROM,
      where,
      select: () =>
        `select ${TARGET_COLUMNS} from ${TARGET_FROM} where ${where} order by ${TARGET_SORTS[filters.sort]}`,
    },
    page,
  );
}

export async function countTargets(tx: Queryable, actor: Actor, roundId: string, filters: TargetFilters) {
  const params: unknown[] = [];
  const where = targetWhere(actor, params, roundId, filters);
  const { rows } = await tx.query<{ n: number }>(
    `select count(*) as n from ${TARGET_FROM} where ${where}`,
    params,
  );
  return Number(rows[0]?.n ?? 0);
}

export async function findTarget(
  tx: Queryable,
  actor: Actor,
  roundId: string,
  institutionId: string,
  forUpdate = false,
): Promise<TargetRow | null> {
  const params: unknown[] = [roundId, institutionId];
  const scope = scopeCondition(actor, params, TARGET_SCOPE);
  const { rows } = await tx.query<TargetRow>(
    `select ${TARGET_COLUMNS} from ${TARGET_FROM}
     where t.round_id = $1::uuid and t.institution_id = $2::uuid and ${scope}${forUpdate ? " for update of t" : ""}`,
    params,
  );
  return rows[0] ?? null;
}

export interface Submission {
  report: StatusReportForm;
  submittedOn: string;
  isLate: boolean;
  staffTotal: number;
}

export async function submitTarget(
  tx: Queryable,
  actor: Actor,
  roundId: string,
  institutionId: string,
  version: number,
  s: Submission,
) {
  const result = await tx.query(
    `update report_round_target set status = 'submitted', submitted_at = now(), submitted_on = $4,
       submitted_by = $5, submitted_by_name = $6, is_late = $7, report = $8, reported_capacity = $9,
       reported_current_users = $10, reported_staff = $11, reported_programs = $12, draft = null,
       version = version + 1, updated_at = now()
     where round_id = $1::uuid and institution_id = $2::uuid and version = $3 and status = 'pending'`,
    [
      roundId,
      institutionId,
      version,
      s.submittedOn,
      actor.userId,
      actor.name,
      s.isLate,
      JSON.stringify(s.report),
      s.report.capacity,
      s.report.currentUsers,
      s.staffTotal,
      s.report.programCount,
    ],
  );
  return result.rowCount === 1;
}

export async function saveDraft(
  tx: Queryable,
  actor: Actor,
  roundId: string,
  institutionId: string,
  version: number,
  draft: unknown,
) {
  const result = await tx.query(
    `update report_round_target set draft = $4, draft_saved_at = now(), draft_saved_by = $5,
       version = version + 1, updated_at = now()
     where round_id = $1::uuid and institution_id = $2::uuid and version = $3 and status = 'pending'`,
    [roundId, institutionId, version, JSON.stringify(draft), actor.userId],
  );
  return result.rowCount === 1;
}

// ── reminders ───────────────────────────────────────────────────────────────
/** One reminder row per pending target in the sender's jurisdiction (optionally only the listed ones). */
export async function insertReminders(
  tx: Queryable,
  actor: Actor,
  roundId: string,
  message: string,
  institutionIds: string[] | undefined,
): Promise<{ batchId: string; sent: number }> {
  const { rows: batch } = await tx.query<{ id: string }>("select gen_random_uuid() as id");
  const batchId = batch[0]?.id ?? "";
  const params: unknown[] = [batchId, roundId, actor.userId, actor.name, message];
  const where = [
    "t.round_id = $2::uuid",
    "t.status = 'pending'",
    scopeCondition(actor, params, TARGET_SCOPE),
  ];
  if (institutionIds) where.push(`t.institution_id = any(${param(params, institutionIds)}::uuid[])`);
  const result = await tx.query(
    `insert into report_reminder (batch_id, round_id, institution_id, sido_code, sigungu_code, sent_by, sent_by_name, message)
     select $1::uuid, t.round_id, t.institution_id, t.sido_code, t.sigungu_code, $3, $4, $5
     from report_round_target t where ${where.join(" and ")}`,
    params,
  );
  return { batchId, sent: result.rowCount };
}

/** The institutions of a round (or of one reminder batch): whom its notices go to. */
export async function institutionsOfRound(tx: Queryable, roundId: string, batchId?: string) {
  const { rows } = batchId
    ? await tx.query<{ institution_id: string }>(
        "select institution_id from report_reminder where round_id = $1 and batch_id = $2",
        [roundId, batchId],
      )
    : await tx.query<{ institution_id: string }>(
        "select institution_id from report_round_target where round_id = $1",
        [roundId],
      );
  return rows.map((r) => r.institution_id);
}

export async function listReminderBatches(tx: Queryable, actor: Actor, roundId: string) {
  const params: unknown[] = [roundId];
  const scope = scopeCondition(actor, params, scopeColumns("m"));
  const { rows } = await tx.query<{
    batch_id: string;
    sent_at: Date | string;
    sent_by_name: string;
    message: string;
    n: number;
  }>(
    `select m.batch_id, min(m.sent_at) as sent_at, min(m.sent_by_name) as sent_by_name, min(m.message) as message,
       count(*) as n
     from report_reminder m where m.round_id = $1::uuid and ${scope}
     group by m.batch_id order by min(m.sent_at) desc limit 50`,
    params,
  );
  return rows;
}

// ── providers ───────────────────────────────────────────────────────────────
export interface ProviderRoundRow {
  round_id: string;
  title: string;
  period_label: string;
  scope_label: string;
  due_on: string;
  round_status: ReportRoundStatus;
  status: ReportTargetStatus;
  is_late: boolean;
  submitted_at: Date | string | null;
  has_draft: boolean;
}

export async function listOwnRounds(tx: Queryable, actor: Actor, institutionId: string) {
  const params: unknown[] = [institutionId];
  const scope = scopeCondition(actor, params, TARGET_SCOPE);
  const { rows } = await tx.query<ProviderRoundRow>(
    `select r.id as round_id, r.title, r.period_label, ${SCOPE_LABEL} as scope_label, r.due_on,
       r.status as round_status, t.status, t.is_late, t.submitted_at, t.draft is not null as has_draft
     from report_round_target t join report_round r on r.id = t.round_id ${REGION_JOIN}
     where t.institution_id = $1::uuid and ${scope}
     order by (r.status = 'open' and t.status = 'pending') desc, r.due_on desc, r.opened_at desc limit 200`,
    params,
  );
  return rows;
}

export async function findOwnRound(tx: Queryable, actor: Actor, institutionId: string, roundId: string) {
  const params: unknown[] = [institutionId, roundId];
  const scope = scopeCondition(actor, params, TARGET_SCOPE);
  const { rows } = await tx.query<ProviderRoundRow>(
    `select r.id as round_id, r.title, r.period_label, ${SCOPE_LABEL} as scope_label, r.due_on,
       r.status as round_status, t.status, t.is_late, t.submitted_at, t.draft is not null as has_draft
     from report_round_target t join report_round r on r.id = t.round_id ${REGION_JOIN}
     where t.institution_id = $1::uuid and t.round_id = $2::uuid and ${scope}`,
    params,
  );
  return rows[0] ?? null;
}

export async function remindersFor(tx: Queryable, actor: Actor, institutionId: string, roundIds: string[]) {
  if (roundIds.length === 0) return [];
  const params: unknown[] = [institutionId, roundIds];
  const scope = scopeCondition(actor, params, scopeColumns("m"));
  const { rows } = await tx.query<{
    round_id: string;
    sent_at: Date | string;
    sent_by_name: string;
    message: string;
  }>(
    `select m.round_id, m.sent_at, m.sent_by_name, m.message from report_reminder m
     where m.institution_id = $1::uuid and m.round_id = any($2::uuid[]) and ${scope} order by m.sent_at desc`,
    params,
  );
  return rows;
}

/** Figures from the register to prefill the form: 정원·현원, 남녀 현원 (active 이용자), active staff by job type. */
export async function registerFigures(tx: Queryable, actor: Actor, institutionId: string) {
  const institution = await findInstitutionInScope(tx, actor, institutionId);
  const staffParams: unknown[] = [institutionId];
  const staffScope = scopeCondition(actor, staffParams, scopeColumns("s"));
  const { rows: staff } = await tx.query<{ job_type_code: string; full_time: number; part_time: number }>(
    `select s.job_type_code, count(*) filter (where s.employment_kind = 'full_time') as full_time,
       count(*) filter (where s.employment_kind = 'part_time') as part_time
     from staff s where s.institution_id = $1::uuid and s.left_on is null and ${staffScope}
     group by s.job_type_code order by s.job_type_code`,
    staffParams,
  );
  const clientParams: unknown[] = [institutionId];
  const clientScope = scopeCondition(actor, clientParams, scopeColumns("c"));
  const { rows: clients } = await tx.query<{ male: number; female: number }>(
    `select count(*) filter (where c.gender = 'male') as male, count(*) filter (where c.gender = 'female') as female
     from client c where c.institution_id = $1::uuid and c.discharged_on is null and ${clientScope}`,
    clientParams,
  );
  return {
    institution,
    staff: staff.map((s) => ({
      jobTypeCode: s.job_type_code,
      fullTime: Number(s.full_time),
      partTime: Number(s.part_time),
    })),
    clients: { male: Number(clients[0]?.male ?? 0), female: Number(clients[0]?.female ?? 0) },
  };
}

export async function listJobTypes(tx: Queryable) {
  const { rows } = await tx.query<{ code: string; job_type: string }>(
    "select code, job_type from staff_job_type order by code",
  );
  return rows.map((r) => ({ code: r.code, name: r.job_type }));
}

/** Batches for the Excel download (the progress list under the same filters). */
export async function* readTargetsForExport(
  tx: Queryable,
  actor: Actor,
  roundId: string,
  filters: TargetFilters,
  batchSize = 2000,
): AsyncGenerator<TargetRow[]> {
  for (let offset = 0; ; offset += batchSize) {
    const { rows } = await listTargets(tx, actor, roundId, filters, { limit: batchSize, offset });
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
  }
}
