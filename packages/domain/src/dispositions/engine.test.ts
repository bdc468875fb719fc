import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyAdjustment,
  assessViolations,
  convertSuspensionToSurcharge,
  dispositionPreviewRequestSchema,
  lookBackEndsOn,
  mitigationFloor,
  type PriorDisposition,
  previewResults,
  type ViolationAssessed,
  type ViolationAssessment,
  type ViolationInput,
} from "./engine.ts";
import { type GeneralProvisions, type LadderTable, parseLadderTable } from "./ladder-table.ts";
import { compareMeasures, formatMeasure, type Measure, parseMeasure } from "./measure.ts";
import { BUILT_IN_LADDER_TABLES, SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019 } from "./tables/index.ts";
import { TEST_FIXTURE_ADMIN_TABLE_INPUT, TEST_FIXTURE_SWS_LATER_VERSION } from "./test-fixtures.ts";

const TODAY = "2026-01-15";

function assess(
  violations: ViolationInput[],
  history: PriorDisposition[] = [],
  tables: readonly LadderTable[] = BUILT_IN_LADDER_TABLES,
  today = TODAY,
) {
  return assessViolations({ violations, history, tables, today });
}

function ok(a: ViolationAssessment | undefined): ViolationAssessed {
  if (!a?.ok) throw new Error(`expected a result, got ${JSON.stringify(a)}`);
  return a;
}

const m = (s: string): Measure => {
  const r = parseMeasure(s);
  if (!r.ok) throw new Error(r.message);
  return r.measure;
};

const ADMIN_TABLE = (() => {
  const r = parseLadderTable(TEST_FIXTURE_ADMIN_TABLE_INPUT);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.table;
})();

// ── table tests with the real rows ──────────────────────────────────────────
describe("every ladder step of 사회복지사업법 시행규칙 [별표 4]", () => {
  const expected: [string, string[]][] = [
    ["SWS-2", ["시설폐쇄"]],
    ["SWS-4가", ["개선명령", "시설장 교체", "시설장 교체"]],
    ["SWS-4나", ["개선명령", "시설장 교체", "시설장 교체"]],
    ["SWS-4다", ["개선명령", "개선명령", "시설장 교체"]],
    ["SWS-4라", ["개선명령", "시설장 교체", "시설폐쇄"]],
    ["SWS-4마", ["개선명령", "시설장 교체", "시설장 교체"]],
    ["SWS-5", ["개선명령", "시설폐쇄"]],
    ["SWS-6", ["개선명령", "시설장 교체", "시설장 교체"]],
    ["SWS-7", ["개선명령", "시설장 교체", "시설장 교체"]],
    ["SWS-8", ["개선명령", "시설장 교체", "시설장 교체"]],
  ];
  const cases = expected.flatMap(([code, steps]) =>
    [1, 2, 3, 4].map((n) => ({
      code,
      n,
      label: steps[Math.min(n, steps.length) - 1] ?? "",
      beyond: n > steps.length,
    })),
  );
  it.each(cases)("$code $n차 → $label", ({ code, n, label, beyond }) => {
    const history: PriorDisposition[] = n > 1 ? [{ code, decidedOn: "2024-05-02", repeatCount: n - 1 }] : [];
    const a = ok(assess([{ code, date: "2025-09-01" }], history).assessments[0]);
    expect(a.repeatCount).toBe(n);
    expect(a.measureLabel).toBe(label);
    expect(a.table.versionId).toBe("SWS-B4-2019-06-12");
    expect(a.explanation).toContain(`${n}차 위반`);
    if (beyond) expect(a.warnings.join(" ")).toContain("까지만 있어");
    else expect(a.warnings).toEqual([]);
  });
  it("explains the count in the result (대구고법 2022누3958: counts must be explained)", () => {
    const a = ok(
      assess(
        [{ code: "SWS-4라", date: "2025-09-01" }],
        [
          { code: "SWS-4라", decidedOn: "2024-05-02", repeatCount: 1 },
          { code: "SWS-6", decidedOn: "2024-06-02", repeatCount: 1 },
        ],
      ).assessments[0],
    );
    expect(a.explanation).toBe(
      "사회복지사업법 시행규칙 [별표 4] 2. 개별기준 4.라의 2차 위반으로 시설장 교체에 해당합니다. 2024-05-02 처분(1차)을 위반횟수에 넣었습니다. 다른 위반행위에 대한 처분 1건은 세지 않았습니다. ※ 처분기준표의 일부 내용은 원문(법제처) 확인 전입니다.",
    );
    expect(a.counted[0]?.reason).toContain("3년 안(2027-05-02까지)");
    expect(a.ignored[0]).toMatchObject({ verdict: "otherCode" });
    expect(a.unverified).toEqual(
      expect.arrayContaining([
        expect.stringContaining("산정기간 3년"),
        expect.stringContaining("원문과 대조 전"),
      ]),
    );
  });
});

