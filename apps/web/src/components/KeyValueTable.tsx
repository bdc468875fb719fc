import type { ReactNode } from "react";

/** Label-value rows as a KRDS row table (상세 정보, 개요). */
export function KeyValueTable({
  caption,
  rows,
  showCaption = false,
  valueClassName,
  testId,
}: {
  caption: ReactNode;
  rows: readonly (readonly [string, ReactNode])[];
  /** the caption shown above the table (otherwise for screen readers only) */
  showCaption?: boolean;
  valueClassName?: string;
  testId?: string;
}) {
  return (
    <div className="krds-table-wrap">
      <table className="tbl row data app-table app-table--keyvalue" data-testid={testId}>
        <caption className={showCaption ? undefined : "sr-only"}>{caption}</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className={valueClassName}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
