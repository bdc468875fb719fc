import {
  checkRoundOpening,
  closeRoundTransition,
  draftTransition,
  dueLabel,
  koreaToday,
  REPORT_ROUND_STATUS_LABELS,
  REPORT_TARGET_STATE_LABELS,
  remindTransition,
  type StatusReportForm,
  staffTotal,
  submissionRate,
  submitTransition,
  targetState,
  validateStatusReport,
} from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import type { Actor, ActorCtx } from "../../platform/context.ts";
import { AppError, notFound, refused, validationFailed } from "../../platform/errors.ts";
import { pageOffset } from "../../platform/paging.ts";
import { iso } from "../../platform/timestamps.ts";
import { ownInstitutionId } from "../institutions/index.ts";
import { notify } from "../notifications/index.ts";
import { buildProgressWorkbook, progressFileName } from "./status-reports.excel.ts";
import * as repo from "./status-reports.repository.ts";
import type {
  DraftSave,
  ReminderSend,
  ReportSubmit,
  RoundDetail,
  RoundItem,
  RoundListQuery,
  RoundOpen,
  TargetExportQuery,
  TargetFilter,
  TargetItem,
  TargetListQuery,
} from "./status-reports.schemas.ts";

const ROUND = "현황보고 회차";

function toRoundItem(r: repo.RoundRow, today: string): RoundItem {
  const targets = Number(r.targets);
  const submitted = Number(r.submitted);
  return {
    id: r.id,
    title: r.title,
    periodLabel: r.period_label,
    scopeKind: r.scope_kind,
    scopeCode: r.scope_code,
    scopeLabel: r.scope_label,
    openedByName: r.opened_by_name,
    dueOn: r.due_on,
    dueLabel: r.status === "closed" ? "마감" : dueLabel(r.due_on, today),
    status: r.status,
    statusLabel: REPORT_ROUND_STATUS_LABELS[r.status],
    openedAt: iso(r.opened_at) ?? "",
    closedAt: iso(r.closed_at),
    targets,
    submitted,
    late: Number(r.late),
    pending: targets - submitted,
    rate: submissionRate(submitted, targets),
    version: r.version,
  };
}

/** The opener's jurisdiction is the one that may close the round. */
const isOpener = (actor: Actor, r: { scope_kind: string; scope_code: string | null }) =>
  actor.scope.kind === r.scope_kind && (r.scope_kind === "nation" || actor.scope.code === r.scope_code);

// ── officials ───────────────────────────────────────────────────────────────
export async function listRounds(ctx: ActorCtx, query: RoundListQuery) {
  const { rows, total } = await repo.listRounds(ctx.tx, ctx.actor, query);
  const today = koreaToday();
  return { items: rows.map((r) => toRoundItem(r, today)), total, page: query.page, limit: query.limit };
}

async function visibleRound(ctx: ActorCtx, id: string) {
  const round = await repo.findRound(ctx.tx, ctx.actor, id);
  if (!round) throw notFound(ROUND);
  return round;
}

const progress = (r: {
  sido_code: string;
  sido_name: string | null;
  sigungu_code: string | null;
  sigungu_name: string | null;
  targets: number;
  submitted: number;
  late: number;
}) => {
  const targets = Number(r.targets);
  const submitted = Number(r.submitted);
  return {
    sidoCode: r.sido_code,
    sidoName: r.sido_name ?? r.sido_code,
    sigunguCode: r.sigungu_code,
    sigunguName: r.sigungu_code ? (r.sigungu_name ?? r.sigungu_code) : null,
    targets,
    submitted,
    late: Number(r.late),
    pending: targets - submitted,
    rate: submissionRate(submitted, targets),
  };
};