describe("the look-back boundary", () => {
  const prior: PriorDisposition = { code: "SWS-4가", decidedOn: "2021-03-10", repeatCount: 1 };
  it("counts a repeat found on the last day of the 3 years", () => {
    const a = ok(assess([{ code: "SWS-4가", date: "2024-03-10" }], [prior]).assessments[0]);
    expect(a.repeatCount).toBe(2);
    expect(a.measureLabel).toBe("시설장 교체");
  });
  it("does not count one found the day after", () => {
    const a = ok(assess([{ code: "SWS-4가", date: "2024-03-11" }], [prior]).assessments[0]);
    expect(a.repeatCount).toBe(1);
    expect(a.measureLabel).toBe("개선명령");
    expect(a.ignored[0]).toMatchObject({ verdict: "outsidePeriod", lookBackEndsOn: "2024-03-10" });
    expect(a.ignored[0]?.reason).toContain("3년(2024-03-10까지)이 지난 뒤");
    expect(a.explanation).toContain("2021-03-10 처분은 산정기간(2024-03-10까지)이 지나 넣지 않았습니다");
  });
  it("ends a period from 29 February on the last day of February (민법 제160조제3항)", () => {
    const leap: PriorDisposition = { code: "SWS-6", decidedOn: "2020-02-29", repeatCount: 1 };
    expect(ok(assess([{ code: "SWS-6", date: "2023-02-28" }], [leap]).assessments[0]).repeatCount).toBe(2);
    expect(ok(assess([{ code: "SWS-6", date: "2023-03-01" }], [leap]).assessments[0]).repeatCount).toBe(1);
  });
  it("computes the last day as the 민법 counts periods", () => {
    expect(lookBackEndsOn("2021-03-10", 36)).toBe("2024-03-10");
    expect(lookBackEndsOn("2020-02-29", 36)).toBe("2023-02-28");
    expect(lookBackEndsOn("2019-12-30", 2)).toBe("2020-02-29");
    expect(lookBackEndsOn("2021-01-30", 1)).toBe("2021-02-28");
    expect(lookBackEndsOn("2021-12-31", 12)).toBe("2022-12-31");
    expect(lookBackEndsOn("2024-01-31", 60)).toBe("2029-01-31");
  });
  it("does not count a disposition decided on the day the violation was found, or later", () => {
    const a = ok(
      assess(
        [{ code: "SWS-4가", date: "2025-04-01" }],
        [
          { code: "SWS-4가", decidedOn: "2025-04-01", repeatCount: 1 },
          { code: "SWS-4가", decidedOn: "2025-05-01", repeatCount: 2 },
        ],
      ).assessments[0],
    );
    expect(a.repeatCount).toBe(1);
    expect(a.ignored.map((r) => r.verdict)).toEqual(["notBefore", "notBefore"]);
  });
  it("uses 5 years for SWS-9 (test version with a made-up 제9호 row) and 3 years for the others", () => {
    const tables = [...BUILT_IN_LADDER_TABLES, TEST_FIXTURE_SWS_LATER_VERSION];
    const history: PriorDisposition[] = [
      { code: "SWS-9", decidedOn: "2026-01-10", repeatCount: 1 },
      { code: "SWS-4라", decidedOn: "2026-01-10", repeatCount: 1 },
    ];
    const r = assess(
      [
        { code: "SWS-9", date: "2030-06-01" },
        { code: "SWS-4라", date: "2030-06-01" },
      ],
      history,
      tables,
      "2031-01-01",
    );
    const nine = ok(r.assessments[0]);
    expect(nine).toMatchObject({ repeatCount: 2, measureLabel: "시설폐쇄", lookBack: { months: 60 } });
    expect(nine.counted[0]?.lookBackEndsOn).toBe("2031-01-10");
    expect(ok(r.assessments[1])).toMatchObject({ repeatCount: 1, lookBack: { months: 36 } });
  });
});

