import {
  authorityTitle,
  CORRECTIVE_OUTCOME_LABELS,
  CORRECTIVE_STATUS_LABELS,
  type CorrectiveAction,
  checklistText,
  correctiveDeadline,
  correctiveTransition,
  dueLabel,
  FINDING_SEVERITY_LABELS,
  FINDING_STATUS_LABELS,
  type FindingAction,
  findingTransition,
  INSPECTION_KIND_LABELS,
  INSPECTION_STATUS_LABELS,
  type InspectionAction,
  ITEM_RESULT_LABELS,
  inspectionTransition,
  isCorrectiveOverdue,
  isLateReport,
  isVisibleToInstitution,
  koreaToday,
  needsInstitutionReport,
  OVERALL_RESULT_LABELS,
  overallResult,
  PLAN_STATUS_LABELS,
  planTransition,
  ROLE_ZONE,
} from "@ssis/domain";
import { josa } from "es-hangul";
import type { FastifyRequest } from "fastify";
import { recordAccess } from "../../platform/audit.ts";
import type { Actor, Ctx } from "../../platform/context.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import { filesOf, openStoredFile, readUpload, type StoredFile, storeFile } from "../../platform/files.ts";
import { buildCorrectiveWorkbook, buildInspectionWorkbook } from "./inspections.excel.ts";
import { renderResultNotice } from "./inspections.pdf.ts";
import * as repo from "./inspections.repository.ts";
import type {
  CandidateQuery,
  CasebookQuery,
  CasebookShare,
  ChecklistVersionCreate,
  CorrectiveItem,
  CorrectiveListQuery,
  CorrectiveOrder,
  CorrectiveSubmit,
  DocumentReview,
  FindingCreate,
  FindingItem,
  InspectionComplete,
  InspectionCreate,
  InspectionDetail,
  InspectionItem,
  InspectionListQuery,
  InspectionSchedule,
  PlanCreate,
  PlanListQuery,
  PlanTargetsAdd,
  ReasonBody,
  RemindBody,
  ResultsSave,
  VerificationBody,
} from "./inspections.schemas.ts";

export type ActorCtx = Ctx & { actor: Actor };

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
const refused = (t: { code: string; message: string }) => new AppError(t.code, 409, t.message);
const zoneOf = (actor: Actor) => ROLE_ZONE[actor.role];

function checkVersion(current: number, expected: number | undefined, what: string) {
  if (expected !== undefined && expected !== current)
    throw new AppError(
      "VERSION_CONFLICT",
      409,
      `다른 사용자가 먼저 ${what} 수정했습니다. 화면을 새로 고친 뒤 다시 시도하세요.`,
    );
}

// ── mapping ─────────────────────────────────────────────────────────────────
function toInspectionItem(r: repo.InspectionRow): InspectionItem {
  return {
    id: r.id,
    planId: r.plan_id,
    planTitle: r.plan_title,
    institutionId: r.institution_id,
    institutionName: r.institution_name,
    sidoName: r.sido_name,
    sigunguName: r.sigungu_name,
    typeName: r.type_name,
    kind: r.kind,
    kindLabel: INSPECTION_KIND_LABELS[r.kind],
    reason: r.reason,
    plannedMonth: r.planned_month,
    status: r.status,
    statusLabel: INSPECTION_STATUS_LABELS[r.status],
    scheduledOn: r.scheduled_on,
    scheduledEndOn: r.scheduled_end_on,
    priorNotice: r.prior_notice,
    overallResult: r.overall_result,
    overallResultLabel: r.overall_result ? OVERALL_RESULT_LABELS[r.overall_result] : null,
    findings: Number(r.findings),
    openFindings: Number(r.open_findings),
    version: r.version,
  };
}

function toCorrectiveItem(r: repo.CorrectiveRow, files: StoredFile[], today: string): CorrectiveItem {
  const waiting = r.status === "ordered" || r.status === "returned";
  return {
    id: r.id,
    findingId: r.finding_id,
    inspectionId: r.inspection_id,
    institutionId: r.institution_id,
    institutionName: r.institution_name,
    sigunguName: r.sigungu_name,
    findingTitle: r.finding_title,
    outcome: r.outcome,
    outcomeLabel: CORRECTIVE_OUTCOME_LABELS[r.outcome],
    amountWon: r.amount_won === null ? null : Number(r.amount_won),
    instruction: r.instruction,
    noticeOn: r.notice_on,
    dueOn: r.due_on,
    dueLabel: r.due_on && waiting ? dueLabel(r.due_on, today) : null,
    status: r.status,
    statusLabel: CORRECTIVE_STATUS_LABELS[r.status],
    needsReport: needsInstitutionReport(r.outcome),
    isOverdue: isCorrectiveOverdue({ status: r.status, dueOn: r.due_on, outcome: r.outcome }, today),
    reportText: r.report_text,
    reportedAt: iso(r.reported_at),
    reportedByName: r.reported_by_name,
    isLate: r.is_late,
    verificationNote: r.verification_note,
    verifiedAt: iso(r.verified_at),
    verifiedByName: r.verified_by_name,
    lastRemindedAt: iso(r.last_reminded_at),
    dispositionId: r.disposition_id,
    files,
    version: r.version,
  };
}

function toFindingItem(f: repo.FindingRow, action: CorrectiveItem | null): FindingItem {
  return {
    id: f.id,
    inspectionId: f.inspection_id,
    itemId: f.item_id,
    itemCode: f.item_code,
    domain: f.domain,
    title: f.title,
    detail: f.detail,
    severity: f.severity,
    severityLabel: FINDING_SEVERITY_LABELS[f.severity],
    violationCode: f.violation_code,
    status: f.status,
    statusLabel: FINDING_STATUS_LABELS[f.status],
    casebookShared: f.casebook_shared,
    casebookText: f.casebook_text,
    createdByName: f.created_by_name,
    createdAt: iso(f.created_at) ?? "",
    correctiveAction: action,
    version: f.version,
  };
}

const ENTITY_LABELS = {
  plan: "점검계획",
  inspection: "점검",
  finding: "지적사항",
  corrective_action: "시정·개선 조치",
} as const;

