import { AGENCY_KINDS, type AgencyKind } from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useRegions } from "../../api/reference";
import { type AgencyQuery, type AgencySort, useAgencies } from "../../api/support-agencies";
import { useUser } from "../../auth/useSession";
import { LiveRegion } from "../../components/Alert";
import { SelectField, TextField } from "../../components/FormField";
import { EmptyState, Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Pager } from "../../components/StaffClientPager";
import { ActiveBadge } from "../../components/SupportAgencyParts";
import { ScrollTable } from "../../components/TableWrap";
import { formatNumber, orEmpty } from "../../lib/format";
import { canOpen } from "../../navigation/access";

const SORTS: { value: AgencySort; label: string }[] = [
  { value: "name", label: "기관명 가나다순" },
  { value: "-name", label: "기관명 역순" },
  { value: "kind", label: "유형순" },
  { value: "sido", label: "소재 시도순" },
  { value: "-assignments", label: "지원 중 배정 많은순" },
];
const KIND_OPTIONS = AGENCY_KINDS.map((k) => ({ value: k, label: k }));
const ACTIVE_OPTIONS = [
  { value: "true", label: "운영" },
  { value: "false", label: "운영 중단" },
];
const PAGE_SIZE = 20;

interface Filters {
  q: string;
  kind: string;
  sido: string;
  active: string;
}

const isSort = (v: string | null): v is AgencySort => SORTS.some((s) => s.value === v);

/** 지원기관 관리: the register of support bodies (사회서비스원, 지원단, 평가·컨설팅기관). */
export function SupportAgencyListPage() {
  const [params, setParams] = useSearchParams();
  const user = useUser();
  const filters: Filters = {
    q: params.get("q") ?? "",
    kind: params.get("kind") ?? "",
    sido: params.get("sido") ?? "",
    active: params.get("active") ?? "",
  };
  const sortParam = params.get("sort");
  const sort: AgencySort = isSort(sortParam) ? sortParam : "name";
  const page = Math.max(1, Number(params.get("page")) || 1);
  const kind = AGENCY_KINDS.find((k): k is AgencyKind => k === filters.kind);
  const active = filters.active === "true" || filters.active === "false" ? filters.active : undefined;
  const query: AgencyQuery = {
    q: filters.q.trim() || undefined,
    kind,
    sido: filters.sido || undefined,
    active,
    sort,
    page,
    limit: PAGE_SIZE,
  };
  const list = useAgencies(query);
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

  const apply = (next: Filters, nextSort: AgencySort = sort, nextPage = 1) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value.trim()) search.set(key, value.trim());
    if (nextSort !== "name") search.set("sort", nextSort);
    if (nextPage > 1) search.set("page", String(nextPage));
    setParams(search);
  };

  return (
    <>
      <PageHeader
        title="지원기관 관리"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "현황정보관리" }]}
        description={
          <p>
            사회서비스원, 지역사회서비스지원단, 평가·컨설팅기관 등 지원기관과 사업 지역, 기관 배정 현황을
            관리합니다.
          </p>
        }
        actions={
          canOpen(user, "officialSupportAgencyEdit") ? (
            <Link to="/official/support-agencies/new" className="krds-btn medium primary">
              지원기관 등록
            </Link>
          ) : null
        }
      />
      <AgencyFilter key={params.toString()} initial={filters} onSearch={(f) => apply(f)} />
      <section className="app-section" aria-labelledby="agency-results">
        <div className="app-list-header">
          <h2 id="agency-results" className="app-section-title">
            조회 결과
          </h2>
          <p className="app-count">
            {list.isSuccess ? (
              <>
                총 <strong>{formatNumber(total)}</strong>개 기관
              </>
            ) : (
              "조회 중"
            )}
          </p>
          <div className="app-sort">
            <label htmlFor="agency-sort">정렬</label>
            <select
              id="agency-sort"
              className="krds-form-select small"
              value={sort}
              onChange={(e) => apply(filters, e.target.value as AgencySort)}
            >
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <LiveRegion message={list.isSuccess ? `조회 결과 총 ${formatNumber(total)}개 기관` : null} />
        {list.isPending ? <Loading label="지원기관 목록을 불러오는 중입니다." /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && items.length === 0 ? <EmptyState>조회된 지원기관이 없습니다</EmptyState> : null}
        {items.length > 0 ? (
          <ScrollTable label="지원기관 목록 표">
            <table className="tbl col data app-table">
              <caption className="sr-only">
                지원기관 목록 (총 {formatNumber(total)}개): 기관명, 유형, 소재 시도, 사업 지역, 전화번호,
                담당자 계정 수, 지원 중 배정 수, 운영 여부
              </caption>
              <thead>
                <tr>
                  <th scope="col">기관명</th>
                  <th scope="col">유형</th>
                  <th scope="col">소재 시도</th>
                  <th scope="col">사업 지역</th>
                  <th scope="col">전화번호</th>
                  <th scope="col">담당자 계정</th>
                  <th scope="col">지원 중 배정</th>
                  <th scope="col">운영 여부</th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id}>
                    <th scope="row" className="app-cell-name">
                      <Link to={`/official/support-agencies/${encodeURIComponent(a.id)}`}>{a.name}</Link>
                    </th>
                    <td className="app-nowrap">{a.kind}</td>
                    <td className="app-nowrap">{orEmpty(a.sidoName)}</td>
                    <td>{a.coverage.length > 0 ? a.coverage.map((c) => c.label).join(", ") : "-"}</td>
                    <td className="app-nowrap">{orEmpty(a.phone)}</td>
                    <td className="app-num">{formatNumber(a.staffCount)}명</td>
                    <td className="app-num">{formatNumber(a.activeAssignments)}곳</td>
                    <td>
                      <ActiveBadge isActive={a.isActive} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        ) : null}
        <Pager
          page={page}
          limit={PAGE_SIZE}
          total={total}
          label="지원기관 목록"
          onPage={(p) => apply(filters, sort, p)}
        />
      </section>
    </>
  );
}

