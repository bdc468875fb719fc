import { addCalendarDays, isIsoDate } from "./institution-rules.ts";

/**
 * 행정구역 개편: a mapping of old → new region codes from a 시행일 (e.g. 2026-07-01, 광주·전남 →
 * 전남광주통합특별시, 인천 중구·동구·서구 → 제물포구·영종구·서해구·검단구; packages/db/data/regions.md).
 * Pure rules: whether a mapping can be applied, and whether every institution of a split has a new 시군구.
 */

export interface RegionRef {
  code5: string;
  level: "sido" | "sigungu" | "gu";
  sidoCode: string;
  /** '광주광역시 동구' */
  name: string;
  validFrom: string;
  validTo: string | null;
}

export interface RegionMapping {
  oldCode5: string;
  newCode5: string;
  /** Declares a split (분할): the old code goes to two or more new codes, each row marked. */
  split?: boolean;
}

export interface RegionFieldError {
  field: string;
  message: string;
}

export interface ReorganisationPlan {
  /** One-to-one pairs, 시도 (xx000) and 시군구 alike. */
  pairs: { oldCode5: string; newCode5: string }[];
  /** Split codes, their new codes in the order given; the first continues the old one (officials' scopes). */
  splits: { oldCode5: string; newCodes: string[] }[];
}

export interface MappingCheck {
  errors: RegionFieldError[];
  /** Not wrong, but worth a look before applying. */
  warnings: string[];
  plan: ReorganisationPlan;
}

export const REGION_CODE_PATTERN = /^\d{5}$/;
export const MAX_REGION_MAPPINGS = 400;

/** In force on `date` (both ends inclusive). */
export function isRegionInForce(region: Pick<RegionRef, "validFrom" | "validTo">, date: string): boolean {
  return region.validFrom <= date && (region.validTo === null || region.validTo >= date);
}

const label = (r: RegionRef | undefined, code: string) => (r ? `${r.name}(${code})` : code);

/**
 * Checks a mapping against the region table: every old code exists and is in force on the day before the
 * 시행일, every new code exists and is in force from it, levels match (시도 → 시도, 시군구 → 시군구), an old
 * code goes to two new codes only as a declared split, a 시도 is abolished only with all its 시군구, and the
 * 시행일 has come (the moves happen when applied; a later date would put institutions in a region not yet
 * in force).
 */
