import { z } from "zod";
import { isIsoDate } from "../institution-rules.ts";
import {
  compareMeasures,
  formatMeasure,
  isTerminal,
  type Measure,
  measureInputSchema,
  SUSPENSION_KINDS,
  type SuspensionKind,
} from "./measure.ts";

/**
 * 행정처분기준 (disposition ladder) tables as dated data, one version per law and effective date. A version
 * keeps its rows and its general provisions (일반기준); a newer version supersedes it from its own
 * effectiveFrom, and the old one stays for violations of the time it was in force. Built-in versions are in
 * ./tables; other laws' tables (노인복지법, 장애인복지법, 사회서비스이용권법) are entered by administrators
 * through `parseLadderTable`. What a source does not give is left out, never guessed: the engine then says
 * which provision or row is missing.
 */

/** Where a fact comes from and whether it was read in the official or a reliable public text. */
export interface LadderProvenance {
  verified: boolean;
  source: string;
  note?: string;
}

/**
 * 위반횟수 산정기간: an earlier disposition counts when the same violation is found again within `months`
 * of its decision date (처분일 → 적발일). `byCode` gives a different period for some violations (e.g. 5 years
 * for sexual-violence crimes).
 */
export interface LookBackProvision extends LadderProvenance {
  months: number;
  basis: "priorDecisionToLaterFinding";
  byCode?: (LadderProvenance & { codes: string[]; months: number })[];
}

/**
 * How the repeat count follows from the counted earlier dispositions: the step after the highest of them
 * (the usual 보건복지부령 wording "그 위반행위 전 부과처분 차수의 다음 차수"). Counting the dispositions
 * instead is not offered: an earlier 3차 still in the period with the older ones out of it would give a
 * lighter step than the last one.
 */
export interface RepeatCountRule extends LadderProvenance {
  kind: "nextAfterHighestPrior";
}

/** Several violations found together: the heaviest measure applies. */
export interface ConcurrentRule extends LadderProvenance {
  kind: "heaviest";
}

/** A clause allowing the end measure at once, without the graded steps, on recorded facts. */
export interface ImmediateClosureClause extends LadderProvenance {
  /** Where the clause is, e.g. '1. 일반기준 다목'. */
  item: string;
  /** The condition, in the table's words. */
  condition: string;
  /** The violations it may be applied to; absent: any row of the table. */
  codes?: string[];
  measure: Measure;
}

/** Whether dispositions of the operator's other institutions count towards the repeat count. */
export interface OperatorHistoryRule extends LadderProvenance {
  counts: boolean;
}

/** 감경: a suspension or an amount may be reduced by at most `maxFraction` (0.5: "2분의 1 범위에서"). */
export interface MitigationLimits extends LadderProvenance {
  maxFraction: number;
  /** Never below this measure, whatever the fraction. */
  floor?: Measure;
  /** Whether the measure may become a lighter kind (e.g. 업무정지 → 경고). */
  allowLighterKind: boolean;
  requiresReason: boolean;
}

/** 가중: a suspension or an amount may be raised by at most `maxFraction`, within the legal caps. */
export interface AggravationLimits extends LadderProvenance {
  maxFraction: number;
  maxSuspensionMonths?: number;
  maxAmountWon?: number;
  allowHeavierKind: boolean;
  requiresReason: boolean;
}

/** How the per-day amount of a 과징금 in place of a suspension is computed. */
export type SurchargeFormula =
  | { kind: "fixedPerDay"; wonPerDay: number }
  /** Brackets by annual revenue, ascending; the last may be open-ended (no upToWon). */
  | { kind: "revenueBrackets"; brackets: { upToWon?: number; wonPerDay: number }[] }
  /** Per day: annual revenue ÷ daysInYear × rate. */
  | { kind: "dailyRevenueRate"; rate: number; daysInYear: number };

/** 업무정지에 갈음한 과징금: the conversion a law allows, as entered by an administrator. */
export interface SurchargeConversion extends LadderProvenance {
  suspensionKinds: SuspensionKind[];
  /** Days a month of suspension counts for. */
  daysPerMonth: number;
  formula: SurchargeFormula;
  maxAmountWon?: number;
  /** Violations whose suspension may not be converted. */
  excludedCodes?: string[];
  /** Round the amount down to a multiple of this (1: to the won). */
  roundDownToWon: number;
}

