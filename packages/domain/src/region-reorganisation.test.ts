import { describe, expect, it } from "vitest";
import {
  checkRegionMapping,
  checkSplitAssignments,
  isRegionInForce,
  listInstitutionsForMessage,
  type RegionRef,
} from "./region-reorganisation.ts";

const old = (code5: string, name: string, level: RegionRef["level"] = "sigungu"): RegionRef => ({
  code5,
  level,
  sidoCode: code5.slice(0, 2),
  name,
  validFrom: "1988-01-01",
  validTo: "2026-06-30",
});
const fresh = (code5: string, name: string, level: RegionRef["level"] = "sigungu"): RegionRef => ({
  code5,
  level,
  sidoCode: code5.slice(0, 2),
  name,
  validFrom: "2026-07-01",
  validTo: null,
});
const regions: RegionRef[] = [
  old("29000", "광주광역시", "sido"),
  old("29110", "광주광역시 동구"),
  old("29140", "광주광역시 서구"),
  fresh("12000", "전남광주통합특별시", "sido"),
  fresh("12210", "전남광주통합특별시 동구"),
  fresh("12240", "전남광주통합특별시 서구"),
  old("28260", "인천광역시 서구"),
  fresh("28275", "인천광역시 서해구"),
  fresh("28290", "인천광역시 검단구"),
  { ...fresh("11110", "서울특별시 종로구"), validFrom: "1988-01-01" },
];
const check = (mappings: Parameters<typeof checkRegionMapping>[0]["mappings"], effectiveOn = "2026-07-01") =>
  checkRegionMapping({ effectiveOn, mappings, regions, today: "2026-11-26" });

describe("isRegionInForce", () => {
  it("includes both ends", () => {
    expect(isRegionInForce({ validFrom: "2026-07-01", validTo: null }, "2026-07-01")).toBe(true);
    expect(isRegionInForce({ validFrom: "2026-07-01", validTo: null }, "2026-06-30")).toBe(false);
    expect(isRegionInForce({ validFrom: "1988-01-01", validTo: "2026-06-30" }, "2026-06-30")).toBe(true);
    expect(isRegionInForce({ validFrom: "1988-01-01", validTo: "2026-06-30" }, "2026-07-01")).toBe(false);
  });
});