async function roundDetail(ctx: ActorCtx, round: repo.RoundRow): Promise<RoundDetail> {
  const [bySido, bySigungu, reminders] = [
    await repo.progressByRegion(ctx.tx, ctx.actor, round.id, "sido"),
    await repo.progressByRegion(ctx.tx, ctx.actor, round.id, "sigungu"),
    await repo.listReminderBatches(ctx.tx, ctx.actor, round.id),
  ];
  return {
    ...toRoundItem(round, koreaToday()),
    targetFilter: round.target_filter,
    targetCount: round.target_count,
    canClose: round.status === "open" && isOpener(ctx.actor, round),
    canRemind: round.status === "open",
    bySido: bySido.map(progress),
    bySigungu: bySigungu.map(progress),
    reminders: reminders.map((m) => ({
      batchId: m.batch_id,
      sentAt: iso(m.sent_at) ?? "",
      sentByName: m.sent_by_name,
      message: m.message,
      institutions: Number(m.n),
    })),
  };
}

export async function getRound(ctx: ActorCtx, id: string) {
  const round = await visibleRound(ctx, id);
  await recordAccess(ctx, { action: "read", targetType: "report_round", targetId: id, subject: round.title });
  return roundDetail(ctx, round);
}

/** The opener's scope, as stored on the round. Officials open rounds for their own jurisdiction only. */
async function openerScope(ctx: ActorCtx) {
  const { kind, code } = ctx.actor.scope;
  if (kind === "nation") return { scopeKind: kind, scopeCode: null, sidoCode: null, sigunguCode: null };
  if (kind === "sido" && code) return { scopeKind: kind, scopeCode: code, sidoCode: code, sigunguCode: null };
  if (kind === "sigungu" && code) {
    const sido = await repo.sidoOfSigungu(ctx.tx, code);
    return { scopeKind: kind, scopeCode: code, sidoCode: sido ?? code.slice(0, 2), sigunguCode: code };
  }
  throw new AppError("FORBIDDEN", 403, "관할 구역이 있는 공무원만 현황보고 회차를 열 수 있습니다.");
}

/** Every listed institution must be an operating institution of the opener's jurisdiction. */
async function checkTargets(ctx: ActorCtx, filter: TargetFilter) {
  if (filter.mode !== "list") return;
  const unmatched = await repo.unmatchedIds(ctx.tx, ctx.actor, filter);
  if (unmatched.length > 0)
    throw validationFailed(
      [
        {
          field: "target.institutionIds",
          message: `관할 구역의 운영 중인 기관이 아닌 기관이 ${unmatched.length}곳 있습니다.`,
        },
      ],
      "대상 기관을 확인하세요.",
    );
}

export async function previewTargets(ctx: ActorCtx, filter: TargetFilter) {
  await openerScope(ctx);
  const bySigungu = await repo.previewTargets(ctx.tx, ctx.actor, filter);
  return { total: bySigungu.reduce((s, r) => s + r.count, 0), bySigungu };
}

/** 회차 개설: the round, one target per chosen institution, an access-log entry; all in one transaction. */
export async function openRound(ctx: ActorCtx, body: RoundOpen) {
  const problems = checkRoundOpening({ ...body, today: koreaToday() });
  if (problems.length > 0) throw validationFailed(problems);
  const scope = await openerScope(ctx);
  await checkTargets(ctx, body.target);
  const id = await repo.insertRound(ctx.tx, ctx.actor, {
    title: body.title,
    periodLabel: body.periodLabel,
    dueOn: body.dueOn,
    targetFilter: body.target,
    ...scope,
  });
  const count = await repo.insertTargets(ctx.tx, ctx.actor, id, body.target);
  if (count === 0)
    throw validationFailed(
      [{ field: "target", message: "조건에 맞는 운영 중인 기관이 없습니다. 대상 조건을 바꾸세요." }],
      "대상 기관이 없습니다.",
    );
  await recordAccess(ctx, {
    action: "create",
    targetType: "report_round",
    targetId: id,
    subject: body.title,
    details: { periodLabel: body.periodLabel, dueOn: body.dueOn, target: body.target, targets: count },
  });
  await notify(ctx, {
    kind: "report_round_opened",
    recipients: [{ usersOfInstitutions: await repo.institutionsOfRound(ctx.tx, id) }],
    variables: { roundTitle: body.title, dueOn: body.dueOn },
    link: `/provider/status-reports/${id}`,
    object: { type: "report_round", id },
  });
  return roundDetail(ctx, await visibleRound(ctx, id));
}