/** 일반기준. Every provision is optional: a missing one is reported by the engine, not assumed. */
export interface GeneralProvisions {
  lookBack?: LookBackProvision;
  repeatCountRule?: RepeatCountRule;
  concurrent?: ConcurrentRule;
  immediateClosure?: ImmediateClosureClause;
  operatorHistory?: OperatorHistoryRule;
  mitigation?: MitigationLimits;
  aggravation?: AggravationLimits;
  surchargeConversion?: SurchargeConversion;
}

/** 개별기준 one row: the measure at the 1st, 2nd, 3rd (and 4th) violation. */
export interface LadderRow {
  /** `${lawCode}-…`, e.g. 'SWS-4가'. */
  code: string;
  /** Where the row is in the table, e.g. '2. 개별기준 4.가'. */
  item: string;
  violation: string;
  /** The article broken, e.g. '사회복지사업법 제40조제1항제4호'. */
  article: string;
  /** 1차, 2차, 3차 (4차); a count past the last step gets the last step. */
  steps: Measure[];
  verified: boolean;
  source: string;
  note?: string;
}

export interface LadderTable {
  /** 'SWS', 'LTC', … : the prefix of the table's violation codes. */
  lawCode: string;
  lawName: string;
  /** e.g. '사회복지사업법 시행규칙 [별표 4]'. */
  tableName: string;
  versionId: string;
  effectiveFrom: string;
  /** Last day in force; absent: until a later version of the same law starts. */
  effectiveTo?: string;
  source: string;
  verified: boolean;
  note?: string;
  provisions: GeneralProvisions;
  rows: LadderRow[];
}

// ── schema for what an administrator enters ─────────────────────────────────
const isoDate = z.string().refine(isIsoDate, "YYYY-MM-DD 형식의 날짜를 입력하세요.");
const text = (what: string) => z.string().trim().min(1, `${what}을(를) 입력하세요.`);
const fraction = z.number().gt(0, "비율은 0보다 커야 합니다.").max(1, "비율은 1 이하로 입력하세요.");
const positiveInt = (what: string) =>
  z.number().int(`${what}은(는) 정수로 입력하세요.`).positive(`${what}은(는) 0보다 커야 합니다.`);
const provenance = {
  verified: z.boolean(),
  source: text("출처"),
  note: z.string().trim().min(1).optional(),
};

export const LAW_CODE_PATTERN = /^[A-Z][A-Z0-9]{1,9}$/;
const VIOLATION_CODE_PATTERN = /^([A-Z][A-Z0-9]{1,9})-\S+$/;

/** The law code a violation code belongs to ('SWS-4가' → 'SWS'), or undefined. */
export function lawCodeOfViolation(code: string): string | undefined {
  return VIOLATION_CODE_PATTERN.exec(code)?.[1];
}

const surchargeFormulaSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("fixedPerDay"), wonPerDay: positiveInt("1일당 금액") }),
  z.object({
    kind: z.literal("revenueBrackets"),
    brackets: z
      .array(
        z.object({ upToWon: positiveInt("매출액 상한").optional(), wonPerDay: positiveInt("1일당 금액") }),
      )
      .min(1, "구간을 하나 이상 입력하세요."),
  }),
  z.object({
    kind: z.literal("dailyRevenueRate"),
    rate: z.number().positive("부과율은 0보다 커야 합니다."),
    daysInYear: positiveInt("연간 일수"),
  }),
]);

/**
 * A table version as an administrator enters it. Measures may be typed as the table's Korean words
 * ('업무정지 3개월'); the output has them structured.
 */
