import { describe, expect, it } from "vitest";
import { assessViolations } from "./engine.ts";
import { BUILT_IN_LADDER_TABLES } from "./tables/index.ts";
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

describe("the engine's sentences", () => {
  it("name violations and table versions in Korean, not by code or version identifier", () => {
    const r = assessViolations({
      tables: BUILT_IN_LADDER_TABLES,
      violations: [{ code: "SWS-6", date: "2026-11-08" }],
      history: [{ code: "SWS-4나", decidedOn: "2025-11-23", repeatCount: 1 }],
    });
    const texts = [
      ...r.assessments.flatMap((a) =>
        a.ok ? [a.explanation, ...a.unverified, ...a.ignored.map((i) => i.reason)] : [],
      ),
      ...r.combined.map((c) => c.explanation),
    ];
    expect(texts.join(" ")).toContain("회계장부를 기재하지 않거나 허위로 기재한 때");
    for (const text of texts) expect(text, text).not.toMatch(/SWS-/);
  });
});
