import type { Queryable } from "@ssis/db";
import type { InspectionKind, PlanStatus } from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { containsPattern, countedPage, pageClause, param } from "../../platform/paging.ts";
import { scopeColumns, scopeCondition } from "../../platform/scope.ts";
import type { CandidateQuery, PlanListQuery } from "./inspection-plans.schemas.ts";

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
      return `p.sido_code = ${param(params, actor.scope.code)}`;
    case "sigungu":
      return `(p.sigungu_code = ${param(params, actor.scope.code)} or (p.scope_kind = 'sido' and p.sido_code = ${param(
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
  if (query.year) where.push(`p.plan_year = ${param(params, query.year)}`);
  if (query.kind) where.push(`p.kind = ${param(params, query.kind)}`);
  if (query.status) where.push(`p.status = ${param(params, query.status)}`);
  const condition = where.join(" and ");
  const sorts = {
    "-created_at": "p.created_at desc, p.id",
    created_at: "p.created_at, p.id",
    title: "p.title, p.id",
    "-plan_year": "p.plan_year desc, p.created_at desc, p.id",
  } as const;
  return countedPage<PlanRow>(
    tx,
    params,
    {
      from: "inspection_plan p",
      where: condition,
      select: () => `${PLAN_SELECT} where ${condition} order by ${sorts[query.sort]}`,
    },
    query,
  );
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

// ── candidates ──────────────────────────────────────────────────────────────
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
  const where = ["i.status <> 'closed'", scopeCondition(actor, params, scopeColumns("i", "i.id"))];
  if (query.type) where.push(`i.type_code = ${param(params, query.type)}`);
  if (query.sigungu) where.push(`i.sigungu_code = ${param(params, query.sigungu)}`);
  if (query.grades) where.push(`i.latest_grade = any(${param(params, query.grades.split(","))}::text[])`);
  if (query.q) where.push(`i.name ilike ${param(params, containsPattern(query.q))}`);
  if (query.lastInspectedBefore)
    where.push(`(last.on is null or last.on < ${param(params, query.lastInspectedBefore)}::date)`);
  if (query.withFindings === "true") where.push("coalesce(f.open, 0) > 0");
  if (query.withDispositions === "true") where.push("coalesce(dp.recent, 0) > 0");
  const page = pageClause(params, query);
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
      order by last.on nulls first, i.name, i.id ${page}`,
    params,
  );
  return rows;
}
