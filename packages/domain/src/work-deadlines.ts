/**
 * The state of a deadline in the work inbox (내 할 일) and in reminders: 여유 (more than the warning window
 * left), 임박 (within it, the due date included) or 경과 (past). The warning window is 3 days because the
 * reminders the system sends are "due in 3 days" (issue 17); it is one number here so both agree.
 */
export const DEADLINE_WARNING_DAYS = 3;

export type DeadlineState = "ok" | "soon" | "overdue" | "none";

export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  ok: "여유",
  soon: "임박",
  overdue: "경과",
  none: "기한 없음",
};

const DAY_MS = 86_400_000;

/** Whole days from `today` to `dueOn` (both YYYY-MM-DD Korean dates): 0 on the due date, negative after. */
export function daysUntil(dueOn: string, today: string): number {
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

export function deadlineState(dueOn: string | null, today: string): DeadlineState {
  if (!dueOn) return "none";
  const days = daysUntil(dueOn, today);
  if (days < 0) return "overdue";
  return days <= DEADLINE_WARNING_DAYS ? "soon" : "ok";
}
