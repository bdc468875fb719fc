import { describe, expect, it } from "vitest";
import { violationLabel, violationName } from "./violation-name.ts";

describe("violation names", () => {
  it("name a code of the shipped tables in Korean, the code after the name", () => {
    expect(violationName("SWS-4나")).toBe("회계장부를 기재하지 않거나 허위로 기재한 때");
    expect(violationName("LTC-ASSAULT")).toMatch(/^[가-힣]/);
    expect(violationLabel("SWS-4나")).toBe("회계장부를 기재하지 않거나 허위로 기재한 때(SWS-4나)");
  });

  it("answer null for a code no table knows, and keep the code alone", () => {
    expect(violationName("XYZ-1")).toBeNull();
    expect(violationLabel("XYZ-1")).toBe("XYZ-1");
  });
});
