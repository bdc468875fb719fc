import { describe, expect, it } from "vitest";
import { dateRangeError } from "./date-range.ts";

describe("date ranges of the lists", () => {
  it("refuse an end before the start, in Korean, naming the field", () => {
    expect(dateRangeError("처분일", "2026-03-02", "2026-03-01")).toBe(
      "처분일(까지)는 처분일(부터)와 같거나 그 이후여야 합니다.",
    );
  });
  it("accept the same day, an open end and no range", () => {
    expect(dateRangeError("처분일", "2026-03-02", "2026-03-02")).toBeNull();
    expect(dateRangeError("처분일", "2026-03-02", "")).toBeNull();
    expect(dateRangeError("처분일", undefined, "2026-03-01")).toBeNull();
  });
});
