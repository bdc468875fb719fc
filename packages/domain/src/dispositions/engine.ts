import { josa } from "es-hangul";
import { z } from "zod";
import { addCalendarDays, isIsoDate } from "../institution-rules.ts";
import { koreaToday } from "../korean-time.ts";
import {
  type GeneralProvisions,
  type LadderTable,
  lawCodeOfViolation,
  lookBackFor,
  tableInForce,
} from "./ladder-table.ts";
import {
  compareMeasures,
  DAYS_PER_MONTH_FOR_COMPARISON,
  formatMeasure,
  formatWon,
  heaviestMeasure,
  isMoney,
  isSuspension,
  type Measure,
  type MoneyMeasure,
  type SuspensionMeasure,
  suspensionDays,
} from "./measure.ts";
import { BUILT_IN_LADDER_TABLES } from "./tables/index.ts";
import { violationWords } from "./violation-name.ts";

/**
 * The disposition ladder engine (domain.md §7): for violations found at an institution and the
 * institution's nationwide disposition history, the repeat count (위반횟수), the measure of the ladder
 * table in force and an explanation of every earlier disposition counted or not — courts cancel
 * dispositions whose count was wrong (대구고등법원 2022누3958), so every count is explained.
 *
 * Choices on points the sources leave open (each documented where it is applied):
 * - The table version is the one in force on the violation's 위반일 when the caller knows it
 *   (`committedOn`), else on the 적발일 (`date`), which is what callers have. The 부칙 of the tables speak
 *   of the violation ("이 규칙 시행 전의 위반행위에 대하여는 종전의 별표 4에 따른다", 부칙 <제147호> 제3조).
 * - The look-back runs from the earlier disposition's decision date to the date the same violation was
 *   found again, counted as the 민법 counts periods (제157조, 제160조); the last day is inside.
 * - Only dispositions decided before the 적발일 count ("처분 후 다시 … 적발된"); one decided on that very day
 *   does not.
 * - A count past the table's last printed step gets the last step ("3차 이상").
 * - Violations passed together are concurrent: none of them counts for another (none is a disposition
 *   yet), and the combined decision is made per law, by that table's own rule.
 */

// ── input ───────────────────────────────────────────────────────────────────
export interface ViolationInput {
  /** e.g. 'SWS-4라'. */
  code: string;
  /** 적발일: the date the violation was found, YYYY-MM-DD. */
  date: string;
  /** 위반일, when known: picks the table version instead of the 적발일. */
  committedOn?: string;
  /**
   * The facts recorded for the table's immediate-closure clause (별표 4 1. 일반기준 다목); given, the clause
   * is applied instead of the graded steps.
   */
  immediateClosureFacts?: string;
}

/** An earlier disposition, from the register (nationwide) or known only on paper. */
export interface PriorDisposition {
  id?: string;
  code: string;
  /** 처분일 */
  decidedOn: string;
  /** The count it was decided as (n차). */
  repeatCount: number;
  measure?: Measure;
  /** Cancelled by 행정심판·행정소송 or by the authority itself: it no longer counts. */
  cancelled?: boolean;
  cancelReason?: string;
  /** Changed on appeal: the count and measure it stands for from then on. */
  amendment?: { repeatCount?: number; measure?: Measure; reason?: string };
  /** 'operator': a disposition of another institution of the same operator. Default 'institution'. */
  relation?: "institution" | "operator";
  institutionName?: string;
}

export interface DispositionAssessmentInput {
  tables?: readonly LadderTable[];
  violations: readonly ViolationInput[];
  history?: readonly PriorDisposition[];
  /** Korean date; default today in Korea. A violation cannot be found after it. */
  today?: string;
}

// ── output ──────────────────────────────────────────────────────────────────
export type PriorDispositionVerdict =
  | "counted"
  | "outsidePeriod"
  | "cancelled"
  | "otherCode"
  | "otherInstitution"
  | "notBefore"
  | "invalid";

/** The verdict on an earlier disposition, in words for the screens. */
export const PRIOR_VERDICT_LABELS: Record<PriorDispositionVerdict, string> = {
  counted: "차수에 산입",
  outsidePeriod: "산정기간 밖",
  cancelled: "취소되어 제외",
  otherCode: "다른 위반행위",
  otherInstitution: "다른 기관",
  notBefore: "적발 뒤의 처분",
  invalid: "판단 불가",
};

export interface PriorDispositionReport {
  disposition: PriorDisposition;
  verdict: PriorDispositionVerdict;
  /** The count it stands for, after any amendment on appeal. */
  effectiveRepeatCount: number;
  /** The last day on which a repeat counts against it, where a look-back applied. */
  lookBackEndsOn?: string;
  reason: string;
}

/** Which table (and version) a result was read from. */
export type LadderTableRef = Pick<
  LadderTable,
  "lawCode" | "lawName" | "tableName" | "versionId" | "effectiveFrom" | "effectiveTo" | "verified"
>;

export interface LadderRowRef {
  code: string;
  item: string;
  violation: string;
  article: string;
  verified: boolean;
  source: string;
  note?: string;
}

