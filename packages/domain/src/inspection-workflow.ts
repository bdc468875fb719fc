import { codesOf } from "./codes.ts";
import { addCalendarDays } from "./institution-rules.ts";
import { type MoveTable, REASON_REQUIRED, type Transition, tableMove } from "./status-report.ts";

/**
 * 지도점검 (guidance inspections, domain.md §7; 사회복지사업법 제51조): the plan, the inspection, its findings
 * (지적사항) and their corrective actions (시정·개선 조치) are state machines. Every transition goes through one
 * function here, so the server refuses exactly what the screens disable, and the server logs each one.
 */

// ── inspection plan (점검계획) ─────────────────────────────────────────────────
export const INSPECTION_KIND_LABELS = {
  regular: "정기",
  adhoc: "수시",
  special: "특별",
  joint: "합동",
};
export const INSPECTION_KINDS = codesOf(INSPECTION_KIND_LABELS);
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const PLAN_STATUS_LABELS = { draft: "작성 중", approved: "승인" };
export const PLAN_STATUSES = codesOf(PLAN_STATUS_LABELS);
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export type PlanAction = "approve" | "editTargets";

export function planTransition(status: PlanStatus, action: PlanAction): Transition<{ to: PlanStatus }> {
  if (status === "approved")
    return {
      ok: false,
      code: "PLAN_ALREADY_APPROVED",
      message:
        action === "approve"
          ? "이미 승인된 점검계획입니다."
          : "승인된 점검계획의 대상은 바꿀 수 없습니다. 수시 점검을 따로 등록하세요.",
    };
  return { ok: true, to: action === "approve" ? "approved" : "draft" };
}

// ── inspection (점검) ────────────────────────────────────────────────────────
export const INSPECTION_STATUS_LABELS = {
  planned: "계획", // 계획됨: a plan's target, not yet scheduled
  scheduled: "일정 확정", // date and team set (prior notice sent or unannounced)
  in_progress: "점검 중", // results being recorded
  completed: "점검 완료", // every item has a result
  notified: "결과 통보", // the result notice went to the institution
  closed: "종결", // every finding closed
  cancelled: "취소",
};
export const INSPECTION_STATUSES = codesOf(INSPECTION_STATUS_LABELS);
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const INSPECTION_ACTION_LABELS = {
  schedule: "일정 확정",
  start: "점검 시작",
  complete: "점검 완료",
  reopen: "결과 다시 입력",
  notify: "결과 통보",
  close: "종결",
  cancel: "취소",
};
export const INSPECTION_ACTIONS = codesOf(INSPECTION_ACTION_LABELS);
export type InspectionAction = (typeof INSPECTION_ACTIONS)[number];

const INSPECTION_MOVES: MoveTable<InspectionStatus, InspectionAction> = {
  schedule: { from: ["planned", "scheduled"], to: "scheduled" },
  start: { from: ["scheduled"], to: "in_progress" },
  complete: { from: ["in_progress"], to: "completed" },
  reopen: { from: ["completed"], to: "in_progress" },
  notify: { from: ["completed"], to: "notified" },
  close: { from: ["notified"], to: "closed" },
  cancel: { from: ["planned", "scheduled", "in_progress"], to: "cancelled" },
};

/** What the transition needs to know beyond the status. */
export interface InspectionFacts {
  itemsTotal?: number;
  itemsWithResult?: number;
  openFindings?: number;
  reason?: string | null;
}

export function inspectionTransition(
  status: InspectionStatus,
  action: InspectionAction,
  facts: InspectionFacts = {},
): Transition<{ to: InspectionStatus }> {
  const move = tableMove(INSPECTION_MOVES, status, action, {
    code: "INSPECTION_TRANSITION_REFUSED",
    subject: "점검은",
    statusLabels: INSPECTION_STATUS_LABELS,
    actionLabels: INSPECTION_ACTION_LABELS,
  });
  if (!move.ok) return move;
  if (action === "complete") {
    const missing = (facts.itemsTotal ?? 0) - (facts.itemsWithResult ?? 0);
    if ((facts.itemsTotal ?? 0) === 0 || missing > 0)
      return {
        ok: false,
        code: "INSPECTION_ITEMS_MISSING",
        message: `점검표의 모든 항목에 결과를 입력해야 점검을 완료할 수 있습니다. (미입력 ${Math.max(missing, 0)}개)`,
      };
  }
  if (action === "close" && (facts.openFindings ?? 0) > 0)
    return {
      ok: false,
      code: "INSPECTION_FINDINGS_OPEN",
      message: `조치가 끝나지 않은 지적사항이 ${facts.openFindings}건 있어 종결할 수 없습니다.`,
    };
  if ((action === "cancel" || action === "reopen") && !facts.reason?.trim()) return REASON_REQUIRED;
  return move;
}

