import {
  authorityTitle,
  CORRECTIVE_STATUS_LABELS,
  checklistText,
  FINDING_STATUS_LABELS,
  INSPECTION_KIND_LABELS,
  INSPECTION_STATUS_LABELS,
  type InspectionAction,
  ITEM_RESULT_LABELS,
  inspectionTransition,
  isVisibleToInstitution,
  koreaToday,
  OVERALL_RESULT_LABELS,
  overallResult,
  PLAN_STATUS_LABELS,
  ROLE_ZONE,
} from "@ssis/domain";
import { josa } from "es-hangul";
import { recordAccess } from "../../platform/audit.ts";
import type { Actor, ActorCtx } from "../../platform/context.ts";
import { AppError, notFound, refused, validationFailed } from "../../platform/errors.ts";
import { filesOf, openStoredFile, storeFile } from "../../platform/files.ts";
import { iso } from "../../platform/timestamps.ts";
import { checkVersion } from "../../platform/versioning.ts";
import { checklistItems, requireChecklistVersion } from "../inspection-checklists/index.ts";
import { notify } from "../notifications/index.ts";
import { buildInspectionWorkbook } from "./inspections.excel.ts";
import * as view from "./inspections.findings-view.ts";
import { renderResultNotice } from "./inspections.pdf.ts";
import * as repo from "./inspections.repository.ts";
import type {
  DocumentReview,
  InspectionComplete,
  InspectionCreate,
  InspectionDetail,
  InspectionItem,
  InspectionListQuery,
  InspectionSchedule,
  ReasonBody,
  ResultsSave,
} from "./inspections.schemas.ts";

/** An uploaded file as the route read it: services never see the request. */
export type Upload = { filename: string; mimetype: string; data: Buffer };

const zoneOf = (actor: Actor) => ROLE_ZONE[actor.role];