/** 마감: open → closed by the jurisdiction that opened it. Pending targets stay pending (미제출). */
export async function closeRound(ctx: ActorCtx, id: string, version: number) {
  const round = await visibleRound(ctx, id);
  if (!isOpener(ctx.actor, round))
    throw new AppError("FORBIDDEN", 403, "현황보고 회차는 개설한 기관의 공무원만 마감할 수 있습니다.");
  const locked = await repo.lockRound(ctx.tx, id);
  if (!locked) throw notFound(ROUND);
  const transition = closeRoundTransition(locked.status);
  if (!transition.ok) throw refused(transition);
  if (locked.version !== version)
    throw new AppError(
      "VERSION_CONFLICT",
      409,
      "다른 사용자가 먼저 회차를 변경했습니다. 최신 내용을 확인한 뒤 다시 시도하세요.",
      { current: await roundDetail(ctx, round) },
    );
  await repo.closeRound(ctx.tx, ctx.actor, id, version);
  await recordAccess(ctx, {
    action: "update",
    targetType: "report_round",
    targetId: id,
    subject: round.title,
    details: {
      transition: "open→closed",
      submitted: Number(round.submitted),
      targets: Number(round.targets),
    },
  });
  return roundDetail(ctx, await visibleRound(ctx, id));
}

/** 독촉: recorded per pending institution, shown in its portal and sent as a notice (통합알림). */
export async function sendReminders(ctx: ActorCtx, id: string, body: ReminderSend) {
  const round = await visibleRound(ctx, id);
  const locked = await repo.lockRound(ctx.tx, id);
  if (!locked) throw notFound(ROUND);
  const transition = remindTransition(locked.status);
  if (!transition.ok) throw refused(transition);
  const result = await repo.insertReminders(ctx.tx, ctx.actor, id, body.message, body.institutionIds);
  if (result.sent === 0) throw new AppError("NOTHING_TO_REMIND", 409, "독촉할 미제출 기관이 없습니다.");
  await recordAccess(ctx, {
    action: "create",
    targetType: "report_reminder",
    targetId: id,
    subject: round.title,
    details: { batchId: result.batchId, sent: result.sent, selected: body.institutionIds?.length ?? null },
  });
  await notify(ctx, {
    kind: "report_round_reminded",
    recipients: [{ usersOfInstitutions: await repo.institutionsOfRound(ctx.tx, id, result.batchId) }],
    variables: { roundTitle: round.title, dueOn: round.due_on },
    link: `/provider/status-reports/${id}`,
    object: { type: "report_round", id },
    dedupeKey: `report_round_reminded:${result.batchId}`,
  });
  return result;
}

function toTargetItem(roundStatus: "open" | "closed", r: repo.TargetRow): TargetItem {
  const state = targetState(roundStatus, { status: r.status, isLate: r.is_late });
  return {
    institutionId: r.institution_id,
    institutionName: r.institution_name,
    typeCode: r.type_code,
    typeName: r.type_name,
    sidoName: r.sido_name ?? "",
    sigunguCode: r.sigungu_code,
    sigunguName: r.sigungu_name ?? r.sigungu_code,
    status: r.status,
    state,
    stateLabel: REPORT_TARGET_STATE_LABELS[state],
    isLate: r.is_late,
    submittedAt: iso(r.submitted_at),
    capacity: r.reported_capacity,
    currentUsers: r.reported_current_users,
    staffCount: r.reported_staff,
    programCount: r.reported_programs,
    reminderCount: Number(r.reminder_count),
    lastRemindedAt: iso(r.last_reminded_at),
  };
}

export async function listTargets(ctx: ActorCtx, id: string, query: TargetListQuery) {
  const round = await visibleRound(ctx, id);
  const { page, limit, ...filters } = query;
  const { rows, total } = await repo.listTargets(ctx.tx, ctx.actor, id, filters, {
    limit,
    offset: pageOffset({ page, limit }),
  });
  return { items: rows.map((r) => toTargetItem(round.status, r)), total, page, limit };
}

