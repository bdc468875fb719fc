import { describe, expect, it } from "vitest";
import { formatMeasure } from "../measure.ts";
import {
  BUILT_IN_LADDER_TABLES,
  LONG_TERM_CARE_ACT_TABLE_2014,
  SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019,
} from "./index.ts";

// The rows as /work/shared/data/disposition-tables.md §1.3 and §5.1 give them, written out again so that a
// slip in the data is caught.
const SWS_ROWS: Record<string, string[]> = {
  "SWS-2": ["시설폐쇄"],
  "SWS-4가": ["개선명령", "시설장 교체", "시설장 교체"],
  "SWS-4나": ["개선명령", "시설장 교체", "시설장 교체"],
  "SWS-4다": ["개선명령", "개선명령", "시설장 교체"],
  "SWS-4라": ["개선명령", "시설장 교체", "시설폐쇄"],
  "SWS-4마": ["개선명령", "시설장 교체", "시설장 교체"],
  "SWS-5": ["개선명령", "시설폐쇄"],
  "SWS-6": ["개선명령", "시설장 교체", "시설장 교체"],
  "SWS-7": ["개선명령", "시설장 교체", "시설장 교체"],
  "SWS-8": ["개선명령", "시설장 교체", "시설장 교체"],
};

describe("사회복지사업법 시행규칙 [별표 4]", () => {
  const t = SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019;
  it("has exactly the rows the sources give, with their steps", () => {
    expect(Object.fromEntries(t.rows.map((r) => [r.code, r.steps.map(formatMeasure)]))).toEqual(SWS_ROWS);
  });
  it("leaves out rows 1, 3, 9 and 10, which no source gives", () => {
    for (const code of ["SWS-1", "SWS-3", "SWS-9", "SWS-10"])
      expect(t.rows.find((r) => r.code === code)).toBeUndefined();
  });
  it("cites a source and an item for every row and marks the rows as the data file does", () => {
    for (const r of t.rows) {
      expect(r.source.length, r.code).toBeGreaterThan(10);
      expect(r.item).toMatch(/^2\. 개별기준 /);
      expect(r.article).toMatch(/^사회복지사업법 제40조제1항제\d+호$/);
      expect(r.verified).toBe(true);
    }
    expect(t.verified).toBe(false);
  });
  it("marks the general provisions unverified, except the 다목 clause read in a judgment", () => {
    const p = t.provisions;
    expect(p.lookBack).toMatchObject({ months: 36, verified: false });
    expect(p.lookBack?.byCode).toEqual([
      expect.objectContaining({ codes: ["SWS-9"], months: 60, verified: false }),
    ]);
    expect(p.repeatCountRule?.verified).toBe(false);
    expect(p.concurrent?.verified).toBe(false);
    expect(p.operatorHistory).toMatchObject({ counts: false, verified: false });
    expect(p.immediateClosure).toMatchObject({
      item: "1. 일반기준 다목",
      measure: { kind: "closure" },
      verified: true,
    });
    expect(p.immediateClosure?.codes).toBeUndefined();
  });
  it("has no 가중·감경 limits and no 과징금 conversion, which no source gives", () => {
    expect(t.provisions.mitigation).toBeUndefined();
    expect(t.provisions.aggravation).toBeUndefined();
    expect(t.provisions.surchargeConversion).toBeUndefined();
  });
});

describe("노인장기요양보험법 시행규칙 [별표 2]", () => {
  const t = LONG_TERM_CARE_ACT_TABLE_2014;
  it("has only the rows given in full", () => {
    expect(Object.fromEntries(t.rows.map((r) => [r.code, r.steps.map(formatMeasure)]))).toEqual({
      "LTC-ASSAULT": ["업무정지 6개월", "지정취소 또는 시설폐쇄"],
      "LTC-SEXUAL-ASSAULT": ["지정취소 또는 시설폐쇄"],
    });
    expect(t.effectiveFrom).toBe("2014-02-14");
  });
  it("enters no general provision, since none was seen", () => {
    expect(t.provisions).toEqual({});
    expect(t.verified).toBe(false);
  });
});

describe("BUILT_IN_LADDER_TABLES", () => {
  it("holds both tables, each law once", () => {
    expect(BUILT_IN_LADDER_TABLES.map((t) => t.lawCode)).toEqual(["SWS", "LTC"]);
  });
});
