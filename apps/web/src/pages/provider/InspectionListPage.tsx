import {
  INSPECTION_KIND_LABELS,
  INSPECTION_KINDS,
  INSPECTION_STATUS_LABELS,
  INSPECTION_STATUSES,
} from "@ssis/domain";
import { Link } from "react-router-dom";
import { type InspectionSort, useMyCorrective, useMyInspections } from "../../api/inspections";
import { Alert } from "../../components/Alert";
import type { Option } from "../../components/FormField";
import { CorrectiveStatusBadge, DueBadge, InspectionStatusBadge } from "../../components/InspectionParts";
import { DataTable } from "../../components/list/DataTable";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";
import { useListParams } from "../../lib/listParams";

const LIMIT = 20;
const SORTS: { value: InspectionSort; label: string }[] = [
  { value: "-scheduled_on", label: "점검일 최근순" },
  { value: "scheduled_on", label: "점검일 오래된순" },
  { value: "status", label: "진행 상태순" },
];
const KIND_OPTIONS: Option[] = INSPECTION_KINDS.map((k) => ({ value: k, label: INSPECTION_KIND_LABELS[k] }));
/** What an institution can see: announced inspections and those whose result was sent. */
const STATUS_OPTIONS: Option[] = (
  ["scheduled", "in_progress", "completed", "notified", "closed"] as const
).map((s) => ({
  value: s,
  label: INSPECTION_STATUS_LABELS[s],
}));

/** 지도점검 (CWOM): our institution's announced inspections, their results, and the deadlines we owe. */
export function ProviderInspectionListPage() {
  const list = useListParams({ filters: ["kind", "status"], sorts: SORTS });
  const inspections = useMyInspections({
    kind: INSPECTION_KINDS.find((k) => k === list.filters.kind),
    status: INSPECTION_STATUSES.find((s) => s === list.filters.status),
    sort: list.sort,
    page: list.page,
    limit: LIMIT,
  });
  const actions = useMyCorrective();
  const owed = (actions.data?.items ?? []).filter(
    (a) => a.needsReport && (a.status === "ordered" || a.status === "returned"),
  );
  const reminded = owed.filter((a) => a.lastRemindedAt);

  return (
    <>
      <PageHeader
        title="지도점검"
        breadcrumbs={[{ label: "홈", to: "/provider" }, { label: "기관관리감독" }]}
        description={
          <p>
            담당 공무원이 알린 지도점검 일정과 요청 자료, 통보된 점검 결과와 지적사항입니다. 지적사항의 조치
            결과는 기한 안에 보고하세요.
          </p>
        }
      />
      {reminded.length > 0 ? (
        <Alert tone="warning" title="조치 결과 보고 독촉을 받았습니다">
          <ul>
            {reminded.map((a) => (
              <li key={a.id}>
                {a.findingTitle}: {a.outcomeLabel}, 기한 {formatDate(a.dueOn)} (
                {formatDateTime(a.lastRemindedAt)} 독촉)
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <ListSection
        id="owed-title"
        title="보고할 조치"
        query={actions}
        items={actions.data ? owed : undefined}
        count={false}
        subject="보고할 조치"
        loading="조치 기한을 불러오는 중입니다."
        empty="지금 보고할 조치가 없습니다"
      >
        {(items) => (
          <DataTable
            label="보고할 조치 표"
            testId="owed-actions"
            caption="보고할 조치: 지적사항, 조치 구분, 조치 기한, 상태"
            columns={["지적사항", "조치 구분", "조치 기한", "상태"]}
          >
            {items.map((a) => (
              <tr key={a.id}>
                <th scope="row" className="app-cell-name">
                  <Link to={`/provider/inspections/${a.inspectionId}`}>{a.findingTitle}</Link>
                </th>
                <td>{a.outcomeLabel}</td>
                <td className="app-nowrap">
                  {formatDate(a.dueOn)} <DueBadge label={a.dueLabel} overdue={a.isOverdue} />
                </td>
                <td>
                  <CorrectiveStatusBadge status={a.status} label={a.statusLabel} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>

      <ListSection
        id="my-inspections"
        title="점검 목록"
        filter={
          <ListFilter list={list} label="지도점검 검색" idPrefix="my">
            {(f) => (
              <>
                {f.select("kind", "점검 구분", KIND_OPTIONS)}
                {f.select("status", "진행 상태", STATUS_OPTIONS)}
              </>
            )}
          </ListFilter>
        }
        query={inspections}
        subject="지도점검"
        empty="알림받은 지도점검이 없습니다"
        list={list}
        sortId="my-sort"
        limit={LIMIT}
      >
        {(items) => (
          <DataTable
            label="지도점검 목록 표"
            testId="my-inspection-table"
            caption="지도점검: 점검, 점검일, 진행 상태, 결과, 지적(조치 중)"
            columns={[
              "점검",
              { header: "점검일", sort: "scheduled_on" },
              { header: "진행 상태", sort: "status" },
              "결과",
              { header: "지적(조치 중)", className: "app-num" },
            ]}
            sorting={list}
          >
            {items.map((r) => (
              <tr key={r.id}>
                <th scope="row" className="app-cell-name">
                  <Link to={`/provider/inspections/${r.id}`}>
                    {r.scheduledOn ? r.scheduledOn.slice(0, 4) : ""}년 {r.kindLabel} 지도점검
                  </Link>
                </th>
                <td className="app-nowrap">
                  {formatDate(r.scheduledOn)}
                  {r.scheduledEndOn ? ` ~ ${formatDate(r.scheduledEndOn)}` : ""}
                </td>
                <td>
                  <InspectionStatusBadge status={r.status} label={r.statusLabel} />
                </td>
                <td className="app-nowrap">{r.overallResultLabel ?? "통보 전"}</td>
                <td className="app-num">
                  {r.status === "notified" || r.status === "closed"
                    ? `${formatNumber(r.findings)} (${formatNumber(r.openFindings)})`
                    : "-"}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
    </>
  );
}
