import type { Queryable } from "@ssis/db";
import { computeFinanceTotals, type FinanceAmountField } from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { scopeColumns, scopeCondition } from "../../platform/scope.ts";
import type { FinanceItem } from "./finances.schemas.ts";

const SCOPE = scopeColumns("f");

/** Record field → column. Code constants only (they are interpolated into SQL). */
export const AMOUNT_COLUMNS: Record<FinanceAmountField, string> = {
  subsidyNational: "revenue_subsidy_national",
  subsidyLocal: "revenue_subsidy_local",
  corporationTransfer: "revenue_corporation_transfer",
  donations: "revenue_donations",
  userFees: "revenue_user_fees",
  otherRevenue: "revenue_other",
  personnel: "expense_personnel",
  operating: "expense_operating",
  programCosts: "expense_program",
  otherExpenditure: "expense_other",
};
const FIELDS = Object.keys(AMOUNT_COLUMNS) as FinanceAmountField[];
const COLUMNS = `f.id, f.institution_id, f.fiscal_year, ${FIELDS.map((k) => `f.${AMOUNT_COLUMNS[k]}`).join(", ")},
  f.note, f.updated_at, f.version`;

type FinanceRow = {
  id: string;
  institution_id: string;
  fiscal_year: number;
  note: string | null;
  updated_at: Date | string;
  version: number;
} & Record<string, unknown>;

const toItem = (r: FinanceRow): FinanceItem => {
  const amounts = Object.fromEntries(FIELDS.map((k) => [k, Number(r[AMOUNT_COLUMNS[k]])])) as Record<
    FinanceAmountField,
    number
  >;
  return {
    id: r.id,
    institutionId: r.institution_id,
    fiscalYear: Number(r.fiscal_year),
    ...amounts,
    note: r.note,
    totals: computeFinanceTotals(amounts),
    updatedAt: new Date(r.updated_at).toISOString(),
    version: r.version,
  };
};

/** Every reported year of one institution, newest first, within the actor's scope. */
export async function listFinanceYears(tx: Queryable, actor: Actor, institutionId: string) {
  const params: unknown[] = [institutionId];
  const { rows } = await tx.query<FinanceRow>(
    `select ${COLUMNS} from institution_finance_year f
      where f.institution_id = $1::uuid and ${scopeCondition(actor, params, SCOPE)}
      order by f.fiscal_year desc`,
    params,
  );
  return rows.map(toItem);
}

export async function findFinanceYear(tx: Queryable, actor: Actor, id: string): Promise<FinanceItem | null> {
  const params: unknown[] = [id];
  const { rows } = await tx.query<FinanceRow>(
    `select ${COLUMNS} from institution_finance_year f where f.id = $1::uuid and ${scopeCondition(actor, params, SCOPE)}`,
    params,
  );
  return rows[0] ? toItem(rows[0]) : null;
}

export async function findYearOf(tx: Queryable, actor: Actor, institutionId: string, year: number) {
  const params: unknown[] = [institutionId, year];
  const { rows } = await tx.query<FinanceRow>(
    `select ${COLUMNS} from institution_finance_year f
      where f.institution_id = $1::uuid and f.fiscal_year = $2 and ${scopeCondition(actor, params, SCOPE)}`,
    params,
  );
  return rows[0] ? toItem(rows[0]) : null;
}

/** Inserts the year unless it exists; null when another request reported it first. */
export async function insertFinanceYear(
  tx: Queryable,
  institution: { id: string; sido_code: string; sigungu_code: string },
  fiscalYear: number,
  amounts: Record<FinanceAmountField, number>,
  note: string | null,
  userId: string,
): Promise<string | null> {
  const columns = FIELDS.map((k) => AMOUNT_COLUMNS[k]);
  const { rows } = await tx.query<{ id: string }>(
    `insert into institution_finance_year (institution_id, sido_code, sigungu_code, fiscal_year, note,
       created_by, updated_by, ${columns.join(", ")})
     values ($1, $2, $3, $4, $5, $6, $6, ${columns.map((_, i) => `$${i + 7}`).join(", ")})
     on conflict (institution_id, fiscal_year) do nothing returning id`,
    [
      institution.id,
      institution.sido_code,
      institution.sigungu_code,
      fiscalYear,
      note,
      userId,
      ...FIELDS.map((k) => amounts[k]),
    ],
  );
  return rows[0]?.id ?? null;
}
