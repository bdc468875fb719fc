/**
 * 업무현황's counts. The dashboards module owns no table it writes: it reads the kept counts of
 * `dashboard_tally` (migration 0024; institutions, staff, report-round targets, inspections) and counts the
 * open rows of findings, corrective actions, dispositions and change requests through their partial indexes
 * (docs/architecture.md, "Dashboards"). Every statement carries the jurisdiction (`scopeCondition`, the first
 * wall); row-level security filters the same rows again. Dates are Korean: `app_today()` (migration 0021).
 */
import type { Queryable } from "@ssis/db";
import {
  CORRECTIVE_OUTCOMES,
  type CorrectiveStatus,
  type DispositionStatus,
  type FindingSeverity,
  type FindingStatus,
  type InspectionKind,
  type InstitutionStatus,
  needsInstitutionReport,
  type PlanStatus,
  type ReportRoundStatus,
  SUSPENSION_KINDS,
} from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { param } from "../../platform/paging.ts";
import { scopeCondition } from "../../platform/scope.ts";
import { CHANGE_REQUEST_AGE_BUCKETS } from "./dashboards.schemas.ts";

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");
/** Outcomes the institution reports on by a due date; only these can be overdue (inspection-findings). */
const REPORTED_OUTCOMES = list(CORRECTIVE_OUTCOMES.filter((o) => needsInstitutionReport(o)));
const SUSPENSIONS = list(SUSPENSION_KINDS);

/** An official with a jurisdiction (the routes' policy lets no one else in). */
export type JurisdictionActor = Actor & { scope: { kind: "nation" | "sido" | "sigungu" } };
export const hasJurisdiction = (actor: Actor): actor is JurisdictionActor =>
  actor.scope.kind === "nation" || actor.scope.kind === "sido" || actor.scope.kind === "sigungu";

/**
 * The column a jurisdiction's rows are told apart by in its side-by-side table: the nation by 시도, a 시도
 * by 시군구. A 시군구 is one area, its own.
 */
const areaColumn = (actor: JurisdictionActor) =>
  actor.scope.kind === "nation" ? "sido_code" : "sigungu_code";

// ── kept counts ──────────────────────────────────────────────────────────────────────────────────────

export interface TallyRow {
  sido_code: string;
  sigungu_code: string;
  k1: string;
  k2: string;
  n: number;
}

/**
 * The rows of a subject a jurisdiction reads: its own level's total (the nation: '', ''; a 시도: its code, '';
 * a 시군구: its codes) and its areas' (the level below). Each is a prefix of one of the table's indexes, so
 * the nation never reads a row per 시군구.
 */
function tallyLevels(actor: JurisdictionActor, params: unknown[]) {
  const scope = scopeCondition(actor, params, {
    sido: "t.sido_code",
    sigungu: "t.sigungu_code",
    institution: "null",
  });
  switch (actor.scope.kind) {
    case "nation":
      return {
        own: `${scope} and t.sido_code = '' and t.sigungu_code = ''`,
        areas: `${scope} and t.sigungu_code = '' and t.sido_code <> ''`,
      };
    case "sido":
      return { own: `${scope} and t.sigungu_code = ''`, areas: `${scope} and t.sigungu_code <> ''` };
    case "sigungu":
      return { own: scope, areas: null };
  }
}

export type TallySubject = "institution" | "staff" | "report_target" | "inspection";

/**
 * Whether a round or plan (alias `f`, with scope_kind, sido_code, sigungu_code) was made at the jurisdiction's
 * own level: the ministry's, the 시도's, a 시군구's own (and for plans, its 시도's, which its officials carry out).
 */
function madeHere(actor: JurisdictionActor, params: unknown[], f: string, withSidoPlans: boolean) {
  const code = actor.scope.code ?? "";
  switch (actor.scope.kind) {
    case "nation":
      return `${f}.scope_kind = 'nation'`;
    case "sido":
      return `(${f}.scope_kind = 'sido' and ${f}.sido_code = ${param(params, code)})`;
    case "sigungu":
      return withSidoPlans
        ? `(${f}.sigungu_code = ${param(params, code)} or (${f}.scope_kind = 'sido' and ${f}.sido_code = ${param(params, code.slice(0, 2))}))`
        : `(${f}.scope_kind = 'sigungu' and ${f}.sigungu_code = ${param(params, code)})`;
  }
}

export type KeptRow = TallyRow & { subject: TallySubject; own: boolean };

/**
 * The kept counts a jurisdiction's dashboard reads, in one statement. Own level: institutions by type and
 * status (k1 '' is every type), active staff, report targets by round and state (rounds still open or due
 * within the last 30 days) and inspections by plan and status (the year's plans), `own` telling the rounds
 * and plans made at this level. Areas: institutions and active staff, and report targets and inspections
 * summed over those rounds and plans (k1 ''), by state or status.
 */
