/** 재정·보조금 요약 table, shared by the institution's own page and the officials' institution detail. */
import { EXPENDITURE_FIELDS, FINANCE_FIELD_LABELS, formatShare, REVENUE_FIELDS } from "@ssis/domain";
import type { FinanceYear } from "../api/finances";
import { formatNumber } from "../lib/format";
import { DataTable } from "./list/DataTable";

/**
 * Years as columns are hard to read on a phone; one row a year instead. The totals and the subsidy share
 * come first (they are what is compared between years and fit on a desktop screen); the amounts by item
 * follow and scroll sideways.
 */
export function FinanceTable({ items, onEdit }: { items: FinanceYear[]; onEdit?: (y: FinanceYear) => void }) {
  return (
    <DataTable
      label="연도별 재정 요약 표"
      testId="finance-table"
      caption="연도별 재정 요약: 회계연도, 세입 합계, 보조금 합계와 비율, 세출 합계, 차액, 세입·세출 항목별 금액"
      columns={[
        "회계연도",
        "세입 합계",
        "보조금 합계",
        "보조금 비율",
        "세출 합계",
        "차액(세입−세출)",
        ...(onEdit ? ["관리"] : []),
        ...[...REVENUE_FIELDS, ...EXPENDITURE_FIELDS].map((f) => FINANCE_FIELD_LABELS[f]),
      ]}
    >
      {items.map((y) => (
        <tr key={y.id}>
          <th scope="row" className="app-nowrap">
            {y.fiscalYear}년
          </th>
          <td className="app-num">
            <strong>{won(y.totals.revenueTotal)}</strong>
          </td>
          <td className="app-num">{won(y.totals.subsidyTotal)}</td>
          <td className="app-num">
            <strong>{formatShare(y.totals.subsidyShare)}</strong>
          </td>
          <td className="app-num">
            <strong>{won(y.totals.expenditureTotal)}</strong>
          </td>
          <td className="app-num">{won(y.totals.balance)}</td>
          {onEdit ? (
            <td>
              <button type="button" className="krds-btn small secondary" onClick={() => onEdit(y)}>
                수정<span className="sr-only"> ({y.fiscalYear}년)</span>
              </button>
            </td>
          ) : null}
          {[...REVENUE_FIELDS, ...EXPENDITURE_FIELDS].map((f) => (
            <td className="app-num" key={f}>
              {won(y[f])}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

export const won = (n: number) => `${formatNumber(n)}원`;
