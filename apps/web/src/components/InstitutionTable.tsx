import type { InstitutionSort } from "@ssis/domain";
import { Link } from "react-router-dom";
import type { InstitutionSummary } from "../api/institutions";
import { formatNumber, orEmpty } from "../lib/format";
import type { Sorting } from "../lib/listParams";
import { type Column, DataTable } from "./list/DataTable";
import { StatusBadge } from "./StatusBadge";

/** The columns in order, each with the list order it sorts by (분야 by the type order, which groups fields). */
const COLUMNS: Column[] = [
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
  items: readonly InstitutionSummary[];
  caption: string;
  /** link each name to its detail page; omit where there is no detail page (support agencies) */
  detailPath?: (item: InstitutionSummary) => string;
  /** The list's order; every header sorts by its column (again: the other way). */
  sorting?: Sorting<InstitutionSort>;
}

export function InstitutionTable({ items, caption, detailPath, sorting }: InstitutionTableProps) {
  return (
    <DataTable
      label="기관 목록 표"
      testId="institution-table"
      caption={caption}
      columns={COLUMNS}
      sorting={sorting}
    >
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
    </DataTable>
  );
}
