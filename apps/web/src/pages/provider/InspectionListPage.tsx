import { INSPECTION_KIND_LABELS, INSPECTION_KINDS, INSPECTION_STATUS_LABELS } from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { Link } from "react-router-dom";
import {
  type InspectionQuery,
  type InspectionSort,
  useMyCorrective,
  useMyInspections,
} from "../../api/inspections";
import { Alert, LiveRegion } from "../../components/Alert";
import { type Option, SelectField } from "../../components/FormField";
import { CorrectiveStatusBadge, DueBadge, InspectionStatusBadge } from "../../components/InspectionParts";
import { EmptyState, Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Pager } from "../../components/StaffClientPager";
import { ScrollTable } from "../../components/TableWrap";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";

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
  const [draft, setDraft] = useState({ kind: "", status: "" });
  const [query, setQuery] = useState<InspectionQuery & { page: number; sort: InspectionSort }>({
    page: 1,
    sort: "-scheduled_on",
  });
  const list = useMyInspections({ ...query, limit: LIMIT });
  const actions = useMyCorrective();
  const owed = (actions.data?.items ?? []).filter(
    (a) => a.needsReport && (a.status === "ordered" || a.status === "returned"),
  );
  const reminded = owed.filter((a) => a.lastRemindedAt);
  const search = (e: FormEvent) => {
    e.preventDefault();
    setQuery({
      ...query,
      kind: (draft.kind || undefined) as InspectionQuery["kind"],
      status: (draft.status || undefined) as InspectionQuery["status"],
      page: 1,
    });
  };

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

      <section className="app-section" aria-labelledby="owed-title">
        <h2 id="owed-title" className="app-section-title">
          보고할 조치
        </h2>
        {actions.isPending ? <Loading label="조치 기한을 불러오는 중입니다." /> : null}
        {actions.isError ? <QueryError error={actions.error} onRetry={() => void actions.refetch()} /> : null}
        {actions.data && owed.length === 0 ? <EmptyState>지금 보고할 조치가 없습니다</EmptyState> : null}
        {owed.length > 0 ? (
          <ScrollTable label="보고할 조치 표">
            <table className="tbl col data app-table" data-testid="owed-actions">
              <caption className="sr-only">보고할 조치: 지적사항, 조치 구분, 조치 기한, 상태</caption>
              <thead>
                <tr>
                  <th scope="col">지적사항</th>
                  <th scope="col">조치 구분</th>
                  <th scope="col">조치 기한</th>
                  <th scope="col">상태</th>
                </tr>
              </thead>
              <tbody>
                {owed.map((a) => (
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
              </tbody>
            </table>
          </ScrollTable>
        ) : null}
      </section>

      <section className="app-section" aria-labelledby="my-inspections">
        <h2 id="my-inspections" className="app-section-title">
          점검 목록
        </h2>
        <search className="app-filter" aria-label="지도점검 검색">
          <form onSubmit={search}>
            <div className="app-filter__grid">
              <SelectField
                id="my-kind"
                label="점검 구분"
                options={KIND_OPTIONS}
                placeholder="전체"
                value={draft.kind}
                onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
              />
              <SelectField
                id="my-status"
                label="진행 상태"
                options={STATUS_OPTIONS}
                placeholder="전체"
                value={draft.status}
                onChange={(e) => setDraft({ ...draft, status: e.target.value })}
              />
            </div>
            <div className="app-filter__actions app-button-row">
              <button type="submit" className="krds-btn medium primary">
                검색
              </button>
            </div>
          </form>
        </search>
        <div className="app-list-header app-section">
          <p className="app-count">
            {list.data ? (
              <>
                총 <strong>{formatNumber(list.data.total)}</strong>건
              </>
            ) : (
              "조회 중"
            )}
          </p>
          <div className="app-sort">
            <label htmlFor="my-sort">정렬</label>
            <select
              id="my-sort"
              className="krds-form-select small"
              value={query.sort}
              onChange={(e) => setQuery({ ...query, sort: e.target.value as InspectionSort, page: 1 })}
            >
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <LiveRegion message={list.data ? `지도점검 총 ${formatNumber(list.data.total)}건` : null} />
        {list.isPending ? <Loading label="지도점검을 불러오는 중입니다." /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && list.data.items.length === 0 ? (
          <EmptyState>알림받은 지도점검이 없습니다</EmptyState>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <>
            <ScrollTable label="지도점검 목록 표">
              <table className="tbl col data app-table" data-testid="my-inspection-table">
                <caption className="sr-only">지도점검: 점검, 점검일, 진행 상태, 결과, 지적(조치 중)</caption>
                <thead>
                  <tr>
                    <th scope="col">점검</th>
                    <th scope="col">점검일</th>
                    <th scope="col">진행 상태</th>
                    <th scope="col">결과</th>
                    <th scope="col" className="app-num">
                      지적(조치 중)
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((r) => (
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
                </tbody>
              </table>
            </ScrollTable>
            <Pager
              page={query.page}
              limit={LIMIT}
              total={list.data.total}
              onPage={(page) => setQuery({ ...query, page })}
              label="지도점검 목록"
            />
          </>
        ) : null}
      </section>
    </>
  );
}