export async function getTarget(ctx: ActorCtx, id: string, institutionId: string) {
  const round = await visibleRound(ctx, id);
  const target = await repo.findTarget(ctx.tx, ctx.actor, id, institutionId);
  if (!target) throw notFound("현황보고 대상 기관");
  await recordAccess(ctx, {
    action: "read",
    targetType: "report_round_target",
    targetId: `${id}/${institutionId}`,
    subject: target.institution_name,
  });
  return {
    ...toTargetItem(round.status, target),
    roundId: id,
    report: target.report,
    submittedByName: target.submitted_by_name,
  };
}

export const MAX_PROGRESS_EXPORT_ROWS = 100_000;

/** 엑셀 다운로드 of the progress list under the list's filters, logged with the filters and row count. */
export async function exportTargets(ctx: ActorCtx, id: string, query: TargetExportQuery) {
  const round = await visibleRound(ctx, id);
  const { reason, ...filters } = query;
  const total = await repo.countTargets(ctx.tx, ctx.actor, id, filters);
  if (total > MAX_PROGRESS_EXPORT_ROWS)
    throw new AppError(
      "EXPORT_TOO_LARGE",
      422,
      `대상 기관이 ${total.toLocaleString("ko-KR")}건으로 한 번에 내려받을 수 있는 건수를 넘습니다. 시군구로 조건을 좁혀 주세요.`,
    );
  const at = new Date();
  const file = await buildProgressWorkbook(
    (async function* () {
      for await (const batch of repo.readTargetsForExport(ctx.tx, ctx.actor, id, filters))
        yield batch.map((r) => toTargetItem(round.status, r));
    })(),
    { round: toRoundItem(round, koreaToday()), username: ctx.actor.username, filters, reason, at },
  );
  await recordAccess(ctx, {
    action: "export",
    targetType: "report_round",
    targetId: id,
    subject: `${round.title} 제출 현황 ${file.rows.toLocaleString("ko-KR")}건`,
    reason: reason ?? null,
    details: { filters, rows: file.rows },
  });
  return { ...file, fileName: progressFileName(round.title, at) };
}

export async function summary(ctx: ActorCtx, id: string) {
  const round = await visibleRound(ctx, id);
  const [bySido, bySigungu, byType] = [
    await repo.progressByRegion(ctx.tx, ctx.actor, id, "sido"),
    await repo.progressByRegion(ctx.tx, ctx.actor, id, "sigungu"),
    await repo.progressByType(ctx.tx, ctx.actor, id),
  ];
  const sums = (r: {
    targets: number;
    submitted: number;
    late: number;
    capacity: number;
    current_users: number;
    staff: number;
    programs: number;
  }) => {
    const targets = Number(r.targets);
    const submitted = Number(r.submitted);
    return {
      targets,
      submitted,
      late: Number(r.late),
      pending: targets - submitted,
      rate: submissionRate(submitted, targets),
      capacity: Number(r.capacity),
      currentUsers: Number(r.current_users),
      staff: Number(r.staff),
      programs: Number(r.programs),
    };
  };
  const zero = { targets: 0, submitted: 0, late: 0, capacity: 0, current_users: 0, staff: 0, programs: 0 };
  const totalRow = bySido.reduce(
    (acc, r) => ({
      targets: acc.targets + Number(r.targets),
      submitted: acc.submitted + Number(r.submitted),
      late: acc.late + Number(r.late),
      capacity: acc.capacity + Number(r.capacity),
      current_users: acc.current_users + Number(r.current_users),
      staff: acc.staff + Number(r.staff),
      programs: acc.programs + Number(r.programs),
    }),
    zero,
  );
  await recordAccess(ctx, {
    action: "read",
    targetType: "report_round_summary",
    targetId: id,
    subject: round.title,
  });
  return {
    roundId: id,
    total: sums(totalRow),
    bySido: bySido.map((r) => ({ sidoCode: r.sido_code, sidoName: r.sido_name ?? r.sido_code, ...sums(r) })),
    bySigungu: bySigungu.map((r) => ({
      sidoName: r.sido_name ?? r.sido_code,
      sigunguCode: r.sigungu_code ?? "",
      sigunguName: r.sigungu_name ?? r.sigungu_code ?? "",
      ...sums(r),
    })),
    byType: byType.map((r) => ({ typeCode: r.type_code, typeName: r.type_name, field: r.field, ...sums(r) })),
  };
}