export async function tallies(tx: Queryable, actor: JurisdictionActor, year: number) {
  const params: unknown[] = [];
  const levels = tallyLevels(actor, params);
  const rounds = "dashboard_recent_rounds()";
  const plans = `dashboard_plans(${param(params, Math.trunc(year))}::integer)`;
  const plain = (subject: TallySubject, where: string) =>
    `select t.subject, t.sido_code, t.sigungu_code, t.k1, t.k2, t.n, false as own from dashboard_tally t
      where t.subject = '${subject}' and ${where}`;
  const ranked = (subject: TallySubject, source: string, own: string) =>
    `select t.subject, t.sido_code, t.sigungu_code, t.k1, t.k2, t.n, ${own} as own
       from dashboard_tally t join ${source} f on f.id = t.k1
      where t.subject = '${subject}' and ${levels.own}`;
  const summed = (subject: TallySubject, source: string, where: string) =>
    `select t.subject, t.sido_code, t.sigungu_code, '' as k1, t.k2, sum(t.n)::bigint as n, false as own
       from dashboard_tally t
      where t.subject = '${subject}' and ${where} and t.k1 in (select f.id from ${source} f)
      group by t.subject, t.sido_code, t.sigungu_code, t.k2`;
  const statements = [
    plain("institution", levels.own),
    plain("staff", levels.own),
    ranked("report_target", rounds, madeHere(actor, params, "f", false)),
    ranked("inspection", plans, madeHere(actor, params, "f", true)),
    ...(levels.areas
      ? [
          plain("institution", `${levels.areas} and t.k1 = ''`),
          plain("staff", levels.areas),
          summed("report_target", rounds, levels.areas),
          summed("inspection", plans, levels.areas),
        ]
      : []),
  ];
  const { rows } = await tx.query<KeptRow>(statements.join(" union all "), params);
  const bySubject: Record<TallySubject, KeptRow[]> = {
    institution: [],
    staff: [],
    report_target: [],
    inspection: [],
  };
  for (const row of rows) bySubject[row.subject].push(row);
  return bySubject;
}

/** Whether a tally row is the jurisdiction's own total (else it is one of its areas). */
export const isOwnRow = (actor: JurisdictionActor, row: { sido_code: string; sigungu_code: string }) =>
  actor.scope.kind === "nation"
    ? row.sido_code === ""
    : actor.scope.kind === "sido"
      ? row.sigungu_code === ""
      : true;

/** The area a tally row of the level below belongs to (a 시도 code for the nation, else a 시군구 code). */
export const areaOfRow = (actor: JurisdictionActor, row: { sido_code: string; sigungu_code: string }) =>
  actor.scope.kind === "nation" ? row.sido_code : row.sigungu_code;

export interface RoundRow {
  id: string;
  title: string;
  period_label: string;
  due_on: string;
  status: ReportRoundStatus;
}

export async function roundsById(tx: Queryable, ids: string[]) {
  if (ids.length === 0) return [];
  const { rows } = await tx.query<RoundRow>(
    "select r.id, r.title, r.period_label, r.due_on, r.status from report_round r where r.id = any($1::uuid[])",
    [ids],
  );
  return rows;
}

export interface PlanRow {
  id: string;
  title: string;
  kind: InspectionKind;
  status: PlanStatus;
  scope_label: string;
  own: boolean;
}

/**
 * What is shown of the chosen plans (`ids`) and of the year's plans made at the jurisdiction's own level
 * even before they have any inspection; read under row-level security.
 */
export async function plansOfYear(tx: Queryable, actor: JurisdictionActor, year: number, ids: string[]) {
  const params: unknown[] = [year, ids];
  const own = madeHere(actor, params, "p", true);
  const { rows } = await tx.query<PlanRow>(
    `select p.id, p.title, p.kind, p.status,
            case p.scope_kind when 'nation' then '보건복지부' else concat_ws(' ', rg.sido_name, rg.sigungu_name) end
              as scope_label,
            coalesce(${own}, false) as own
       from inspection_plan p
       left join region rg on rg.code5 = coalesce(p.sigungu_code, p.sido_code || '000')
      where p.plan_year = $1 and (p.id = any($2::uuid[]) or ${own})`,
    params,
  );
  return rows;
}

// ── open rows, counted as they are ───────────────────────────────────────────────────────────────────

function liveScope(actor: JurisdictionActor, params: unknown[], alias: string) {
  return scopeCondition(actor, params, {
    sido: `${alias}.sido_code`,
    sigungu: `${alias}.sigungu_code`,
    institution: `${alias}.institution_id`,
  });
}