describe("concurrent violations", () => {
  it("applies the heaviest and says which violation decided it", () => {
    const r = assess(
      [
        { code: "SWS-4다", date: "2025-09-01" },
        { code: "SWS-5", date: "2025-09-01" },
        { code: "SWS-6", date: "2025-09-01" },
      ],
      [{ code: "SWS-5", decidedOn: "2024-01-05", repeatCount: 1 }],
    );
    expect(r.assessments.map((a) => (a.ok ? a.measureLabel : a.error.code))).toEqual([
      "개선명령",
      "시설폐쇄",
      "개선명령",
    ]);
    expect(r.combined).toEqual([
      expect.objectContaining({
        lawCode: "SWS",
        rule: "heaviest",
        measureLabel: "시설폐쇄",
        decidedBy: [1],
        violations: [0, 1, 2],
        incomplete: false,
      }),
    ]);
    expect(r.combined[0]?.explanation).toContain(
      "가장 무거운 시설폐쇄를 적용합니다(법 제34조제2항 신고 없이 시설을 설치·운영한 때 2차)",
    );
  });
  it("names every violation that reaches the heaviest measure", () => {
    const history: PriorDisposition[] = [
      { code: "SWS-4가", decidedOn: "2024-01-05", repeatCount: 1 },
      { code: "SWS-4나", decidedOn: "2024-01-05", repeatCount: 1 },
    ];
    const r = assess(
      [
        { code: "SWS-4가", date: "2025-09-01" },
        { code: "SWS-4나", date: "2025-09-01" },
      ],
      history,
    );
    expect(r.combined[0]).toMatchObject({ measureLabel: "시설장 교체", decidedBy: [0, 1] });
  });
  it("does not count one violation of the batch for another of the same code", () => {
    const r = assess([
      { code: "SWS-7", date: "2025-03-01" },
      { code: "SWS-7", date: "2025-09-01" },
    ]);
    expect(r.assessments.map((a) => ok(a).repeatCount)).toEqual([1, 1]);
  });
  it("decides per law, and leaves it open where the table has no rule", () => {
    const r = assess([
      { code: "SWS-4가", date: "2025-09-01" },
      { code: "LTC-ASSAULT", date: "2025-09-01" },
      { code: "LTC-SEXUAL-ASSAULT", date: "2025-09-01" },
    ]);
    expect(r.combined.map((c) => [c.lawCode, c.rule, c.measureLabel])).toEqual([
      ["SWS", "single", "개선명령"],
      ["LTC", "undetermined", null],
    ]);
    expect(r.combined[1]?.explanation).toContain("입력되어 있지 않아");
  });
  it("says when some violations of the law could not be assessed", () => {
    const r = assess([
      { code: "SWS-4가", date: "2025-09-01" },
      { code: "SWS-9", date: "2025-09-01" },
    ]);
    expect(r.combined[0]).toMatchObject({ rule: "heaviest", measureLabel: "개선명령", incomplete: true });
    expect(r.combined[0]?.explanation).toContain("SWS-9");
  });
});

describe("appeals", () => {
  it("no longer counts a disposition cancelled on appeal", () => {
    const a = ok(
      assess(
        [{ code: "SWS-4라", date: "2025-09-01" }],
        [
          {
            code: "SWS-4라",
            decidedOn: "2024-02-01",
            repeatCount: 1,
            cancelled: true,
            cancelReason: "행정심판 인용",
          },
        ],
      ).assessments[0],
    );
    expect(a).toMatchObject({ repeatCount: 1, measureLabel: "개선명령" });
    expect(a.ignored[0]).toMatchObject({ verdict: "cancelled" });
    expect(a.ignored[0]?.reason).toContain("행정심판 인용");
    expect(a.explanation).toContain("2024-02-01 처분은 취소되어 넣지 않았습니다");
  });
  it("counts a disposition changed on appeal as changed (2차 corrected to 1차: the next is 2차, not 3차)", () => {
    const history: PriorDisposition[] = [
      { code: "SWS-4라", decidedOn: "2023-03-02", repeatCount: 1, measure: m("개선명령") },
      {
        code: "SWS-4라",
        decidedOn: "2024-03-02",
        repeatCount: 2,
        measure: m("시설장 교체"),
        amendment: { repeatCount: 1, measure: m("개선명령"), reason: "위반횟수 산정 잘못으로 변경 재결" },
      },
    ];
    const a = ok(assess([{ code: "SWS-4라", date: "2025-09-01" }], history).assessments[0]);
    expect(a).toMatchObject({ repeatCount: 2, measureLabel: "시설장 교체" });
    expect(a.counted.map((r) => r.effectiveRepeatCount)).toEqual([1, 1]);
    expect(a.counted[1]?.reason).toContain("차수 2차 → 1차");
    // Without the change it would have been the 3rd step.
    const unchanged = history.map(({ amendment: _, ...p }) => p);
    expect(ok(assess([{ code: "SWS-4라", date: "2025-09-01" }], unchanged).assessments[0]).measureLabel).toBe(
      "시설폐쇄",
    );
  });
  it("warns when a counted disposition was heavier than the step now due", () => {
    const a = ok(
      assess(
        [{ code: "SWS-4다", date: "2025-09-01" }],
        [{ code: "SWS-4다", decidedOn: "2024-03-02", repeatCount: 1, measure: m("시설장 교체") }],
      ).assessments[0],
    );
    expect(a.measureLabel).toBe("개선명령");
    expect(a.warnings.join(" ")).toContain("보다 무겁습니다");
  });
});