// ── providers ───────────────────────────────────────────────────────────────

function toProviderItem(
  r: repo.ProviderRoundRow,
  reminders: { sentAt: string; sentByName: string; message: string }[],
  today: string,
) {
  const state = targetState(r.round_status, { status: r.status, isLate: r.is_late });
  return {
    roundId: r.round_id,
    title: r.title,
    periodLabel: r.period_label,
    scopeLabel: r.scope_label,
    dueOn: r.due_on,
    dueLabel: r.round_status === "closed" ? "마감" : dueLabel(r.due_on, today),
    roundStatus: r.round_status,
    roundStatusLabel: REPORT_ROUND_STATUS_LABELS[r.round_status],
    status: r.status,
    state,
    stateLabel: REPORT_TARGET_STATE_LABELS[state],
    isLate: r.is_late,
    submittedAt: iso(r.submitted_at),
    hasDraft: r.has_draft,
    reminders,
  };
}

export async function listOwnRounds(ctx: ActorCtx) {
  const institutionId = ownInstitutionId(ctx);
  const rows = await repo.listOwnRounds(ctx.tx, ctx.actor, institutionId);
  const reminders = await repo.remindersFor(
    ctx.tx,
    ctx.actor,
    institutionId,
    rows.map((r) => r.round_id),
  );
  const today = koreaToday();
  return {
    items: rows.map((r) =>
      toProviderItem(
        r,
        reminders
          .filter((m) => m.round_id === r.round_id)
          .map((m) => ({ sentAt: iso(m.sent_at) ?? "", sentByName: m.sent_by_name, message: m.message })),
        today,
      ),
    ),
  };
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

export async function getOwnRound(ctx: ActorCtx, roundId: string) {
  const institutionId = ownInstitutionId(ctx);
  const row = await repo.findOwnRound(ctx.tx, ctx.actor, institutionId, roundId);
  if (!row) throw notFound(ROUND);
  const target = await repo.findTarget(ctx.tx, ctx.actor, roundId, institutionId);
  if (!target) throw notFound(ROUND);
  const reminders = await repo.remindersFor(ctx.tx, ctx.actor, institutionId, [roundId]);
  const jobTypes = await repo.listJobTypes(ctx.tx);
  let form: ReturnType<typeof fromRegister>;
  let formSource: "submitted" | "draft" | "register";
  if (target.report) {
    form = { ...target.report };
    formSource = "submitted";
  } else if (target.draft) {
    const d = target.draft;
    form = {
      capacity: num(d.capacity),
      currentUsers: num(d.currentUsers),
      currentUsersMale: num(d.currentUsersMale),
      currentUsersFemale: num(d.currentUsersFemale),
      staff: Array.isArray(d.staff)
        ? (d.staff as { jobTypeCode?: unknown; fullTime?: unknown; partTime?: unknown }[]).map((s) => ({
            jobTypeCode: String(s.jobTypeCode ?? ""),
            fullTime: num(s.fullTime),
            partTime: num(s.partTime),
          }))
        : [],
      programCount: num(d.programCount),
      remarks: typeof d.remarks === "string" ? d.remarks : "",
    };
    formSource = "draft";
  } else {
    form = fromRegister(await repo.registerFigures(ctx.tx, ctx.actor, institutionId));
    formSource = "register";
  }
  const open = row.round_status === "open" && row.status === "pending";
  await recordAccess(ctx, {
    action: "read",
    targetType: "report_round_target",
    targetId: `${roundId}/${institutionId}`,
    subject: target.institution_name,
  });
  return {
    ...toProviderItem(
      row,
      reminders.map((m) => ({
        sentAt: iso(m.sent_at) ?? "",
        sentByName: m.sent_by_name,
        message: m.message,
      })),
      koreaToday(),
    ),
    institutionName: target.institution_name,
    residential: target.residential === "생활",
    form,
    formSource,
    draftSavedAt: iso(target.draft_saved_at),
    submittedByName: target.submitted_by_name,
    jobTypes,
    canEdit: open,
    canSubmit: open && ctx.actor.role === "provider_admin",
    version: target.version,
  };
}

function fromRegister(figures: Awaited<ReturnType<typeof repo.registerFigures>>) {
  const current = figures.institution?.current_users ?? null;
  const { male, female } = figures.clients;
  // 남녀 현원 come from the 이용자 register only when it agrees with the recorded 현원.
  const genderKnown = current !== null && male + female === current;
  return {
    capacity: figures.institution?.capacity ?? null,
    currentUsers: current,
    currentUsersMale: genderKnown ? male : null,
    currentUsersFemale: genderKnown ? female : null,
    staff: figures.staff as { jobTypeCode: string; fullTime: number | null; partTime: number | null }[],
    programCount: null as number | null,
    remarks: "",
  };
}

async function lockedOwnTarget(ctx: ActorCtx, roundId: string) {
  const institutionId = ownInstitutionId(ctx);
  const row = await repo.findOwnRound(ctx.tx, ctx.actor, institutionId, roundId);
  if (!row) throw notFound(ROUND);
  const round = await repo.lockRound(ctx.tx, roundId);
  const target = await repo.findTarget(ctx.tx, ctx.actor, roundId, institutionId, true);
  if (!round || !target) throw notFound(ROUND);
  return { institutionId, round, target };
}

function versionConflict(current: number, version: number) {
  if (current !== version)
    throw new AppError(
      "VERSION_CONFLICT",
      409,
      "다른 사용자가 먼저 현황보고를 저장했습니다. 최신 내용을 확인한 뒤 다시 저장하세요.",
      { currentVersion: current },
    );
}

/** 임시저장: provider staff and administrators fill in; no rules beyond the shape until submission. */
export async function saveDraft(ctx: ActorCtx, roundId: string, body: DraftSave, version: number) {
  const { institutionId, round, target } = await lockedOwnTarget(ctx, roundId);
  const transition = draftTransition({ roundStatus: round.status, targetStatus: target.status });
  if (!transition.ok) throw refused(transition);
  versionConflict(target.version, version);
  await repo.saveDraft(ctx.tx, ctx.actor, roundId, institutionId, version, body.draft);
  await recordAccess(ctx, {
    action: "update",
    targetType: "report_round_target",
    targetId: `${roundId}/${institutionId}`,
    subject: target.institution_name,
    details: { draft: true },
  });
  return getOwnRound(ctx, roundId);
}

/** 제출: pending → submitted while the round is open; after the due date accepted and marked late. */
export async function submitReport(ctx: ActorCtx, roundId: string, body: ReportSubmit, version: number) {
  const { institutionId, round, target } = await lockedOwnTarget(ctx, roundId);
  const today = koreaToday();
  const transition = submitTransition({
    roundStatus: round.status,
    targetStatus: target.status,
    dueOn: round.due_on,
    today,
  });
  if (!transition.ok) throw refused(transition);
  versionConflict(target.version, version);
  const report: StatusReportForm = { ...body.report, remarks: body.report.remarks.trim() };
  const jobTypes = new Set((await repo.listJobTypes(ctx.tx)).map((j) => j.code));
  const problems = validateStatusReport(report, {
    residential: target.residential === "생활",
    knownJobTypes: jobTypes,
  }).map((p) => ({ ...p, field: `report.${p.field}` }));
  if (problems.length > 0) throw validationFailed(problems, "현황보고 내용을 확인하세요.");
  await repo.submitTarget(ctx.tx, ctx.actor, roundId, institutionId, version, {
    report,
    submittedOn: today,
    isLate: transition.isLate,
    staffTotal: staffTotal(report.staff),
  });
  await recordAccess(ctx, {
    action: "update",
    targetType: "report_round_target",
    targetId: `${roundId}/${institutionId}`,
    subject: target.institution_name,
    details: { transition: "pending→submitted", isLate: transition.isLate, dueOn: round.due_on },
  });
  return getOwnRound(ctx, roundId);
}
