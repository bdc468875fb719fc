import { josa } from "es-hangul";
import { codesOf } from "./codes.ts";

/**
 * 현황보고 (status report rounds, domain.md §4): officials open a round for a set of institutions with a
 * deadline, institutions submit, officials close it. The state machine and the report's validation run on
 * the server and in the browser alike.
 */

export const REPORT_ROUND_STATUS_LABELS = {
  open: "진행 중",
  closed: "마감",
};
export const REPORT_ROUND_STATUSES = codesOf(REPORT_ROUND_STATUS_LABELS);
export type ReportRoundStatus = (typeof REPORT_ROUND_STATUSES)[number];

export const REPORT_TARGET_STATUSES = ["pending", "submitted"] as const;
export type ReportTargetStatus = (typeof REPORT_TARGET_STATUSES)[number];
/** How a target shows in lists: a pending target of a closed round is 미제출, a late submission 지연 제출. */
export type ReportTargetState = "pending" | "submitted" | "late" | "missed";
export const REPORT_TARGET_STATE_LABELS: Record<ReportTargetState, string> = {
  pending: "제출 대기",
  submitted: "제출",
  late: "지연 제출",
  missed: "미제출",
};

export function targetState(
  roundStatus: ReportRoundStatus,
  target: { status: ReportTargetStatus; isLate: boolean },
): ReportTargetState {
  if (target.status === "submitted") return target.isLate ? "late" : "submitted";
  return roundStatus === "closed" ? "missed" : "pending";
}

export type Transition<T = Record<never, never>> =
  | ({ ok: true } & T)
  | { ok: false; code: string; message: string };

/** A state machine's table: the states each action may leave, and the state it enters. */
export type MoveTable<S extends string, A extends string> = Record<A, { from: readonly S[]; to: S }>;

/**
 * The first check of a transition: may the action leave this state? The refusal says so in the screens'
 * words ("일정 확정 상태의 점검은 '점검 시작'할 수 없습니다."); `subject` is the record with its particle.
 */
export function tableMove<S extends string, A extends string>(
  table: MoveTable<S, A>,
  status: S,
  action: A,
  refusal: {
    code: string;
    subject: string;
    statusLabels: Record<S, string>;
    actionLabels: Record<A, string>;
  },
): Transition<{ to: S }> {
  const move = table[action];
  if (!move.from.includes(status))
    return {
      ok: false,
      code: refusal.code,
      message: `${refusal.statusLabels[status]} 상태의 ${refusal.subject} '${refusal.actionLabels[action]}'할 수 없습니다.`,
    };
  return { ok: true, to: move.to };
}

/** The refusal of a step that needs a reason (취소, 철회, 재입력 …) when none was given. */
export const REASON_REQUIRED = { ok: false, code: "REASON_REQUIRED", message: "사유를 입력하세요." } as const;

/** A round goes open → closed, and only that way. */
export function closeRoundTransition(status: ReportRoundStatus): Transition {
  if (status === "closed")
    return { ok: false, code: "ROUND_ALREADY_CLOSED", message: "이미 마감된 현황보고 회차입니다." };
  return { ok: true };
}

/**
 * A target goes pending → submitted, only while its round is open. The deadline counts in calendar days
 * (Korean dates, YYYY-MM-DD) and includes the due date itself; a submission after it is accepted and
 * marked late (지연 제출).
 */
export function submitTransition(input: {
  roundStatus: ReportRoundStatus;
  targetStatus: ReportTargetStatus;
  dueOn: string;
  today: string;
}): Transition<{ isLate: boolean }> {
  if (input.roundStatus === "closed")
    return {
      ok: false,
      code: "ROUND_CLOSED",
      message: "마감된 현황보고 회차에는 제출할 수 없습니다. 담당 공무원에게 문의하세요.",
    };
  if (input.targetStatus === "submitted")
    return {
      ok: false,
      code: "REPORT_ALREADY_SUBMITTED",
      message: "이미 제출한 현황보고는 수정할 수 없습니다.",
    };
  return { ok: true, isLate: isLateSubmission(input.dueOn, input.today) };
}

