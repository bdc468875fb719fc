import {
  INSPECTION_KIND_LABELS,
  INSPECTION_KINDS,
  koreaToday,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
} from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { Link } from "react-router-dom";
import { type PlanQuery, type PlanSort, usePlans } from "../../api/inspections";
import { LiveRegion } from "../../components/Alert";
import { type Option, SelectField, TextField } from "../../components/FormField";
import { EmptyState, Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Pager } from "../../components/StaffClientPager";
import { ScrollTable } from "../../components/TableWrap";
import { formatDate, formatNumber } from "../../lib/format";

const LIMIT = 20;
const SORTS: { value: PlanSort; label: string }[] = [
  { value: "-created_at", label: "수립일 최근순" },
  { value: "created_at", label: "수립일 오래된순" },
  { value: "-plan_year", label: "계획 연도 최근순" },
  { value: "title", label: "제목 가나다순" },
];
const KIND_OPTIONS: Option[] = INSPECTION_KINDS.map((k) => ({ value: k, label: INSPECTION_KIND_LABELS[k] }));
const STATUS_OPTIONS: Option[] = PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABELS[s] }));

/** 점검계획 목록 (UWDX): the jurisdiction's plans by year, kind and status; 계획 수립. */
export function InspectionPlanListPage() {
  const [draft, setDraft] = useState({ year: "", kind: "", status: "" });
  const [yearError, setYearError] = useState<string | null>(null);
  const [query, setQuery] = useState<PlanQuery & { page: number; sort: PlanSort }>({
    page: 1,
    sort: "-created_at",
  });
  const list = usePlans({ ...query, limit: LIMIT });
  const thisYear = Number(koreaToday().slice(0, 4));

  const search = (e: FormEvent) => {
    e.preventDefault();
    const year = draft.year.trim();
    if (year && !/^\d{4}$/.test(year)) {
      setYearError("연도는 네 자리 숫자로 입력하세요(예: 2026).");
      return;
    }
    setYearError(null);
    setQuery({
      ...query,
      year: year ? Number(year) : undefined,
      kind: (draft.kind || undefined) as PlanQuery["kind"],
      status: (draft.status || undefined) as PlanQuery["status"],
      page: 1,
    });
  };

  return (
    <>
      <PageHeader
        title="점검계획"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "기관관리감독" }]}
        description={
          <p>
            관할 기관의 정기·수시·특별·합동 지도점검 계획입니다. 대상 기관과 선정 사유, 점검 월을 정해 계획을
            수립하고 승인합니다.
          </p>
        }
        actions={
          <Link className="krds-btn medium primary" to="/official/inspections/plans/new">
            계획 수립
          </Link>
        }
      />
      <search className="app-filter" aria-label="점검계획 검색">
        <form onSubmit={search} noValidate>
          <div className="app-filter__grid">
            <TextField
              id="plan-year"
              label="계획 연도"
              inputMode="numeric"
              placeholder={`예: ${thisYear}`}
              value={draft.year}
              error={yearError}
              onChange={(e) => setDraft({ ...draft, year: e.target.value })}
            />
            <SelectField
              id="plan-kind"
              label="점검 구분"
              options={KIND_OPTIONS}
              placeholder="전체"
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
            />
            <SelectField
              id="plan-status"
              label="상태"
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

      <section className="app-section" aria-labelledby="plan-results">
        <div className="app-list-header">
          <h2 id="plan-results" className="app-section-title">
            계획 목록
          </h2>
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
            <label htmlFor="plan-sort">정렬</label>
            <select
              id="plan-sort"
              className="krds-form-select small"
              value={query.sort}
              onChange={(e) => setQuery({ ...query, sort: e.target.value as PlanSort, page: 1 })}
            >
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <LiveRegion message={list.data ? `점검계획 총 ${formatNumber(list.data.total)}건` : null} />
        {list.isPending ? <Loading label="점검계획을 불러오는 중입니다." /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && list.data.items.length === 0 ? (
          <EmptyState>조건에 맞는 점검계획이 없습니다. 계획 수립으로 새 계획을 만드세요</EmptyState>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <>
            <ScrollTable label="점검계획 목록 표">
              <table className="tbl col data app-table" data-testid="plan-table">
                <caption className="sr-only">
                  점검계획: 제목, 연도, 구분, 수립 기관, 점검표, 상태, 대상, 완료, 수립
                </caption>
                <thead>
                  <tr>
                    <th scope="col">계획</th>
                    <th scope="col" className="app-num">
                      연도
                    </th>
                    <th scope="col">구분</th>
                    <th scope="col">수립 기관</th>
                    <th scope="col">점검표</th>
                    <th scope="col">상태</th>
                    <th scope="col" className="app-num">
                      대상
                    </th>
                    <th scope="col" className="app-num">
                      완료
                    </th>
                    <th scope="col">수립</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((p) => (
                    <tr key={p.id}>
                      <th scope="row" className="app-cell-name">
                        <Link to={`/official/inspections/plans/${p.id}`}>{p.title}</Link>
                      </th>
                      <td className="app-num">{p.planYear}</td>
                      <td className="app-nowrap">
                        {p.kindLabel}
                        {p.jointBodies ? ` (${p.jointBodies})` : ""}
                      </td>
                      <td>{p.scopeLabel}</td>
                      <td>{p.checklistLabel}</td>
                      <td>
                        <span
                          className={`krds-badge ${p.status === "approved" ? "bg-light-success" : "bg-light-warning"}`}
                        >
                          {p.statusLabel}
                        </span>
                      </td>
                      <td className="app-num">{formatNumber(p.targets)}</td>
                      <td className="app-num">{formatNumber(p.done)}</td>
                      <td className="app-nowrap">
                        {formatDate(p.createdAt)} {p.createdByName}
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
              label="점검계획 목록"
            />
          </>
        ) : null}
      </section>
    </>
  );
}
