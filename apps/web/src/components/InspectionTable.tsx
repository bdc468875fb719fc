import { Link } from "react-router-dom";
import type { InspectionItem } from "../api/inspections";
import { formatDate, formatNumber } from "../lib/format";
import { InspectionStatusBadge } from "./InspectionParts";
import { ScrollTable } from "./TableWrap";

/**
 * The officials' list of inspections (지도점검): the 지도점검 page, and one institution's history on its page,
 * where the institution's own columns are left out (`forInstitution`).
 */
export function InspectionTable({
  items,
  forInstitution = false,
}: {
  items: InspectionItem[];
  forInstitution?: boolean;
}) {
  const columns = [
    ...(forInstitution ? [] : ["기관명", "지역", "시설 유형"]),
    "구분",
    "점검일",
    "진행 상태",
    "결과",
    "지적(미종결)",
    "점검계획",
  ];
  return (
    <ScrollTable label={forInstitution ? "지도점검 이력 표" : "지도점검 목록 표"}>
      <table className="tbl col data app-table" data-testid="inspection-table">
        <caption className="sr-only">
          {forInstitution ? "이 기관의 지도점검 이력" : "지도점검"}: {columns.join(", ")}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className={c === "지적(미종결)" ? "app-num" : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
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
                  {r.planId ? (
                    <Link to={`/official/inspections/plans/${r.planId}`}>{r.planTitle}</Link>
                  ) : (
                    "수시"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