export interface AreaCounts {
  area: string;
  findings_open: number;
  actions_open: number;
  actions_overdue: number;
  actions_submitted: number;
  pre_noticed: number;
  decided: number;
  executing: number;
  suspensions: number;
}

/** Open findings, open and overdue corrective actions, dispositions under way, by area. */
export async function oversightCounts(tx: Queryable, actor: JurisdictionActor) {
  const params: unknown[] = [];
  const area = areaColumn(actor);
  const { rows } = await tx.query<AreaCounts>(
    `select area, sum(findings_open) as findings_open, sum(actions_open) as actions_open,
            sum(actions_overdue) as actions_overdue, sum(actions_submitted) as actions_submitted,
            sum(pre_noticed) as pre_noticed, sum(decided) as decided, sum(executing) as executing,
            sum(suspensions) as suspensions
       from (
         select f.${area} as area, count(*) as findings_open, 0 as actions_open, 0 as actions_overdue,
                0 as actions_submitted, 0 as pre_noticed, 0 as decided, 0 as executing, 0 as suspensions
           from inspection_finding f
          where f.status in ('open', 'ordered') and ${liveScope(actor, params, "f")}
          group by 1
         union all
         select a.${area}, 0, count(*),
                count(*) filter (where a.status in ('ordered', 'returned') and a.outcome in (${REPORTED_OUTCOMES})
                                   and a.due_on < app_today()),
                count(*) filter (where a.status = 'submitted'), 0, 0, 0, 0
           from corrective_action a
          where a.status <> 'accepted' and ${liveScope(actor, params, "a")}
          group by 1
         union all
         select d.${area}, 0, 0, 0, 0,
                count(*) filter (where d.status = 'pre_noticed'),
                count(*) filter (where d.status = 'decided'),
                count(*) filter (where d.status = 'executing'),
                count(*) filter (where d.status in ('decided', 'executing')
                                   and d.measure->>'kind' in (${SUSPENSIONS})
                                   and d.period_from <= app_today() and d.period_to >= app_today())
           from disposition d
          where d.status in ('pre_noticed', 'decided', 'executing') and ${liveScope(actor, params, "d")}
          group by 1
       ) c
      group by area`,
    params,
  );
  return rows;
}

export interface ChangeRequestCounts {
  area: string;
  bucket: string;
  pending: number;
  overdue: number;
}

/** Change requests waiting for a decision, by area and by days since they were filed (Korean dates). */
export async function changeRequestCounts(tx: Queryable, actor: JurisdictionActor) {
  const params: unknown[] = [];
  const area = areaColumn(actor);
  const buckets = CHANGE_REQUEST_AGE_BUCKETS.map(
    (b) => `when age <= ${b.to ?? 2147483647} then '${b.bucket}'`,
  ).join(" ");
  const { rows } = await tx.query<ChangeRequestCounts>(
    `select area, case ${buckets} end as bucket, count(*) as pending,
            count(*) filter (where due_on < app_today()) as overdue
       from (select cr.${area} as area, cr.due_on,
                    app_today() - (cr.requested_at at time zone 'Asia/Seoul')::date as age
               from change_request cr
              where cr.status = 'submitted' and ${liveScope(actor, params, "cr")}) c
      group by 1, 2`,
    params,
  );
  return rows;
}

/** The names of the areas: every 시도 (nation) or every 시군구 of the 시도 in force, plus codes with data. */
export async function areaNames(tx: Queryable, actor: JurisdictionActor, seen: string[]) {
  if (actor.scope.kind === "sigungu") return [];
  const nation = actor.scope.kind === "nation";
  const params: unknown[] = [seen.map((code) => (nation ? `${code}000` : code))];
  const inForce = nation
    ? "rg.level = 'sido' and rg.valid_to is null"
    : `rg.level = 'sigungu' and rg.valid_to is null and rg.sido_code = ${param(params, actor.scope.code)}`;
  const { rows } = await tx.query<{ code: string; name: string }>(
    `select ${nation ? "rg.sido_code" : "rg.code5"} as code,
            ${nation ? "rg.sido_name" : "coalesce(rg.sigungu_name, rg.sido_name)"} as name
       from region rg where (${inForce}) or rg.code5 = any($1::text[])
      order by 1`,
    params,
  );
  return rows;
}

// ── one institution ──────────────────────────────────────────────────────────────────────────────────

export interface OwnInstitutionRow {
  id: string;
  name: string;
  status: InstitutionStatus;
  latest_grade: "A" | "B" | "C" | "D" | "F" | null;
  latest_grade_year: number | null;
}

