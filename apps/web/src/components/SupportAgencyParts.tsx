import type { AssignmentStatus } from "@ssis/domain";
import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import type { Assignment, OwnAssignment } from "../api/support-agencies";
import { formatDate, orEmpty } from "../lib/format";
import { DataTable } from "./list/DataTable";

const TONE: Record<AssignmentStatus, string> = {
  active: "bg-light-success",
  scheduled: "bg-light-warning",
  ended: "bg-light-gray",
};

export function AssignmentBadge({ status, label }: { status: AssignmentStatus; label: string }) {
  return <span className={`krds-badge ${TONE[status]}`}>{label}</span>;
}

export function ActiveBadge({ isActive }: { isActive: boolean }) {
  return (
    <span className={`krds-badge ${isActive ? "bg-light-success" : "bg-light-gray"}`}>
      {isActive ? "운영" : "운영 중단"}
    </span>
  );
}

// The label-value table was first written for the agencies; it lives on in ./KeyValueTable.
export { KeyValueTable } from "./KeyValueTable";

export const period = (a: { startsOn: string; endsOn: string | null }) =>
  `${formatDate(a.startsOn)} ~ ${a.endsOn ? formatDate(a.endsOn) : "종료일 없음"}`;

/** Assignments (배정 현황·이력): official detail (with actions) and the agency's own list (with links). */
export function AssignmentTable({
  items,
  caption,
  institutionLink,
  actions,
}: {
  items: (Assignment | OwnAssignment)[];
  caption: string;
  institutionLink?: (a: Assignment | OwnAssignment) => string | null;
  actions?: (a: Assignment | OwnAssignment) => ReactNode;
}) {
  return (
    <DataTable
      label={`${caption} 표`}
      caption={<>{caption}: 기관명, 소재지, 목적, 기간, 상태, 종료 사유</>}
      columns={["기관명", "소재지", "배정 목적", "기간", "상태", "종료 사유", ...(actions ? ["관리"] : [])]}
    >
      {items.map((a) => {
        const to = institutionLink?.(a) ?? null;
        return (
          <tr key={a.id}>
            <th scope="row" className="app-cell-name">
              {to ? <Link to={to}>{a.institutionName}</Link> : a.institutionName}
            </th>
            <td className="app-nowrap">{orEmpty(a.sigunguName)}</td>
            <td>{a.purpose}</td>
            <td className="app-nowrap">{period(a)}</td>
            <td>
              <AssignmentBadge status={a.status} label={a.statusLabel} />
            </td>
            <td>{orEmpty(a.endedReason)}</td>
            {actions ? <td>{actions(a)}</td> : null}
          </tr>
        );
      })}
    </DataTable>
  );
}