describe("a change of table version between two violations", () => {
  const tables = [...BUILT_IN_LADDER_TABLES, TEST_FIXTURE_SWS_LATER_VERSION];
  const history: PriorDisposition[] = [{ code: "SWS-4다", decidedOn: "2029-06-01", repeatCount: 1 }];
  it("judges each violation by the version in force on its 적발일", () => {
    const r = assess(
      [
        { code: "SWS-4다", date: "2029-12-31" },
        { code: "SWS-4다", date: "2030-01-01" },
      ],
      history,
      tables,
      "2030-06-01",
    );
    expect(r.assessments.map((a) => [ok(a).table.versionId, ok(a).repeatCount, ok(a).measureLabel])).toEqual([
      ["SWS-B4-2019-06-12", 2, "개선명령"],
      ["TEST-SWS-2030-01-01", 2, "시설장 교체"],
    ]);
    expect(ok(r.assessments[1]).tableChosenBy).toBe("date");
  });
  it("uses the 위반일 instead when the caller knows it", () => {
    const a = ok(
      assess(
        [{ code: "SWS-4다", date: "2030-01-05", committedOn: "2029-12-20" }],
        history,
        tables,
        "2030-06-01",
      ).assessments[0],
    );
    expect(a).toMatchObject({ tableChosenBy: "committedOn", table: { versionId: "SWS-B4-2019-06-12" } });
  });
  it("counts dispositions decided under the old version for the new one", () => {
    const a = ok(
      assess([{ code: "SWS-4다", date: "2030-02-01" }], history, tables, "2030-06-01").assessments[0],
    );
    expect(a.counted).toHaveLength(1);
  });
});

describe("what the tables do not have", () => {
  it("says a code has no row, for the rows no source gives", () => {
    for (const code of ["SWS-1", "SWS-3", "SWS-9", "SWS-10"]) {
      const [a] = assess([{ code, date: "2025-09-01" }]).assessments;
      expect(a).toMatchObject({ ok: false, error: { code: "NO_ROW_FOR_CODE" } });
      if (a && !a.ok) {
        expect(a.error.message).toContain(`위반 코드 ${code}의 처분기준이 없습니다`);
        expect(a.error.message).toContain("관리자가");
        expect(a.table?.versionId).toBe("SWS-B4-2019-06-12");
      }
    }
  });
  it("says a date has no table version", () => {
    const [a] = assess([{ code: "SWS-4가", date: "2019-06-11" }]).assessments;
    expect(a).toMatchObject({ ok: false, error: { code: "NO_TABLE_FOR_DATE" } });
    if (a && !a.ok)
      expect(a.explanation).toContain("적발일(2019-06-11)에 시행 중인 판이 입력되어 있지 않습니다");
  });
  it("says a law has no table", () => {
    for (const code of ["EWA-1", "4가"]) {
      const [a] = assess([{ code, date: "2025-09-01" }]).assessments;
      expect(a).toMatchObject({ ok: false, error: { code: "NO_TABLE_FOR_LAW" } });
    }
  });
  it("assesses a first 장기요양기관 violation and refuses to count repeats without a look-back", () => {
    const r = assess([
      { code: "LTC-ASSAULT", date: "2025-09-01" },
      { code: "LTC-SEXUAL-ASSAULT", date: "2025-09-01" },
    ]);
    expect(r.assessments.map((a) => ok(a).measureLabel)).toEqual([
      "업무정지 6개월",
      "지정취소 또는 시설폐쇄",
    ]);
    const [second] = assess(
      [{ code: "LTC-ASSAULT", date: "2025-09-01" }],
      [{ code: "LTC-ASSAULT", decidedOn: "2024-01-02", repeatCount: 1 }],
    ).assessments;
    expect(second).toMatchObject({ ok: false, error: { code: "NO_LOOK_BACK" } });
  });
  it("refuses bad and future dates without throwing", () => {
    const r = assess([
      { code: "SWS-4가", date: "2025-02-30" },
      { code: "SWS-4가", date: "2026-01-16" },
      { code: "SWS-4가", date: "2025-01-02", committedOn: "2025-01-03" },
    ]);
    expect(r.assessments.map((a) => (a.ok ? "ok" : a.error.code))).toEqual([
      "INVALID_DATE",
      "FUTURE_DATE",
      "INVALID_DATE",
    ]);
  });
  it("does not count a history entry it cannot read", () => {
    const a = ok(
      assess(
        [{ code: "SWS-4가", date: "2025-09-01" }],
        [{ code: "SWS-4가", decidedOn: "2024-13-01", repeatCount: 1 }],
      ).assessments[0],
    );
    expect(a.repeatCount).toBe(1);
    expect(a.ignored[0]?.verdict).toBe("invalid");
  });
});