function statusLabel(entity: string, status: string | null): string | null {
  if (status === null) return null;
  const tables: Record<string, Record<string, string>> = {
    plan: PLAN_STATUS_LABELS,
    inspection: INSPECTION_STATUS_LABELS,
    finding: FINDING_STATUS_LABELS,
    corrective_action: CORRECTIVE_STATUS_LABELS,
  };
  return tables[entity]?.[status] ?? status;
}

// ── transitions (checked by the domain, logged here) ────────────────────────
async function moveInspection(
  ctx: ActorCtx,
  inspection: repo.InspectionRow,
  action: InspectionAction,
  facts: Parameters<typeof inspectionTransition>[2],
  changes: Record<string, unknown> = {},
) {
  const t = inspectionTransition(inspection.status, action, facts);
  if (!t.ok) throw refused(t);
  await repo.updateInspection(ctx.tx, inspection.id, { status: t.to, ...changes });
  await repo.logTransition(
    ctx.tx,
    {
      entity: "inspection",
      entityId: inspection.id,
      inspectionId: inspection.id,
      institutionId: inspection.institution_id,
      sidoCode: inspection.sido_code,
      sigunguCode: inspection.sigungu_code,
      action,
      from: inspection.status,
      to: t.to,
      reason: facts?.reason ?? null,
    },
    ctx.actor,
    zoneOf(ctx.actor),
  );
  return t.to;
}

async function moveFinding(
  ctx: ActorCtx,
  finding: repo.FindingRow,
  action: FindingAction,
  facts: Parameters<typeof findingTransition>[2],
) {
  const t = findingTransition(finding.status, action, facts);
  if (!t.ok) throw refused(t);
  await repo.setFindingStatus(ctx.tx, finding.id, t.to);
  await repo.logTransition(
    ctx.tx,
    {
      entity: "finding",
      entityId: finding.id,
      inspectionId: finding.inspection_id,
      institutionId: finding.institution_id,
      sidoCode: finding.sido_code,
      sigunguCode: finding.sigungu_code,
      action,
      from: finding.status,
      to: t.to,
      reason: facts?.reason ?? null,
    },
    ctx.actor,
    zoneOf(ctx.actor),
  );
  return t.to;
}

async function moveCorrective(
  ctx: ActorCtx,
  action: repo.CorrectiveRow,
  move: CorrectiveAction,
  facts: { reason?: string | null; report?: string | null },
  changes: Record<string, unknown>,
) {
  const t = correctiveTransition(action.status, move, { outcome: action.outcome, ...facts });
  if (!t.ok) throw refused(t);
  await repo.updateCorrective(ctx.tx, action.id, { status: t.to, ...changes });
  await repo.logTransition(
    ctx.tx,
    {
      entity: "corrective_action",
      entityId: action.id,
      inspectionId: action.inspection_id,
      institutionId: action.institution_id,
      sidoCode: action.sido_code,
      sigunguCode: action.sigungu_code,
      action: move,
      from: action.status,
      to: t.to,
      reason: facts.reason ?? null,
    },
    ctx.actor,
    zoneOf(ctx.actor),
  );
  return t.to;
}

/** A verified action closes its finding; the last closed finding of a notified inspection closes it too. */
async function closeAfterVerification(ctx: ActorCtx, action: repo.CorrectiveRow) {
  const finding = await repo.findFinding(ctx.tx, ctx.actor, action.finding_id, true);
  if (!finding) return;
  await moveFinding(ctx, finding, "close", { actionStatus: "accepted" });
  const inspection = await repo.findInspection(ctx.tx, ctx.actor, finding.inspection_id, true);
  if (inspection?.status === "notified" && Number(inspection.open_findings) === 0)
    await moveInspection(ctx, inspection, "close", { openFindings: 0, reason: "모든 지적사항 조치 확인" });
}

// ── checklists ──────────────────────────────────────────────────────────────
function toVersionSummary(v: repo.ChecklistVersionRow) {
  return {
    id: v.id,
    templateId: v.template_id,
    templateCode: v.template_code,
    templateName: v.template_name,
    version: v.version,
    changeNote: checklistText(v.change_note),
    createdByName: v.created_by_name,
    createdAt: iso(v.created_at) ?? "",
    itemCount: Number(v.item_count),
    unverifiedCount: Number(v.unverified_count),
    isLatest: v.is_latest,
  };
}

export async function listChecklists(ctx: ActorCtx) {
  return { items: (await repo.listChecklistVersions(ctx.tx)).map(toVersionSummary) };
}

export async function getChecklistVersion(ctx: ActorCtx, id: string) {
  const version = await repo.findChecklistVersion(ctx.tx, id);
  if (!version) throw notFound("점검표");
  const items = await repo.checklistItems(ctx.tx, id);
  return {
    ...toVersionSummary(version),
    items: items.map((i) => ({
      id: i.id,
      position: i.position,
      code: i.code,
      domain: i.domain,
      item: i.item,
      legalBasis: checklistText(i.legal_basis),
      appliesTo: checklistText(i.applies_to),
      typicalFinding: checklistText(i.typical_finding),
      typicalOutcome: checklistText(i.typical_outcome),
      violationCode: i.violation_code,
      verified: i.verified,
      source: i.source,
    })),
  };
}

/** Editing a checklist makes a new version; inspections keep the version they were planned with. */
export async function createChecklistVersion(ctx: ActorCtx, input: ChecklistVersionCreate) {
  const base = await repo.findChecklistVersion(ctx.tx, input.basedOnVersionId);
  if (!base) throw notFound("점검표");
  const codes = new Set<string>();
  const errors = input.items.flatMap((item, i) => {
    if (codes.has(item.code))
      return [{ field: `items.${i}.code`, message: `항목 코드 ${item.code}가 중복됩니다.` }];
    codes.add(item.code);
    return [];
  });
  if (errors.length > 0) throw validationFailed(errors);
  const previous = new Map((await repo.checklistItems(ctx.tx, base.id)).map((i) => [i.code, i]));
  const id = await repo.insertChecklistVersion(ctx.tx, {
    templateId: base.template_id,
    changeNote: input.changeNote,
    actor: ctx.actor,
    items: input.items.map((item) => {
      const before = previous.get(item.code);
      return {
        code: item.code,
        domain: item.domain,
        item: item.item,
        legalBasis: item.legalBasis,
        appliesTo: item.appliesTo ?? null,
        typicalFinding: before?.typical_finding ?? null,
        typicalOutcome: before?.typical_outcome ?? null,
        violationCode: item.violationCode ?? null,
        verified: item.verified,
        source: before?.source ?? null,
      };
    }),
  });
  await recordAccess(ctx, {
    action: "create",
    targetType: "checklist_version",
    targetId: id,
    details: { basedOn: base.id, items: input.items.length },
  });
  return getChecklistVersion(ctx, id);
}

