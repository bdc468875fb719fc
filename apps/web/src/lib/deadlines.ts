import { koreaToday } from "@ssis/domain";

/** Days left to a deadline (inclusive), in words. */
export function daysLeft(dueOn: string | null, today = koreaToday()): string | null {
  if (!dueOn) return null;
  const days = Math.round((Date.parse(dueOn) - Date.parse(today)) / 86_400_000);
  if (days < 0) return "기한 지남";
  return days === 0 ? "오늘까지" : `${days}일 남음`;
}