describe("the operator's other institutions", () => {
  const history: PriorDisposition[] = [
    {
      code: "SWS-4가",
      decidedOn: "2024-05-02",
      repeatCount: 1,
      relation: "operator",
      institutionName: "해든요양원",
    },
  ];
  it("reports them alongside without counting them", () => {
    const a = ok(assess([{ code: "SWS-4가", date: "2025-09-01" }], history).assessments[0]);
    expect(a.repeatCount).toBe(1);
    expect(a.operatorHistory).toHaveLength(1);
    expect(a.operatorHistory[0]).toMatchObject({ verdict: "otherInstitution" });
    expect(a.operatorHistory[0]?.reason).toContain("해든요양원");
  });
  it("counts them where the table's general provisions say so", () => {
    const counting: LadderTable = {
      ...SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019,
      versionId: "TEST-SWS-OPERATOR",
      provisions: {
        ...SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019.provisions,
        operatorHistory: { counts: true, verified: false, source: "테스트 픽스처" },
      },
    };
    const a = ok(assess([{ code: "SWS-4가", date: "2025-09-01" }], history, [counting]).assessments[0]);
    expect(a.repeatCount).toBe(2);
    expect(a.counted[0]?.reason).toContain("합산합니다");
    expect(a.operatorHistory[0]?.verdict).toBe("counted");
  });
});

describe("immediate closure (별표 4 1. 일반기준 다목)", () => {
  const facts = "2025-08-20 거주인 폭행 영상과 진술로 확인, 종사자 전원 사직으로 정상 운영 불가";
  it("applies 시설폐쇄 without the graded steps, with the recorded facts", () => {
    const a = ok(
      assess([{ code: "SWS-4라", date: "2025-09-01", immediateClosureFacts: facts }]).assessments[0],
    );
    expect(a).toMatchObject({
      basis: "immediateClosure",
      repeatCount: 1,
      measureLabel: "시설폐쇄",
      immediateClosure: { item: "1. 일반기준 다목", facts },
    });
    expect(a.explanation).toContain(
      "1. 일반기준 다목에 따라 단계별 처분을 거치지 않고 시설폐쇄를 적용합니다",
    );
  });
  it("requires the facts", () => {
    const [a] = assess([{ code: "SWS-4라", date: "2025-09-01", immediateClosureFacts: "  " }]).assessments;
    expect(a).toMatchObject({ ok: false, error: { code: "FACTS_REQUIRED" } });
  });
  it("is refused where the table has no such clause or limits it to other codes", () => {
    const [ltc] = assess([
      { code: "LTC-ASSAULT", date: "2025-09-01", immediateClosureFacts: facts },
    ]).assessments;
    expect(ltc).toMatchObject({ ok: false, error: { code: "NO_IMMEDIATE_CLOSURE_CLAUSE" } });
    const base = SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019;
    const clause = base.provisions.immediateClosure;
    if (!clause) throw new Error("clause expected");
    const limited: LadderTable = {
      ...base,
      provisions: { ...base.provisions, immediateClosure: { ...clause, codes: ["SWS-4라"] } },
    };
    const [a] = assess(
      [{ code: "SWS-6", date: "2025-09-01", immediateClosureFacts: facts }],
      [],
      [limited],
    ).assessments;
    expect(a).toMatchObject({ ok: false, error: { code: "IMMEDIATE_CLOSURE_NOT_FOR_CODE" } });
  });
});

describe("a table entered by an administrator (test fixture)", () => {
  it("is used like a built-in one, with its per-code look-back", () => {
    const history: PriorDisposition[] = [
      { code: "TEST-1", decidedOn: "2024-06-01", repeatCount: 2 },
      { code: "TEST-2", decidedOn: "2023-10-01", repeatCount: 1 },
    ];
    const r = assess(
      [
        { code: "TEST-1", date: "2025-05-31" },
        { code: "TEST-2", date: "2025-05-31" },
      ],
      history,
      [ADMIN_TABLE],
    );
    expect(r.assessments.map((a) => [ok(a).repeatCount, ok(a).measureLabel])).toEqual([
      [3, "업무정지 3개월"],
      [2, "업무정지 1개월"],
    ]);
    expect(r.combined[0]).toMatchObject({ rule: "heaviest", measureLabel: "업무정지 3개월", decidedBy: [0] });
    // 12 months for TEST-1: a day later the 2024-06-01 disposition is out of the period.
    expect(
      ok(assess([{ code: "TEST-1", date: "2025-06-02" }], history, [ADMIN_TABLE]).assessments[0]).repeatCount,
    ).toBe(1);
  });
});