async function requireChecklistVersion(ctx: ActorCtx, id: string) {
  const version = await repo.findChecklistVersion(ctx.tx, id);
  if (!version)
    throw validationFailed([{ field: "checklistVersionId", message: "점검표 버전을 찾을 수 없습니다." }]);
  return version;
}

// ── plans ───────────────────────────────────────────────────────────────────
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
    createdAt: iso(p.created_at) ?? "",
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

async function targetsInScope(ctx: ActorCtx, targets: PlanCreate["targets"]) {
  const unique = new Map(targets.map((t) => [t.institutionId, t]));
  if (unique.size !== targets.length)
    throw validationFailed([{ field: "targets", message: "같은 기관이 두 번 들어 있습니다." }]);
  const found = new Map(
    (await repo.institutionsInScope(ctx.tx, ctx.actor, [...unique.keys()])).map((i) => [i.id, i]),
  );
  const errors = targets.flatMap((t, i) => {
    const institution = found.get(t.institutionId);
    if (!institution)
      return [{ field: `targets.${i}.institutionId`, message: "관할 구역의 기관이 아닙니다." }];
    if (institution.status === "closed")
      return [
        {
          field: `targets.${i}.institutionId`,
          message: `${josa(institution.name, "은/는")} 폐지된 기관입니다.`,
        },
      ];
    return [];
  });
  if (errors.length > 0) throw validationFailed(errors);
  return targets.map((t) => ({
    institution: found.get(t.institutionId) as repo.InstitutionRef,
    reason: t.reason,
    plannedMonth: t.plannedMonth,
  }));
}

/** Each inspection of a plan starts its own log with the reason it was chosen. */
async function logPlannedInspections(
  ctx: ActorCtx,
  inspectionIds: string[],
  targets: { institution: repo.InstitutionRef; reason: string }[],
) {
  for (const [i, inspectionId] of inspectionIds.entries()) {
    const target = targets[i];
    if (!target) continue;
    await repo.logTransition(
      ctx.tx,
      {
        entity: "inspection",
        entityId: inspectionId,
        inspectionId,
        institutionId: target.institution.id,
        sidoCode: target.institution.sido_code,
        sigunguCode: target.institution.sigungu_code,
        action: "create",
        from: null,
        to: "planned",
        reason: target.reason,
      },
      ctx.actor,
      "official",
    );
  }
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
    const inspectionIds = await repo.insertInspections(ctx.tx, {
      planId: id,
      kind: input.kind,
      checklistVersionId: input.checklistVersionId,
      actor: ctx.actor,
      targets,
    });
    await logPlannedInspections(ctx, inspectionIds, targets);
  }
  await repo.logTransition(
    ctx.tx,
    {
      entity: "plan",
      entityId: id,
      inspectionId: null,
      institutionId: null,
      sidoCode,
      sigunguCode: ctx.actor.scope.kind === "sigungu" ? ctx.actor.scope.code : null,
      action: "create",
      from: null,
      to: "draft",
    },
    ctx.actor,
    "official",
  );
  return getPlan(ctx, id);
}

export async function getPlan(ctx: ActorCtx, id: string) {
  const plan = await repo.findPlan(ctx.tx, ctx.actor, id);
  if (!plan) throw notFound("점검계획");
  const months = await repo.planMonths(ctx.tx, id);
  const { rows } = await repo.listInspections(ctx.tx, ctx.actor, {
    planId: id,
    sort: "planned_month",
    page: 1,
    limit: 2000,
  } as InspectionListQuery);
  return {
    ...toPlanItem(plan, ctx.actor),
    months: months.map((m) => ({
      month: m.month,
      planned: Number(m.planned),
      scheduled: Number(m.scheduled),
      inProgress: Number(m.in_progress),
      done: Number(m.done),
      cancelled: Number(m.cancelled),
    })),
    inspections: rows.map(toInspectionItem),
  };
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
  checkVersion(plan.version, input.version, "점검계획을");
  const t = planTransition(plan.status, "editTargets");
  if (!t.ok) throw refused(t);
  const { rows: existing } = await ctx.tx.query<{ institution_id: string }>(
    "select institution_id from inspection where plan_id = $1::uuid and status <> 'cancelled'",
    [id],
  );
  const already = new Set(existing.map((r) => r.institution_id));
  const errors = input.targets.flatMap((target, i) =>
    already.has(target.institutionId)
      ? [{ field: `targets.${i}.institutionId`, message: "이미 계획에 들어 있는 기관입니다." }]
      : [],
  );
  if (errors.length > 0) throw validationFailed(errors);
  const targets = await targetsInScope(ctx, input.targets);
  const inspectionIds = await repo.insertInspections(ctx.tx, {
    planId: id,
    kind: plan.kind,
    checklistVersionId: plan.checklist_version_id,
    actor: ctx.actor,
    targets,
  });
  await logPlannedInspections(ctx, inspectionIds, targets);
  await repo.touchPlan(ctx.tx, id);
  return getPlan(ctx, id);
}

export async function approvePlan(ctx: ActorCtx, id: string, version: number | undefined) {
  const plan = await repo.findPlan(ctx.tx, ctx.actor, id, true);
  if (!plan) throw notFound("점검계획");
  requirePlanOwner(ctx, plan);
  checkVersion(plan.version, version, "점검계획을");
  const t = planTransition(plan.status, "approve");
  if (!t.ok) throw refused(t);
  if (Number(plan.targets) === 0)
    throw new AppError("PLAN_WITHOUT_TARGETS", 409, "대상 기관이 없는 점검계획은 승인할 수 없습니다.");
  await repo.approvePlan(ctx.tx, id, ctx.actor);
  await repo.logTransition(
    ctx.tx,
    {
      entity: "plan",
      entityId: id,
      inspectionId: null,
      institutionId: null,
      sidoCode: plan.sido_code,
      sigunguCode: plan.sigungu_code,
      action: "approve",
      from: plan.status,
      to: t.to,
    },
    ctx.actor,
    "official",
  );
  return getPlan(ctx, id);
}

