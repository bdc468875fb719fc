import { FINANCE_FIELD_LABELS, MAX_FINANCE_AMOUNT, MIN_FISCAL_YEAR } from "@ssis/domain";
import { josa } from "es-hangul";
import { z } from "zod";
import { idParam, versionField } from "../../platform/schema-fields.ts";

/** 원 단위 금액: a whole number from 0. */
const won = (field: keyof typeof FINANCE_FIELD_LABELS) => {
  const label = FINANCE_FIELD_LABELS[field];
  return z
    .number({ error: `${josa(label, "은/는")} 숫자(원)로 입력하세요.` })
    .int(`${josa(label, "은/는")} 원 단위 정수로 입력하세요.`)
    .min(0, `${josa(label, "은/는")} 0원 이상이어야 합니다.`)
    .max(MAX_FINANCE_AMOUNT, `${josa(label, "은/는")} 1조 원 미만이어야 합니다.`);
};

const amounts = {
  subsidyNational: won("subsidyNational"),
  subsidyLocal: won("subsidyLocal"),
  corporationTransfer: won("corporationTransfer"),
  donations: won("donations"),
  userFees: won("userFees"),
  otherRevenue: won("otherRevenue"),
  personnel: won("personnel"),
  operating: won("operating"),
  programCosts: won("programCosts"),
  otherExpenditure: won("otherExpenditure"),
};

export const financeTotals = z.object({
  revenueTotal: z.number(),
  subsidyTotal: z.number(),
  expenditureTotal: z.number(),
  balance: z.number(),
  /** subsidy ÷ revenue, 0–1; null without revenue */
  subsidyShare: z.number().nullable(),
});

export const financeItem = z.object({
  id: z.string(),
  institutionId: z.string(),
  fiscalYear: z.number(),
  subsidyNational: z.number(),
  subsidyLocal: z.number(),
  corporationTransfer: z.number(),
  donations: z.number(),
  userFees: z.number(),
  otherRevenue: z.number(),
  personnel: z.number(),
  operating: z.number(),
  programCosts: z.number(),
  otherExpenditure: z.number(),
  note: z.string().nullable(),
  totals: financeTotals,
  updatedAt: z.string(),
  version: z.number(),
});
export type FinanceItem = z.infer<typeof financeItem>;

export const financeListResponse = z.object({
  institutionId: z.string(),
  institutionName: z.string(),
  /** Says on every screen that this is a reported summary and the ERP keeps the accounts. */
  notice: z.string(),
  items: z.array(financeItem),
});

const note = z.string().trim().max(1000, "비고는 1,000자 이내입니다.").nullable().optional();

export const financeCreate = z.object({
  fiscalYear: z
    .number({ error: "회계연도를 입력하세요." })
    .int("회계연도는 정수입니다.")
    .min(MIN_FISCAL_YEAR, `회계연도는 ${MIN_FISCAL_YEAR}년 이후여야 합니다.`)
    .max(2100, "회계연도가 올바르지 않습니다."),
  ...amounts,
  note,
});
export type FinanceCreate = z.infer<typeof financeCreate>;

export const financeUpdate = z
  .object({ ...amounts, note })
  .partial()
  .extend({ version: versionField });
export type FinanceUpdate = z.infer<typeof financeUpdate>;

export const financeIdParams = idParam("재정 요약");
export const institutionIdParams = idParam("기관");
