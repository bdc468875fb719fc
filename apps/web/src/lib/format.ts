/** Display formats used across the screens: dates YYYY-MM-DD, times in Korea, numbers with separators. */

const numberFormat = new Intl.NumberFormat("ko-KR");
const KST_PARTS = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Seoul",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export const EMPTY = "-";

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? EMPTY : numberFormat.format(value);
}

function kstParts(value: string): Record<string, string> | null {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const parts: Record<string, string> = {};
  for (const p of KST_PARTS.formatToParts(date)) parts[p.type] = p.value;
  return parts;
}

/** "2024-03-01" stays as is; an instant is shown as its date in Korea. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return EMPTY;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const p = kstParts(value);
  return p ? `${p.year}-${p.month}-${p.day}` : value;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return EMPTY;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const p = kstParts(value);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}` : value;
}

export function orEmpty(value: string | null | undefined): string {
  return value === null || value === undefined || value.trim() === "" ? EMPTY : value;
}

/** 125 → "2:05" for the session timer; with `spoken`, "2분 5초". */
export function formatDuration(totalSeconds: number, spoken = false): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const minutes = Math.floor(s / 60);
  const seconds = s % 60;
  if (spoken) return minutes > 0 ? `${minutes}분 ${seconds}초` : `${seconds}초`;
  return `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
}
