import {
  CORRECTIVE_OUTCOME_LABELS,
  type CorrectiveAction,
  correctiveDeadline,
  correctiveTransition,
  type FindingAction,
  findingTransition,
  isLateReport,
  koreaToday,
  needsInstitutionReport,
  ROLE_ZONE,
} from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import type { Actor, ActorCtx, Ctx } from "../../platform/context.ts";
import { AppError, notFound, refused, validationFailed } from "../../platform/errors.ts";
import { filesOf, storeFile } from "../../platform/files.ts";
import { checkVersion } from "../../platform/versioning.ts";
import { checklistItems } from "../inspection-checklists/index.ts";
import {
  type CorrectiveItem,
  type CorrectiveRow,
  correctiveOfFindings,
  type FindingRow,
  findInspection,
  getInspection,
  getMyInspection,
  logTransition,
  moveInspection,
  type ReasonBody,
  requireInspection,
  toCorrectiveItem,
  toFindingItem,
  touchInspection,
  type Upload,
} from "../inspections/index.ts";
import { notify } from "../notifications/index.ts";
import { buildCorrectiveWorkbook } from "./inspection-findings.excel.ts";
import * as repo from "./inspection-findings.repository.ts";
import type {
  CorrectiveListQuery,
  CorrectiveOrder,
  CorrectiveSubmit,
  FindingCreate,
  RemindBody,
  VerificationBody,
} from "./inspection-findings.schemas.ts";

const zoneOf = (actor: Actor) => ROLE_ZONE[actor.role];

// ── transitions (checked by the domain, logged in the inspection's log) ────
async function moveFinding(
  ctx: ActorCtx,
  finding: FindingRow,
  action: FindingAction,
  facts: Parameters<typeof findingTransition>[2],
) {
  const t = findingTransition(finding.status, action, facts);
  if (!t.ok) throw refused(t);
  await repo.setFindingStatus(ctx.tx, finding.id, t.to);
  await logTransition(
    ctx,
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
    zoneOf(ctx.actor),
  );
  return t.to;
}

async function moveCorrective(
  ctx: ActorCtx,
  action: CorrectiveRow,
  move: CorrectiveAction,
  facts: { reason?: string | null; report?: string | null },
  changes: Record<string, unknown>,
) {
  const t = correctiveTransition(action.status, move, { outcome: action.outcome, ...facts });
  if (!t.ok) throw refused(t);
  await repo.updateCorrective(ctx.tx, action.id, { status: t.to, ...changes });
  await logTransition(
    ctx,
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
    zoneOf(ctx.actor),
  );
  return t.to;
}

/** A verified action closes its finding; the last closed finding of a notified inspection closes it too. */
async function closeAfterVerification(ctx: ActorCtx, action: CorrectiveRow) {
  const finding = await repo.findFinding(ctx.tx, ctx.actor, action.finding_id, true);
  if (!finding) return;
  await moveFinding(ctx, finding, "close", { actionStatus: "accepted" });
  const inspection = await findInspection(ctx, finding.inspection_id, true);
  if (inspection?.status === "notified" && Number(inspection.open_findings) === 0)
    await moveInspection(ctx, inspection, "close", { openFindings: 0, reason: "모든 지적사항 조치 확인" });
}

// ── findings (officials) ────────────────────────────────────────────────────
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
    const item = (await checklistItems(ctx, inspection.checklist_version_id)).find(
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
  await logTransition(
    ctx,
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
    "official",
  );
  await touchInspection(ctx, id);
  return getInspection(ctx, id);
}

/** The finding in the actor's jurisdiction, locked for a change; 404 otherwise. */
export async function requireFinding(ctx: ActorCtx, id: string) {
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
  await logTransition(
    ctx,
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
    "official",
  );
  await touchInspection(ctx, inspection.id);
  await notify(ctx, {
    kind: "corrective_action_ordered",
    recipients: [{ institutionUsers: finding.institution_id }],
    variables: {
      institutionName: inspection.institution_name,
      findingTitle: finding.title,
      dueOn: dueOn ?? "없음",
    },
    link: `/provider/inspections/${inspection.id}`,
    object: { type: "corrective_action", id: actionId },
  });
  return getInspection(ctx, inspection.id);
}

export async function getFinding(ctx: ActorCtx, findingId: string) {
  const finding = await repo.findFinding(ctx.tx, ctx.actor, findingId);
  if (!finding) throw notFound("지적사항");
  const inspection = await requireInspection(ctx, finding.inspection_id);
  const [action] = await correctiveOfFindings(ctx.tx, [finding.id]);
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
  checkVersion(finding.version, body.version, "지적사항");
  await moveFinding(ctx, finding, "withdraw", { reason: body.reason });
  return getInspection(ctx, finding.inspection_id);
}

/** 지적 사례집: the finding's shared text (the case book module decides what may be shared). */
export async function setCasebookEntry(ctx: Ctx, findingId: string, share: boolean, text: string | null) {
  await repo.setCasebook(ctx.tx, findingId, share, text);
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
  checkVersion(action.version, body.version, "조치");
  const note = (move === "accept" ? body.note : body.reason) ?? null;
  const to = await moveCorrective(
    ctx,
    action,
    move,
    { reason: note },
    { verification_note: note, verified_at: new Date(), verified_by_name: ctx.actor.name },
  );
  if (to === "accepted") await closeAfterVerification(ctx, action);
  if (to === "returned")
    await notify(ctx, {
      kind: "corrective_report_returned",
      recipients: [{ institutionUsers: action.institution_id }],
      variables: {
        institutionName: action.institution_name,
        findingTitle: action.finding_title,
        reason: note ?? "",
      },
      link: `/provider/inspections/${action.inspection_id}`,
      object: { type: "corrective_action", id: action.id },
    });
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
    await logTransition(
      ctx,
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
      "official",
    );
    reminded++;
  }
  return { reminded, skipped };
}

// ── institutions (providers) ────────────────────────────────────────────────
async function requireMyCorrective(ctx: ActorCtx, id: string) {
  const action = await repo.findCorrective(ctx.tx, ctx.actor, id, true);
  const inspection = action ? await findInspection(ctx, action.inspection_id) : null;
  if (!action || !inspection || !["notified", "closed"].includes(inspection.status))
    throw notFound("시정·개선 조치");
  return action;
}

export async function attachCorrectiveFile(ctx: ActorCtx, id: string, readFile: () => Promise<Upload>) {
  const action = await requireMyCorrective(ctx, id);
  if (!["ordered", "returned"].includes(action.status) || !needsInstitutionReport(action.outcome))
    throw new AppError("REPORT_CLOSED", 409, "결과를 보고할 수 있는 상태가 아닙니다.");
  const upload = await readFile();
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
  checkVersion(action.version, input.version, "조치");
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
    const inspection = await findInspection(ctx, r.inspection_id);
    if (inspection && ["notified", "closed"].includes(inspection.status))
      visible.push(toCorrectiveItem(r, [], today));
  }
  return { items: visible };
}
