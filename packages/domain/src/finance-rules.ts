import { josa } from "es-hangul";
import { codesOf } from "./codes.ts";

/**
 * 재정·보조금 요약: the yearly summary an institution reports (세입·세출 by source and by kind). The accounts
 * themselves are kept in the ERP (사회복지시설 재무회계, another team's system); this is a summary only.
 */
const REVENUE_FIELD_LABELS = {
  subsidyNational: "보조금(국비)",
  subsidyLocal: "보조금(지방비)", // 시도비·시군구비
  corporationTransfer: "법인전입금",
  donations: "후원금",
  userFees: "이용료(본인부담금)",
  otherRevenue: "기타 수입",
};
export const REVENUE_FIELDS = codesOf(REVENUE_FIELD_LABELS);
export type RevenueField = (typeof REVENUE_FIELDS)[number];

const EXPENDITURE_FIELD_LABELS = {
  personnel: "인건비",
  operating: "운영비",
  programCosts: "사업비",
  otherExpenditure: "기타 지출",
};
export const EXPENDITURE_FIELDS = codesOf(EXPENDITURE_FIELD_LABELS);
export type ExpenditureField = (typeof EXPENDITURE_FIELDS)[number];

export type FinanceAmountField = RevenueField | ExpenditureField;
export const FINANCE_AMOUNT_FIELDS: readonly FinanceAmountField[] = [
  ...REVENUE_FIELDS,
  ...EXPENDITURE_FIELDS,
];

export const FINANCE_FIELD_LABELS: Record<FinanceAmountField, string> = {
  ...REVENUE_FIELD_LABELS,
  ...EXPENDITURE_FIELD_LABELS,
};

/** One line may not exceed 1조 원 (a bound against typing errors; the largest institutions are far below). */
export const MAX_FINANCE_AMOUNT = 999_999_999_999;
export const MIN_FISCAL_YEAR = 2000;

export type FinanceAmounts = Record<FinanceAmountField, number>;

export interface FinanceTotals {
  revenueTotal: number; // 세입 합계
  subsidyTotal: number; // 보조금 합계(국비 + 지방비)
  expenditureTotal: number; // 세출 합계
  balance: number; // 세입 − 세출
  /** 보조금 비율: subsidy ÷ revenue, 0–1; null when there is no revenue. */
  subsidyShare: number | null;
}

export function computeFinanceTotals(a: FinanceAmounts): FinanceTotals {
  const revenueTotal = REVENUE_FIELDS.reduce((sum, f) => sum + (a[f] ?? 0), 0);
  const expenditureTotal = EXPENDITURE_FIELDS.reduce((sum, f) => sum + (a[f] ?? 0), 0);
  const subsidyTotal = (a.subsidyNational ?? 0) + (a.subsidyLocal ?? 0);
  return {
    revenueTotal,
    subsidyTotal,
    expenditureTotal,
    balance: revenueTotal - expenditureTotal,
    subsidyShare: revenueTotal > 0 ? subsidyTotal / revenueTotal : null,
  };
}

/** "62.5%"; "—" without revenue. One decimal, as the 시군구 reports show it. */
export function formatShare(share: number | null): string {
  if (share === null) return "—";
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

export interface FinanceProblem {
  field: FinanceAmountField | "fiscalYear";
  message: string;
}

/** Every amount a whole number of won, 0 or more; the fiscal year not before 2000 nor after this year. */
export function checkFinanceYear(input: {
  fiscalYear: number;
  amounts: Partial<FinanceAmounts>;
  currentYear: number;
}): FinanceProblem[] {
  const problems: FinanceProblem[] = [];
  if (
    !Number.isInteger(input.fiscalYear) ||
    input.fiscalYear < MIN_FISCAL_YEAR ||
    input.fiscalYear > input.currentYear
  )
    problems.push({
      field: "fiscalYear",
      message: `회계연도는 ${MIN_FISCAL_YEAR}년부터 ${input.currentYear}년까지입니다.`,
    });
  for (const field of FINANCE_AMOUNT_FIELDS) {
    const value = input.amounts[field];
    if (value === undefined || value === null) continue;
    if (!Number.isInteger(value))
      problems.push({
        field,
        message: `${josa(FINANCE_FIELD_LABELS[field], "은/는")} 원 단위 정수로 입력하세요.`,
      });
    else if (value < 0)
      problems.push({
        field,
        message: `${josa(FINANCE_FIELD_LABELS[field], "은/는")} 0원 이상이어야 합니다.`,
      });
    else if (value > MAX_FINANCE_AMOUNT)
      problems.push({
        field,
        message: `${josa(FINANCE_FIELD_LABELS[field], "은/는")} 1조 원 미만이어야 합니다.`,
      });
  }
  return problems;
}