/** The institution of a provider account (its scope), through row-level security. */
export async function ownInstitution(tx: Queryable, institutionId: string) {
  const { rows } = await tx.query<OwnInstitutionRow>(
    `select i.id, i.name, i.status, i.latest_grade, i.latest_grade_year from institution i where i.id = $1::uuid`,
    [institutionId],
  );
  return rows[0] ?? null;
}

export interface DeadlineRow {
  kind: "report" | "corrective" | "documents" | "opinion";
  object_id: string;
  title: string;
  due_on: string;
}

/**
 * What the institution owes by a date: reports of open rounds, corrective-action reports, documents before a
 * visit it has been told of, and an opinion on a pre-notice while the period runs. Only what the institution
 * itself sees: an inspection once announced, a finding once its result was sent (as the provider routes).
 */
export async function institutionDeadlines(tx: Queryable, institutionId: string) {
  const { rows } = await tx.query<DeadlineRow>(
    `select 'report' as kind, r.id as object_id, r.title || ' (' || r.period_label || ')' as title, r.due_on
       from report_round_target t join report_round r on r.id = t.round_id
      where t.institution_id = $1::uuid and t.status = 'pending' and r.status = 'open'
     union all
     select 'corrective', x.id, f.title, a.due_on
       from corrective_action a
       join inspection_finding f on f.id = a.finding_id
       join inspection x on x.id = a.inspection_id
      where a.institution_id = $1::uuid and a.status in ('ordered', 'returned') and a.due_on is not null
        and a.outcome in (${REPORTED_OUTCOMES}) and x.status in ('notified', 'closed')
     union all
     select 'documents', x.id, '사전 점검자료 제출 (' || count(*) || '건)', x.documents_due_on
       from inspection x join inspection_document doc on doc.inspection_id = x.id
      where x.institution_id = $1::uuid and x.status = 'scheduled' and x.prior_notice
        and x.documents_due_on is not null and doc.submitted_at is null
      group by x.id, x.documents_due_on
     union all
     select 'opinion', d.id, d.measure_label || ' 사전통지 의견 제출', d.opinion_due_on
       from disposition d
      where d.institution_id = $1::uuid and d.status = 'pre_noticed' and d.opinion_submitted_at is null
        and d.opinion_due_on >= app_today()
     order by 4, 3`,
    [institutionId],
  );
  return rows;
}

export interface OpenFindingRow {
  id: string;
  inspection_id: string;
  title: string;
  severity: FindingSeverity;
  status: FindingStatus;
  action_status: CorrectiveStatus | null;
  due_on: string | null;
  overdue: boolean;
}

/** Findings not yet closed, of inspections whose result the institution was sent. */
export async function institutionOpenFindings(tx: Queryable, institutionId: string) {
  const { rows } = await tx.query<OpenFindingRow>(
    `select f.id, f.inspection_id, f.title, f.severity, f.status, a.status as action_status, a.due_on,
            coalesce(a.status in ('ordered', 'returned') and a.outcome in (${REPORTED_OUTCOMES})
                     and a.due_on < app_today(), false) as overdue
       from inspection_finding f
       join inspection x on x.id = f.inspection_id
       left join corrective_action a on a.finding_id = f.id
      where f.institution_id = $1::uuid and f.status in ('open', 'ordered') and x.status in ('notified', 'closed')
      order by a.due_on nulls last, f.created_at, f.id`,
    [institutionId],
  );
  return rows;
}

export interface InstitutionDispositionRow {
  id: string;
  measure_label: string;
  status: DispositionStatus;
  decided_on: string | null;
  period_from: string | null;
  period_to: string | null;
  in_force: boolean;
}

/** Dispositions under way (pre-notice to execution) and those that ended or were decided this year and last. */
export async function institutionDispositions(tx: Queryable, institutionId: string) {
  const { rows } = await tx.query<InstitutionDispositionRow>(
    `select d.id, d.measure_label, d.status, d.decided_on, d.period_from, d.period_to,
            (d.status in ('decided', 'executing') and d.measure->>'kind' in (${SUSPENSIONS})
              and d.period_from <= app_today() and d.period_to >= app_today()) as in_force
       from disposition d
      where d.institution_id = $1::uuid and d.status not in ('draft', 'withdrawn')
        and (d.status in ('pre_noticed', 'decided', 'executing')
             or coalesce(d.decided_on, d.pre_notice_on) >= make_date(extract(year from app_today())::int - 1, 1, 1))
      order by d.status in ('pre_noticed', 'decided', 'executing') desc, d.decided_on desc nulls first, d.id`,
    [institutionId],
  );
  return rows;
}
