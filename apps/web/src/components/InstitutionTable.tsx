import { INSTITUTION_SORT_LABELS, type InstitutionSort } from "@ssis/domain";
import { Link } from "react-router-dom";
import type { InstitutionSummary } from "../api/institutions";
import { formatNumber, orEmpty } from "../lib/format";
import { StatusBadge } from "./StatusBadge";
import { ScrollTable } from "./TableWrap";

type SortKey = Exclude<InstitutionSort, `-${string}`>;

/** The columns in order, each with the list order it sorts by (분야 by the type order, which groups fields). */
const COLUMNS: { header: string; sort: SortKey }[] = [
  { header: "기관명", sort: "name" },
  { header: "분야", sort: "type" },
  { header: "시설 유형", sort: "type" },
  { header: "소재지", sort: "region" },
  { header: "상태", sort: "status" },
  { header: "정원", sort: "capacity" },
  { header: "현원", sort: "current_users" },
  { header: "시설장", sort: "head_name" },
  { header: "전화번호", sort: "phone" },
  { header: "최근 평가등급", sort: "grade" },
];

interface InstitutionTableProps {
  items: InstitutionSummary[];
  caption: string;
  /** link each name to its detail page; omit where there is no detail page (support agencies) */
  detailPath?: (item: InstitutionSummary) => string;
  /** The list's order; with onSort, every header sorts by its column (again: the other way). */
  sort?: InstitutionSort;
  onSort?: (sort: InstitutionSort) => void;
}

export function InstitutionTable({ items, caption, detailPath, sort, onSort }: InstitutionTableProps) {
  return (
    <ScrollTable label="기관 목록 표">
      <table className="tbl col data app-table" data-testid="institution-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <SortableHeader key={c.header} column={c} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="app-cell-name">
                {detailPath ? <Link to={detailPath(item)}>{item.name}</Link> : item.name}
              </th>
              <td className="app-nowrap">{item.field}</td>
              <td>{item.typeName}</td>
              <td>
                {item.sidoName} {item.sigunguName}
              </td>
              <td className="app-nowrap">
                <StatusBadge status={item.status} label={item.statusLabel} />
              </td>
              <td className="app-num">{formatNumber(item.capacity)}</td>
              <td className="app-num">{formatNumber(item.currentUsers)}</td>
              <td>{orEmpty(item.headName)}</td>
              <td className="app-nowrap">{orEmpty(item.phone)}</td>
              <td>{orEmpty(item.latestGrade)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function SortableHeader({
  column,
  sort,
  onSort,
}: {
  column: { header: string; sort: SortKey };
  sort?: InstitutionSort;
  onSort?: (sort: InstitutionSort) => void;
}) {
  if (!onSort) return <th scope="col">{column.header}</th>;
  const direction =
    sort === column.sort ? "ascending" : sort === `-${column.sort}` ? "descending" : undefined;
  const next: InstitutionSort = direction === "ascending" ? `-${column.sort}` : column.sort;
  return (
    <th scope="col" aria-sort={direction}>
      <button
        type="button"
        className="app-sort-button"
        title={`${INSTITUTION_SORT_LABELS[next]}으로 정렬`}
        onClick={() => onSort(next)}
      >
        {column.header}
        {/* Only the column in use shows its direction: a mark on every header pushed the last column out of
            a 1366-pixel screen. The others show a pointer and an underline on hover, and a tooltip. */}
        {direction ? (
          <span className="app-sort-mark" aria-hidden="true">
            {direction === "ascending" ? "▲" : "▼"}
          </span>
        ) : null}
      </button>
    </th>
  );
}
