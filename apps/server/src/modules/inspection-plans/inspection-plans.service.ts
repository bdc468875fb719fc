import { INSPECTION_KIND_LABELS, PLAN_STATUS_LABELS, planTransition } from "@ssis/domain";
import type { Actor, ActorCtx } from "../../platform/context.ts";
import { AppError, notFound, refused, validationFailed } from "../../platform/errors.ts";
import { iso } from "../../platform/timestamps.ts";
import { checkVersion } from "../../platform/versioning.ts";
import { requireChecklistVersion } from "../inspection-checklists/index.ts";
import {
  createPlannedInspections,
  inspectionsOfPlan,
  institutionsOfPlan,
  logTransition,
  targetsInScope,
} from "../inspections/index.ts";
import * as repo from "./inspection-plans.repository.ts";
import type {
  CandidateQuery,
  PlanCreate,
  PlanListQuery,
  PlanTargetsAdd,
} from "./inspection-plans.schemas.ts";

function toPlanItem(p: repo.PlanRow, actor: Actor) {
  return {
    canManage: ownsPlan(actor, p),
    id: p.id,
    title: p.title,
    planYear: p.plan_year,
    kind: p.kind,
    kindLabel: INSPECTION_KIND_LABELS[p.kind],
    jointBodies: p.joint_bodies,
    scopeLabel: p.scope_kind === "nation" ? "보건복지부" : (p.scope_label ?? ""),
    status: p.status,
    statusLabel: PLAN_STATUS_LABELS[p.status],
    checklistVersionId: p.checklist_version_id,
    checklistLabel: p.checklist_label,
    note: p.note,
    createdByName: p.created_by_name,
    createdAt: iso(p.created_at),
    approvedByName: p.approved_by_name,
    approvedAt: iso(p.approved_at),
    targets: Number(p.targets),
    done: Number(p.done),
    version: p.version,
  };
}

export async function listPlans(ctx: ActorCtx, query: PlanListQuery) {
  const { rows, total } = await repo.listPlans(ctx.tx, ctx.actor, query);
  return { items: rows.map((r) => toPlanItem(r, ctx.actor)), total, page: query.page, limit: query.limit };
}

export async function listCandidates(ctx: ActorCtx, query: CandidateQuery) {
  const rows = await repo.listCandidates(ctx.tx, ctx.actor, query);
  return {
    items: rows.map((r) => ({
      institutionId: r.id,
      name: r.name,
      typeName: r.type_name,
      sigunguName: r.sigungu_name,
      latestGrade: r.latest_grade,
      lastInspectedOn: r.last_inspected_on,
      openFindings: Number(r.open_findings),
      recentDispositions: Number(r.recent_dispositions),
      suggestedReason: [
        r.last_inspected_on ? `최근 점검 ${r.last_inspected_on}` : "점검 이력 없음",
        r.latest_grade && ["D", "F"].includes(r.latest_grade) ? `평가 ${r.latest_grade}등급` : null,
        Number(r.open_findings) > 0 ? `미조치 지적 ${r.open_findings}건` : null,
        Number(r.recent_dispositions) > 0 ? `최근 3년 행정처분 ${r.recent_dispositions}건` : null,
      ]
        .filter(Boolean)
        .join(", "),
    })),
    total: Number(rows[0]?.total ?? 0),
    page: query.page,
  };
}

export async function createPlan(ctx: ActorCtx, input: PlanCreate) {
  await requireChecklistVersion(ctx, input.checklistVersionId);
  if (input.kind === "joint" && !input.jointBodies?.trim())
    throw validationFailed([{ field: "jointBodies", message: "합동 점검에 참여하는 기관을 입력하세요." }]);
  const targets = await targetsInScope(ctx, input.targets);
  const sidoCode = ctx.actor.scope.kind === "nation" ? null : (ctx.actor.scope.code?.slice(0, 2) ?? null);
  const id = await repo.insertPlan(ctx.tx, {
    title: input.title,
    planYear: input.planYear,
    kind: input.kind,
    jointBodies: input.jointBodies?.trim() || null,
    checklistVersionId: input.checklistVersionId,
    note: input.note ?? null,
    actor: ctx.actor,
    sidoCode,
  });
  if (targets.length > 0) {
    await createPlannedInspections(ctx, {
      planId: id,
      kind: input.kind,
      checklistVersionId: input.checklistVersionId,
      targets,
    });
  }
  const sigunguCode = ctx.actor.scope.kind === "sigungu" ? ctx.actor.scope.code : null;
  await logPlanMove(ctx, { id, sido_code: sidoCode, sigungu_code: sigunguCode }, "create", null, "draft");
  return getPlan(ctx, id);
}