describe("checkRegionMapping", () => {
  it("accepts the 2026-07-01 광주 merger with its 시도 row", () => {
    const r = check([
      { oldCode5: "29000", newCode5: "12000" },
      { oldCode5: "29110", newCode5: "12210" },
      { oldCode5: "29140", newCode5: "12240" },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.plan.pairs).toHaveLength(3);
    expect(r.plan.splits).toEqual([]);
  });

  it("refuses a 시도 abolished without all of its 시군구, naming the missing ones", () => {
    const r = check([
      { oldCode5: "29000", newCode5: "12000" },
      { oldCode5: "29110", newCode5: "12210" },
    ]);
    expect(r.errors).toEqual([
      {
        field: "mappings",
        message:
          "광주광역시(29000)을(를) 폐지하려면 그 시군구도 모두 옮겨야 합니다. 빠진 코드: 광주광역시 서구(29140)",
      },
    ]);
  });

  it("warns when every 시군구 leaves a 시도 that stays", () => {
    const r = check([
      { oldCode5: "29110", newCode5: "12210" },
      { oldCode5: "29140", newCode5: "12240" },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.warnings[0]).toContain("시도 코드 29000은(는) 목록에 없습니다");
  });

  it("refuses an old code not in force the day before and a new code not in force from the 시행일", () => {
    const r = check([{ oldCode5: "29110", newCode5: "12210" }], "2026-07-02");
    expect(r.errors).toEqual([
      {
        field: "mappings.0.oldCode5",
        message: "광주광역시 동구(29110)은(는) 시행일 전날(2026-07-01)에 유효한 코드가 아닙니다.",
      },
    ]);
    const early = check([{ oldCode5: "29110", newCode5: "12210" }], "2026-06-30");
    expect(early.errors.map((e) => e.field)).toEqual(["mappings.0.newCode5"]);
    expect(early.errors[0]?.message).toContain("시행일(2026-06-30)부터 유효한 코드가 아닙니다");
  });

  it("refuses unknown codes, malformed codes, same codes and mixed levels", () => {
    const r = check([
      { oldCode5: "99999", newCode5: "12210" },
      { oldCode5: "2911", newCode5: "12210" },
      { oldCode5: "12210", newCode5: "12210" },
      { oldCode5: "29110", newCode5: "12000" },
    ]);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { field: "mappings.0.oldCode5", message: "옛 코드 99999은(는) 행정구역 코드표에 없습니다." },
        { field: "mappings.1.oldCode5", message: "옛 코드는 숫자 5자리입니다." },
        { field: "mappings.2.newCode5", message: "옛 코드와 새 코드가 같습니다." },
        {
          field: "mappings.3.newCode5",
          message: "시도 코드는 시도 코드로, 시군구 코드는 시군구 코드로 옮겨야 합니다.",
        },
      ]),
    );
  });

  it("refuses an old code going to two new codes unless each row declares the split", () => {
    const undeclared = check([
      { oldCode5: "28260", newCode5: "28275" },
      { oldCode5: "28260", newCode5: "28290" },
    ]);
    expect(undeclared.errors).toHaveLength(2);
    expect(undeclared.errors[0]?.message).toContain("분할이면 해당 줄을 모두 '분할'로 표시하세요");
    const declared = check([
      { oldCode5: "28260", newCode5: "28275", split: true },
      { oldCode5: "28260", newCode5: "28290", split: true },
    ]);
    expect(declared.errors).toEqual([]);
    expect(declared.plan.splits).toEqual([{ oldCode5: "28260", newCodes: ["28275", "28290"] }]);
    const lonely = check([{ oldCode5: "29110", newCode5: "12210", split: true }]);
    expect(lonely.errors[0]?.field).toBe("mappings.0.split");
  });

  it("refuses a duplicated row, an empty list and a chain inside one reorganisation", () => {
    expect(
      check([
        { oldCode5: "29110", newCode5: "12210" },
        { oldCode5: "29110", newCode5: "12210" },
      ]).errors[0]?.message,
    ).toBe("29110 → 12210 줄이 두 번 입력되었습니다.");
    expect(check([]).errors[0]?.message).toBe("옛 코드와 새 코드를 한 줄 이상 입력하세요.");
    const chain = check([
      { oldCode5: "29110", newCode5: "11110" },
      { oldCode5: "11110", newCode5: "12210" },
    ]);
    expect(
      chain.errors.some((e) => e.field === "mappings.1.oldCode5" && e.message.includes("새 코드이기도")),
    ).toBe(true);
  });

  it("refuses a 시행일 that has not come and a malformed one", () => {
    expect(
      checkRegionMapping({
        effectiveOn: "2026-07-01",
        mappings: [{ oldCode5: "29110", newCode5: "12210" }],
        regions,
        today: "2026-06-30",
      }).errors[0],
    ).toEqual({
      field: "effectiveOn",
      message: "시행일(2026-07-01)이 아직 오지 않았습니다. 개편은 시행일 당일부터 적용할 수 있습니다.",
    });
    expect(check([{ oldCode5: "29110", newCode5: "12210" }], "2026-02-30").errors[0]?.field).toBe(
      "effectiveOn",
    );
  });
});

describe("checkSplitAssignments", () => {
  const plan = { pairs: [], splits: [{ oldCode5: "28260", newCodes: ["28275", "28290"] }] };
  const institutions = [
    { id: "a", name: "검단요양원", sigunguCode: "28260" },
    { id: "b", name: "서구복지관", sigunguCode: "28260" },
  ];
  it("lists the institutions without an assignment", () => {
    const r = checkSplitAssignments(plan, institutions, [{ institutionId: "a", newCode5: "28290" }]);
    expect(r.errors).toEqual([]);
    expect(r.unassigned.map((i) => i.id)).toEqual(["b"]);
    expect(r.assigned.get("a")).toBe("28290");
  });
  it("refuses a code outside the split and an institution outside it", () => {
    const r = checkSplitAssignments(plan, institutions, [
      { institutionId: "a", newCode5: "12210" },
      { institutionId: "zzz", newCode5: "28275" },
    ]);
    expect(r.errors).toEqual([
      {
        field: "splitAssignments.0.newCode5",
        message: "검단요양원의 새 시군구는 28275, 28290 중 하나여야 합니다.",
      },
      { field: "splitAssignments.1.institutionId", message: "분할되는 시군구의 기관이 아닙니다." },
    ]);
    expect(r.unassigned).toHaveLength(2);
  });
  it("shortens a long list", () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      id: `${i}`,
      name: `기관${i}`,
      sigunguCode: "28260",
    }));
    expect(listInstitutionsForMessage(many)).toMatch(/기관9\(28260\) 외 2곳$/);
    expect(listInstitutionsForMessage(institutions)).toBe("검단요양원(28260), 서구복지관(28260)");
  });
});
