import { z } from "zod";

/**
 * 행정처분의 내용 (measure): what a ladder step, an earlier disposition or an adjusted decision orders.
 * Structured so that "the heaviest" and "never lighter" can be computed, with the Korean words of the
 * tables as its label and as what an administrator types.
 */

/** Measures without a length or an amount. */
export const SIMPLE_MEASURE_KINDS = [
  "warning",
  "improvementOrder",
  "headReplacement",
  "closure",
  "designationCancellation",
  "registrationCancellation",
] as const;
export type SimpleMeasureKind = (typeof SIMPLE_MEASURE_KINDS)[number];

/** The end of the facility's or provider's standing: 시설폐쇄, 지정취소, 등록취소. */
export const TERMINAL_MEASURE_KINDS = [
  "closure",
  "designationCancellation",
  "registrationCancellation",
] as const;
export type TerminalMeasureKind = (typeof TERMINAL_MEASURE_KINDS)[number];

export const SUSPENSION_KINDS = ["businessSuspension", "operationSuspension"] as const;
export type SuspensionKind = (typeof SUSPENSION_KINDS)[number];

export const MONEY_KINDS = ["fine", "surcharge"] as const;
export type MoneyKind = (typeof MONEY_KINDS)[number];

export type MeasureKind = SimpleMeasureKind | SuspensionKind | MoneyKind | "alternatives";

export interface SimpleMeasure {
  kind: SimpleMeasureKind;
}
export interface TerminalMeasure {
  kind: TerminalMeasureKind;
}
/** 업무정지 / 사업정지 for a number of months or days, as the table prints it. */
export interface SuspensionMeasure {
  kind: SuspensionKind;
  unit: "months" | "days";
  length: number;
}
/** 과태료 / 과징금 in won. */
export interface MoneyMeasure {
  kind: MoneyKind;
  amountWon: number;
}
/**
 * "지정취소 또는 시설폐쇄": the table leaves the choice between ways of ending the standing to the
 * authority. Only terminal measures can be alternatives, so the step's severity is unambiguous.
 */
export interface AlternativesMeasure {
  kind: "alternatives";
  options: TerminalMeasure[];
}
export type Measure = SimpleMeasure | SuspensionMeasure | MoneyMeasure | AlternativesMeasure;

export const MEASURE_KIND_LABELS: Record<Exclude<MeasureKind, "alternatives">, string> = {
  warning: "경고",
  improvementOrder: "개선명령",
  headReplacement: "시설장 교체",
  closure: "시설폐쇄",
  designationCancellation: "지정취소",
  registrationCancellation: "등록취소",
  businessSuspension: "업무정지",
  operationSuspension: "사업정지",
  fine: "과태료",
  surcharge: "과징금",
};

export const isSuspension = (m: Measure): m is SuspensionMeasure =>
  (SUSPENSION_KINDS as readonly string[]).includes(m.kind);
export const isMoney = (m: Measure): m is MoneyMeasure => (MONEY_KINDS as readonly string[]).includes(m.kind);
export const isTerminal = (m: Measure): boolean =>
  m.kind === "alternatives" || (TERMINAL_MEASURE_KINDS as readonly string[]).includes(m.kind);

// ── severity ────────────────────────────────────────────────────────────────
/**
 * The one order of severity, lightest first, used for "the heaviest of concurrent violations" and for
 * "a repeat is never lighter". It follows the ladders themselves: 사회복지사업법 시행규칙 [별표 4] goes
 * 개선명령 → 시설장 교체 → 시설폐쇄, 노인장기요양보험법 시행규칙 [별표 2] goes 업무정지 → 지정취소. 경고 is
 * below 개선명령 because it orders nothing to be done. Money sits below a suspension because 과징금 is what a
 * suspension may be converted into (노인장기요양보험법 제37조의2), and a suspension below 시설장 교체, which the
 * 별표 4 ladders reach only after 개선명령. The end of the facility or of its designation or registration is
 * the heaviest. Within a rank, suspensions compare by length and money by amount.
 */
const SEVERITY_RANK: Record<MeasureKind, number> = {
  warning: 0,
  improvementOrder: 1,
  fine: 2,
  surcharge: 2,
  businessSuspension: 3,
  operationSuspension: 3,
  headReplacement: 4,
  closure: 5,
  designationCancellation: 5,
  registrationCancellation: 5,
  alternatives: 5,
};

/** Days a month of suspension counts for when lengths in months and in days are compared. */
export const DAYS_PER_MONTH_FOR_COMPARISON = 30;

