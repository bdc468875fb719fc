import { describe, expect, it } from "vitest";
import { addDays } from "./support-agency.ts";
import { DEADLINE_WARNING_DAYS, daysUntil, deadlineState } from "./work-deadlines.ts";

describe("deadlineState", () => {
  const today = "2026-12-08";
  it("is 임박 from the warning window to the due date itself, 경과 the day after", () => {
    expect(deadlineState(addDays(today, DEADLINE_WARNING_DAYS + 1), today)).toBe("ok");
    expect(deadlineState(addDays(today, DEADLINE_WARNING_DAYS), today)).toBe("soon");
    expect(deadlineState(today, today)).toBe("soon");
    expect(deadlineState(addDays(today, -1), today)).toBe("overdue");
    expect(deadlineState(null, today)).toBe("none");
  });
  it("counts across month and year ends", () => {
    expect(daysUntil("2027-01-01", "2026-12-31")).toBe(1);
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysUntil("2026-12-01", "2026-12-08")).toBe(-7);
  });
});
