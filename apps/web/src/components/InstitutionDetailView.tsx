import { formatBusinessNumber, OPERATOR_KIND_LABELS, type OperatorKind } from "@ssis/domain";
import type { ReactNode } from "react";
import type { InstitutionDetail } from "../api/institutions";
import { formatDate, formatNumber, orEmpty } from "../lib/format";
import { Code } from "./CodeLabel";
import { KeyValueTable } from "./KeyValueTable";
import { EmptyState } from "./Loading";
import { Section } from "./Section";
import { StatusBadge } from "./StatusBadge";

function businessNo(value: string | null): string {
  if (!value) return orEmpty(value);
  try {
    return formatBusinessNumber(value);
  } catch {
    return value;
  }
}

function address(d: InstitutionDetail): string {
  const parts = [d.postalCode ? `(${d.postalCode})` : null, d.roadAddress, d.addressDetail].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : orEmpty(null);
}

/** General information and status history of one institution (official detail and provider's own). */
export function InstitutionDetailView({ detail }: { detail: InstitutionDetail }) {
  const operator = [
    OPERATOR_KIND_LABELS[detail.operatorKind as OperatorKind] ?? detail.operatorKind,
    detail.operatorName,
  ]
    .filter(Boolean)
    .join(" · ");
  const head = detail.headName
    ? `${detail.headName}${detail.headAppointedOn ? ` (임용일 ${formatDate(detail.headAppointedOn)})` : ""}`
    : orEmpty(null);
  const rows: [string, ReactNode][] = [
    ["기관명", detail.name],
    ["상태", <StatusBadge key="s" status={detail.status} label={detail.statusLabel} />],
    ["분야", detail.field],
    [
      "시설 유형",
      <>
        {detail.typeName}
        <Code>{detail.typeCode}</Code>
      </>,
    ],
    ["소재지", `${detail.sidoName} ${detail.sigunguName}`],
    ["주소", address(detail)],
    ["전화번호", orEmpty(detail.phone)],
    ["팩스", orEmpty(detail.fax)],
    ["전자우편", orEmpty(detail.email)],
    ["사업자등록번호(고유번호)", businessNo(detail.businessNo)],
    ["운영 주체", operator || orEmpty(null)],
    ["시설장", head],
    ["개소일", formatDate(detail.openedOn)],
    ["정원", detail.capacity === null ? orEmpty(null) : `${formatNumber(detail.capacity)}명`],
    ["현원", detail.currentUsers === null ? orEmpty(null) : `${formatNumber(detail.currentUsers)}명`],
    ["종사자 수", `${formatNumber(detail.staffCount)}명`],
    ["최근 평가등급", orEmpty(detail.latestGrade)],
  ];
  return (
    <>
      <Section id="detail-general" title="일반 현황">
        <KeyValueTable caption={`${detail.name} 일반 현황`} rows={rows} testId="institution-general" />
      </Section>
      <Section id="detail-history" title="상태 이력">
        {detail.statusHistory.length === 0 ? (
          <EmptyState>상태 이력이 없습니다</EmptyState>
        ) : (
          <div className="krds-table-wrap">
            <table className="tbl col data app-table" data-testid="institution-status-history">
              <caption className="sr-only">{detail.name} 상태 이력: 상태, 시작일, 종료일, 사유</caption>
              <thead>
                <tr>
                  <th scope="col">상태</th>
                  <th scope="col">시작일</th>
                  <th scope="col">종료일</th>
                  <th scope="col">사유</th>
                </tr>
              </thead>
              <tbody>
                {detail.statusHistory.map((h) => (
                  <tr key={`${h.validFrom}-${h.status}`}>
                    <td>
                      <StatusBadge status={h.status} label={h.statusLabel} />
                    </td>
                    <td>{formatDate(h.validFrom)}</td>
                    <td>{h.validTo ? formatDate(h.validTo) : "현재"}</td>
                    <td>{orEmpty(h.reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </>
  );
}