describe("applyAdjustment", () => {
  const p = ADMIN_TABLE.provisions;
  const three = m("업무정지 3개월");
  it("is refused where the table has no limits (별표 4 as entered)", () => {
    expect(
      applyAdjustment(
        m("시설장 교체"),
        { direction: "mitigate", to: m("개선명령"), reason: "자진 시정" },
        SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019.provisions,
      ),
    ).toMatchObject({ ok: false, code: "NO_ADJUSTMENT_RULE" });
  });
  it("mitigates a suspension within one half, with a reason", () => {
    expect(
      applyAdjustment(three, { direction: "mitigate", to: m("업무정지 45일"), reason: "자진 시정" }, p),
    ).toMatchObject({
      ok: true,
      measureLabel: "업무정지 45일",
      limit: m("업무정지 45일"),
    });
    expect(
      applyAdjustment(three, { direction: "mitigate", to: m("업무정지 44일"), reason: "자진 시정" }, p),
    ).toMatchObject({
      ok: false,
      code: "BELOW_FLOOR",
    });
    expect(
      applyAdjustment(three, { direction: "mitigate", to: m("업무정지 2개월"), reason: " " }, p),
    ).toMatchObject({
      ok: false,
      code: "REASON_REQUIRED",
    });
    expect(
      applyAdjustment(three, { direction: "mitigate", to: m("경고"), reason: "자진 시정" }, p),
    ).toMatchObject({
      ok: false,
      code: "KIND_CHANGE_NOT_ALLOWED",
    });
    expect(
      applyAdjustment(three, { direction: "mitigate", to: three, reason: "자진 시정" }, p),
    ).toMatchObject({
      ok: false,
      code: "NOT_LIGHTER",
    });
  });
  it("mitigates an amount within one half", () => {
    const fine = m("과태료 100만원");
    expect(
      applyAdjustment(fine, { direction: "mitigate", to: m("과태료 50만원"), reason: "경미" }, p).ok,
    ).toBe(true);
    expect(
      applyAdjustment(fine, { direction: "mitigate", to: m("과태료 49만원"), reason: "경미" }, p).ok,
    ).toBe(false);
  });
  it("aggravates within one half and the legal cap", () => {
    expect(
      applyAdjustment(three, { direction: "aggravate", to: m("업무정지 4개월"), reason: "반복" }, p).ok,
    ).toBe(true);
    expect(
      applyAdjustment(three, { direction: "aggravate", to: m("업무정지 5개월"), reason: "반복" }, p),
    ).toMatchObject({
      ok: false,
      code: "ABOVE_CEILING",
    });
    expect(
      applyAdjustment(
        m("업무정지 6개월"),
        { direction: "aggravate", to: m("업무정지 7개월"), reason: "반복" },
        p,
      ),
    ).toMatchObject({
      ok: false,
      code: "ABOVE_CEILING",
      message: expect.stringContaining("업무정지 6개월까지만"),
    });
    expect(
      applyAdjustment(three, { direction: "aggravate", to: m("지정취소"), reason: "반복" }, p),
    ).toMatchObject({
      ok: false,
      code: "KIND_CHANGE_NOT_ALLOWED",
    });
    expect(
      applyAdjustment(three, { direction: "aggravate", to: m("업무정지 1개월"), reason: "반복" }, p),
    ).toMatchObject({
      ok: false,
      code: "NOT_HEAVIER",
    });
  });
  it("lets a lighter kind through where allowed, never below the table's floor", () => {
    const q: GeneralProvisions = {
      mitigation: {
        maxFraction: 0.5,
        allowLighterKind: true,
        floor: m("경고"),
        requiresReason: true,
        verified: false,
        source: "테스트 픽스처",
      },
    };
    expect(
      applyAdjustment(m("개선명령"), { direction: "mitigate", to: m("경고"), reason: "경미" }, q).ok,
    ).toBe(true);
    const r = applyAdjustment(three, { direction: "mitigate", to: m("업무정지 1개월"), reason: "경미" }, q);
    expect(r).toMatchObject({ ok: false, code: "BELOW_FLOOR" });
  });
});