// ── mapping ─────────────────────────────────────────────────────────────────
export function toInspectionItem(r: repo.InspectionRow): InspectionItem {
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
export async function moveInspection(
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

/** Every transition of a plan, inspection, finding or action goes to one log, read back in the detail. */
export async function logTransition(ctx: ActorCtx, t: repo.TransitionInput, zone: "official" | "provider") {
  await repo.logTransition(ctx.tx, t, ctx.actor, zone);
}

/** Bumps the inspection's version after a change to one of its parts (results, findings, actions). */
export async function touchInspection(ctx: ActorCtx, id: string) {
  await repo.updateInspection(ctx.tx, id, {});
}

// ── targets (institutions in the jurisdiction) ──────────────────────────────
export async function targetsInScope(
  ctx: ActorCtx,
  targets: { institutionId: string; reason: string; plannedMonth: number }[],
) {
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

/** A plan's inspections: one planned inspection per target, each starting its log with its reason. */
export async function createPlannedInspections(
  ctx: ActorCtx,
  input: {
    planId: string;
    kind: InspectionCreate["kind"];
    checklistVersionId: string;
    targets: Awaited<ReturnType<typeof targetsInScope>>;
  },
) {
  await insertInspections(ctx, input);
}

/** Inserts planned inspections, one per target, each starting its log with its reason. */
async function insertInspections(
  ctx: ActorCtx,
  input: {
    planId: string | null;
    kind: InspectionCreate["kind"];
    checklistVersionId: string;
    targets: { institution: repo.InstitutionRef; reason: string; plannedMonth: number | null }[];
  },
) {
  const inspectionIds = await repo.insertInspections(ctx.tx, { ...input, actor: ctx.actor });
  for (const [i, inspectionId] of inspectionIds.entries()) {
    const target = input.targets[i];
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
  return inspectionIds;
}

/** What a plan's page shows of its inspections: progress per month and the list in month order. */
export async function inspectionsOfPlan(ctx: ActorCtx, planId: string) {
  const months = await repo.planMonths(ctx.tx, planId);
  const { rows } = await repo.listInspections(ctx.tx, ctx.actor, {
    planId,
    sort: "planned_month",
    page: 1,
    limit: 2000,
  } as InspectionListQuery);
  return {
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

export async function institutionsOfPlan(ctx: ActorCtx, planId: string) {
  return repo.institutionsOfPlan(ctx.tx, planId);
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
  const [id] = await insertInspections(ctx, {
    planId: null,
    kind: input.kind,
    checklistVersionId: input.checklistVersionId,
    targets: [{ ...target, plannedMonth: null }],
  });
  if (!id) throw new Error("inspection insert returned nothing");
  return getInspection(ctx, id);
}

export async function requireInspection(ctx: ActorCtx, id: string, lock = false) {
  const inspection = await repo.findInspection(ctx.tx, ctx.actor, id, lock);
  if (!inspection) throw notFound("점검");
  return inspection;
}

export async function inspectionDetail(
  ctx: ActorCtx,
  inspection: repo.InspectionRow,
): Promise<InspectionDetail> {
  const today = koreaToday();
  const [items, documents, findings, transitions] = await Promise.all([
    repo.itemResults(ctx.tx, inspection),
    repo.documentsOf(ctx.tx, inspection.id),
    view.findingsOf(ctx.tx, inspection.id),
    repo.transitionsOf(ctx.tx, inspection.id),
  ]);
  const actions = await view.correctiveOfFindings(
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
      return view.toFindingItem(f, a ? view.toCorrectiveItem(a, files.get(a.id) ?? [], today) : null);
    }),
    transitions: transitions.map((t) => ({
      entity: t.entity,
      entityLabel: ENTITY_LABELS[t.entity as keyof typeof ENTITY_LABELS] ?? t.entity,
      action: t.action,
      fromStatus: statusLabel(t.entity, t.from_status),
      toStatus: statusLabel(t.entity, t.to_status) ?? t.to_status,
      reason: t.reason,
      actorName: t.actor_name,
      at: iso(t.at),
    })),
    canRecord: inspection.status === "in_progress",
  };
}

export async function getInspection(ctx: ActorCtx, id: string) {
  return inspectionDetail(ctx, await requireInspection(ctx, id));
}

export async function scheduleInspection(ctx: ActorCtx, id: string, input: InspectionSchedule) {
  const inspection = await requireInspection(ctx, id, true);
  checkVersion(inspection.version, input.version, "점검");
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
  // 사전 통지 only: an unannounced inspection (불시 점검) must not be told to the institution.
  if (input.priorNotice)
    await notify(ctx, {
      kind: "inspection_announced",
      recipients: [{ institutionUsers: inspection.institution_id }],
      variables: {
        institutionName: inspection.institution_name,
        scheduledOn: input.scheduledOn,
        documentsDueOn: input.documentsDueOn ?? "없음",
      },
      link: `/provider/inspections/${id}`,
      object: { type: "inspection", id },
      dedupeKey: `inspection_announced:${id}:${input.scheduledOn}`,
    });
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
  checkVersion(inspection.version, body.version, "점검");
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
  const items = new Map((await checklistItems(ctx, inspection.checklist_version_id)).map((i) => [i.id, i]));
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

export async function completeInspection(ctx: ActorCtx, id: string, input: InspectionComplete) {
  const inspection = await requireInspection(ctx, id, true);
  checkVersion(inspection.version, input.version, "점검");
  const items = await repo.itemResults(ctx.tx, inspection);
  const findings = (await view.findingsOf(ctx.tx, id)).filter((f) => f.status !== "withdrawn");
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
  checkVersion(inspection.version, version, "점검");
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

// ── files ───────────────────────────────────────────────────────────────────
/** Officials' evidence (사진·문서) of an item result; the item code prefixes the name so the screen can group it. */
export async function attachEvidence(
  ctx: ActorCtx,
  id: string,
  readFile: () => Promise<Upload>,
  itemCode: string | null,
) {
  const inspection = await requireInspection(ctx, id, true);
  if (!["in_progress", "completed"].includes(inspection.status))
    throw new AppError(
      "INSPECTION_NOT_IN_PROGRESS",
      409,
      "점검 중이거나 완료된 점검에만 증빙을 첨부할 수 있습니다.",
    );
  const upload = await readFile();
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

/** The inspection in the actor's scope, or null (a provider's checks answer 404 in their own words). */
export async function findInspection(ctx: ActorCtx, id: string, lock = false) {
  return repo.findInspection(ctx.tx, ctx.actor, id, lock);
}