// ── inspections (officials) ─────────────────────────────────────────────────
export async function listInspections(ctx: ActorCtx, query: InspectionListQuery) {
  const { rows, total } = await repo.listInspections(ctx.tx, ctx.actor, query);
  return { items: rows.map(toInspectionItem), total, page: query.page, limit: query.limit };
}

export async function exportInspections(ctx: ActorCtx, query: InspectionListQuery) {
  await recordAccess(ctx, {
    action: "export",
    targetType: "inspection_list",
    details: { filters: query },
  });
  const batches = (async function* () {
    for await (const rows of repo.inspectionBatches(ctx.tx, ctx.actor, query))
      yield rows.map(toInspectionItem);
  })();
  return buildInspectionWorkbook(batches, query, new Date());
}

/** 수시·특별 점검: one institution, outside an annual plan. */
export async function createInspection(ctx: ActorCtx, input: InspectionCreate) {
  await requireChecklistVersion(ctx, input.checklistVersionId);
  const [target] = await targetsInScope(ctx, [
    { institutionId: input.institutionId, reason: input.reason, plannedMonth: 1 },
  ]);
  if (!target) throw notFound("기관");
  const [id] = await repo.insertInspections(ctx.tx, {
    planId: null,
    kind: input.kind,
    checklistVersionId: input.checklistVersionId,
    actor: ctx.actor,
    targets: [{ ...target, plannedMonth: null }],
  });
  if (!id) throw new Error("inspection insert returned nothing");
  await repo.logTransition(
    ctx.tx,
    {
      entity: "inspection",
      entityId: id,
      inspectionId: id,
      institutionId: target.institution.id,
      sidoCode: target.institution.sido_code,
      sigunguCode: target.institution.sigungu_code,
      action: "create",
      from: null,
      to: "planned",
      reason: input.reason,
    },
    ctx.actor,
    "official",
  );
  return getInspection(ctx, id);
}

async function requireInspection(ctx: ActorCtx, id: string, lock = false) {
  const inspection = await repo.findInspection(ctx.tx, ctx.actor, id, lock);
  if (!inspection) throw notFound("점검");
  return inspection;
}

async function inspectionDetail(ctx: ActorCtx, inspection: repo.InspectionRow): Promise<InspectionDetail> {
  const today = koreaToday();
  const [items, documents, findings, transitions] = await Promise.all([
    repo.itemResults(ctx.tx, inspection),
    repo.documentsOf(ctx.tx, inspection.id),
    repo.findingsOf(ctx.tx, inspection.id),
    repo.transitionsOf(ctx.tx, inspection.id),
  ]);
  const actions = await repo.correctiveOfFindings(
    ctx.tx,
    findings.map((f) => f.id),
  );
  const files = await filesOf(ctx, [
    inspection.id,
    ...documents.map((d) => d.id),
    ...findings.map((f) => f.id),
    ...actions.map((a) => a.id),
  ]);
  const actionByFinding = new Map(actions.map((a) => [a.finding_id, a]));
  // Officials' evidence hangs on the inspection, tagged with the item code in its file name by the screen.
  const inspectionFiles = files.get(inspection.id) ?? [];
  return {
    ...toInspectionItem(inspection),
    team: inspection.team,
    noticeSentOn: inspection.notice_sent_on,
    documentsDueOn: inspection.documents_due_on,
    resultSummary: inspection.result_summary,
    internalNote: inspection.internal_note,
    resultNoticeNo: inspection.result_notice_no,
    resultNotifiedOn: inspection.result_notified_on,
    checklistVersionId: inspection.checklist_version_id,
    checklistLabel: inspection.checklist_label,
    itemsTotal: items.length,
    itemsWithResult: items.filter((i) => i.result !== null).length,
    items: items.map((i) => ({
      itemId: i.id,
      position: i.position,
      code: i.code,
      domain: i.domain,
      item: i.item,
      legalBasis: checklistText(i.legal_basis),
      violationCode: i.violation_code,
      verified: i.verified,
      result: i.result,
      resultLabel: i.result ? ITEM_RESULT_LABELS[i.result] : null,
      note: i.note,
      recordedByName: i.recorded_by_name,
      files: inspectionFiles.filter((f) => f.fileName.startsWith(`[${i.code}]`)),
    })),
    documents: documents.map((d) => ({
      id: d.id,
      position: d.position,
      title: d.title,
      submittedAt: iso(d.submitted_at),
      submittedByName: d.submitted_by_name,
      reviewStatus: d.review_status,
      reviewStatusLabel: { pending: "검토 전", adequate: "적정", insufficient: "보완 필요" }[d.review_status],
      reviewNote: d.review_note,
      files: files.get(d.id) ?? [],
      version: d.version,
    })),
    findingList: findings.map((f) => {
      const a = actionByFinding.get(f.id);
      return toFindingItem(f, a ? toCorrectiveItem(a, files.get(a.id) ?? [], today) : null);
    }),
    transitions: transitions.map((t) => ({
      entity: t.entity,
      entityLabel: ENTITY_LABELS[t.entity as keyof typeof ENTITY_LABELS] ?? t.entity,
      action: t.action,
      fromStatus: statusLabel(t.entity, t.from_status),
      toStatus: statusLabel(t.entity, t.to_status) ?? t.to_status,
      reason: t.reason,
      actorName: t.actor_name,
      at: iso(t.at) ?? "",
    })),
    canRecord: inspection.status === "in_progress",
  };
}

export async function getInspection(ctx: ActorCtx, id: string) {
  return inspectionDetail(ctx, await requireInspection(ctx, id));
}