describe("convertSuspensionToSurcharge", () => {
  const p = ADMIN_TABLE.provisions;
  it("is refused where the table has no conversion (all built-in tables)", () => {
    for (const t of BUILT_IN_LADDER_TABLES)
      expect(convertSuspensionToSurcharge(m("업무정지 6개월"), t.provisions)).toMatchObject({
        ok: false,
        code: "NO_CONVERSION",
      });
  });
  it("computes by the per-day amount entered, with the cap", () => {
    expect(convertSuspensionToSurcharge(m("업무정지 1개월"), p)).toMatchObject({
      ok: true,
      measureLabel: "과징금 300만원",
      days: 30,
      wonPerDay: 100_000,
      capped: false,
    });
    expect(convertSuspensionToSurcharge(m("업무정지 3개월"), p)).toMatchObject({
      ok: true,
      measure: { kind: "surcharge", amountWon: 5_000_000 },
      capped: true,
    });
  });
  it("refuses what may not be converted", () => {
    expect(convertSuspensionToSurcharge(m("업무정지 15일"), p, { code: "TEST-2" })).toMatchObject({
      ok: false,
      code: "CODE_EXCLUDED",
    });
    expect(convertSuspensionToSurcharge(m("경고"), p)).toMatchObject({ ok: false, code: "NOT_CONVERTIBLE" });
    expect(convertSuspensionToSurcharge(m("사업정지 15일"), p)).toMatchObject({
      ok: false,
      code: "NOT_CONVERTIBLE",
    });
  });
  it("computes by revenue brackets and by a rate of daily revenue", () => {
    const base = p.surchargeConversion;
    if (!base) throw new Error("conversion expected");
    const brackets: GeneralProvisions = {
      surchargeConversion: {
        ...base,
        maxAmountWon: undefined,
        formula: {
          kind: "revenueBrackets",
          brackets: [
            { upToWon: 100_000_000, wonPerDay: 50_000 },
            { upToWon: 500_000_000, wonPerDay: 100_000 },
            { wonPerDay: 200_000 },
          ],
        },
      },
    };
    expect(
      convertSuspensionToSurcharge(m("업무정지 10일"), brackets, { annualRevenueWon: 300_000_000 }),
    ).toMatchObject({
      ok: true,
      wonPerDay: 100_000,
      measure: { amountWon: 1_000_000 },
    });
    expect(
      convertSuspensionToSurcharge(m("업무정지 10일"), brackets, { annualRevenueWon: 900_000_000 }),
    ).toMatchObject({
      wonPerDay: 200_000,
    });
    expect(convertSuspensionToSurcharge(m("업무정지 10일"), brackets)).toMatchObject({
      ok: false,
      code: "REVENUE_REQUIRED",
    });
    const rate: GeneralProvisions = {
      surchargeConversion: {
        ...base,
        maxAmountWon: undefined,
        formula: { kind: "dailyRevenueRate", rate: 0.1, daysInYear: 365 },
      },
    };
    // 400,000,000 ÷ 365 × 0.1 = 109,589원 a day; 7 days = 767,123원, rounded down to 1,000원.
    expect(
      convertSuspensionToSurcharge(m("업무정지 7일"), rate, { annualRevenueWon: 400_000_000 }),
    ).toMatchObject({
      ok: true,
      wonPerDay: 109_589,
      measure: { amountWon: 767_000 },
    });
  });
});

describe("previewResults (POST /api/official/dispositions/preview)", () => {
  it("returns exactly { code, repeatCount, measure, explanation } per violation, plus the detail", () => {
    const { results, detail } = previewResults({
      today: TODAY,
      violations: [
        { code: "SWS-4라", date: "2025-09-01" },
        { code: "SWS-9", date: "2025-09-01" },
      ],
      history: [{ code: "SWS-4라", decidedOn: "2024-05-02", repeatCount: 1, cancelled: false }],
    });
    expect(results.map((r) => Object.keys(r).sort())).toEqual([
      ["code", "explanation", "measure", "repeatCount"],
      ["code", "explanation", "measure", "repeatCount"],
    ]);
    expect(results[0]).toMatchObject({ code: "SWS-4라", repeatCount: 2, measure: "시설장 교체" });
    expect(results[1]).toMatchObject({ code: "SWS-9", repeatCount: null, measure: null });
    expect(results[1]?.explanation).toContain("처분기준이 없습니다");
    expect(detail.assessments).toHaveLength(2);
    expect(detail.combined[0]?.lawCode).toBe("SWS");
  });
  it("has a request schema that takes the API body", () => {
    const body = {
      institutionId: "3f0e6a4e-0000-4000-8000-000000000001",
      history: [{ code: "SWS-4라", decidedOn: "2024-05-02", repeatCount: 1, cancelled: true }],
      violations: [{ code: "SWS-4라", date: "2025-09-01" }],
    };
    expect(dispositionPreviewRequestSchema.parse(body)).toEqual(body);
    expect(dispositionPreviewRequestSchema.safeParse({ violations: [] }).success).toBe(false);
    expect(
      dispositionPreviewRequestSchema.safeParse({ violations: [{ code: "SWS-4라", date: "2025-13-01" }] })
        .success,
    ).toBe(false);
  });
});

