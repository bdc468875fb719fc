import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareMeasures,
  formatMeasure,
  formatWon,
  heaviestMeasure,
  type Measure,
  measureInputSchema,
  measureSchema,
  parseMeasure,
  parseWon,
} from "./measure.ts";

const parsed = (s: string) => {
  const r = parseMeasure(s);
  if (!r.ok) throw new Error(r.message);
  return r.measure;
};

/** Any measure, for property tests. */
const arbitraryMeasure: fc.Arbitrary<Measure> = fc.oneof(
  fc.constantFrom<Measure>(
    { kind: "warning" },
    { kind: "improvementOrder" },
    { kind: "headReplacement" },
    { kind: "closure" },
    { kind: "designationCancellation" },
    { kind: "registrationCancellation" },
    { kind: "alternatives", options: [{ kind: "designationCancellation" }, { kind: "closure" }] },
  ),
  fc.record({
    kind: fc.constantFrom("businessSuspension" as const, "operationSuspension" as const),
    unit: fc.constantFrom("months" as const, "days" as const),
    length: fc.integer({ min: 1, max: 365 }),
  }),
  fc.record({
    kind: fc.constantFrom("fine" as const, "surcharge" as const),
    amountWon: fc.integer({ min: 1, max: 5_000_000_000 }),
  }),
);

describe("parseMeasure", () => {
  it("reads the words of the tables", () => {
    expect(parsed("개선명령")).toEqual({ kind: "improvementOrder" });
    expect(parsed("경고")).toEqual({ kind: "warning" });
    expect(parsed("시설장 교체")).toEqual({ kind: "headReplacement" });
    expect(parsed("시설의 장의 교체")).toEqual({ kind: "headReplacement" });
    expect(parsed("시설폐쇄")).toEqual({ kind: "closure" });
    expect(parsed("시설 폐쇄")).toEqual({ kind: "closure" });
    expect(parsed("지정취소")).toEqual({ kind: "designationCancellation" });
    expect(parsed("등록취소")).toEqual({ kind: "registrationCancellation" });
  });
  it("reads suspensions in months and days", () => {
    expect(parsed("업무정지 3개월")).toEqual({ kind: "businessSuspension", unit: "months", length: 3 });
    expect(parsed("업무정지 30일")).toEqual({ kind: "businessSuspension", unit: "days", length: 30 });
    expect(parsed(" 사업 정지  6 개월 ")).toEqual({ kind: "operationSuspension", unit: "months", length: 6 });
  });
  it("reads amounts written the Korean way", () => {
    expect(parsed("과태료 50만원")).toEqual({ kind: "fine", amountWon: 500_000 });
    expect(parsed("과태료 500,000원")).toEqual({ kind: "fine", amountWon: 500_000 });
    expect(parsed("과징금 1억 2천만원")).toEqual({ kind: "surcharge", amountWon: 120_000_000 });
    expect(parsed("과징금 1,500만 원")).toEqual({ kind: "surcharge", amountWon: 15_000_000 });
  });
  it("reads '또는' between ways of ending the standing", () => {
    expect(parsed("지정취소 또는 시설폐쇄")).toEqual({
      kind: "alternatives",
      options: [{ kind: "designationCancellation" }, { kind: "closure" }],
    });
    expect(parsed("시설폐쇄 또는 시설폐쇄")).toEqual({ kind: "closure" });
  });
  it("refuses what it cannot read, with the reason in Korean", () => {
    for (const bad of [
      "",
      "엄중경고 및 시정",
      "업무정지",
      "업무정지 0개월",
      "업무정지 1개월 15일",
      "과태료 많이",
    ]) {
      const r = parseMeasure(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/[가-힣]/);
    }
    const r = parseMeasure("개선명령 또는 시설폐쇄");
    expect(r).toMatchObject({ ok: false, code: "MEASURE_ALTERNATIVES" });
    expect(parseMeasure("과태료 50만 3억원")).toMatchObject({ ok: false, code: "MEASURE_AMOUNT" });
  });
});