/** Drafts may be saved while the round is open and the report not yet submitted. */
export function draftTransition(input: {
  roundStatus: ReportRoundStatus;
  targetStatus: ReportTargetStatus;
}): Transition {
  if (input.roundStatus === "closed")
    return { ok: false, code: "ROUND_CLOSED", message: "마감된 현황보고 회차는 작성할 수 없습니다." };
  if (input.targetStatus === "submitted")
    return {
      ok: false,
      code: "REPORT_ALREADY_SUBMITTED",
      message: "이미 제출한 현황보고는 수정할 수 없습니다.",
    };
  return { ok: true };
}

/** Reminders (독촉) go only to pending targets of an open round. */
export function remindTransition(status: ReportRoundStatus): Transition {
  if (status === "closed")
    return { ok: false, code: "ROUND_CLOSED", message: "마감된 회차에는 독촉할 수 없습니다." };
  return { ok: true };
}

export const isLateSubmission = (dueOn: string, submittedOn: string) => submittedOn > dueOn;

/** Days left until the due date (0 on the due date, negative after it), for "D-3" labels. */
export function daysUntilDue(dueOn: string, today: string): number {
  const ms = Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export function dueLabel(dueOn: string, today: string): string {
  const days = daysUntilDue(dueOn, today);
  if (days === 0) return "D-day";
  return days > 0 ? `D-${days}` : `기한 ${-days}일 경과`;
}

export interface RoundProblem {
  field: string;
  message: string;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (d: string) =>
  DATE_RE.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

/** 회차 개설: title, period and a deadline on or after today. */
export function checkRoundOpening(input: {
  title: string;
  periodLabel: string;
  dueOn: string;
  today: string;
}): RoundProblem[] {
  const problems: RoundProblem[] = [];
  if (!input.title.trim()) problems.push({ field: "title", message: "회차 제목을 입력하세요." });
  else if (input.title.trim().length > 100)
    problems.push({ field: "title", message: "회차 제목은 100자 이내로 입력하세요." });
  if (!input.periodLabel.trim())
    problems.push({ field: "periodLabel", message: "보고 기간(예: 2026년 4분기)을 입력하세요." });
  else if (input.periodLabel.trim().length > 40)
    problems.push({ field: "periodLabel", message: "보고 기간은 40자 이내로 입력하세요." });
  if (!isRealDate(input.dueOn))
    problems.push({ field: "dueOn", message: "제출 기한을 YYYY-MM-DD 형식의 날짜로 입력하세요." });
  else if (input.dueOn < input.today)
    problems.push({ field: "dueOn", message: "제출 기한은 오늘 또는 그 이후여야 합니다." });
  return problems;
}

// ── the report an institution submits ───────────────────────────────────────
export interface StaffCountLine {
  jobTypeCode: string;
  fullTime: number; // 전일제
  partTime: number; // 시간제
}

export interface StatusReportForm {
  capacity: number | null; // 정원 (이용시설은 비워 둘 수 있음)
  currentUsers: number; // 현원
  currentUsersMale: number | null;
  currentUsersFemale: number | null;
  staff: StaffCountLine[]; // 종사자 수 by job type and employment kind
  programCount: number; // 프로그램 수
  remarks: string; // 특이사항
}

export const MAX_REPORT_COUNT = 100_000;
export const MAX_REMARKS_LENGTH = 2000;
export const MAX_STAFF_LINES = 80;

export const staffTotal = (lines: readonly StaffCountLine[]) =>
  lines.reduce((sum, l) => sum + (Number(l.fullTime) || 0) + (Number(l.partTime) || 0), 0);

function countProblem(field: string, label: string, value: unknown, required: boolean): RoundProblem | null {
  if (value === null || value === undefined || value === "")
    return required ? { field, message: `${josa(label, "을/를")} 입력하세요.` } : null;
  if (typeof value !== "number" || !Number.isInteger(value))
    return { field, message: `${josa(label, "은/는")} 정수로 입력하세요.` };
  if (value < 0) return { field, message: `${josa(label, "은/는")} 0 이상이어야 합니다.` };
  if (value > MAX_REPORT_COUNT)
    return {
      field,
      message: `${josa(label, "은/는")} ${MAX_REPORT_COUNT.toLocaleString("ko-KR")} 이하여야 합니다.`,
    };
  return null;
}

/**
 * The rules of a submitted report: every number a whole number ≥ 0; 정원 required and 현원 ≤ 정원 for a
 * residential (생활) facility (domain.md §4); 남녀 현원, when given, add up to 현원; a job type listed once.
 */
export function validateStatusReport(
  report: StatusReportForm,
  options: { residential: boolean; knownJobTypes?: ReadonlySet<string> },
): RoundProblem[] {
  const problems: RoundProblem[] = [];
  const push = (p: RoundProblem | null) => {
    if (p) problems.push(p);
  };
  push(countProblem("capacity", "정원", report.capacity, options.residential));
  push(countProblem("currentUsers", "현원", report.currentUsers, true));
  push(countProblem("currentUsersMale", "남자 현원", report.currentUsersMale, false));
  push(countProblem("currentUsersFemale", "여자 현원", report.currentUsersFemale, false));
  push(countProblem("programCount", "프로그램 수", report.programCount, true));
  const fine = (f: string) => !problems.some((p) => p.field === f);
  if (
    options.residential &&
    fine("capacity") &&
    fine("currentUsers") &&
    report.capacity !== null &&
    report.currentUsers > report.capacity
  )
    problems.push({ field: "currentUsers", message: "생활시설의 현원은 정원을 넘을 수 없습니다." });
  const male = report.currentUsersMale;
  const female = report.currentUsersFemale;
  if ((male === null) !== (female === null))
    problems.push({
      field: male === null ? "currentUsersMale" : "currentUsersFemale",
      message: "성별 현원은 남·여를 모두 입력하거나 모두 비워 두세요.",
    });
  else if (
    male !== null &&
    female !== null &&
    fine("currentUsers") &&
    fine("currentUsersMale") &&
    fine("currentUsersFemale") &&
    male + female !== report.currentUsers
  )
    problems.push({ field: "currentUsersMale", message: "남·여 현원의 합이 현원과 같아야 합니다." });
  if (report.staff.length > MAX_STAFF_LINES)
    problems.push({ field: "staff", message: `직종은 ${MAX_STAFF_LINES}개까지 입력할 수 있습니다.` });
  const seen = new Set<string>();
  report.staff.forEach((line, i) => {
    const at = `staff.${i}`;
    if (!line.jobTypeCode) problems.push({ field: `${at}.jobTypeCode`, message: "직종을 고르세요." });
    else if (seen.has(line.jobTypeCode))
      problems.push({ field: `${at}.jobTypeCode`, message: "같은 직종을 두 번 입력했습니다." });
    else if (options.knownJobTypes && !options.knownJobTypes.has(line.jobTypeCode))
      problems.push({ field: `${at}.jobTypeCode`, message: "등록되지 않은 직종코드입니다." });
    seen.add(line.jobTypeCode);
    push(countProblem(`${at}.fullTime`, "전일제 인원", line.fullTime, true));
    push(countProblem(`${at}.partTime`, "시간제 인원", line.partTime, true));
  });
  if (report.remarks.length > MAX_REMARKS_LENGTH)
    problems.push({
      field: "remarks",
      message: `특이사항은 ${MAX_REMARKS_LENGTH.toLocaleString("ko-KR")}자 이내로 입력하세요.`,
    });
  return problems;
}

/** 제출률 in percent with one decimal (0 when there are no targets). */
export const submissionRate = (submitted: number, targets: number) =>
  targets === 0 ? 0 : Math.round((submitted / targets) * 1000) / 10;
