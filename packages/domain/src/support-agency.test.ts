import { describe, expect, it } from "vitest";
import {
  addDays,
  assignmentStatus,
  checkAssignmentEnd,
  checkAssignmentPeriod,
  earliestEndDate,
  isAssignmentInForce,
  periodsOverlap,
} from "./support-agency.ts";

const today = "2026-05-15";

describe("assignmentStatus", () => {
  it("is active from the first day through the last day, both inclusive", () => {
    expect(assignmentStatus({ startsOn: today, endsOn: today }, today)).toBe("active");
    expect(assignmentStatus({ startsOn: "2026-01-01", endsOn: null }, today)).toBe("active");
  });
  it("is scheduled when it starts tomorrow and ended when it ended yesterday", () => {
    expect(assignmentStatus({ startsOn: "2026-05-16", endsOn: null }, today)).toBe("scheduled");
    expect(assignmentStatus({ startsOn: "2026-01-01", endsOn: "2026-05-14" }, today)).toBe("ended");
    expect(isAssignmentInForce({ startsOn: "2026-05-16", endsOn: null }, today)).toBe(false);
    expect(isAssignmentInForce({ startsOn: "2026-01-01", endsOn: "2026-05-14" }, today)).toBe(false);
  });
  it("treats an assignment cancelled before it began as ended", () => {
    expect(assignmentStatus({ startsOn: "2026-06-01", endsOn: "2026-05-31" }, today)).toBe("ended");
  });
});

describe("addDays", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});

describe("checkAssignmentPeriod", () => {
  it("accepts a one-day period and an open end", () => {
    expect(checkAssignmentPeriod({ startsOn: today, endsOn: today, today })).toEqual([]);
    expect(checkAssignmentPeriod({ startsOn: today, endsOn: null, today })).toEqual([]);
  });
  it("refuses an end before the start, in Korean", () => {
    expect(checkAssignmentPeriod({ startsOn: "2026-06-02", endsOn: "2026-06-01", today })).toEqual([
      { field: "endsOn", message: "종료일은 시작일과 같거나 그 이후여야 합니다." },
    ]);
  });
  it("refuses a period already over", () => {
    const problems = checkAssignmentPeriod({ startsOn: "2026-01-01", endsOn: "2026-05-14", today });
    expect(problems[0]?.field).toBe("endsOn");
    expect(problems[0]?.message).toContain("이미 지난 기간");
  });
});

describe("checkAssignmentEnd", () => {
  it("allows ending at once (yesterday) but not earlier", () => {
    expect(earliestEndDate("2026-01-01", today)).toBe("2026-05-14");
    expect(
      checkAssignmentEnd({ startsOn: "2026-01-01", currentEndsOn: null, endsOn: "2026-05-14", today }),
    ).toEqual([]);
    expect(
      checkAssignmentEnd({ startsOn: "2026-01-01", currentEndsOn: null, endsOn: "2026-05-13", today })[0]
        ?.message,
    ).toContain("2026-05-14 이후");
  });
  it("cancels a future assignment on the day before it starts", () => {
    expect(earliestEndDate("2026-07-01", today)).toBe("2026-06-30");
    expect(
      checkAssignmentEnd({ startsOn: "2026-07-01", currentEndsOn: null, endsOn: "2026-06-30", today }),
    ).toEqual([]);
  });
  it("never lengthens an assignment", () => {
    const problems = checkAssignmentEnd({
      startsOn: "2026-01-01",
      currentEndsOn: "2026-06-30",
      endsOn: "2026-07-01",
      today,
    });
    expect(problems[0]?.message).toContain("늦을 수 없습니다");
    expect(
      checkAssignmentEnd({
        startsOn: "2026-01-01",
        currentEndsOn: "2026-06-30",
        endsOn: "2026-06-30",
        today,
      }),
    ).toEqual([]);
  });
});

describe("periodsOverlap", () => {
  it("counts touching days as overlap and open ends as endless", () => {
    expect(
      periodsOverlap(
        { startsOn: "2026-01-01", endsOn: "2026-03-31" },
        { startsOn: "2026-03-31", endsOn: null },
      ),
    ).toBe(true);
    expect(
      periodsOverlap(
        { startsOn: "2026-01-01", endsOn: "2026-03-30" },
        { startsOn: "2026-03-31", endsOn: null },
      ),
    ).toBe(false);
    expect(
      periodsOverlap(
        { startsOn: "2026-01-01", endsOn: null },
        { startsOn: "2030-01-01", endsOn: "2030-02-01" },
      ),
    ).toBe(true);
  });
});