/** An institution sees an inspection once it was announced to it, or once its result was sent. */
export function isVisibleToInstitution(inspection: {
  status: InspectionStatus;
  priorNotice: boolean;
}): boolean {
  if (inspection.status === "planned" || inspection.status === "cancelled") return false;
  if (inspection.priorNotice) return true;
  return inspection.status === "notified" || inspection.status === "closed";
}

// ── item results (항목별 결과) ────────────────────────────────────────────────
export const ITEM_RESULT_LABELS = {
  compliant: "적합",
  non_compliant: "부적합",
  not_applicable: "해당 없음",
};
export const ITEM_RESULTS = codesOf(ITEM_RESULT_LABELS);
export type ItemResult = (typeof ITEM_RESULTS)[number];

/** Results can be written while the team is on the inspection, not before nor after completion. */
export function canRecordResults(status: InspectionStatus): boolean {
  return status === "in_progress";
}

/** The overall result: 지적 있음 as soon as one finding stands, otherwise 적정. */
export function overallResult(findings: number): "compliant" | "findings" {
  return findings > 0 ? "findings" : "compliant";
}
export const OVERALL_RESULT_LABELS = { compliant: "적정", findings: "지적사항 있음" } as const;

// ── finding (지적사항) ───────────────────────────────────────────────────────
export const FINDING_SEVERITY_LABELS = {
  minor: "경미",
  moderate: "보통",
  serious: "중대",
};
export const FINDING_SEVERITIES = codesOf(FINDING_SEVERITY_LABELS);
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const FINDING_STATUS_LABELS = {
  open: "조치 미정",
  ordered: "조치 중",
  closed: "종결",
  withdrawn: "취소",
};
export const FINDING_STATUSES = codesOf(FINDING_STATUS_LABELS);
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export type FindingAction = "order" | "close" | "withdraw";

export function findingTransition(
  status: FindingStatus,
  action: FindingAction,
  facts: { actionStatus?: CorrectiveStatus | null; reason?: string | null } = {},
): Transition<{ to: FindingStatus }> {
  const refuse = (message: string) => ({ ok: false, code: "FINDING_TRANSITION_REFUSED", message }) as const;
  switch (action) {
    case "order":
      if (status !== "open") return refuse("조치를 정하지 않은 지적사항에만 조치를 요구할 수 있습니다.");
      return { ok: true, to: "ordered" };
    case "close":
      if (status !== "ordered") return refuse("조치 중인 지적사항만 종결할 수 있습니다.");
      if (facts.actionStatus !== "accepted")
        return {
          ok: false,
          code: "CORRECTIVE_ACTION_NOT_VERIFIED",
          message: "시정·개선 조치 결과가 확인(승인)된 뒤에 지적사항을 종결할 수 있습니다.",
        };
      return { ok: true, to: "closed" };
    case "withdraw":
      if (status !== "open") return refuse("조치를 요구하기 전의 지적사항만 취소할 수 있습니다.");
      if (!facts.reason?.trim()) return REASON_REQUIRED;
      return { ok: true, to: "withdrawn" };
  }
}

// ── corrective action (시정·개선 조치) ─────────────────────────────────────────
/** Outcomes of a finding (domain.md §7): 현지시정, 행정조치 (주의·경고·시정·개선), 행정처분, 보조금 환수, 과태료, 고발. */
export const CORRECTIVE_OUTCOME_LABELS = {
  on_site: "현지시정",
  caution: "주의",
  warning: "경고",
  correction: "시정",
  improvement: "개선",
  disposition: "행정처분",
  subsidy_recovery: "보조금 환수",
  fine: "과태료",
  accusation: "고발",
};
export const CORRECTIVE_OUTCOMES = codesOf(CORRECTIVE_OUTCOME_LABELS);
export type CorrectiveOutcome = (typeof CORRECTIVE_OUTCOMES)[number];

