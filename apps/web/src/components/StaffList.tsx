/** 종사자 table, shared by the institution's own page and the officials' institution detail. */
import type { ReactNode } from "react";
import type { Staff } from "../api/staff";
import { formatDate, orEmpty } from "../lib/format";
import { ScrollTable } from "./TableWrap";

export function StaffTable({ items, actions }: { items: Staff[]; actions?: (s: Staff) => ReactNode }) {
  return (
    <ScrollTable label="종사자 목록 표">
      <table className="tbl col data app-table">
        <caption className="sr-only">
          종사자 목록: 성명, 직종, 자격(증), 자격·면허번호, 근무형태, 주당 근무시간, 입사일, 퇴사일
        </caption>
        <thead>
          <tr>
            <th scope="col">성명</th>
            <th scope="col">직종</th>
            <th scope="col">자격(증)</th>
            <th scope="col">자격·면허번호</th>
            <th scope="col">근무형태</th>
            <th scope="col">주당 근무시간</th>
            <th scope="col">입사일</th>
            <th scope="col">퇴사일(사유)</th>
            {actions ? <th scope="col">관리</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="app-cell-name">
                {s.name}
              </th>
              <td>{s.jobTypeName}</td>
              <td>{orEmpty(s.qualification)}</td>
              <td className="app-nowrap">{orEmpty(s.licenseNo)}</td>
              <td className="app-nowrap">{s.employmentKindLabel}</td>
              <td className="app-num">{s.weeklyHours === null ? "-" : `${s.weeklyHours}시간`}</td>
              <td className="app-nowrap">{formatDate(s.hiredOn)}</td>
              <td className="app-nowrap">
                {s.leftOn ? `${formatDate(s.leftOn)} (${orEmpty(s.endReason)})` : "재직"}
              </td>
              {actions ? <td>{actions(s)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