/** A plan's step in the transition log (inspection_transition), under the plan's jurisdiction. */
function logPlanMove(
  ctx: ActorCtx,
  plan: Pick<repo.PlanRow, "id" | "sido_code" | "sigungu_code">,
  action: string,
  from: string | null,
  to: string,
) {
  return logTransition(
    ctx,
    {
      entity: "plan",
      entityId: plan.id,
      inspectionId: null,
      institutionId: null,
      sidoCode: plan.sido_code,
      sigunguCode: plan.sigungu_code,
      action,
      from,
      to,
    },
    "official",
  );
}

export async function getPlan(ctx: ActorCtx, id: string) {
  const plan = await repo.findPlan(ctx.tx, ctx.actor, id);
  if (!plan) throw notFound("점검계획");
  return { ...toPlanItem(plan, ctx.actor), ...(await inspectionsOfPlan(ctx, id)) };
}

/** Only the planning jurisdiction itself changes or approves its plan (a 시도 reads its 시군구's plans). */
function ownsPlan(actor: Actor, plan: repo.PlanRow) {
  const { kind, code } = actor.scope;
  return (
    plan.scope_kind === kind &&
    (kind === "nation" || (kind === "sido" ? plan.sido_code === code : plan.sigungu_code === code))
  );
}

function requirePlanOwner(ctx: ActorCtx, plan: repo.PlanRow) {
  if (!ownsPlan(ctx.actor, plan))
    throw new AppError(
      "NOT_PLAN_OWNER",
      403,
      "점검계획을 수립한 기관의 담당자만 변경하거나 승인할 수 있습니다.",
    );
}

export async function addPlanTargets(ctx: ActorCtx, id: string, input: PlanTargetsAdd) {
  const plan = await repo.findPlan(ctx.tx, ctx.actor, id, true);
  if (!plan) throw notFound("점검계획");
  requirePlanOwner(ctx, plan);
  checkVersion(plan.version, input.version, "점검계획");
  const t = planTransition(plan.status, "editTargets");
  if (!t.ok) throw refused(t);
  const already = new Set(await institutionsOfPlan(ctx, id));
  const errors = input.targets.flatMap((target, i) =>
    already.has(target.institutionId)
      ? [{ field: `targets.${i}.institutionId`, message: "이미 계획에 들어 있는 기관입니다." }]
      : [],
  );
  if (errors.length > 0) throw validationFailed(errors);
  const targets = await targetsInScope(ctx, input.targets);
  await createPlannedInspections(ctx, {
    planId: id,
    kind: plan.kind,
    checklistVersionId: plan.checklist_version_id,
    targets,
  });
  await repo.touchPlan(ctx.tx, id);
  return getPlan(ctx, id);
}

export async function approvePlan(ctx: ActorCtx, id: string, version: number | undefined) {
  const plan = await repo.findPlan(ctx.tx, ctx.actor, id, true);
  if (!plan) throw notFound("점검계획");
  requirePlanOwner(ctx, plan);
  checkVersion(plan.version, version, "점검계획");
  const t = planTransition(plan.status, "approve");
  if (!t.ok) throw refused(t);
  if (Number(plan.targets) === 0)
    throw new AppError("PLAN_WITHOUT_TARGETS", 409, "대상 기관이 없는 점검계획은 승인할 수 없습니다.");
  await repo.approvePlan(ctx.tx, id, ctx.actor);
  await logPlanMove(ctx, plan, "approve", plan.status, t.to);
  return getPlan(ctx, id);
}