export const DISPOSITION_ERROR_CODES = [
  "INVALID_DATE",
  "FUTURE_DATE",
  "NO_TABLE_FOR_LAW",
  "NO_TABLE_FOR_DATE",
  "NO_ROW_FOR_CODE",
  "NO_LOOK_BACK",
  "NO_REPEAT_COUNT_RULE",
  "NO_IMMEDIATE_CLOSURE_CLAUSE",
  "IMMEDIATE_CLOSURE_NOT_FOR_CODE",
  "FACTS_REQUIRED",
] as const;
export type DispositionErrorCode = (typeof DISPOSITION_ERROR_CODES)[number];

export interface ViolationAssessed {
  ok: true;
  index: number;
  code: string;
  date: string;
  table: LadderTableRef;
  /** Which date picked the table version. */
  tableChosenBy: "committedOn" | "date";
  row: LadderRowRef;
  repeatCount: number;
  /** The step of the row applied (≤ the number of steps printed). */
  stepApplied: number;
  basis: "ladder" | "immediateClosure";
  measure: Measure;
  measureLabel: string;
  immediateClosure?: { item: string; condition: string; facts: string };
  lookBack?: { months: number; verified: boolean; source: string };
  counted: PriorDispositionReport[];
  ignored: PriorDispositionReport[];
  /** The operator's other institutions' dispositions, counted or not, reported alongside. */
  operatorHistory: PriorDispositionReport[];
  /** What the result rests on that is not confirmed in the official text (Korean). */
  unverified: string[];
  warnings: string[];
  explanation: string;
}

export interface ViolationRejected {
  ok: false;
  index: number;
  code: string;
  date: string;
  table?: LadderTableRef;
  error: { code: DispositionErrorCode; message: string };
  explanation: string;
}

export type ViolationAssessment = ViolationAssessed | ViolationRejected;

/** The decision for the violations of one law found together. */
export interface CombinedDisposition {
  lawCode: string;
  /** 'single': one violation; 'heaviest': the table's rule for concurrent violations; 'undetermined': no rule. */
  rule: "single" | "heaviest" | "undetermined";
  measure: Measure | null;
  measureLabel: string | null;
  /** Indices of the violations whose measure is the one applied. */
  decidedBy: number[];
  /** Indices of all the violations of this law. */
  violations: number[];
  /** Some violations of this law could not be assessed. */
  incomplete: boolean;
  explanation: string;
}

export interface DispositionAssessment {
  assessments: ViolationAssessment[];
  combined: CombinedDisposition[];
}

// ── dates ───────────────────────────────────────────────────────────────────
const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/**
 * The last day of a look-back of `months` from a decision date, as the 민법 counts a period in months: the
 * decision day itself is not counted (제157조), the period ends the day before the corresponding day of the
 * last month (제160조제2항), or on that month's last day when it has no corresponding day (제160조제3항).
 * 2021-03-10 + 36 months → 2024-03-10.
 */
export function lookBackEndsOn(decidedOn: string, months: number): string {
  const start = addCalendarDays(decidedOn, 1);
  const [y = 0, m = 1, d = 1] = start.split("-").map(Number);
  const total = m - 1 + months;
  const ty = y + Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const daysInMonth = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  if (d > daysInMonth) return iso(ty, tm, daysInMonth);
  return addCalendarDays(iso(ty, tm, d), -1);
}

/** '3년', '18개월'. */
export function lookBackPeriodLabel(months: number): string {
  return months % 12 === 0 ? `${months / 12}년` : `${months}개월`;
}

// ── helpers ─────────────────────────────────────────────────────────────────
const tableRef = (t: LadderTable): LadderTableRef => ({
  lawCode: t.lawCode,
  lawName: t.lawName,
  tableName: t.tableName,
  versionId: t.versionId,
  effectiveFrom: t.effectiveFrom,
  ...(t.effectiveTo !== undefined ? { effectiveTo: t.effectiveTo } : {}),
  verified: t.verified,
});

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1;

const effectiveCount = (p: PriorDisposition) => p.amendment?.repeatCount ?? p.repeatCount;
const effectiveMeasure = (p: PriorDisposition) => p.amendment?.measure ?? p.measure;

