import { describe, expect, it } from "vitest";
import { checkProgram, isProgramEnded } from "./program-rules.ts";

const base = { startedOn: "2026-03-01", sessionsPerMonth: 4, participants: 12, today: "2026-10-31" };

describe("checkProgram", () => {
  it("accepts a valid programme, also one that ends on the day it starts", () => {
    expect(checkProgram(base)).toEqual([]);
    expect(checkProgram({ ...base, endedOn: "2026-03-01" })).toEqual([]);
  });
  it("refuses an end date before the start date", () => {
    expect(checkProgram({ ...base, endedOn: "2026-02-28" })).toEqual([
      { field: "endedOn", message: "종료일은 시작일과 같거나 그 이후여야 합니다." },
    ]);
  });
  it("refuses a start after today, accepts today", () => {
    expect(checkProgram({ ...base, startedOn: "2026-11-01" }).map((p) => p.field)).toEqual(["startedOn"]);
    expect(checkProgram({ ...base, startedOn: "2026-10-31" })).toEqual([]);
  });
  it("takes 0 participants and 0 sessions but not negative or fractional counts", () => {
    expect(checkProgram({ ...base, participants: 0, sessionsPerMonth: 0 })).toEqual([]);
    expect(checkProgram({ ...base, participants: -1 }).map((p) => p.field)).toEqual(["participants"]);
    expect(checkProgram({ ...base, sessionsPerMonth: 1.5 }).map((p) => p.field)).toEqual([
      "sessionsPerMonth",
    ]);
    expect(checkProgram({ ...base, sessionsPerMonth: 100 })).toEqual([]);
    expect(checkProgram({ ...base, sessionsPerMonth: 101 }).map((p) => p.field)).toEqual([
      "sessionsPerMonth",
    ]);
  });
});

describe("isProgramEnded", () => {
  it("counts a programme as ended from its end date on", () => {
    expect(isProgramEnded(null, "2026-10-31")).toBe(false);
    expect(isProgramEnded("2026-11-01", "2026-10-31")).toBe(false);
    expect(isProgramEnded("2026-10-31", "2026-10-31")).toBe(true);
    expect(isProgramEnded("2026-10-30", "2026-10-31")).toBe(true);
  });
});
