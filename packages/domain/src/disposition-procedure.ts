import { codesOf } from "./codes.ts";
import { addCalendarDays } from "./institution-rules.ts";
import { type MoveTable, REASON_REQUIRED, type Transition, tableMove } from "./status-report.ts";

/**
 * 행정처분 절차 (domain.md §7): 처분안 → 사전통지(의견제출 기한) → 처분 결정(처분서) → 집행 → 종료, with withdrawal
 * before the decision and the appeal (행정심판·행정소송) beside it. A disposition is never edited after the
 * decision: an appeal's outcome is a new, reasoned record (취소·변경) that the ladder engine then reads.
 */

export const DISPOSITION_STATUS_LABELS = {
  draft: "처분안", // the engine's proposal, confirmed or adjusted with a reason
  pre_noticed: "사전통지", // waiting for the institution's opinion
  decided: "처분 결정", // the notice went out
  executing: "집행 중", // (업무정지 기간 등)
  ended: "집행 종료",
  withdrawn: "철회", // 처분 철회 (before the decision, e.g. after the opinion)
  cancelled: "취소", // (appeal or the authority's own cancellation): it no longer counts
};
export const DISPOSITION_STATUSES = codesOf(DISPOSITION_STATUS_LABELS);
export type DispositionStatus = (typeof DISPOSITION_STATUSES)[number];

export const DISPOSITION_ACTION_LABELS = {
  preNotice: "사전통지",
  decide: "처분 결정",
  execute: "집행 개시",
  end: "집행 종료",
  withdraw: "철회",
  cancel: "취소",
};
export const DISPOSITION_ACTIONS = codesOf(DISPOSITION_ACTION_LABELS);
export type DispositionAction = (typeof DISPOSITION_ACTIONS)[number];

const MOVES: MoveTable<DispositionStatus, DispositionAction> = {
  preNotice: { from: ["draft"], to: "pre_noticed" },
  decide: { from: ["pre_noticed"], to: "decided" },
  execute: { from: ["decided"], to: "executing" },
  end: { from: ["decided", "executing"], to: "ended" },
  withdraw: { from: ["draft", "pre_noticed"], to: "withdrawn" },
  cancel: { from: ["decided", "executing", "ended"], to: "cancelled" },
};

/** The record of a disposition names more steps than the state machine moves: the creation, the opinion, the
 * report to the ministry and the appeal's stages (`appeal:<status>`). */
export function dispositionLogActionLabel(action: string): string {
  if ((DISPOSITION_ACTIONS as readonly string[]).includes(action))
    return DISPOSITION_ACTION_LABELS[action as DispositionAction];
  if (action.startsWith("appeal:")) {
    const status = action.slice("appeal:".length);
    return `행정심판·소송 ${APPEAL_STATUS_LABELS[status as AppealStatus] ?? status}`;
  }
  return { create: "처분안 작성", opinion: "의견제출", reportToMohw: "보건복지부 보고" }[action] ?? action;
}

/**
 * 행정절차법 제21조③: the opinion period must allow at least 10 days. Counted from the day after the notice
 * (민법 제157조), so the earliest deadline is the notice date plus 10.
 */
export const MIN_OPINION_DAYS = 10;
export const earliestOpinionDeadline = (noticeOn: string) => addCalendarDays(noticeOn, MIN_OPINION_DAYS);

export interface DispositionFacts {
  today?: string;
  reason?: string | null;
  noticeOn?: string | null;
  opinionDueOn?: string | null;
  opinionSubmitted?: boolean;
}

