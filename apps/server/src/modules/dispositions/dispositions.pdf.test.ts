import { describe, expect, it } from "vitest";
import { facts, repeatCounting } from "./dispositions.pdf.ts";
import { repeatSummary } from "./dispositions.service.ts";

const violation = (code: string) => ({
  code,
  foundOn: "2026-03-02",
  summary: "결산서 허위 기재",
  article: "사회복지사업법 제40조제1항제4호",
  repeatCount: 1,
  measureLabel: "개선명령",
  explanation: "사회복지사업법 시행규칙 별표 4 2. 개별기준 4.나의 1차 위반으로 개선명령에 해당합니다.",
});

describe("처분 사전통지서·행정처분서 text", () => {
  it("names each violation in Korean, with its code only after the name", () => {
    const d = { violations: [violation("SWS-4나")] };
    const [fact] = facts(d);
    expect(fact).toContain("회계장부를 기재하지 않거나 허위로 기재한 때(SWS-4나) 1차 위반");
    expect(fact).not.toMatch(/, SWS-4나/);
    const [counting] = repeatCounting(d);
    expect(counting).toMatch(/^ {2}회계장부를 기재하지 않거나 허위로 기재한 때\(SWS-4나\): /);
  });
});

describe("위반 차수 in the register, the detail and the Excel list", () => {
  it("names each violation in Korean with its count, never the bare code", () => {
    expect(repeatSummary("SWS-6\t1\nSWS-4나\t2")).toBe(
      "법 제36조제1항 운영위원회를 설치·운영하지 않은 때 1차, 회계장부를 기재하지 않거나 허위로 기재한 때 2차",
    );
    expect(repeatSummary(null)).toBe("");
  });
});