/** A total order on history entries so that the result does not depend on the order they were given in. */
function priorSortKey(p: PriorDisposition): string {
  return [
    p.decidedOn,
    p.code,
    p.relation ?? "institution",
    String(p.repeatCount).padStart(4, "0"),
    p.id ?? "",
    JSON.stringify(p),
  ].join("\u0000");
}
const byPriorKey = (a: PriorDispositionReport, b: PriorDispositionReport) => {
  const ka = priorSortKey(a.disposition);
  const kb = priorSortKey(b.disposition);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

const withObject = (word: string) => josa(word, "을/를");
/** A table version in a sentence: by its effective date, not its internal identifier. */
const edition = (t: { tableName: string; effectiveFrom: string }) =>
  `${t.tableName}(${t.effectiveFrom} 시행 판)`;
const priorName = (p: PriorDisposition) =>
  `${p.decidedOn} 처분(${violationWords(p.code)}, ${effectiveCount(p)}차)`;

function amendmentNote(p: PriorDisposition): string {
  const a = p.amendment;
  if (!a) return "";
  const parts: string[] = [];
  if (a.repeatCount !== undefined && a.repeatCount !== p.repeatCount)
    parts.push(`차수 ${p.repeatCount}차 → ${a.repeatCount}차`);
  if (a.measure)
    parts.push(`처분 ${p.measure ? `${formatMeasure(p.measure)} → ` : ""}${formatMeasure(a.measure)}`);
  if (parts.length === 0) return "";
  return ` 행정심판·소송 등으로 변경되어(${parts.join(", ")}${a.reason ? `, ${a.reason}` : ""}) 변경된 내용으로 셉니다.`;
}

type Classified = PriorDispositionReport & { needsLookBack?: boolean };

/** Why an earlier disposition counts or not for one violation; the first reason that applies is given. */
function classifyPrior(
  p: PriorDisposition,
  v: { code: string; date: string },
  provisions: GeneralProvisions,
): Classified {
  const eff = effectiveCount(p);
  const base = { disposition: p, effectiveRepeatCount: isCount(eff) ? eff : 0 };
  if (!isIsoDate(p.decidedOn) || !isCount(p.repeatCount) || !isCount(eff))
    return {
      ...base,
      verdict: "invalid",
      reason: `처분일(${p.decidedOn}) 또는 차수(${p.repeatCount})를 읽을 수 없어 위반횟수에 넣지 않았습니다. 처분 기록을 확인하세요.`,
    };
  if (p.code !== v.code)
    return {
      ...base,
      verdict: "otherCode",
      reason: `${priorName(p)}은 다른 위반행위에 대한 것이어서 위반횟수에 넣지 않았습니다.`,
    };
  if ((p.relation ?? "institution") === "operator" && !provisions.operatorHistory?.counts)
    return {
      ...base,
      verdict: "otherInstitution",
      reason: `${priorName(p)}은 같은 운영자의 다른 시설${p.institutionName ? `(${p.institutionName})` : ""}에 대한 것이어서 위반횟수에 넣지 않았습니다. 처분기준표 일반기준에 운영자 기준으로 합산하는 규정이 ${provisions.operatorHistory ? "없다고 입력되어" : "입력되어 있지 않아"} 참고로만 보여 줍니다.`,
    };
  if (p.cancelled)
    return {
      ...base,
      verdict: "cancelled",
      reason: `${priorName(p)}은 취소되어${p.cancelReason ? `(${p.cancelReason})` : ""} 위반횟수에 넣지 않았습니다.`,
    };
  if (p.decidedOn >= v.date)
    return {
      ...base,
      verdict: "notBefore",
      reason: `${priorName(p)}은 이번 적발일(${v.date})보다 앞서 내려진 처분이 아니어서 위반횟수에 넣지 않았습니다.`,
    };
  const lb = lookBackFor(provisions, v.code);
  if (!lb)
    return {
      ...base,
      verdict: "counted",
      needsLookBack: true,
      reason: `${priorName(p)}: 처분기준표에 위반횟수 산정기간이 입력되어 있지 않아 판단하지 못했습니다.`,
    };
  const endsOn = lookBackEndsOn(p.decidedOn, lb.months);
  const operator =
    (p.relation ?? "institution") === "operator"
      ? ` 같은 운영자의 다른 시설${p.institutionName ? `(${p.institutionName})` : ""}의 처분이지만 일반기준에 따라 합산합니다.`
      : "";
  if (v.date > endsOn)
    return {
      ...base,
      verdict: "outsidePeriod",
      lookBackEndsOn: endsOn,
      reason: `${priorName(p)}은 처분일부터 ${lookBackPeriodLabel(lb.months)}(${endsOn}까지)이 지난 뒤 적발되어 위반횟수에 넣지 않았습니다.`,
    };
  return {
    ...base,
    verdict: "counted",
    lookBackEndsOn: endsOn,
    reason: `${priorName(p)}은 처분일부터 ${lookBackPeriodLabel(lb.months)} 안(${endsOn}까지)에 같은 위반행위가 다시 적발되어 위반횟수에 넣었습니다.${amendmentNote(p)}${operator}`,
  };
}

const SHORT_REASON: Record<
  Exclude<PriorDispositionVerdict, "counted" | "otherCode" | "outsidePeriod">,
  string
> = {
  cancelled: "취소되어",
  otherInstitution: "같은 운영자의 다른 시설에 대한 것이어서",
  notBefore: "이번 적발일 전에 내려진 처분이 아니어서",
  invalid: "처분일·차수를 읽을 수 없어",
};

function countingSentence(counted: PriorDispositionReport[], ignored: PriorDispositionReport[]): string {
  const parts: string[] = [];
  if (counted.length > 0)
    parts.push(
      `${counted.map((r) => `${r.disposition.decidedOn} 처분(${r.effectiveRepeatCount}차)`).join(", ")}을 위반횟수에 넣었${ignored.some((r) => r.verdict !== "otherCode") ? "고" : "습니다"}`,
    );
  const relevant = ignored.filter((r) => r.verdict !== "otherCode");
  if (relevant.length > 0) {
    const phrases = relevant.map(
      (r) =>
        `${r.disposition.decidedOn} 처분은 ${
          r.verdict === "outsidePeriod"
            ? `산정기간(${r.lookBackEndsOn}까지)이 지나`
            : SHORT_REASON[r.verdict as keyof typeof SHORT_REASON]
        }`,
    );
    parts.push(`${phrases.join(", ")} 넣지 않았습니다`);
  }
  if (parts.length === 0) return "같은 위반행위로 받은 이전 처분이 없어 1차로 보았습니다.";
  const others = ignored.length - relevant.length;
  return `${parts.join(", ")}.${others > 0 ? ` 다른 위반행위에 대한 처분 ${others}건은 세지 않았습니다.` : ""}`;
}

function reject(
  index: number,
  v: ViolationInput,
  code: DispositionErrorCode,
  message: string,
  table?: LadderTable,
): ViolationRejected {
  return {
    ok: false,
    index,
    code: v.code,
    date: v.date,
    ...(table ? { table: tableRef(table) } : {}),
    error: { code, message },
    explanation: message,
  };
}

// ── one violation ───────────────────────────────────────────────────────────
function assessOne(
  index: number,
  v: ViolationInput,
  tables: readonly LadderTable[],
  history: readonly PriorDisposition[],
  today: string,
): ViolationAssessment {
  if (!isIsoDate(v.date))
    return reject(index, v, "INVALID_DATE", `적발일(${v.date})을 YYYY-MM-DD 형식의 날짜로 입력하세요.`);
  if (v.committedOn !== undefined && !isIsoDate(v.committedOn))
    return reject(
      index,
      v,
      "INVALID_DATE",
      `위반일(${v.committedOn})을 YYYY-MM-DD 형식의 날짜로 입력하세요.`,
    );
  if (v.committedOn !== undefined && v.committedOn > v.date)
    return reject(index, v, "INVALID_DATE", `위반일(${v.committedOn})이 적발일(${v.date})보다 늦습니다.`);
  if (v.date > today)
    return reject(index, v, "FUTURE_DATE", `적발일(${v.date})이 오늘(${today}) 이후입니다.`);

  const lawCode = lawCodeOfViolation(v.code);
  const versions = lawCode ? tables.filter((t) => t.lawCode === lawCode) : [];
  if (!lawCode || versions.length === 0)
    return reject(
      index,
      v,
      "NO_TABLE_FOR_LAW",
      `위반 코드 ${v.code}이(가) 속한 법령의 처분기준표가 없습니다. 관리자가 해당 법령의 처분기준표를 입력해야 합니다.`,
    );
  // The 위반일 picks the version when known (the 부칙 speak of the violation); otherwise the 적발일.
  const chosenBy = v.committedOn !== undefined ? "committedOn" : "date";
  const pickDate = v.committedOn ?? v.date;
  const table = tableInForce(tables, lawCode, pickDate);
  if (!table) {
    const known = [...versions]
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
      .map((t) => `${t.effectiveFrom}${t.effectiveTo ? `~${t.effectiveTo}` : "~"}`)
      .join(", ");
    return reject(
      index,
      v,
      "NO_TABLE_FOR_DATE",
      `${versions[0]?.tableName ?? lawCode}에는 ${chosenBy === "committedOn" ? "위반일" : "적발일"}(${pickDate})에 시행 중인 판이 입력되어 있지 않습니다(입력된 판: ${known}). 관리자가 그때의 처분기준표를 입력해야 합니다.`,
    );
  }
  const row = table.rows.find((r) => r.code === v.code);
  if (!row)
    return reject(
      index,
      v,
      "NO_ROW_FOR_CODE",
      `${edition(table)}에는 위반 코드 ${v.code}의 처분기준이 없습니다. 출처에서 확인되지 않은 행은 입력하지 않았으니, 관리자가 원문을 확인해 입력해야 합니다.`,
      table,
    );

  const p = table.provisions;
  const reports = history.map((prior) => classifyPrior(prior, v, p)).sort(byPriorKey);
  if (reports.some((r) => r.needsLookBack))
    return reject(
      index,
      v,
      "NO_LOOK_BACK",
      `${edition(table)}에는 위반횟수 산정기간이 입력되어 있지 않아, 같은 위반행위로 받은 이전 처분을 위반횟수에 넣을지 판단할 수 없습니다. 관리자가 일반기준을 입력해야 합니다.`,
      table,
    );
  const counted: PriorDispositionReport[] = reports.filter((r) => r.verdict === "counted");
  const ignored: PriorDispositionReport[] = reports.filter((r) => r.verdict !== "counted");
  const rule = p.repeatCountRule;
  if (counted.length > 0 && !rule)
    return reject(
      index,
      v,
      "NO_REPEAT_COUNT_RULE",
      `${edition(table)}에는 위반 차수를 정하는 방법이 입력되어 있지 않습니다. 관리자가 일반기준을 입력해야 합니다.`,
      table,
    );
  // "그 위반행위 전 부과처분 차수의 다음 차수": the step after the highest counted one.
  const repeatCount = counted.length === 0 ? 1 : Math.max(...counted.map((r) => r.effectiveRepeatCount)) + 1;

  const unverified: string[] = [];
  const warnings: string[] = [];
  if (!table.verified) unverified.push(`${edition(table)}은(는) 원문과 대조 전입니다.`);
  if (!row.verified) unverified.push(`${row.item} 행은 원문에서 확인되지 않았습니다.`);
  const lb = lookBackFor(p, v.code);
  const sameCodeConsidered = reports.some((r) => r.lookBackEndsOn !== undefined);
  if (lb && sameCodeConsidered && !lb.verified)
    unverified.push(`위반횟수 산정기간 ${lookBackPeriodLabel(lb.months)}은 원문 확인 전입니다.`);
  if (rule && counted.length > 0 && !rule.verified)
    unverified.push("위반 차수를 정하는 방법(직전 처분 차수의 다음 차수)은 원문 확인 전입니다.");
  const operatorHistory = reports.filter((r) => (r.disposition.relation ?? "institution") === "operator");
  if (operatorHistory.length > 0 && p.operatorHistory && !p.operatorHistory.verified)
    unverified.push("다른 시설 처분의 합산 여부는 원문 확인 전입니다.");

  let measure: Measure;
  let stepApplied = Math.min(repeatCount, row.steps.length);
  let basis: ViolationAssessed["basis"] = "ladder";
  let immediateClosure: ViolationAssessed["immediateClosure"];
  let head: string;
  if (v.immediateClosureFacts !== undefined) {
    const clause = p.immediateClosure;
    if (!clause)
      return reject(
        index,
        v,
        "NO_IMMEDIATE_CLOSURE_CLAUSE",
        `${edition(table)}에는 단계별 처분을 거치지 않는 즉시 처분 규정이 입력되어 있지 않습니다.`,
        table,
      );
    if (clause.codes && !clause.codes.includes(v.code))
      return reject(
        index,
        v,
        "IMMEDIATE_CLOSURE_NOT_FOR_CODE",
        `${table.tableName} ${clause.item}은(는) 위반 코드 ${v.code}에 적용할 수 없습니다.`,
        table,
      );
    const facts = v.immediateClosureFacts.trim();
    if (!facts)
      return reject(
        index,
        v,
        "FACTS_REQUIRED",
        `${table.tableName} ${clause.item}을(를) 적용하려면 객관적으로 확인된 사실관계를 기록해야 합니다.`,
        table,
      );
    measure = clause.measure;
    basis = "immediateClosure";
    stepApplied = 0;
    immediateClosure = { item: clause.item, condition: clause.condition, facts };
    if (!clause.verified) unverified.push(`${clause.item}의 내용은 원문 확인 전입니다.`);
    head = `${table.tableName} ${clause.item}에 따라 단계별 처분을 거치지 않고 ${withObject(formatMeasure(measure))} 적용합니다(${row.item} ${repeatCount}차 위반). 사실관계: ${facts.replace(/[.\s]+$/, "")}.`;
  } else {
    const step = row.steps[stepApplied - 1];
    if (!step) throw new Error(`ladder row ${row.code} has no steps`);
    measure = step;
    const label = formatMeasure(measure);
    if (repeatCount > row.steps.length) {
      warnings.push(
        `${row.item}에는 ${row.steps.length}차까지만 있어 ${repeatCount}차 위반에 ${row.steps.length}차 기준을 적용했습니다.`,
      );
      head = `${table.tableName} ${row.item}의 ${repeatCount}차 위반입니다. 표에 ${row.steps.length}차까지만 있어 ${row.steps.length}차 기준인 ${withObject(label)} 적용합니다.`;
    } else head = `${table.tableName} ${row.item}의 ${repeatCount}차 위반으로 ${label}에 해당합니다.`;
  }
  for (const r of counted) {
    const earlier = effectiveMeasure(r.disposition);
    if (earlier && compareMeasures(earlier, measure) > 0)
      warnings.push(
        `${priorName(r.disposition)}의 처분(${formatMeasure(earlier)})이 이번 처분(${formatMeasure(measure)})보다 무겁습니다. 가중된 처분이었거나 다른 판의 기준이었는지 확인하세요.`,
      );
  }

  const tail = unverified.length > 0 ? " ※ 처분기준표의 일부 내용은 원문(법제처) 확인 전입니다." : "";
  return {
    ok: true,
    index,
    code: v.code,
    date: v.date,
    table: tableRef(table),
    tableChosenBy: chosenBy,
    row: {
      code: row.code,
      item: row.item,
      violation: row.violation,
      article: row.article,
      verified: row.verified,
      source: row.source,
      ...(row.note !== undefined ? { note: row.note } : {}),
    },
    repeatCount,
    stepApplied,
    basis,
    measure,
    measureLabel: formatMeasure(measure),
    ...(immediateClosure ? { immediateClosure } : {}),
    ...(lb ? { lookBack: { months: lb.months, verified: lb.verified, source: lb.source } } : {}),
    counted,
    ignored,
    operatorHistory,
    unverified,
    warnings,
    explanation: `${head} ${countingSentence(counted, ignored)}${tail}`,
  };
}

// ── concurrent violations ───────────────────────────────────────────────────
function combine(assessments: ViolationAssessment[], tables: readonly LadderTable[]): CombinedDisposition[] {
  const groups = new Map<string, ViolationAssessment[]>();
  for (const a of assessments) {
    const law = a.ok ? a.table.lawCode : (lawCodeOfViolation(a.code) ?? "");
    if (!law) continue;
    groups.set(law, [...(groups.get(law) ?? []), a]);
  }
  const decisions: CombinedDisposition[] = [];
  for (const [lawCode, group] of groups) {
    const done = group.filter((a): a is ViolationAssessed => a.ok);
    const incomplete = done.length < group.length;
    const violations = group.map((a) => a.index);
    const missing = incomplete
      ? ` 처분기준을 정하지 못한 위반행위(${group
          .filter((a) => !a.ok)
          .map((a) => a.code)
          .join(", ")})가 있어 결과가 달라질 수 있습니다.`
      : "";
    const undetermined = (explanation: string): CombinedDisposition => ({
      lawCode,
      rule: "undetermined",
      measure: null,
      measureLabel: null,
      decidedBy: [],
      violations,
      incomplete,
      explanation,
    });
    if (done.length === 0) {
      decisions.push(undetermined(`처분기준을 정한 위반행위가 없습니다.${missing}`));
      continue;
    }
    const heaviest = heaviestMeasure(done.map((a) => a.measure));
    if (!heaviest) continue;
    const decidedBy = done
      .filter((a) => compareMeasures(a.measure, heaviest.measure) === 0)
      .map((a) => a.index);
    const label = formatMeasure(heaviest.measure);
    if (group.length === 1) {
      decisions.push({
        lawCode,
        rule: "single",
        measure: heaviest.measure,
        measureLabel: label,
        decidedBy,
        violations,
        incomplete,
        explanation: `${label}: 위반행위가 하나입니다.`,
      });
      continue;
    }
    const versions = [...new Set(done.map((a) => a.table.versionId))];
    const rules = versions.map((id) => tables.find((t) => t.versionId === id)?.provisions.concurrent);
    if (rules.some((r) => !r)) {
      decisions.push(
        undetermined(
          `처분기준표(${versions.map((id) => tables.find((t) => t.versionId === id)?.effectiveFrom ?? id).join(", ")} 시행 판)에 위반행위가 둘 이상인 경우의 기준이 입력되어 있지 않아 함께 적발된 위반행위의 처분을 하나로 정하지 못했습니다. 위반행위별 처분을 참고하세요.${missing}`,
        ),
      );
      continue;
    }
    const deciders = done
      .filter((a) => decidedBy.includes(a.index))
      .map((a) => `${a.row.violation} ${a.repeatCount}차`)
      .join(", ");
    const unverified = rules.some((r) => r && !r.verified) ? " (이 일반기준은 원문 확인 전입니다.)" : "";
    decisions.push({
      lawCode,
      rule: "heaviest",
      measure: heaviest.measure,
      measureLabel: label,
      decidedBy,
      violations,
      incomplete,
      explanation: `위반행위 ${group.length}건이 함께 적발되어 가장 무거운 ${withObject(label)} 적용합니다(${deciders}).${unverified}${missing}`,
    });
  }
  return decisions;
}

/**
 * Assesses violations found together at one institution against its whole nationwide history (and the
 * operator's other institutions', marked `relation: 'operator'`). Never throws for missing data: a
 * violation without a table or row gets an error result that says what is missing.
 */
export function assessViolations(input: DispositionAssessmentInput): DispositionAssessment {
  const tables = input.tables ?? BUILT_IN_LADDER_TABLES;
  const history = input.history ?? [];
  const today = input.today ?? koreaToday();
  const assessments = input.violations.map((v, i) => assessOne(i, v, tables, history, today));
  return { assessments, combined: combine(assessments, tables) };
}

// ── aggravation and mitigation ──────────────────────────────────────────────
export interface MeasureAdjustment {
  direction: "mitigate" | "aggravate";
  to: Measure;
  reason: string;
}

export type MeasureAdjustmentResult =
  | { ok: true; measure: Measure; measureLabel: string; limit?: Measure; explanation: string }
  | { ok: false; code: string; message: string };

function scaledSuspension(m: SuspensionMeasure, days: number): SuspensionMeasure {
  if (m.unit === "months" && days % DAYS_PER_MONTH_FOR_COMPARISON === 0)
    return { kind: m.kind, unit: "months", length: days / DAYS_PER_MONTH_FOR_COMPARISON };
  return { kind: m.kind, unit: "days", length: days };
}

/**
 * The lowest measure a mitigation may reach under the table's limits: the same suspension or amount
 * reduced by the allowed fraction (rounded up: the limit is never crossed), and never below the table's
 * floor. Undefined when the table has no mitigation limits.
 */
export function mitigationFloor(measure: Measure, provisions: GeneralProvisions): Measure | undefined {
  const limits = provisions.mitigation;
  if (!limits) return undefined;
  let floor: Measure | undefined;
  if (!limits.allowLighterKind) {
    if (isSuspension(measure))
      floor = scaledSuspension(
        measure,
        Math.max(1, Math.ceil(suspensionDays(measure) * (1 - limits.maxFraction))),
      );
    else if (isMoney(measure))
      floor = {
        kind: measure.kind,
        amountWon: Math.max(1, Math.ceil(measure.amountWon * (1 - limits.maxFraction))),
      };
    else floor = measure;
  }
  if (limits.floor && (!floor || compareMeasures(limits.floor, floor) > 0)) floor = limits.floor;
  return floor;
}

/** The heaviest measure an aggravation of the same kind may reach; undefined without aggravation limits. */
export function aggravationCeiling(measure: Measure, provisions: GeneralProvisions): Measure | undefined {
  const limits = provisions.aggravation;
  if (!limits) return undefined;
  if (isSuspension(measure)) {
    let days = Math.floor(suspensionDays(measure) * (1 + limits.maxFraction));
    if (limits.maxSuspensionMonths !== undefined)
      days = Math.min(days, limits.maxSuspensionMonths * DAYS_PER_MONTH_FOR_COMPARISON);
    return scaledSuspension(measure, days);
  }
  if (isMoney(measure)) {
    let amountWon = Math.floor(measure.amountWon * (1 + limits.maxFraction));
    if (limits.maxAmountWon !== undefined) amountWon = Math.min(amountWon, limits.maxAmountWon);
    return { kind: measure.kind, amountWon };
  }
  return measure;
}

/**
 * Checks a 가중 or 감경 against the table's limits (e.g. a suspension within one half) and the recorded
 * reason, and returns the adjusted measure.
 */
export function applyAdjustment(
  measure: Measure,
  adjustment: MeasureAdjustment,
  provisions: GeneralProvisions,
): MeasureAdjustmentResult {
  const mitigate = adjustment.direction === "mitigate";
  const word = mitigate ? "감경" : "가중";
  const limits = mitigate ? provisions.mitigation : provisions.aggravation;
  const from = formatMeasure(measure);
  const to = formatMeasure(adjustment.to);
  if (!limits)
    return {
      ok: false,
      code: "NO_ADJUSTMENT_RULE",
      message: `이 처분기준표에는 ${word} 기준이 입력되어 있지 않아 ${word}할 수 없습니다. 관리자가 일반기준을 입력해야 합니다.`,
    };
  const reason = adjustment.reason.trim();
  if (limits.requiresReason && !reason)
    return { ok: false, code: "REASON_REQUIRED", message: `${word} 사유를 기록하세요.` };
  const cmp = compareMeasures(adjustment.to, measure);
  if (mitigate && cmp >= 0)
    return {
      ok: false,
      code: "NOT_LIGHTER",
      message: `${to}은(는) ${from}보다 가볍지 않아 감경이 아닙니다.`,
    };
  if (!mitigate && cmp <= 0)
    return {
      ok: false,
      code: "NOT_HEAVIER",
      message: `${to}은(는) ${from}보다 무겁지 않아 가중이 아닙니다.`,
    };
  const sameKind = adjustment.to.kind === measure.kind;
  let limit: Measure | undefined;
  if (mitigate) {
    const m = provisions.mitigation;
    if (!sameKind && !m?.allowLighterKind)
      return {
        ok: false,
        code: "KIND_CHANGE_NOT_ALLOWED",
        message: `이 처분기준표의 감경 기준으로는 ${from}을(를) 다른 종류의 처분(${to})으로 바꿀 수 없습니다.`,
      };
    limit = mitigationFloor(measure, provisions);
    if (sameKind && m && (isSuspension(measure) || isMoney(measure))) {
      const fractionFloor = mitigationFloor(measure, { mitigation: { ...m, allowLighterKind: false } });
      if (fractionFloor && compareMeasures(adjustment.to, fractionFloor) < 0)
        return {
          ok: false,
          code: "BELOW_FLOOR",
          message: `${from}은(는) ${formatMeasure(fractionFloor)}까지만 감경할 수 있습니다.`,
        };
    }
    if (limit && compareMeasures(adjustment.to, limit) < 0)
      return {
        ok: false,
        code: "BELOW_FLOOR",
        message: `${from}은(는) ${formatMeasure(limit)}보다 가볍게 감경할 수 없습니다.`,
      };
  } else {
    const a = provisions.aggravation;
    if (!sameKind && !a?.allowHeavierKind)
      return {
        ok: false,
        code: "KIND_CHANGE_NOT_ALLOWED",
        message: `이 처분기준표의 가중 기준으로는 ${from}을(를) 다른 종류의 처분(${to})으로 바꿀 수 없습니다.`,
      };
    if (sameKind) limit = aggravationCeiling(measure, provisions);
    if (limit && compareMeasures(adjustment.to, limit) > 0)
      return {
        ok: false,
        code: "ABOVE_CEILING",
        message: `${from}은(는) ${formatMeasure(limit)}까지만 가중할 수 있습니다.`,
      };
    const target = adjustment.to;
    if (
      a?.maxSuspensionMonths !== undefined &&
      isSuspension(target) &&
      suspensionDays(target) > a.maxSuspensionMonths * DAYS_PER_MONTH_FOR_COMPARISON
    )
      return {
        ok: false,
        code: "ABOVE_CEILING",
        message: `정지 기간은 ${a.maxSuspensionMonths}개월을 넘을 수 없습니다.`,
      };
    if (a?.maxAmountWon !== undefined && isMoney(target) && target.amountWon > a.maxAmountWon)
      return {
        ok: false,
        code: "ABOVE_CEILING",
        message: `금액은 ${formatWon(a.maxAmountWon)}을 넘을 수 없습니다.`,
      };
  }
  const verifiedNote = limits.verified ? "" : " (이 기준은 원문 확인 전입니다.)";
  return {
    ok: true,
    measure: adjustment.to,
    measureLabel: to,
    ...(limit ? { limit } : {}),
    explanation: `${from}을(를) ${to}(으)로 ${word}합니다${limit ? `(${mitigate ? "하한" : "상한"} ${formatMeasure(limit)})` : ""}. 사유: ${reason || "기록 없음"}.${verifiedNote}`,
  };
}

// ── 업무정지에 갈음한 과징금 ──────────────────────────────────────────────────
export interface SurchargeInputs {
  /** The violation, for codes whose suspension may not be converted. */
  code?: string;
  /** Annual revenue in won, for formulas by revenue. */
  annualRevenueWon?: number;
}

export type SurchargeResult =
  | {
      ok: true;
      measure: MoneyMeasure;
      measureLabel: string;
      days: number;
      wonPerDay: number;
      capped: boolean;
      explanation: string;
    }
  | { ok: false; code: string; message: string };

/** Converts a suspension to a 과징금 by the formula entered in the table's general provisions. */
export function convertSuspensionToSurcharge(
  measure: Measure,
  provisions: GeneralProvisions,
  inputs: SurchargeInputs = {},
): SurchargeResult {
  const c = provisions.surchargeConversion;
  if (!c)
    return {
      ok: false,
      code: "NO_CONVERSION",
      message: "이 처분기준표에는 정지 처분을 과징금으로 바꾸는 기준이 입력되어 있지 않습니다.",
    };
  if (!isSuspension(measure) || !c.suspensionKinds.includes(measure.kind))
    return {
      ok: false,
      code: "NOT_CONVERTIBLE",
      message: `${formatMeasure(measure)}은(는) 과징금으로 바꿀 수 있는 정지 처분이 아닙니다.`,
    };
  if (inputs.code && c.excludedCodes?.includes(inputs.code))
    return {
      ok: false,
      code: "CODE_EXCLUDED",
      message: `위반 코드 ${inputs.code}의 정지 처분은 과징금으로 바꿀 수 없습니다.`,
    };
  const days = measure.unit === "months" ? measure.length * c.daysPerMonth : measure.length;
  const f = c.formula;
  let wonPerDay: number;
  let basis: string;
  if (f.kind === "fixedPerDay") {
    wonPerDay = f.wonPerDay;
    basis = `1일 ${formatWon(wonPerDay)}`;
  } else {
    const revenue = inputs.annualRevenueWon;
    if (revenue === undefined || !Number.isFinite(revenue) || revenue < 0)
      return {
        ok: false,
        code: "REVENUE_REQUIRED",
        message: "과징금을 산정하려면 연간 매출액(수입액)을 입력하세요.",
      };
    if (f.kind === "revenueBrackets") {
      const bracket = f.brackets.find((b) => b.upToWon === undefined || revenue <= b.upToWon);
      if (!bracket)
        return {
          ok: false,
          code: "REVENUE_OUT_OF_RANGE",
          message: `연간 매출액 ${formatWon(revenue)}에 해당하는 과징금 구간이 없습니다.`,
        };
      wonPerDay = bracket.wonPerDay;
      basis = `연간 매출액 ${formatWon(revenue)} 구간의 1일 ${formatWon(wonPerDay)}`;
    } else {
      wonPerDay = Math.floor((revenue * f.rate) / f.daysInYear);
      basis = `연간 매출액 ${formatWon(revenue)} ÷ ${f.daysInYear}일 × ${f.rate} = 1일 ${formatWon(wonPerDay)}`;
    }
  }
  let amount = wonPerDay * days;
  const capped = c.maxAmountWon !== undefined && amount > c.maxAmountWon;
  if (capped && c.maxAmountWon !== undefined) amount = c.maxAmountWon;
  amount = Math.floor(amount / c.roundDownToWon) * c.roundDownToWon;
  if (amount <= 0)
    return {
      ok: false,
      code: "ZERO_AMOUNT",
      message: "산정된 과징금이 0원입니다. 입력한 기준을 확인하세요.",
    };
  const result: MoneyMeasure = { kind: "surcharge", amountWon: amount };
  return {
    ok: true,
    measure: result,
    measureLabel: formatMeasure(result),
    days,
    wonPerDay,
    capped,
    explanation: `${formatMeasure(measure)}(${days}일)을 ${basis} 기준으로 환산해 ${formatMeasure(result)}입니다${capped ? `(상한 ${formatWon(c.maxAmountWon ?? 0)} 적용)` : ""}.${c.verified ? "" : " (이 환산 기준은 원문 확인 전입니다.)"}`,
  };
}

// ── the preview API ─────────────────────────────────────────────────────────
const isoDate = z.string().refine(isIsoDate, "YYYY-MM-DD 형식의 날짜를 입력하세요.");
const violationCode = z.string().trim().min(1, "위반 코드를 입력하세요.").max(40);

/** Body of `POST /api/official/dispositions/preview`. */
export const dispositionPreviewRequestSchema = z.object({
  institutionId: z.string().trim().min(1).optional(),
  /** Earlier dispositions known only on paper, added to the register's. */
  history: z
    .array(
      z.object({
        code: violationCode,
        decidedOn: isoDate,
        repeatCount: z.number().int().min(1, "차수는 1 이상입니다.").max(99),
        cancelled: z.boolean().optional(),
      }),
    )
    .max(200)
    .optional(),
  violations: z
    .array(z.object({ code: violationCode, date: isoDate }))
    .min(1, "위반행위를 하나 이상 입력하세요.")
    .max(50),
});
export type DispositionPreviewRequest = z.infer<typeof dispositionPreviewRequestSchema>;

/** One result of the preview API: the measure in the table's Korean words, or null with the reason. */
export interface DispositionPreviewResult {
  code: string;
  repeatCount: number | null;
  measure: string | null;
  explanation: string;
}

/**
 * The preview API's `{ results }`, one per violation in the given order, plus the structured detail (the
 * table version, counted and ignored dispositions, the combined decision).
 */
export function previewResults(input: DispositionAssessmentInput): {
  results: DispositionPreviewResult[];
  detail: DispositionAssessment;
} {
  const detail = assessViolations(input);
  const results = detail.assessments.map(
    (a): DispositionPreviewResult =>
      a.ok
        ? { code: a.code, repeatCount: a.repeatCount, measure: a.measureLabel, explanation: a.explanation }
        : { code: a.code, repeatCount: null, measure: null, explanation: a.explanation },
  );
  return { results, detail };
}