export async function scheduleInspection(ctx: ActorCtx, id: string, input: InspectionSchedule) {
  const inspection = await requireInspection(ctx, id, true);
  checkVersion(inspection.version, input.version, "점검을");
  const today = koreaToday();
  await moveInspection(
    ctx,
    inspection,
    "schedule",
    {},
    {
      scheduled_on: input.scheduledOn,
      scheduled_end_on: input.scheduledEndOn ?? null,
      team: JSON.stringify(input.team),
      prior_notice: input.priorNotice,
      notice_sent_on: input.priorNotice ? (inspection.notice_sent_on ?? today) : null,
      documents_due_on: input.documentsDueOn ?? null,
    },
  );
  await repo.addRequestedDocuments(ctx.tx, inspection, input.documents);
  return getInspection(ctx, id);
}

export async function reviewDocument(ctx: ActorCtx, id: string, documentId: string, input: DocumentReview) {
  const inspection = await requireInspection(ctx, id, true);
  const document = await repo.findDocument(ctx.tx, inspection.id, documentId);
  if (!document) throw notFound("점검자료");
  if (!document.submitted_at)
    throw new AppError("DOCUMENT_NOT_SUBMITTED", 409, "기관이 아직 제출하지 않은 자료는 검토할 수 없습니다.");
  if (["completed", "notified", "closed", "cancelled"].includes(inspection.status))
    throw new AppError("INSPECTION_FINISHED", 409, "점검이 끝난 뒤에는 사전 점검자료를 검토할 수 없습니다.");
  await repo.reviewDocument(
    ctx.tx,
    document.id,
    { status: input.reviewStatus, note: input.note ?? null },
    ctx.actor,
  );
  return getInspection(ctx, id);
}

export async function simpleInspectionMove(
  ctx: ActorCtx,
  id: string,
  action: "start" | "reopen" | "cancel" | "close",
  body: Partial<ReasonBody>,
) {
  const inspection = await requireInspection(ctx, id, true);
  checkVersion(inspection.version, body.version, "점검을");
  await moveInspection(ctx, inspection, action, {
    reason: body.reason ?? null,
    openFindings: Number(inspection.open_findings),
  });
  return getInspection(ctx, id);
}

export async function saveResults(ctx: ActorCtx, id: string, input: ResultsSave) {
  const inspection = await requireInspection(ctx, id, true);
  if (inspection.status !== "in_progress")
    throw new AppError(
      "INSPECTION_NOT_IN_PROGRESS",
      409,
      "점검 중인 점검에만 결과를 입력할 수 있습니다. 먼저 '점검 시작'을 누르세요.",
    );
  const items = new Map(
    (await repo.checklistItems(ctx.tx, inspection.checklist_version_id)).map((i) => [i.id, i]),
  );
  const errors = input.results.flatMap((r, i) => {
    if (!items.has(r.itemId))
      return [{ field: `results.${i}.itemId`, message: "이 점검의 점검표에 없는 항목입니다." }];
    if (r.result === "non_compliant" && !r.note?.trim())
      return [{ field: `results.${i}.note`, message: "부적합 항목은 확인 내용을 적어야 합니다." }];
    return [];
  });
  if (errors.length > 0) throw validationFailed(errors);
  await repo.upsertResults(
    ctx.tx,
    inspection,
    input.results.map((r) => ({ itemId: r.itemId, result: r.result, note: r.note ?? null })),
    ctx.actor,
  );
  await repo.updateInspection(ctx.tx, id, {});
  return getInspection(ctx, id);
}

export async function addFinding(ctx: ActorCtx, id: string, input: FindingCreate) {
  const inspection = await requireInspection(ctx, id, true);
  if (inspection.status !== "in_progress")
    throw new AppError(
      "INSPECTION_NOT_IN_PROGRESS",
      409,
      "점검 중인 점검에만 지적사항을 등록할 수 있습니다.",
    );
  let domain = input.domain;
  let violationCode = input.violationCode ?? null;
  if (input.itemId) {
    const item = (await repo.checklistItems(ctx.tx, inspection.checklist_version_id)).find(
      (i) => i.id === input.itemId,
    );
    if (!item) throw validationFailed([{ field: "itemId", message: "이 점검의 점검표에 없는 항목입니다." }]);
    domain ??= item.domain;
    violationCode ??= item.violation_code;
  }
  if (!domain) throw validationFailed([{ field: "domain", message: "점검 영역을 입력하세요." }]);
  const findingId = await repo.insertFinding(
    ctx.tx,
    inspection,
    {
      itemId: input.itemId ?? null,
      domain,
      title: input.title,
      detail: input.detail,
      severity: input.severity,
      violationCode,
    },
    ctx.actor,
  );
  await repo.logTransition(
    ctx.tx,
    {
      entity: "finding",
      entityId: findingId,
      inspectionId: inspection.id,
      institutionId: inspection.institution_id,
      sidoCode: inspection.sido_code,
      sigunguCode: inspection.sigungu_code,
      action: "create",
      from: null,
      to: "open",
    },
    ctx.actor,
    "official",
  );
  await repo.updateInspection(ctx.tx, id, {});
  return getInspection(ctx, id);
}

export async function completeInspection(ctx: ActorCtx, id: string, input: InspectionComplete) {
  const inspection = await requireInspection(ctx, id, true);
  checkVersion(inspection.version, input.version, "점검을");
  const items = await repo.itemResults(ctx.tx, inspection);
  const findings = (await repo.findingsOf(ctx.tx, id)).filter((f) => f.status !== "withdrawn");
  // Every non-compliant item needs its finding, so nothing found on site is lost before the notice.
  const withoutFinding = items.filter(
    (i) => i.result === "non_compliant" && !findings.some((f) => f.item_id === i.id),
  );
  if (withoutFinding.length > 0 && inspection.status === "in_progress")
    throw new AppError(
      "FINDING_MISSING",
      409,
      `부적합 항목에 지적사항을 등록하세요: ${withoutFinding.map((i) => i.code).join(", ")}`,
    );
  await moveInspection(
    ctx,
    inspection,
    "complete",
    { itemsTotal: items.length, itemsWithResult: items.filter((i) => i.result !== null).length },
    {
      overall_result: overallResult(findings.length),
      result_summary: input.resultSummary,
      internal_note: input.internalNote ?? null,
    },
  );
  return getInspection(ctx, id);
}

