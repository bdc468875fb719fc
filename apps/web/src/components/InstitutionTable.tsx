import { Link } from "react-router-dom";
import type { InstitutionSummary } from "../api/types";
import { formatNumber, orEmpty } from "../lib/format";
import { StatusBadge } from "./StatusBadge";
import { ScrollTable } from "./TableWrap";

interface InstitutionTableProps {
  items: InstitutionSummary[];
  caption: string;
  /** link each name to its detail page; omit where there is no detail page (support agencies) */
  detailPath?: (item: InstitutionSummary) => string;
}

export function InstitutionTable({ items, caption, detailPath }: InstitutionTableProps) {
  return (
    <ScrollTable label="기관 목록 표">
      <table className="tbl col data app-table" data-testid="institution-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">기관명</th>
            <th scope="col">분야</th>
            <th scope="col">시설 유형</th>
            <th scope="col">소재지</th>
            <th scope="col">상태</th>
            <th scope="col">정원</th>
            <th scope="col">현원</th>
            <th scope="col">시설장</th>
            <th scope="col">전화번호</th>
            <th scope="col">최근 평가등급</th>
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