export const ladderTableSchema = z
  .object({
    lawCode: z.string().regex(LAW_CODE_PATTERN, "법령 코드는 영문 대문자로 시작하는 2–10자입니다(예: SWS)."),
    lawName: text("법령 이름"),
    tableName: text("처분기준표 이름"),
    versionId: text("판 식별자"),
    effectiveFrom: isoDate,
    effectiveTo: isoDate.optional(),
    source: text("출처"),
    verified: z.boolean(),
    note: z.string().trim().min(1).optional(),
    provisions: z.object({
      lookBack: z
        .object({
          ...provenance,
          months: positiveInt("산정기간(개월)"),
          basis: z.literal("priorDecisionToLaterFinding"),
          byCode: z
            .array(
              z.object({
                ...provenance,
                codes: z.array(text("위반 코드")).min(1),
                months: positiveInt("산정기간(개월)"),
              }),
            )
            .optional(),
        })
        .optional(),
      repeatCountRule: z.object({ ...provenance, kind: z.literal("nextAfterHighestPrior") }).optional(),
      concurrent: z.object({ ...provenance, kind: z.literal("heaviest") }).optional(),
      immediateClosure: z
        .object({
          ...provenance,
          item: text("조항 위치"),
          condition: text("요건"),
          codes: z.array(text("위반 코드")).min(1).optional(),
          measure: measureInputSchema,
        })
        .optional(),
      operatorHistory: z.object({ ...provenance, counts: z.boolean() }).optional(),
      mitigation: z
        .object({
          ...provenance,
          maxFraction: fraction,
          floor: measureInputSchema.optional(),
          allowLighterKind: z.boolean(),
          requiresReason: z.boolean(),
        })
        .optional(),
      aggravation: z
        .object({
          ...provenance,
          maxFraction: fraction,
          maxSuspensionMonths: positiveInt("정지 기간 상한(개월)").optional(),
          maxAmountWon: positiveInt("금액 상한").optional(),
          allowHeavierKind: z.boolean(),
          requiresReason: z.boolean(),
        })
        .optional(),
      surchargeConversion: z
        .object({
          ...provenance,
          suspensionKinds: z.array(z.enum(SUSPENSION_KINDS)).min(1),
          daysPerMonth: positiveInt("1개월의 일수"),
          formula: surchargeFormulaSchema,
          maxAmountWon: positiveInt("과징금 상한").optional(),
          excludedCodes: z.array(text("위반 코드")).optional(),
          roundDownToWon: positiveInt("끝수 단위"),
        })
        .optional(),
    }),
    rows: z.array(
      z.object({
        code: z
          .string()
          .regex(VIOLATION_CODE_PATTERN, "위반 코드는 '법령코드-항목' 형식입니다(예: SWS-4가)."),
        item: text("항목 위치"),
        violation: text("위반행위"),
        article: text("근거 법조문"),
        steps: z
          .array(measureInputSchema)
          .min(1, "1차 처분을 입력하세요.")
          .max(4, "처분은 4차까지 입력할 수 있습니다."),
        verified: z.boolean(),
        source: text("출처"),
        note: z.string().trim().min(1).optional(),
      }),
    ),
  })
  .superRefine((t, ctx) => {
    const add = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });
    if (t.effectiveTo && t.effectiveTo < t.effectiveFrom)
      add(["effectiveTo"], "시행 종료일이 시행일보다 앞섭니다.");
    const prefix = `${t.lawCode}-`;
    const seen = new Set<string>();
    t.rows.forEach((row, i) => {
      if (!row.code.startsWith(prefix))
        add(["rows", i, "code"], `위반 코드는 이 표의 법령 코드로 시작해야 합니다(${prefix}…).`);
      if (seen.has(row.code)) add(["rows", i, "code"], `위반 코드 ${row.code}이(가) 두 번 나옵니다.`);
      seen.add(row.code);
      // A repeat is never lighter than the step before it: the engine's "never lighter" rests on this.
      row.steps.forEach((step, j) => {
        const before = row.steps[j - 1];
        if (before && compareMeasures(step, before) < 0)
          add(
            ["rows", i, "steps", j],
            `${j + 1}차 처분(${formatMeasure(step)})이 ${j}차 처분(${formatMeasure(before)})보다 가볍습니다.`,
          );
      });
    });
    const p = t.provisions;
    p.lookBack?.byCode?.forEach((entry, i) => {
      entry.codes.forEach((code, j) => {
        if (!code.startsWith(prefix))
          add(
            ["provisions", "lookBack", "byCode", i, "codes", j],
            `위반 코드는 ${prefix}로 시작해야 합니다.`,
          );
      });
    });
    if (p.immediateClosure && !isTerminal(p.immediateClosure.measure))
      add(
        ["provisions", "immediateClosure", "measure"],
        "즉시 처분은 시설폐쇄·지정취소·등록취소 가운데 하나여야 합니다.",
      );
    const formula = p.surchargeConversion?.formula;
    if (formula?.kind === "revenueBrackets") {
      formula.brackets.forEach((b, i) => {
        const last = i === formula.brackets.length - 1;
        const prev = formula.brackets[i - 1]?.upToWon;
        if (b.upToWon === undefined && !last)
          add(
            ["provisions", "surchargeConversion", "formula", "brackets", i],
            "상한 없는 구간은 마지막에만 둘 수 있습니다.",
          );
        if (b.upToWon !== undefined && prev !== undefined && b.upToWon <= prev)
          add(
            ["provisions", "surchargeConversion", "formula", "brackets", i],
            "매출액 구간은 작은 것부터 차례로 입력하세요.",
          );
      });
    }
  });

