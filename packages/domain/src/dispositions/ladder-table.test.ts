import { describe, expect, it } from "vitest";
import {
  checkTableVersions,
  type LadderTable,
  type LadderTableInput,
  lawCodeOfViolation,
  lookBackFor,
  parseLadderTable,
  tableInForce,
} from "./ladder-table.ts";
import { BUILT_IN_LADDER_TABLES, SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019 } from "./tables/index.ts";
import { TEST_FIXTURE_ADMIN_TABLE_INPUT, TEST_FIXTURE_SWS_LATER_VERSION } from "./test-fixtures.ts";

/** A copy of the test fixture to edit, typed as what an administrator may send. */
const fixture = (): LadderTableInput => structuredClone(TEST_FIXTURE_ADMIN_TABLE_INPUT);

describe("parseLadderTable (a table version entered by an administrator)", () => {
  it("accepts the Korean words and returns structured measures", () => {
    const r = parseLadderTable(TEST_FIXTURE_ADMIN_TABLE_INPUT);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.rows[0]?.steps).toEqual([
      { kind: "warning" },
      { kind: "businessSuspension", unit: "months", length: 1 },
      { kind: "businessSuspension", unit: "months", length: 3 },
      { kind: "designationCancellation" },
    ]);
    expect(r.table.provisions.lookBack?.months).toBe(12);
  });
  it("accepts every built-in table as data", () => {
    for (const t of BUILT_IN_LADDER_TABLES)
      expect(parseLadderTable(t), t.versionId).toMatchObject({ ok: true });
  });
  it("names the field and says in Korean what is wrong", () => {
    const input = fixture();
    input.rows = input.rows.map((row, i) => (i === 0 ? { ...row, steps: ["경고", "엄중 경고"] } : row));
    const r = parseLadderTable(input);
    expect(r).toMatchObject({ ok: false });
    if (r.ok) return;
    expect(r.problems).toContainEqual({
      field: "rows.0.steps.1",
      message: expect.stringContaining("처분으로 읽을 수 없습니다"),
    });
  });
  it("refuses a ladder whose later step is lighter", () => {
    const input = fixture();
    input.rows = input.rows.map((row, i) =>
      i === 1 ? { ...row, steps: ["업무정지 1개월", "업무정지 15일"] } : row,
    );
    const r = parseLadderTable(input);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toContainEqual({
        field: "rows.1.steps.1",
        message: "2차 처분(업무정지 15일)이 1차 처분(업무정지 1개월)보다 가볍습니다.",
      });
  });
  it("refuses more than 4 steps and a date that does not exist", () => {
    const input = fixture();
    input.effectiveFrom = "2024-02-30";
    input.rows = input.rows.map((row, i) =>
      i === 1 ? { ...row, steps: ["경고", "경고", "경고", "경고", "경고"] } : row,
    );
    const r = parseLadderTable(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field)).toEqual(expect.arrayContaining(["effectiveFrom", "rows.1.steps"]));
  });
  it("refuses codes of another law and duplicate codes", () => {
    const input = fixture();
    input.rows = input.rows.map((row) => ({ ...row, code: "SWS-4가" }));
    const r = parseLadderTable(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContainEqual({
      field: "rows.0.code",
      message: "위반 코드는 이 표의 법령 코드로 시작해야 합니다(TEST-…).",
    });
    expect(r.problems.some((p) => p.field === "rows.1.code" && p.message.includes("두 번"))).toBe(true);
  });
  it("refuses an end date before the start and an immediate measure that does not end the standing", () => {
    const input = fixture();
    input.effectiveTo = "2023-12-31";
    input.provisions = {
      ...input.provisions,
      immediateClosure: {
        item: "1. 일반기준 다목",
        condition: "테스트",
        measure: "개선명령",
        verified: false,
        source: "테스트 픽스처",
      },
    };
    const r = parseLadderTable(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(["effectiveTo", "provisions.immediateClosure.measure"]),
    );
  });
  it("refuses revenue brackets out of order", () => {
    const input = fixture();
    const conversion = input.provisions.surchargeConversion;
    if (!conversion) throw new Error("conversion expected");
    input.provisions = {
      ...input.provisions,
      surchargeConversion: {
        ...conversion,
        formula: {
          kind: "revenueBrackets",
          brackets: [{ wonPerDay: 10_000 }, { upToWon: 100_000_000, wonPerDay: 20_000 }],
        },
      },
    };
    const r = parseLadderTable(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toContain("상한 없는 구간은 마지막에만");
  });
});

describe("tableInForce", () => {
  const tables = [...BUILT_IN_LADDER_TABLES, TEST_FIXTURE_SWS_LATER_VERSION];
  it("picks the version in force on the date, the later one from its first day", () => {
    expect(tableInForce(tables, "SWS", "2029-12-31")?.versionId).toBe("SWS-B4-2019-06-12");
    expect(tableInForce(tables, "SWS", "2030-01-01")?.versionId).toBe("TEST-SWS-2030-01-01");
    expect(tableInForce(tables, "SWS", "2019-06-12")?.versionId).toBe("SWS-B4-2019-06-12");
  });
  it("finds nothing before the first version, after an end date, or for an unknown law", () => {
    expect(tableInForce(tables, "SWS", "2019-06-11")).toBeUndefined();
    const ended: LadderTable = { ...SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019, effectiveTo: "2020-12-31" };
    expect(tableInForce([ended], "SWS", "2020-12-31")?.versionId).toBe("SWS-B4-2019-06-12");
    expect(tableInForce([ended], "SWS", "2021-01-01")).toBeUndefined();
    expect(tableInForce(tables, "EWA", "2025-01-01")).toBeUndefined();
  });
});

describe("checkTableVersions", () => {
  it("finds nothing wrong with the built-in tables and the later test version", () => {
    expect(checkTableVersions([...BUILT_IN_LADDER_TABLES, TEST_FIXTURE_SWS_LATER_VERSION])).toEqual([]);
  });
  it("finds duplicate ids, same start days and an end past the next start", () => {
    const a = SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019;
    expect(checkTableVersions([a, a])).toHaveLength(2);
    const overlapping = { ...a, effectiveTo: "2030-06-30" };
    expect(checkTableVersions([overlapping, TEST_FIXTURE_SWS_LATER_VERSION])[0]).toContain("시행 종료일");
  });
});

describe("codes and look-back", () => {
  it("reads the law code of a violation code", () => {
    expect(lawCodeOfViolation("SWS-4가")).toBe("SWS");
    expect(lawCodeOfViolation("LTC-ASSAULT")).toBe("LTC");
    expect(lawCodeOfViolation("4가")).toBeUndefined();
  });
  it("gives the per-code look-back where the table has one", () => {
    const p = SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019.provisions;
    expect(lookBackFor(p, "SWS-4라")?.months).toBe(36);
    expect(lookBackFor(p, "SWS-9")?.months).toBe(60);
    expect(lookBackFor({}, "SWS-4라")).toBeUndefined();
  });
});
