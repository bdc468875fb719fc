/**
 * Korean time. Every date the system reasons with ("today", deadlines, scopes in force, look-backs) is a
 * date in Asia/Seoul, whatever the zone of the machine or the database. Korea keeps UTC+9 all year (no
 * daylight saving since 1988), so the date is the UTC date of the instant nine hours later.
 */
const KOREA_OFFSET_MS = 9 * 3_600_000;

/** Today's date in Korea as YYYY-MM-DD. */
export function koreaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + KOREA_OFFSET_MS).toISOString().slice(0, 10);
}