export function suspensionDays(m: SuspensionMeasure, daysPerMonth = DAYS_PER_MONTH_FOR_COMPARISON): number {
  return m.unit === "months" ? m.length * daysPerMonth : m.length;
}

/** Negative when `a` is lighter than `b`, 0 when as heavy, positive when heavier. */
export function compareMeasures(a: Measure, b: Measure): number {
  const rank = SEVERITY_RANK[a.kind] - SEVERITY_RANK[b.kind];
  if (rank !== 0) return rank;
  if (isSuspension(a) && isSuspension(b)) return suspensionDays(a) - suspensionDays(b);
  if (isMoney(a) && isMoney(b)) return a.amountWon - b.amountWon;
  return 0;
}

/** The heaviest measure and the index of its first occurrence; undefined for an empty list. */
export function heaviestMeasure(
  measures: readonly Measure[],
): { measure: Measure; index: number } | undefined {
  let best: { measure: Measure; index: number } | undefined;
  measures.forEach((measure, index) => {
    if (!best || compareMeasures(measure, best.measure) > 0) best = { measure, index };
  });
  return best;
}

export function measuresEqual(a: Measure, b: Measure): boolean {
  return formatMeasure(a) === formatMeasure(b);
}

// ── Korean label ────────────────────────────────────────────────────────────
const withCommas = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** 500000 → '50만원', 120000000 → '1억 2,000만원', 1234567 → '1,234,567원'. */
export function formatWon(amountWon: number): string {
  if (amountWon < 10_000 || amountWon % 10_000 !== 0) return `${withCommas(amountWon)}원`;
  const eok = Math.floor(amountWon / 100_000_000);
  const man = (amountWon % 100_000_000) / 10_000;
  const parts = [eok > 0 ? `${withCommas(eok)}억` : "", man > 0 ? `${withCommas(man)}만` : ""].filter(
    Boolean,
  );
  return `${parts.join(" ")}원`;
}

/** The table's words: '업무정지 3개월', '시설장 교체', '과태료 50만원', '지정취소 또는 시설폐쇄'. */
export function formatMeasure(m: Measure): string {
  if (m.kind === "alternatives") return m.options.map(formatMeasure).join(" 또는 ");
  const word = MEASURE_KIND_LABELS[m.kind];
  if (isSuspension(m)) return `${word} ${m.length}${m.unit === "months" ? "개월" : "일"}`;
  if (isMoney(m)) return `${word} ${formatWon(m.amountWon)}`;
  return word;
}

// ── parsing what an administrator types ─────────────────────────────────────
export type MeasureParseResult =
  | { ok: true; measure: Measure }
  | { ok: false; code: string; message: string };

const MEASURE_EXAMPLES =
  "개선명령, 경고, 업무정지 3개월, 사업정지 15일, 시설장 교체, 시설폐쇄, 지정취소, 과태료 50만원";

const AMOUNT_UNITS: Record<string, number> = {
  억: 100_000_000,
  천만: 10_000_000,
  백만: 1_000_000,
  십만: 100_000,
  만: 10_000,
  천: 1_000,
  "": 1,
};

/** '50만원', '500,000원', '1억 2천만원', '1,500만 원' → won; undefined when unreadable or not positive. */
export function parseWon(input: string): number | undefined {
  const s = input.replace(/\s+/g, "").replace(/원$/, "");
  if (!s) return undefined;
  const re = /(\d{1,3}(?:,\d{3})+|\d+)(억|천만|백만|십만|만|천)?/y;
  let total = 0;
  let lastUnit = Number.POSITIVE_INFINITY;
  let pos = 0;
  while (pos < s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return undefined;
    const unit = AMOUNT_UNITS[m[2] ?? ""] ?? 1;
    // Units go down (1억 2천만), and a bare number can only come last.
    if (unit >= lastUnit) return undefined;
    lastUnit = unit;
    total += Number((m[1] ?? "").replace(/,/g, "")) * unit;
    pos = re.lastIndex;
  }
  return Number.isSafeInteger(total) && total > 0 ? total : undefined;
}