/** 결과 통보: numbers the notice, records the sender (the official's 시군구 or 시도) and sends it. */
export async function notifyInspection(ctx: ActorCtx, id: string, version: number | undefined) {
  const inspection = await requireInspection(ctx, id, true);
  checkVersion(inspection.version, version, "점검을");
  const today = koreaToday();
  const { rows: region } = await ctx.tx.query<{ sido_name: string; sigungu_name: string | null }>(
    "select sido_name, sigungu_name from region where code5 = $1",
    [
      ctx.actor.scope.kind === "sido"
        ? `${ctx.actor.scope.code}000`
        : ctx.actor.scope.kind === "sigungu"
          ? ctx.actor.scope.code
          : "",
    ],
  );
  const r = region[0];
  const sender = authorityTitle(
    ctx.actor.scope.kind,
    r ? { sidoName: r.sido_name, sigunguName: r.sigungu_name } : null,
  );
  const noticeNo = await repo.nextNoticeNo(ctx.tx, sender, today);
  const to = await moveInspection(
    ctx,
    inspection,
    "notify",
    {},
    { result_notice_no: noticeNo, result_notified_on: today, result_sender: sender },
  );
  // A notice with no findings leaves nothing to follow up.
  if (to === "notified" && Number(inspection.open_findings) === 0 && Number(inspection.findings) === 0) {
    const fresh = await requireInspection(ctx, id, true);
    await moveInspection(ctx, fresh, "close", { openFindings: 0, reason: "지적사항 없음" });
  }
  return getInspection(ctx, id);
}

export async function resultNotice(ctx: ActorCtx, id: string, zone: "official" | "provider") {
  const inspection = await requireInspection(ctx, id);
  if (!inspection.result_notice_no || !["notified", "closed"].includes(inspection.status))
    throw new AppError("NOTICE_NOT_SENT", 409, "결과를 통보한 점검만 결과 통지서를 출력할 수 있습니다.");
  if (
    zone === "provider" &&
    !isVisibleToInstitution({ status: inspection.status, priorNotice: inspection.prior_notice })
  )
    throw notFound("점검");
  const detail = await inspectionDetail(ctx, inspection);
  const { rows } = await ctx.tx.query<{ result_sender: string | null }>(
    "select result_sender from inspection where id = $1::uuid",
    [id],
  );
  await recordAccess(ctx, {
    action: "export",
    targetType: "inspection_result_notice",
    targetId: id,
    subject: inspection.institution_id,
  });
  return {
    fileName: `지도점검_결과통지서_${inspection.institution_name.replace(/[\\/:*?"<>|\s]+/g, "_")}.pdf`,
    pdf: await renderResultNotice(detail, rows[0]?.result_sender ?? "보건복지부장관"),
  };
}

// ── findings and corrective actions (officials) ─────────────────────────────
async function requireFinding(ctx: ActorCtx, id: string) {
  const finding = await repo.findFinding(ctx.tx, ctx.actor, id, true);
  if (!finding) throw notFound("지적사항");
  return finding;
}

export async function orderCorrective(ctx: ActorCtx, findingId: string, input: CorrectiveOrder) {
  const finding = await requireFinding(ctx, findingId);
  const inspection = await requireInspection(ctx, finding.inspection_id, true);
  if (!["in_progress", "completed", "notified"].includes(inspection.status))
    throw new AppError(
      "INSPECTION_NOT_OPEN",
      409,
      "진행 중이거나 완료된 점검의 지적사항에만 조치를 정할 수 있습니다.",
    );
  const reports = needsInstitutionReport(input.outcome);
  const dueOn = reports
    ? correctiveDeadline({
        noticeOn: input.noticeOn,
        days: input.days ?? undefined,
        dueOn: input.dueOn ?? undefined,
      })
    : (input.dueOn ?? null);
  await moveFinding(ctx, finding, "order", {});
  const actionId = await repo.insertCorrective(
    ctx.tx,
    finding,
    {
      outcome: input.outcome,
      amountWon: input.amountWon ?? null,
      instruction: input.instruction,
      noticeOn: input.noticeOn,
      dueOn,
      status: "ordered",
    },
    ctx.actor,
  );
  await repo.logTransition(
    ctx.tx,
    {
      entity: "corrective_action",
      entityId: actionId,
      inspectionId: finding.inspection_id,
      institutionId: finding.institution_id,
      sidoCode: finding.sido_code,
      sigunguCode: finding.sigungu_code,
      action: "order",
      from: null,
      to: "ordered",
      reason: `${CORRECTIVE_OUTCOME_LABELS[input.outcome]}${dueOn ? ` (기한 ${dueOn})` : ""}`,
    },
    ctx.actor,
    "official",
  );
  await repo.updateInspection(ctx.tx, inspection.id, {});
  return getInspection(ctx, inspection.id);
}

export async function getFinding(ctx: ActorCtx, findingId: string) {
  const finding = await repo.findFinding(ctx.tx, ctx.actor, findingId);
  if (!finding) throw notFound("지적사항");
  const inspection = await requireInspection(ctx, finding.inspection_id);
  const [action] = await repo.correctiveOfFindings(ctx.tx, [finding.id]);
  const files = action ? await filesOf(ctx, [action.id]) : new Map();
  return {
    ...toFindingItem(
      finding,
      action ? toCorrectiveItem(action, files.get(action.id) ?? [], koreaToday()) : null,
    ),
    institutionId: inspection.institution_id,
    institutionName: inspection.institution_name,
    // 적발일: the day of the visit, or the day the finding was written when the visit has no date.
    foundOn: inspection.scheduled_on ?? new Date(finding.created_at).toISOString().slice(0, 10),
  };
}

export async function withdrawFinding(ctx: ActorCtx, findingId: string, body: ReasonBody) {
  const finding = await requireFinding(ctx, findingId);
  checkVersion(finding.version, body.version, "지적사항을");
  await moveFinding(ctx, finding, "withdraw", { reason: body.reason });
  return getInspection(ctx, finding.inspection_id);
}