// ── properties ──────────────────────────────────────────────────────────────
const isoDay = (from: string, to: string) => {
  const a = Date.parse(`${from}T00:00:00Z`) / 86_400_000;
  const b = Date.parse(`${to}T00:00:00Z`) / 86_400_000;
  return fc.integer({ min: a, max: b }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
};

const ladderMeasure: fc.Arbitrary<Measure> = fc.oneof(
  fc.constantFrom<Measure>(
    { kind: "warning" },
    { kind: "improvementOrder" },
    { kind: "headReplacement" },
    { kind: "closure" },
    { kind: "designationCancellation" },
  ),
  fc.record({
    kind: fc.constant("businessSuspension" as const),
    unit: fc.constantFrom("months" as const, "days" as const),
    length: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({
    kind: fc.constant("fine" as const),
    amountWon: fc.integer({ min: 1, max: 100 }).map((n) => n * 100_000),
  }),
);

/** A random monotone ladder for a made-up test law: steps sorted from light to heavy. */
const arbitraryTable: fc.Arbitrary<LadderTable> = fc
  .record({
    steps: fc.array(ladderMeasure, { minLength: 1, maxLength: 4 }),
    months: fc.integer({ min: 6, max: 60 }),
  })
  .map(({ steps, months }) => ({
    ...ADMIN_TABLE,
    versionId: "TEST-PROPERTY",
    provisions: {
      ...ADMIN_TABLE.provisions,
      lookBack: { months, basis: "priorDecisionToLaterFinding" as const, verified: false, source: "테스트" },
    },
    rows: [
      {
        code: "TEST-1",
        item: "T. 1",
        violation: "테스트",
        article: "테스트",
        steps: [...steps].sort(compareMeasures),
        verified: false,
        source: "테스트 픽스처",
      },
    ],
  }));

const arbitraryPrior: fc.Arbitrary<PriorDisposition> = fc.record(
  {
    id: fc.uuid(),
    code: fc.constantFrom("TEST-1", "TEST-1", "TEST-2"),
    decidedOn: isoDay("2019-01-01", "2025-12-31"),
    repeatCount: fc.integer({ min: 1, max: 6 }),
    cancelled: fc.boolean(),
    relation: fc.constantFrom("institution" as const, "operator" as const),
    amendment: fc.record({ repeatCount: fc.integer({ min: 1, max: 6 }) }),
  },
  { requiredKeys: ["code", "decidedOn", "repeatCount"] },
);

describe("engine invariants (fast-check)", () => {
  it("a repeat never yields a lighter step than any counted earlier one", () => {
    fc.assert(
      fc.property(
        arbitraryTable,
        fc.array(arbitraryPrior, { maxLength: 8 }),
        isoDay("2024-01-01", "2026-01-15"),
        (table, history, date) => {
          const a = ok(assess([{ code: "TEST-1", date }], history, [table]).assessments[0]);
          const steps = table.rows[0]?.steps ?? [];
          for (const r of a.counted) {
            expect(a.repeatCount).toBeGreaterThan(r.effectiveRepeatCount);
            const earlierStep = steps[Math.min(r.effectiveRepeatCount, steps.length) - 1] as Measure;
            expect(compareMeasures(a.measure, earlierStep)).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });

  it("mitigation never goes below the table's floor", () => {
    fc.assert(
      fc.property(
        ladderMeasure,
        ladderMeasure,
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.boolean(),
        fc.option(ladderMeasure, { nil: undefined }),
        (from, to, maxFraction, allowLighterKind, floor) => {
          const mitigation = {
            maxFraction,
            allowLighterKind,
            ...(floor ? { floor } : {}),
            requiresReason: true,
            verified: false,
            source: "테스트",
          };
          const provisions: GeneralProvisions = { mitigation };
          const r = applyAdjustment(from, { direction: "mitigate", to, reason: "사유" }, provisions);
          if (!r.ok) return;
          expect(compareMeasures(r.measure, from)).toBeLessThan(0);
          const lowest = mitigationFloor(from, provisions);
          if (lowest) expect(compareMeasures(r.measure, lowest)).toBeGreaterThanOrEqual(0);
          if (floor) expect(compareMeasures(r.measure, floor)).toBeGreaterThanOrEqual(0);
          if (to.kind === from.kind) {
            const sameKind = mitigationFloor(from, {
              mitigation: { ...mitigation, allowLighterKind: false },
            });
            if (sameKind) expect(compareMeasures(r.measure, sameKind)).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });

  it("the result does not depend on the order of the history", () => {
    const violations: ViolationInput[] = [
      { code: "SWS-4가", date: "2025-09-01" },
      { code: "SWS-4라", date: "2025-09-01" },
      { code: "SWS-5", date: "2025-10-01" },
    ];
    const prior: fc.Arbitrary<PriorDisposition> = fc.record(
      {
        id: fc.uuid(),
        code: fc.constantFrom("SWS-4가", "SWS-4라", "SWS-5", "SWS-6"),
        decidedOn: isoDay("2020-01-01", "2025-12-31"),
        repeatCount: fc.integer({ min: 1, max: 4 }),
        cancelled: fc.boolean(),
        relation: fc.constantFrom("institution" as const, "operator" as const),
      },
      { requiredKeys: ["code", "decidedOn", "repeatCount"] },
    );
    fc.assert(
      fc.property(
        fc
          .array(prior, { maxLength: 10 })
          .chain((h) =>
            fc.tuple(fc.constant(h), fc.shuffledSubarray(h, { minLength: h.length, maxLength: h.length })),
          ),
        ([history, shuffled]) => {
          expect(assess(violations, shuffled)).toEqual(assess(violations, history));
        },
      ),
    );
  });
});

describe("formatMeasure of results", () => {
  it("labels every result measure the way the tables print it", () => {
    const r = assess([{ code: "LTC-ASSAULT", date: "2025-09-01" }]);
    expect(formatMeasure(ok(r.assessments[0]).measure)).toBe("업무정지 6개월");
  });
});