export function checkRegionMapping(input: {
  effectiveOn: string;
  mappings: readonly RegionMapping[];
  regions: readonly RegionRef[];
  today: string;
}): MappingCheck {
  const errors: RegionFieldError[] = [];
  const warnings: string[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  const plan: ReorganisationPlan = { pairs: [], splits: [] };
  const byCode = new Map(input.regions.map((r) => [r.code5, r]));

  const effectiveOk = isIsoDate(input.effectiveOn);
  if (!effectiveOk) add("effectiveOn", "시행일을 YYYY-MM-DD 형식으로 입력하세요.");
  else if (input.effectiveOn > input.today)
    add(
      "effectiveOn",
      `시행일(${input.effectiveOn})이 아직 오지 않았습니다. 개편은 시행일 당일부터 적용할 수 있습니다.`,
    );
  const dayBefore = effectiveOk ? addCalendarDays(input.effectiveOn, -1) : "";

  if (input.mappings.length === 0) add("mappings", "옛 코드와 새 코드를 한 줄 이상 입력하세요.");
  if (input.mappings.length > MAX_REGION_MAPPINGS)
    add("mappings", `한 번에 ${MAX_REGION_MAPPINGS}줄까지 적용할 수 있습니다.`);

  const targets = new Map<string, { index: number; newCode5: string; split: boolean }[]>();
  const newCodes = new Set(input.mappings.map((m) => m.newCode5));
  input.mappings.forEach((m, i) => {
    const f = (name: string) => `mappings.${i}.${name}`;
    let ok = true;
    if (!REGION_CODE_PATTERN.test(m.oldCode5)) {
      add(f("oldCode5"), "옛 코드는 숫자 5자리입니다.");
      ok = false;
    }
    if (!REGION_CODE_PATTERN.test(m.newCode5)) {
      add(f("newCode5"), "새 코드는 숫자 5자리입니다.");
      ok = false;
    }
    if (!ok) return;
    if (m.oldCode5 === m.newCode5) {
      add(f("newCode5"), "옛 코드와 새 코드가 같습니다.");
      return;
    }
    const old = byCode.get(m.oldCode5);
    const next = byCode.get(m.newCode5);
    if (!old) add(f("oldCode5"), `옛 코드 ${m.oldCode5}은(는) 행정구역 코드표에 없습니다.`);
    else if (effectiveOk && !isRegionInForce(old, dayBefore))
      add(
        f("oldCode5"),
        `${label(old, m.oldCode5)}은(는) 시행일 전날(${dayBefore})에 유효한 코드가 아닙니다.`,
      );
    if (!next) add(f("newCode5"), `새 코드 ${m.newCode5}은(는) 행정구역 코드표에 없습니다.`);
    else if (effectiveOk && !isRegionInForce(next, input.effectiveOn))
      add(
        f("newCode5"),
        `${label(next, m.newCode5)}은(는) 시행일(${input.effectiveOn})부터 유효한 코드가 아닙니다.`,
      );
    if (old && next && (old.level === "sido") !== (next.level === "sido"))
      add(f("newCode5"), "시도 코드는 시도 코드로, 시군구 코드는 시군구 코드로 옮겨야 합니다.");
    if (newCodes.has(m.oldCode5))
      add(
        f("oldCode5"),
        `${m.oldCode5}은(는) 같은 개편의 새 코드이기도 합니다. 옛 코드에서 최종 코드로 바로 연결하세요.`,
      );
    const list = targets.get(m.oldCode5) ?? [];
    if (list.some((t) => t.newCode5 === m.newCode5)) {
      add(f("newCode5"), `${m.oldCode5} → ${m.newCode5} 줄이 두 번 입력되었습니다.`);
      return;
    }
    list.push({ index: i, newCode5: m.newCode5, split: m.split === true });
    targets.set(m.oldCode5, list);
  });

  for (const [oldCode5, list] of targets) {
    const old = byCode.get(oldCode5);
    const first = list[0];
    if (!first) continue;
    if (list.length === 1) {
      if (first.split)
        add(`mappings.${first.index}.split`, `분할은 새 코드가 둘 이상이어야 합니다(${oldCode5}).`);
      plan.pairs.push({ oldCode5, newCode5: first.newCode5 });
      continue;
    }
    const undeclared = list.filter((t) => !t.split);
    if (undeclared.length > 0)
      for (const t of undeclared)
        add(
          `mappings.${t.index}.split`,
          `${label(old, oldCode5)}이(가) 새 코드 ${list.length}개(${list.map((t) => t.newCode5).join(", ")})에 연결되어 있습니다. 분할이면 해당 줄을 모두 '분할'로 표시하세요.`,
        );
    if (old?.level === "sido")
      add(`mappings.${first.index}.oldCode5`, "시도 코드는 분할할 수 없습니다. 시군구별로 옮기세요.");
    plan.splits.push({ oldCode5, newCodes: list.map((t) => t.newCode5) });
  }

  // A 시도 is abolished only together with every 시군구 it had on the day before.
  if (effectiveOk)
    for (const pair of plan.pairs) {
      const old = byCode.get(pair.oldCode5);
      if (old?.level !== "sido") continue;
      const missing = input.regions.filter(
        (r) =>
          r.level === "sigungu" &&
          r.sidoCode === old.sidoCode &&
          isRegionInForce(r, dayBefore) &&
          !targets.has(r.code5),
      );
      if (missing.length > 0)
        add(
          "mappings",
          `${old.name}(${pair.oldCode5})을(를) 폐지하려면 그 시군구도 모두 옮겨야 합니다. 빠진 코드: ${missing
            .map((r) => `${r.name}(${r.code5})`)
            .join(", ")}`,
        );
    }
  // Every 시군구 of a 시도 leaves it, but the 시도 itself stays: its officials would see nothing.
  if (effectiveOk) {
    const leaving = new Map<string, number>();
    for (const code of targets.keys()) {
      const r = byCode.get(code);
      if (r?.level === "sigungu") leaving.set(r.sidoCode, (leaving.get(r.sidoCode) ?? 0) + 1);
    }
    for (const [sidoCode, n] of leaving) {
      const all = input.regions.filter(
        (r) => r.level === "sigungu" && r.sidoCode === sidoCode && isRegionInForce(r, dayBefore),
      ).length;
      const sido = byCode.get(`${sidoCode}000`);
      const movesOut = [...targets.entries()].some(
        ([code, list]) =>
          byCode.get(code)?.sidoCode === sidoCode && list.some((t) => !t.newCode5.startsWith(sidoCode)),
      );
      if (n === all && movesOut && !targets.has(`${sidoCode}000`))
        warnings.push(
          `${sido?.name ?? sidoCode}의 시군구가 모두 다른 시도로 옮겨지지만 시도 코드 ${sidoCode}000은(는) 목록에 없습니다. 시도 담당자의 관할은 그대로 남습니다.`,
        );
    }
  }
  return { errors, warnings, plan };
}

export interface SplitInstitution {
  id: string;
  name: string;
  sigunguCode: string;
}

/**
 * A split cannot move institutions by itself (which part an address falls in is not in the code table):
 * every institution of a split code needs a new 시군구 among that split's codes.
 */
export function checkSplitAssignments(
  plan: ReorganisationPlan,
  institutions: readonly SplitInstitution[],
  assignments: readonly { institutionId: string; newCode5: string }[],
): { errors: RegionFieldError[]; unassigned: SplitInstitution[]; assigned: Map<string, string> } {
  const errors: RegionFieldError[] = [];
  const splitOf = new Map(plan.splits.map((s) => [s.oldCode5, s.newCodes]));
  const byId = new Map(institutions.map((i) => [i.id, i]));
  const assigned = new Map<string, string>();
  assignments.forEach((a, i) => {
    const inst = byId.get(a.institutionId);
    if (!inst) {
      errors.push({
        field: `splitAssignments.${i}.institutionId`,
        message: "분할되는 시군구의 기관이 아닙니다.",
      });
      return;
    }
    const allowed = splitOf.get(inst.sigunguCode) ?? [];
    if (!allowed.includes(a.newCode5)) {
      errors.push({
        field: `splitAssignments.${i}.newCode5`,
        message: `${inst.name}의 새 시군구는 ${allowed.join(", ")} 중 하나여야 합니다.`,
      });
      return;
    }
    if (assigned.has(a.institutionId)) {
      errors.push({
        field: `splitAssignments.${i}.institutionId`,
        message: `${inst.name}이(가) 두 번 지정되었습니다.`,
      });
      return;
    }
    assigned.set(a.institutionId, a.newCode5);
  });
  const unassigned = institutions.filter((i) => splitOf.has(i.sigunguCode) && !assigned.has(i.id));
  return { errors, unassigned, assigned };
}

/** "○○요양원(28260), △△센터(28260) 외 3곳": the refusal lists the institutions that need a decision. */
export function listInstitutionsForMessage(institutions: readonly SplitInstitution[], max = 10): string {
  const shown = institutions.slice(0, max).map((i) => `${i.name}(${i.sigunguCode})`);
  const rest = institutions.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} 외 ${rest}곳` : shown.join(", ");
}
