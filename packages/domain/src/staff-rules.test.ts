import { describe, expect, it } from "vitest";
import { checkEmploymentPeriod, checkStayPeriod, checkWeeklyHours } from "./staff-rules.ts";

describe("checkEmploymentPeriod", () => {
  const today = "2026-05-10";
  it("accepts a hire today and a departure on the hiring day", () => {
    expect(checkEmploymentPeriod({ hiredOn: today, leftOn: today, today })).toEqual([]);
  });
  it("refuses a hire after today and a departure before the hire", () => {
    expect(checkEmploymentPeriod({ hiredOn: "2026-05-11", today })).toEqual([
      { field: "hiredOn", message: "입사일은 오늘 이후일 수 없습니다." },
    ]);
    expect(checkEmploymentPeriod({ hiredOn: "2026-05-01", leftOn: "2026-04-30", today })).toEqual([
      { field: "leftOn", message: "퇴사일은 입사일과 같거나 그 이후여야 합니다." },
    ]);
  });
});

describe("checkWeeklyHours", () => {
  it("allows up to 52 hours, and under 40 for part-time", () => {
    expect(checkWeeklyHours("full_time", 52)).toEqual([]);
    expect(checkWeeklyHours("full_time", 52.5)).toHaveLength(1);
    expect(checkWeeklyHours("full_time", 0)).toHaveLength(1);
    expect(checkWeeklyHours("part_time", 39.5)).toEqual([]);
    expect(checkWeeklyHours("part_time", 40)[0]?.message).toBe(
      "시간제 종사자의 주당 근무시간은 40시간 미만이어야 합니다.",
    );
    expect(checkWeeklyHours("part_time", null)).toEqual([]);
  });
});

describe("checkStayPeriod", () => {
  const today = "2026-05-10";
  it("accepts a same-day discharge and refuses one before admission or after today", () => {
    expect(checkStayPeriod({ admittedOn: "2026-05-01", dischargedOn: "2026-05-01", today })).toEqual([]);
    expect(checkStayPeriod({ admittedOn: "2026-05-02", dischargedOn: "2026-05-01", today })[0]?.message).toBe(
      "퇴소일은 입소일과 같거나 그 이후여야 합니다.",
    );
    expect(checkStayPeriod({ admittedOn: "2026-05-11", today })[0]?.field).toBe("admittedOn");
    expect(checkStayPeriod({ admittedOn: "2026-05-01", dischargedOn: "2026-05-11", today })[0]?.field).toBe(
      "dischargedOn",
    );
  });
});
