import { Link } from "react-router-dom";
import type { InspectionItem, InspectionSort } from "../api/inspections";
import { formatDate, formatNumber } from "../lib/format";
import type { Sorting } from "../lib/listParams";
import { InspectionStatusBadge } from "./InspectionParts";
import { type Column, DataTable } from "./list/DataTable";

/**
 * The officials' list of inspections (지도점검): the 지도점검 page, and one institution's history on its page,
 * where the institution's own columns are left out (`forInstitution`).
 */
export function InspectionTable({
  items,
  forInstitution = false,
  sorting,
}: {
  items: readonly InspectionItem[];
  forInstitution?: boolean;
  /** the list's order: 기관명, 지역, 점검일 and 진행 상태 sort it */
  sorting?: Sorting<InspectionSort>;
}) {
  const columns: Column[] = [
    ...(forInstitution
      ? []
      : [{ header: "기관명", sort: "name" }, { header: "지역", sort: "region" }, { header: "시설 유형" }]),
    { header: "구분" },
    { header: "점검일", sort: "scheduled_on" },
    { header: "진행 상태", sort: "status" },
    { header: "결과" },
    { header: "지적(미종결)", className: "app-num" },
    { header: "점검계획" },
  ];
  return (
    <DataTable
      label={forInstitution ? "지도점검 이력 표" : "지도점검 목록 표"}
      testId="inspection-table"
      caption={`${forInstitution ? "이 기관의 지도점검 이력" : "지도점검"}: ${columns.map((c) => c.header).join(", ")}`}
      columns={columns}
      sorting={sorting}
    >
      {items.map((r) => {
        const when = r.scheduledOn
          ? formatDate(r.scheduledOn)
          : r.plannedMonth
            ? `${r.plannedMonth}월 예정`
            : "미정";
        return (
          <tr key={r.id}>
            {forInstitution ? null : (
              <>
                <th scope="row" className="app-cell-name">
                  <Link to={`/official/inspections/${r.id}`}>{r.institutionName}</Link>
                </th>
                <td className="app-nowrap">
                  {r.sidoName} {r.sigunguName}
                </td>
                <td>{r.typeName}</td>
              </>
            )}
            <td className="app-nowrap">
              {r.kindLabel}
              {r.priorNotice || r.status === "planned" ? "" : " (불시)"}
            </td>
            <td className="app-nowrap">
              {/* Without the institution's name, the date is what opens the inspection. */}
              {forInstitution ? <Link to={`/official/inspections/${r.id}`}>{when}</Link> : when}
            </td>
            <td>
              <InspectionStatusBadge status={r.status} label={r.statusLabel} />
            </td>
            <td className="app-nowrap">{r.overallResultLabel ?? "-"}</td>
            <td className="app-num">
              {formatNumber(r.findings)} ({formatNumber(r.openFindings)})
            </td>
            <td className="app-cell-wide">
              {r.planId ? <Link to={`/official/inspections/plans/${r.planId}`}>{r.planTitle}</Link> : "수시"}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