/** 지적 사례집: the official writes the anonymised text; names of the institution and its people are refused. */
export async function shareToCasebook(ctx: ActorCtx, findingId: string, input: CasebookShare) {
  const finding = await requireFinding(ctx, findingId);
  const text = input.text?.trim() || null;
  if (input.share) {
    if (!text) throw validationFailed([{ field: "text", message: "사례집에 실을 내용을 입력하세요." }]);
    const { rows } = await ctx.tx.query<{ name: string; head_name: string | null; operator_name: string }>(
      "select name, head_name, operator_name from institution where id = $1::uuid",
      [finding.institution_id],
    );
    const names = [rows[0]?.name, rows[0]?.head_name, rows[0]?.operator_name].filter(
      (n): n is string => !!n && n.length >= 2,
    );
    const leaked = names.filter((n) => text.includes(n));
    if (leaked.length > 0)
      throw validationFailed(
        [{ field: "text", message: `기관명·시설장·운영자 이름을 빼고 적으세요: ${leaked.join(", ")}` }],
        "사례집은 익명으로 공유됩니다.",
      );
  }
  await repo.setCasebook(ctx.tx, finding.id, input.share, input.share ? text : finding.casebook_text);
  return getInspection(ctx, finding.inspection_id);
}

async function requireCorrective(ctx: ActorCtx, id: string) {
  const action = await repo.findCorrective(ctx.tx, ctx.actor, id, true);
  if (!action) throw notFound("시정·개선 조치");
  return action;
}

export async function verifyCorrective(
  ctx: ActorCtx,
  id: string,
  move: "accept" | "return" | "confirm",
  body: VerificationBody & { reason?: string },
) {
  const action = await requireCorrective(ctx, id);
  checkVersion(action.version, body.version, "조치를");
  const note = (move === "accept" ? body.note : body.reason) ?? null;
  const to = await moveCorrective(
    ctx,
    action,
    move,
    { reason: note },
    { verification_note: note, verified_at: new Date(), verified_by_name: ctx.actor.name },
  );
  if (to === "accepted") await closeAfterVerification(ctx, action);
  return getInspection(ctx, action.inspection_id);
}

export async function listCorrective(ctx: ActorCtx, query: CorrectiveListQuery) {
  const today = koreaToday();
  const [rows, summary] = await Promise.all([
    repo.listCorrective(ctx.tx, ctx.actor, query, today),
    repo.correctiveSummary(ctx.tx, ctx.actor, today),
  ]);
  return {
    items: rows.map((r) => toCorrectiveItem(r, [], today)),
    total: Number(rows[0]?.total ?? 0),
    page: query.page,
    limit: query.limit,
    summary: summary.map((s) => ({
      sigunguCode: s.sigungu_code,
      sigunguName: s.sigungu_name,
      open: Number(s.open),
      overdue: Number(s.overdue),
      submitted: Number(s.submitted),
    })),
  };
}

export async function exportCorrective(ctx: ActorCtx, query: CorrectiveListQuery) {
  const today = koreaToday();
  await recordAccess(ctx, {
    action: "export",
    targetType: "corrective_action_list",
    details: { filters: query },
  });
  const batches = (async function* () {
    for await (const rows of repo.correctiveBatches(ctx.tx, ctx.actor, query, today))
      yield rows.map((r) => toCorrectiveItem(r, [], today));
  })();
  return buildCorrectiveWorkbook(batches, query, new Date());
}

/** 독촉: logged on each action the institution still owes; the institution sees when it was reminded. */
export async function remindCorrective(ctx: ActorCtx, input: RemindBody) {
  let reminded = 0;
  const skipped: string[] = [];
  for (const id of input.ids) {
    const action = await repo.findCorrective(ctx.tx, ctx.actor, id, true);
    if (!action) throw notFound("시정·개선 조치");
    if (!needsInstitutionReport(action.outcome) || !["ordered", "returned"].includes(action.status)) {
      skipped.push(action.institution_name);
      continue;
    }
    await repo.updateCorrective(ctx.tx, id, { last_reminded_at: new Date() });
    await repo.logTransition(
      ctx.tx,
      {
        entity: "corrective_action",
        entityId: id,
        inspectionId: action.inspection_id,
        institutionId: action.institution_id,
        sidoCode: action.sido_code,
        sigunguCode: action.sigungu_code,
        action: "remind",
        from: action.status,
        to: action.status,
        reason: input.message,
      },
      ctx.actor,
      "official",
    );
    reminded++;
  }
  return { reminded, skipped };
}

export async function casebook(ctx: ActorCtx, query: CasebookQuery) {
  const rows = await repo.casebook(ctx.tx, {
    domain: query.domain,
    q: query.q,
    limit: query.limit,
    offset: (query.page - 1) * query.limit,
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      domain: r.domain,
      title: r.title,
      text: r.casebook_text,
      severityLabel: FINDING_SEVERITY_LABELS[r.severity],
      violationCode: r.violation_code,
      typeName: r.type_name,
      sharedAt: iso(r.shared_at) ?? "",
    })),
    total: Number(rows[0]?.total ?? 0),
    page: query.page,
    limit: query.limit,
  };
}

// ── files ───────────────────────────────────────────────────────────────────
/** Officials' evidence (사진·문서) of an item result; the item code prefixes the name so the screen can group it. */
export async function attachEvidence(
  ctx: ActorCtx,
  id: string,
  request: FastifyRequest,
  itemCode: string | null,
) {
  const inspection = await requireInspection(ctx, id, true);
  if (!["in_progress", "completed"].includes(inspection.status))
    throw new AppError(
      "INSPECTION_NOT_IN_PROGRESS",
      409,
      "점검 중이거나 완료된 점검에만 증빙을 첨부할 수 있습니다.",
    );
  const upload = await readUpload(request);
  const file = await storeFile(
    ctx,
    {
      institutionId: inspection.institution_id,
      sidoCode: inspection.sido_code,
      sigunguCode: inspection.sigungu_code,
      purpose: "inspection-evidence",
      ownerId: inspection.id,
    },
    {
      filename: itemCode ? `[${itemCode}] ${upload.filename}` : upload.filename,
      mimetype: upload.mimetype,
      data: upload.data,
    },
    "official",
  );
  return file;
}