export type LadderTableInput = z.input<typeof ladderTableSchema>;

export interface LadderTableProblem {
  field: string;
  message: string;
}

/** Checks and converts a table version entered by an administrator. */
export function parseLadderTable(
  input: unknown,
): { ok: true; table: LadderTable } | { ok: false; problems: LadderTableProblem[] } {
  const r = ladderTableSchema.safeParse(input);
  if (r.success) return { ok: true, table: r.data as LadderTable };
  return {
    ok: false,
    problems: r.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })),
  };
}

/**
 * The version of `lawCode`'s table in force on `date`: effectiveFrom ≤ date ≤ effectiveTo (when given).
 * When versions overlap, the one that started last applies (a new version supersedes the old from its
 * effectiveFrom even if nobody closed the old one).
 */
export function tableInForce(
  tables: readonly LadderTable[],
  lawCode: string,
  date: string,
): LadderTable | undefined {
  let found: LadderTable | undefined;
  for (const t of tables) {
    if (t.lawCode !== lawCode || t.effectiveFrom > date) continue;
    if (t.effectiveTo !== undefined && t.effectiveTo < date) continue;
    if (!found || t.effectiveFrom > found.effectiveFrom) found = t;
  }
  return found;
}

/**
 * Problems between the versions of a set of tables: a version id used twice, two versions of one law
 * starting the same day, or an effectiveTo past the start of the next version.
 */
export function checkTableVersions(tables: readonly LadderTable[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const t of tables) {
    if (ids.has(t.versionId)) problems.push(`판 식별자 ${t.versionId}이(가) 두 번 나옵니다.`);
    ids.add(t.versionId);
  }
  const byLaw = new Map<string, LadderTable[]>();
  for (const t of tables) byLaw.set(t.lawCode, [...(byLaw.get(t.lawCode) ?? []), t]);
  for (const versions of byLaw.values()) {
    const sorted = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    sorted.forEach((t, i) => {
      const next = sorted[i + 1];
      if (!next) return;
      if (next.effectiveFrom === t.effectiveFrom)
        problems.push(`${t.tableName}의 두 판이 같은 날 시행됩니다(${t.effectiveFrom}).`);
      else if (t.effectiveTo !== undefined && t.effectiveTo >= next.effectiveFrom)
        problems.push(
          `${t.tableName}(${t.effectiveFrom} 시행 판)의 시행 종료일(${t.effectiveTo})이 다음 판의 시행일(${next.effectiveFrom}) 이후입니다.`,
        );
    });
  }
  return problems;
}

/** The look-back period for a violation code under a table's provisions, with its provenance. */
export function lookBackFor(
  provisions: GeneralProvisions,
  code: string,
): (LadderProvenance & { months: number }) | undefined {
  const lb = provisions.lookBack;
  if (!lb) return undefined;
  const special = lb.byCode?.find((entry) => entry.codes.includes(code));
  return special ?? lb;
}
