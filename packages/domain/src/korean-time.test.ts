import { afterEach, describe, expect, it, vi } from "vitest";
import { koreaToday } from "./korean-time.ts";

describe("koreaToday", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("turns the date at 15:00 UTC (midnight in Seoul)", () => {
    expect(koreaToday(new Date("2026-05-10T14:59:59Z"))).toBe("2026-05-10");
    expect(koreaToday(new Date("2026-05-10T15:00:00Z"))).toBe("2026-05-11");
  });

  it("at 00:30 KST is already the Korean day, though UTC is still on the day before", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-07T15:30:00Z")); // 2026-12-08 00:30 KST
    expect(koreaToday()).toBe("2026-12-08");
  });

  it("at 23:30 KST is still the Korean day, though UTC has the same date", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-08T14:30:00Z")); // 2026-12-08 23:30 KST
    expect(koreaToday()).toBe("2026-12-08");
  });

  it("does not depend on the machine's zone", () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Seoul"]) {
        process.env.TZ = tz;
        expect(koreaToday(new Date("2026-12-31T15:30:00Z"))).toBe("2027-01-01");
        expect(koreaToday(new Date("2026-12-31T14:30:00Z"))).toBe("2026-12-31");
      }
    } finally {
      process.env.TZ = zone;
    }
  });
});
