import { describe, expect, it } from "vitest";
import { CHECKLIST_SOURCE_TITLE, checklistText } from "./checklist-text.ts";

describe("checklist text in Korean", () => {
  it("shows the reference data's unverified marks as 근거 미확인", () => {
    expect(checklistText("주의/시정 [unverified]")).toBe("주의/시정 (근거 미확인)");
    expect(checklistText("unverified (사회복지사업법 제42조 일반)")).toBe(
      "근거 미확인 (사회복지사업법 제42조 일반)",
    );
    expect(checklistText("「사회복지시설 관리안내」(인력관리) — 법령 조문 unverified")).toBe(
      "「사회복지시설 관리안내」(인력관리) — 법령 조문 미확인",
    );
    expect(checklistText(null)).toBeNull();
  });

  it("names the sources instead of the data file in the first version's note", () => {
    const note = checklistText("기본 점검표(참조자료 inspection-checklist.tsv, 70개 점검항목)");
    expect(note).toBe(`기본 점검표(출처: ${CHECKLIST_SOURCE_TITLE}, 70개 점검항목)`);
    expect(note).not.toMatch(/[A-Za-z]/);
  });
});