describe("formatMeasure and formatWon", () => {
  it("writes the table's words", () => {
    expect(formatMeasure({ kind: "businessSuspension", unit: "months", length: 3 })).toBe("업무정지 3개월");
    expect(formatMeasure({ kind: "operationSuspension", unit: "days", length: 15 })).toBe("사업정지 15일");
    expect(formatMeasure({ kind: "headReplacement" })).toBe("시설장 교체");
    expect(formatMeasure({ kind: "fine", amountWon: 500_000 })).toBe("과태료 50만원");
    expect(
      formatMeasure({
        kind: "alternatives",
        options: [{ kind: "designationCancellation" }, { kind: "closure" }],
      }),
    ).toBe("지정취소 또는 시설폐쇄");
  });
  it("writes amounts in 억 and 만 where they are round", () => {
    expect(formatWon(120_000_000)).toBe("1억 2,000만원");
    expect(formatWon(100_000_000)).toBe("1억원");
    expect(formatWon(15_000_000)).toBe("1,500만원");
    expect(formatWon(1_234_567)).toBe("1,234,567원");
    expect(formatWon(9_000)).toBe("9,000원");
  });
  it("reads back what it writes (property)", () => {
    fc.assert(
      fc.property(arbitraryMeasure, (m) => {
        expect(parseMeasure(formatMeasure(m))).toEqual({ ok: true, measure: m });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseWon(formatWon(n))).toBe(n);
      }),
    );
  });
});

describe("severity order", () => {
  it("closure/cancellation > head replacement > suspension > money > 개선명령 > 경고", () => {
    const ladder = [
      "경고",
      "개선명령",
      "과태료 50만원",
      "과징금 1억원",
      "업무정지 15일",
      "업무정지 1개월",
      "사업정지 6개월",
      "시설장 교체",
      "시설폐쇄",
    ].map(parsed);
    for (let i = 1; i < ladder.length; i++) {
      const [lighter, heavier] = [ladder[i - 1] as Measure, ladder[i] as Measure];
      expect(compareMeasures(heavier, lighter), formatMeasure(heavier)).toBeGreaterThan(0);
      expect(compareMeasures(lighter, heavier)).toBeLessThan(0);
    }
    expect(compareMeasures(parsed("지정취소"), parsed("시설폐쇄"))).toBe(0);
    expect(compareMeasures(parsed("지정취소 또는 시설폐쇄"), parsed("등록취소"))).toBe(0);
    expect(compareMeasures(parsed("업무정지 1개월"), parsed("업무정지 30일"))).toBe(0);
  });
  it("is a total preorder (property)", () => {
    fc.assert(
      fc.property(arbitraryMeasure, arbitraryMeasure, arbitraryMeasure, (a, b, c) => {
        expect(Math.sign(compareMeasures(a, b)) + Math.sign(compareMeasures(b, a))).toBe(0);
        if (compareMeasures(a, b) <= 0 && compareMeasures(b, c) <= 0)
          expect(compareMeasures(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
  it("picks the heaviest, the first of equals", () => {
    const list = ["개선명령", "시설장 교체", "경고", "시설장 교체"].map(parsed);
    expect(heaviestMeasure(list)).toEqual({ measure: { kind: "headReplacement" }, index: 1 });
    expect(heaviestMeasure([])).toBeUndefined();
  });
});

describe("schemas", () => {
  it("accepts the structured form and the Korean words", () => {
    expect(measureSchema.parse({ kind: "closure" })).toEqual({ kind: "closure" });
    expect(measureInputSchema.parse("업무정지 3개월")).toEqual({
      kind: "businessSuspension",
      unit: "months",
      length: 3,
    });
    expect(measureSchema.safeParse({ kind: "businessSuspension", unit: "weeks", length: 1 }).success).toBe(
      false,
    );
    expect(measureInputSchema.safeParse("벌점 10점").success).toBe(false);
  });
});