function parseSingle(compact: string, original: string): MeasureParseResult {
  const unreadable: MeasureParseResult = {
    ok: false,
    code: "MEASURE_UNREADABLE",
    message: `'${original}'은(는) 처분으로 읽을 수 없습니다. 예: ${MEASURE_EXAMPLES}`,
  };
  if (compact === "경고") return { ok: true, measure: { kind: "warning" } };
  if (/^(개선명령|시설(의)?개선(명령)?)$/.test(compact))
    return { ok: true, measure: { kind: "improvementOrder" } };
  if (/^시설(의)?장(의)?교체(명령)?$/.test(compact))
    return { ok: true, measure: { kind: "headReplacement" } };
  if (/^(시설)?폐쇄(명령)?$/.test(compact)) return { ok: true, measure: { kind: "closure" } };
  if (/^지정취소$/.test(compact)) return { ok: true, measure: { kind: "designationCancellation" } };
  if (/^등록취소$/.test(compact)) return { ok: true, measure: { kind: "registrationCancellation" } };
  const suspension = /^(업무|사업)정지(\d+)(개월|월|일)$/.exec(compact);
  if (suspension) {
    const length = Number(suspension[2]);
    if (!Number.isSafeInteger(length) || length <= 0)
      return { ok: false, code: "MEASURE_LENGTH", message: "정지 기간은 1 이상의 정수로 입력하세요." };
    return {
      ok: true,
      measure: {
        kind: suspension[1] === "업무" ? "businessSuspension" : "operationSuspension",
        unit: suspension[3] === "일" ? "days" : "months",
        length,
      },
    };
  }
  if (/^(업무|사업)정지/.test(compact))
    return {
      ok: false,
      code: "MEASURE_LENGTH",
      message: `'${original}': 정지 기간을 '업무정지 3개월' 또는 '업무정지 30일'처럼 한 단위로 입력하세요.`,
    };
  const money = /^(과태료|과징금)(.+)$/.exec(compact);
  if (money) {
    const amountWon = parseWon(money[2] ?? "");
    if (amountWon === undefined)
      return {
        ok: false,
        code: "MEASURE_AMOUNT",
        message: `'${original}': 금액을 '50만원', '500,000원', '1억 2천만원'처럼 입력하세요.`,
      };
    return { ok: true, measure: { kind: money[1] === "과태료" ? "fine" : "surcharge", amountWon } };
  }
  return unreadable;
}

/**
 * Reads the Korean words an administrator types into a table row: '업무정지 3개월', '시설장 교체',
 * '과태료 50만원', '지정취소 또는 시설폐쇄'. Spacing is free; anything else is an error, never a guess.
 */
export function parseMeasure(input: string): MeasureParseResult {
  const original = input.trim();
  const compact = original.replace(/\s+/g, "");
  if (!compact) return { ok: false, code: "MEASURE_EMPTY", message: "처분을 입력하세요." };
  if (!compact.includes("또는")) return parseSingle(compact, original);
  const options: TerminalMeasure[] = [];
  for (const part of compact.split("또는")) {
    const r = parseSingle(part, part);
    if (!r.ok) return { ...r, message: `'${original}': ${r.message}` };
    if (r.measure.kind === "alternatives" || !isTerminal(r.measure))
      return {
        ok: false,
        code: "MEASURE_ALTERNATIVES",
        message: `'${original}': '또는'으로 묶을 수 있는 처분은 시설폐쇄·지정취소·등록취소뿐입니다.`,
      };
    const option = r.measure as TerminalMeasure;
    if (!options.some((o) => o.kind === option.kind)) options.push(option);
  }
  if (options.length === 1 && options[0]) return { ok: true, measure: options[0] };
  return { ok: true, measure: { kind: "alternatives", options } };
}

// ── schema ──────────────────────────────────────────────────────────────────
const positiveInt = z.number().int().positive();
const terminalMeasureSchema = z.object({ kind: z.enum(TERMINAL_MEASURE_KINDS) });

/** A structured measure as stored (JSON). */
export const measureSchema: z.ZodType<Measure, Measure> = z.union([
  z.object({ kind: z.enum(SIMPLE_MEASURE_KINDS) }),
  z.object({
    kind: z.enum(SUSPENSION_KINDS),
    unit: z.enum(["months", "days"]),
    length: positiveInt,
  }),
  z.object({ kind: z.enum(MONEY_KINDS), amountWon: positiveInt }),
  z.object({ kind: z.literal("alternatives"), options: z.array(terminalMeasureSchema).min(2) }),
]);

/** A measure as an administrator enters it: the Korean words, or the structured form. */
export const measureInputSchema = z.custom<string | Measure>().transform((value, ctx): Measure => {
  if (typeof value === "string") {
    const r = parseMeasure(value);
    if (r.ok) return r.measure;
    ctx.addIssue({ code: "custom", message: r.message });
    return z.NEVER;
  }
  const r = measureSchema.safeParse(value);
  if (r.success) return r.data;
  ctx.addIssue({ code: "custom", message: "처분을 '업무정지 3개월'처럼 입력하세요." });
  return z.NEVER;
});