export function dispositionTransition(
  status: DispositionStatus,
  action: DispositionAction,
  facts: DispositionFacts = {},
): Transition<{ to: DispositionStatus }> {
  const move = tableMove(MOVES, status, action, {
    code: "DISPOSITION_TRANSITION_REFUSED",
    subject: "처분은",
    statusLabels: DISPOSITION_STATUS_LABELS,
    actionLabels: DISPOSITION_ACTION_LABELS,
  });
  if (!move.ok) return move;
  if (action === "preNotice") {
    if (!facts.noticeOn || !facts.opinionDueOn)
      return {
        ok: false,
        code: "OPINION_DEADLINE_REQUIRED",
        message: "사전통지일과 의견제출 기한을 입력하세요.",
      };
    if (facts.opinionDueOn < earliestOpinionDeadline(facts.noticeOn))
      return {
        ok: false,
        code: "OPINION_PERIOD_TOO_SHORT",
        message: `의견제출 기한은 사전통지일부터 ${MIN_OPINION_DAYS}일 이상이어야 합니다(행정절차법 제21조제3항). ${earliestOpinionDeadline(facts.noticeOn)} 이후로 정하세요.`,
      };
  }
  if (
    action === "decide" &&
    !facts.opinionSubmitted &&
    facts.today &&
    facts.opinionDueOn &&
    facts.today <= facts.opinionDueOn
  )
    return {
      ok: false,
      code: "OPINION_PERIOD_RUNNING",
      message: `의견제출 기한(${facts.opinionDueOn})이 지나거나 기관이 의견을 제출한 뒤에 처분을 결정할 수 있습니다.`,
    };
  if ((action === "withdraw" || action === "cancel") && !facts.reason?.trim()) return REASON_REQUIRED;
  return move;
}

/** The institution may send its opinion (의견제출) while the pre-notice runs, up to and including the deadline. */
export function canSubmitOpinion(
  status: DispositionStatus,
  opinionDueOn: string | null,
  today: string,
): Transition {
  if (status !== "pre_noticed")
    return {
      ok: false,
      code: "OPINION_CLOSED",
      message: "사전통지 중인 처분에만 의견을 제출할 수 있습니다.",
    };
  if (opinionDueOn && today > opinionDueOn)
    return {
      ok: false,
      code: "OPINION_DEADLINE_PASSED",
      message: `의견제출 기한(${opinionDueOn})이 지났습니다. 처분청에 문의하세요.`,
    };
  return { ok: true };
}

// ── appeals (행정심판·행정소송) ─────────────────────────────────────────────────
export const APPEAL_STATUS_LABELS = {
  none: "없음",
  filed: "진행 중",
  dismissed: "기각(처분 유지)",
  cancelled: "인용(처분 취소)",
  changed: "일부 인용(처분 변경)",
};
export const APPEAL_STATUSES = codesOf(APPEAL_STATUS_LABELS);
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_KIND_LABELS = {
  administrative_appeal: "행정심판",
  lawsuit: "행정소송",
};
export const APPEAL_KINDS = codesOf(APPEAL_KIND_LABELS);
export type AppealKind = (typeof APPEAL_KINDS)[number];

export function appealTransition(
  status: DispositionStatus,
  appeal: AppealStatus,
  next: AppealStatus,
): Transition {
  if (!["decided", "executing", "ended"].includes(status))
    return {
      ok: false,
      code: "APPEAL_REFUSED",
      message: "결정된 처분에만 행정심판·소송을 기록할 수 있습니다.",
    };
  if (next === "filed")
    return appeal === "none" || appeal === "dismissed"
      ? { ok: true }
      : { ok: false, code: "APPEAL_REFUSED", message: "이미 진행 중이거나 끝난 불복 절차가 있습니다." };
  if (appeal !== "filed")
    return { ok: false, code: "APPEAL_REFUSED", message: "진행 중인 행정심판·소송이 없습니다." };
  return next === "none" ? { ok: false, code: "APPEAL_REFUSED", message: "결과를 고르세요." } : { ok: true };
}

/** A suspension's period: from the start date for the ordered months or days (the last day included). */
export function suspensionEndsOn(startsOn: string, length: { months?: number; days?: number }): string {
  if (length.days) return addCalendarDays(startsOn, length.days - 1);
  const [y, m, d] = startsOn.split("-").map(Number) as [number, number, number];
  const months = length.months ?? 0;
  // Calendar months (민법 제160조): the period ends the day before the same date N months later; where
  // that month is shorter, at its last day.
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const same = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastDay)));
  if (d > lastDay) return same.toISOString().slice(0, 10);
  return addCalendarDays(same.toISOString().slice(0, 10), -1);
}