/** The institution reports back (조치결과 보고) on these; the others are carried out by the authority itself. */
export function needsInstitutionReport(outcome: CorrectiveOutcome): boolean {
  return ["caution", "warning", "correction", "improvement", "subsidy_recovery"].includes(outcome);
}

export const CORRECTIVE_STATUS_LABELS = {
  ordered: "조치 요구",
  submitted: "결과 보고",
  returned: "보완 요구",
  accepted: "확인 완료",
};
export const CORRECTIVE_STATUSES = codesOf(CORRECTIVE_STATUS_LABELS);
export type CorrectiveStatus = (typeof CORRECTIVE_STATUSES)[number];

export type CorrectiveAction = "submit" | "accept" | "return" | "confirm";

export function correctiveTransition(
  status: CorrectiveStatus,
  action: CorrectiveAction,
  facts: { outcome: CorrectiveOutcome; reason?: string | null; report?: string | null },
): Transition<{ to: CorrectiveStatus }> {
  const refuse = (message: string) =>
    ({ ok: false, code: "CORRECTIVE_TRANSITION_REFUSED", message }) as const;
  const reports = needsInstitutionReport(facts.outcome);
  switch (action) {
    case "submit":
      if (!reports) return refuse("이 조치는 기관의 결과 보고 대상이 아닙니다.");
      if (status !== "ordered" && status !== "returned")
        return refuse("조치 요구 또는 보완 요구 상태에서만 결과를 보고할 수 있습니다.");
      if (!facts.report?.trim())
        return { ok: false, code: "REPORT_REQUIRED", message: "조치 결과 내용을 입력하세요." };
      return { ok: true, to: "submitted" };
    case "accept":
    case "return":
      if (status !== "submitted") return refuse("보고된 조치 결과만 확인하거나 보완을 요구할 수 있습니다.");
      if (action === "return" && !facts.reason?.trim())
        return { ok: false, code: "REASON_REQUIRED", message: "보완 요구 사유를 입력하세요." };
      return { ok: true, to: action === "accept" ? "accepted" : "returned" };
    case "confirm":
      // 현지시정, 행정처분, 과태료, 고발: the official records that the authority's own step was taken.
      if (reports) return refuse("기관의 결과 보고를 받아 확인하는 조치입니다.");
      if (status !== "ordered") return refuse("이미 확인된 조치입니다.");
      if (!facts.reason?.trim())
        return { ok: false, code: "REASON_REQUIRED", message: "확인 내용(처리 결과)을 입력하세요." };
      return { ok: true, to: "accepted" };
  }
}

// ── deadlines (조치 기한) ─────────────────────────────────────────────────────
/**
 * A notice that says "통보일로부터 N일 이내" counts calendar days from the day after the notice (민법 제157조,
 * 초일 불산입), so the deadline is the notice date plus N. The notice may instead name a date; then that date
 * stands. Either way the day itself is included: a report on the deadline is on time.
 */
export function correctiveDeadline(input: { noticeOn: string; days?: number; dueOn?: string }): string {
  if (input.dueOn) return input.dueOn;
  if (input.days === undefined || !Number.isInteger(input.days) || input.days < 1)
    throw new RangeError("조치 기한(일수)은 1 이상의 정수여야 합니다.");
  return addCalendarDays(input.noticeOn, input.days);
}

/** A report after the deadline is accepted but marked late (지연 보고). */
export const isLateReport = (dueOn: string, reportedOn: string) => reportedOn > dueOn;

/** Overdue: still waiting for the institution after the deadline day. */
export function isCorrectiveOverdue(
  action: { status: CorrectiveStatus; dueOn: string | null; outcome: CorrectiveOutcome },
  today: string,
): boolean {
  if (!action.dueOn || !needsInstitutionReport(action.outcome)) return false;
  return (action.status === "ordered" || action.status === "returned") && today > action.dueOn;
}