function AgencyFilter({ initial, onSearch }: { initial: Filters; onSearch: (f: Filters) => void }) {
  const regions = useRegions();
  const [draft, setDraft] = useState<Filters>(initial);
  const sidoOptions = (regions.data ?? [])
    .filter((r) => r.level === "sido")
    .map((r) => ({ value: r.sidoCode, label: r.sidoName }));
  const set = (patch: Partial<Filters>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(draft);
  };
  return (
    <search className="app-filter" aria-label="지원기관 검색">
      <form onSubmit={submit}>
        <div className="app-filter__grid">
          <TextField
            id="agency-q"
            label="기관명"
            type="search"
            value={draft.q}
            maxLength={50}
            placeholder="예: 사회서비스원"
            onChange={(e) => set({ q: e.target.value })}
          />
          <SelectField
            id="agency-kind"
            label="유형"
            options={KIND_OPTIONS}
            placeholder="전체"
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value })}
          />
          <SelectField
            id="agency-sido"
            label="시도(소재 또는 사업 지역)"
            options={sidoOptions}
            placeholder="전체"
            value={draft.sido}
            disabled={regions.isPending}
            onChange={(e) => set({ sido: e.target.value })}
          />
          <SelectField
            id="agency-active"
            label="운영 여부"
            options={ACTIVE_OPTIONS}
            placeholder="전체"
            value={draft.active}
            onChange={(e) => set({ active: e.target.value })}
          />
        </div>
        <div className="app-button-row app-filter__actions">
          <button
            type="button"
            className="krds-btn medium tertiary"
            onClick={() => onSearch({ q: "", kind: "", sido: "", active: "" })}
          >
            초기화
          </button>
          <button type="submit" className="krds-btn medium primary">
            검색
          </button>
        </div>
      </form>
    </search>
  );
}