export async function downloadFile(ctx: ActorCtx, id: string, zone: "official" | "provider") {
  return openStoredFile(ctx, id, async (file) => {
    if (zone === "official") return true;
    // Institutions read what they submitted and what was sent to them, never officials' working evidence.
    if (file.purpose === "inspection-evidence") return false;
    return true;
  });
}

// ── institutions (providers) ────────────────────────────────────────────────
function requireVisibleToInstitution(inspection: repo.InspectionRow | null) {
  if (
    !inspection ||
    !isVisibleToInstitution({ status: inspection.status, priorNotice: inspection.prior_notice })
  )
    throw notFound("점검");
  return inspection;
}

export async function listMyInspections(ctx: ActorCtx, query: InspectionListQuery) {
  // One institution has a handful of inspections a year: filter the unannounced ones out in memory.
  const { rows } = await repo.listInspections(ctx.tx, ctx.actor, { ...query, page: 1, limit: 500 });
  const visible = rows.filter((r) =>
    isVisibleToInstitution({ status: r.status, priorNotice: r.prior_notice }),
  );
  const start = (query.page - 1) * query.limit;
  return {
    // The selection reason may point at a complainant (민원): officials only.
    items: visible.slice(start, start + query.limit).map((r) => ({ ...toInspectionItem(r), reason: "" })),
    total: visible.length,
    page: query.page,
    limit: query.limit,
  };
}

/** The institution's view: no internal note, no officials' evidence; results and findings once notified. */
export async function getMyInspection(ctx: ActorCtx, id: string): Promise<InspectionDetail> {
  const inspection = requireVisibleToInstitution(await repo.findInspection(ctx.tx, ctx.actor, id));
  const detail = await inspectionDetail(ctx, inspection);
  const resultsSent = inspection.status === "notified" || inspection.status === "closed";
  await recordAccess(ctx, {
    action: "read",
    targetType: "inspection",
    targetId: id,
    subject: inspection.institution_id,
  });
  return {
    ...detail,
    reason: "",
    internalNote: null,
    overallResult: resultsSent ? detail.overallResult : null,
    overallResultLabel: resultsSent ? detail.overallResultLabel : null,
    resultSummary: resultsSent ? detail.resultSummary : null,
    items: resultsSent
      ? detail.items.map((i) => ({ ...i, files: [], recordedByName: null }))
      : detail.items.map((i) => ({
          ...i,
          result: null,
          resultLabel: null,
          note: null,
          recordedByName: null,
          files: [],
        })),
    itemsWithResult: resultsSent ? detail.itemsWithResult : 0,
    findingList: resultsSent
      ? detail.findingList
          .filter((f) => f.status !== "withdrawn")
          .map((f) => ({ ...f, casebookShared: false, casebookText: null }))
      : [],
    findings: resultsSent ? detail.findings : 0,
    openFindings: resultsSent ? detail.openFindings : 0,
    transitions: detail.transitions.filter((t) => t.entity !== "plan"),
    canRecord: false,
  };
}

export async function submitDocument(ctx: ActorCtx, id: string, documentId: string, request: FastifyRequest) {
  const inspection = requireVisibleToInstitution(await repo.findInspection(ctx.tx, ctx.actor, id, true));
  if (!["scheduled", "in_progress"].includes(inspection.status))
    throw new AppError("DOCUMENTS_CLOSED", 409, "점검이 끝나 사전 점검자료를 더 제출할 수 없습니다.");
  const document = await repo.findDocument(ctx.tx, id, documentId);
  if (!document) throw notFound("점검자료");
  const upload = await readUpload(request);
  await storeFile(
    ctx,
    {
      institutionId: inspection.institution_id,
      sidoCode: inspection.sido_code,
      sigunguCode: inspection.sigungu_code,
      purpose: "inspection-document",
      ownerId: document.id,
    },
    upload,
    "provider",
  );
  await repo.markDocumentSubmitted(ctx.tx, document.id, ctx.actor);
  return getMyInspection(ctx, id);
}

async function requireMyCorrective(ctx: ActorCtx, id: string) {
  const action = await repo.findCorrective(ctx.tx, ctx.actor, id, true);
  const inspection = action ? await repo.findInspection(ctx.tx, ctx.actor, action.inspection_id) : null;
  if (!action || !inspection || !["notified", "closed"].includes(inspection.status))
    throw notFound("시정·개선 조치");
  return action;
}

export async function attachCorrectiveFile(ctx: ActorCtx, id: string, request: FastifyRequest) {
  const action = await requireMyCorrective(ctx, id);
  if (!["ordered", "returned"].includes(action.status) || !needsInstitutionReport(action.outcome))
    throw new AppError("REPORT_CLOSED", 409, "결과를 보고할 수 있는 상태가 아닙니다.");
  const upload = await readUpload(request);
  return storeFile(
    ctx,
    {
      institutionId: action.institution_id,
      sidoCode: action.sido_code,
      sigunguCode: action.sigungu_code,
      purpose: "corrective-report",
      ownerId: action.id,
    },
    upload,
    "provider",
  );
}

/** 조치결과 보고: accepted after the deadline too, but marked late. */
export async function submitCorrective(ctx: ActorCtx, id: string, input: CorrectiveSubmit) {
  const action = await requireMyCorrective(ctx, id);
  checkVersion(action.version, input.version, "조치를");
  const today = koreaToday();
  await moveCorrective(
    ctx,
    action,
    "submit",
    { report: input.report },
    {
      report_text: input.report,
      reported_at: new Date(),
      reported_on: today,
      reported_by_name: ctx.actor.name,
      is_late: action.due_on ? isLateReport(action.due_on, today) : false,
    },
  );
  return getMyInspection(ctx, action.inspection_id);
}

export async function myCorrectiveActions(ctx: ActorCtx) {
  const today = koreaToday();
  const rows = await repo.listCorrective(
    ctx.tx,
    ctx.actor,
    { status: "all", sort: "due_on", page: 1, limit: 100 } as CorrectiveListQuery,
    today,
  );
  const visible: CorrectiveItem[] = [];
  for (const r of rows) {
    const inspection = await repo.findInspection(ctx.tx, ctx.actor, r.inspection_id);
    if (inspection && ["notified", "closed"].includes(inspection.status))
      visible.push(toCorrectiveItem(r, [], today));
  }
  return { items: visible };
}
