import {
  DISPOSITION_STATUS_LABELS,
  DISPOSITION_STATUSES,
  type DispositionStatus,
  dateRangeError,
  koreaToday,
  MEASURE_KIND_LABELS,
} from "@ssis/domain";
import { type FormEvent, useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import {
  type DispositionItem,
  type DispositionQuery,
  type DispositionSort,
  downloadRegister,
  listDispositions,
  useDispositions,
  useTables,
} from "../../api/dispositions";
import { errorMessage } from "../../api/problem";
import { useUser } from "../../auth/useSession";
import { Alert, LiveRegion } from "../../components/Alert";
import { Choice, DispositionStatusBadge, wonText } from "../../components/DispositionParts";
import { type Option, SelectField, TextField } from "../../components/FormField";
import { EmptyState, Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { RegionFilterFields } from "../../components/RegionFilterFields";
import { Pager } from "../../components/StaffClientPager";
import { ScrollTable } from "../../components/TableWrap";
import { formatDate, formatNumber, orEmpty } from "../../lib/format";

const LIMIT = 20;
/** The print view gathers at most this many rows (pages of 100); more should be downloaded as Excel. */
const PRINT_MAX = 1000;
const SORTS: { value: DispositionSort; label: string }[] = [
  { value: "-created_at", label: "작성일 최근순" },
  { value: "-decided_on", label: "처분일 최근순" },
  { value: "decided_on", label: "처분일 오래된순" },
  { value: "name", label: "기관명 가나다순" },
  { value: "region", label: "시군구순" },
  { value: "status", label: "상태순" },
];
const STATUS_OPTIONS: Option[] = DISPOSITION_STATUSES.map((s) => ({
  value: s,
  label: DISPOSITION_STATUS_LABELS[s],
}));
/** The kinds of measure as the tables word them; the list matches the measure's label by these words. */
const MEASURE_OPTIONS: Option[] = Object.values(MEASURE_KIND_LABELS).map((label) => ({
  value: label,
  label,
}));

type Filters = Omit<DispositionQuery, "page" | "limit" | "sort">;
const FILTER_KEYS = ["from", "to", "sigungu", "law", "measure", "status", "activeSuspension", "q"] as const;

function readParams(params: URLSearchParams): Filters & { sort: DispositionSort; page: number } {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const sort = (params.get("sort") as DispositionSort | null) ?? "-created_at";
  return {
    ...(filters as Filters),
    sort: SORTS.some((s) => s.value === sort) ? sort : "-created_at",
    page: Math.max(1, Number(params.get("page")) || 1),
  };
}

/** 행정처분대장 (UWDX): every disposition of the jurisdiction, with filters, sort, paging, Excel and print. */
export function DispositionListPage() {
  const tables = useTables();
  const [params, setParams] = useSearchParams();
  const query = readParams(params);
  const [draft, setDraft] = useState({
    from: query.from ?? "",
    to: query.to ?? "",
    sido: "",
    sigungu: query.sigungu ?? "",
    law: query.law ?? "",
    measure: query.measure ?? "",
    status: query.status ?? "",
    q: query.q ?? "",
  });
  const [rangeError, setRangeError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const list = useDispositions({ ...query, limit: LIMIT });

  const apply = (next: Partial<ReturnType<typeof readParams>>) => {
    const merged = { ...query, page: 1, ...next };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(merged))
      if (value !== undefined && value !== "" && !(key === "page" && value === 1))
        search.set(key, String(value));
    setParams(search);
  };
  const search = (e: FormEvent) => {
    e.preventDefault();
    // What the official typed stays in the form; only the wrong end of the range is pointed out.
    const error = dateRangeError("처분일", draft.from, draft.to);
    setRangeError(error);
    if (error) return;
    apply({
      from: draft.from || undefined,
      to: draft.to || undefined,
      sigungu: draft.sigungu || undefined,
      law: draft.law || undefined,
      measure: draft.measure || undefined,
      status: (draft.status || undefined) as DispositionStatus | undefined,
      q: draft.q.trim() || undefined,
    });
  };
  const reset = () => {
    setDraft({ from: "", to: "", sido: "", sigungu: "", law: "", measure: "", status: "", q: "" });
    setRangeError(null);
    const search = new URLSearchParams();
    if (query.sort !== "-created_at") search.set("sort", query.sort);
    setParams(search);
  };
  const { page: _page, ...filters } = query;
  const download = async () => {
    setDownloading(true);
    setProblem(null);
    try {
      await downloadRegister(filters);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setDownloading(false);
    }
  };

  const lawOptions: Option[] = [
    ...new Map((tables.data?.items ?? []).map((t) => [t.lawCode, t.lawName] as const)).entries(),
  ].map(([value, label]) => ({ value, label }));

  if (printing) return <RegisterPrintView filters={filters} onClose={() => setPrinting(false)} />;

  return (
    <>
      <PageHeader
        title="행정처분대장"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "기관관리감독" }]}
        description={
          <p>
            관할 구역의 행정처분을 처분일, 법적 근거, 위반 차수, 처분 내용, 기간, 과태료·과징금, 보건복지부
            보고일과 함께 기록합니다. 기간 조건은 처분일 기준입니다.
          </p>
        }
        actions={
          <>
            <Link to="/official/disposition-tables" className="krds-btn medium secondary">
              처분기준표
            </Link>
            <Link to="/official/dispositions/new" className="krds-btn medium primary">
              처분안 작성
            </Link>
          </>
        }
      />

      <search className="app-filter" aria-label="행정처분 검색">
        <form onSubmit={search} noValidate>
          <div className="app-filter__grid">
            <TextField
              id="disp-from"
              label="처분일(부터)"
              type="date"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
            <TextField
              id="disp-to"
              label="처분일(까지)"
              type="date"
              value={draft.to}
              error={rangeError}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
            <RegionFilterFields
              idPrefix="disp"
              value={draft}
              onChange={(r) => setDraft({ ...draft, ...r })}
            />
            <SelectField
              id="disp-law"
              label="근거 법령"
              options={lawOptions}
              placeholder="전체"
              value={draft.law}
              onChange={(e) => setDraft({ ...draft, law: e.target.value })}
            />
            <SelectField
              id="disp-measure"
              label="처분"
              options={MEASURE_OPTIONS}
              placeholder="전체"
              value={draft.measure}
              onChange={(e) => setDraft({ ...draft, measure: e.target.value })}
            />
            <SelectField
              id="disp-status"
              label="상태"
              options={STATUS_OPTIONS}
              placeholder="전체"
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.target.value })}
            />
            <TextField
              id="disp-q"
              label="기관명"
              type="search"
              value={draft.q}
              onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            />
          </div>
          <div className="app-filter__actions app-button-row">
            <button type="button" className="krds-btn medium secondary" onClick={reset}>
              초기화
            </button>
            <button type="submit" className="krds-btn medium primary">
              검색
            </button>
          </div>
        </form>
      </search>

      <section className="app-section" aria-labelledby="disp-results">
        <div className="app-list-header">
          <h2 id="disp-results" className="app-section-title">
            처분 목록
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
          <Choice
            id="disp-active-suspension"
            label="정지 처분 집행 중인 기관만"
            checked={query.activeSuspension === "true"}
            onChange={(on) => apply({ activeSuspension: on ? "true" : undefined })}
          />
          <div className="app-sort">
            <label htmlFor="disp-sort">정렬</label>
            <select
              id="disp-sort"
              className="krds-form-select small"
              value={query.sort}
              onChange={(e) => apply({ sort: e.target.value as DispositionSort })}
            >
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <div className="app-button-row">
            <button
              type="button"
              className="krds-btn small secondary"
              disabled={downloading}
              onClick={() => void download()}
            >
              {downloading ? "내려받는 중…" : "엑셀 다운로드"}
            </button>
            <button type="button" className="krds-btn small secondary" onClick={() => setPrinting(true)}>
              출력용 보기
            </button>
          </div>
        </div>
        {problem ? (
          <Alert tone="danger" live="alert">
            {problem}
          </Alert>
        ) : null}
        <LiveRegion message={list.data ? `행정처분 총 ${formatNumber(list.data.total)}건` : null} />
        {list.isPending ? <Loading label="행정처분 목록을 불러오는 중입니다." /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && list.data.items.length === 0 ? (
          <EmptyState>조건에 맞는 행정처분이 없습니다</EmptyState>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <>
            <RegisterTable items={list.data.items} />
            <Pager
              page={query.page}
              limit={LIMIT}
              total={list.data.total}
              onPage={(page) => apply({ page })}
              label="행정처분 목록"
            />
          </>
        ) : null}
      </section>
    </>
  );
}

/** The 행정처분대장's columns: the same facts as its Excel download, folded to fit a screen. */
function RegisterTable({ items, linked = true }: { items: DispositionItem[]; linked?: boolean }) {
  return (
    <ScrollTable label="행정처분대장 표">
      <table className="tbl col data app-table disp-register" data-testid="disposition-register">
        <caption className="sr-only">
          행정처분대장: 처분일과 처분 번호, 기관, 위반 내용, 법적 근거, 위반 차수, 처분 내용, 처분 기간,
          과태료·과징금, 보건복지부 보고일, 상태
        </caption>
        <thead>
          <tr>
            <th scope="col">처분일·번호</th>
            <th scope="col">기관</th>
            <th scope="col">위반 내용</th>
            <th scope="col">법적 근거</th>
            <th scope="col">위반 차수</th>
            <th scope="col">처분 내용</th>
            <th scope="col">처분 기간</th>
            <th scope="col">과태료·과징금</th>
            <th scope="col">
              보건복지부
              <br />
              보고일
            </th>
            <th scope="col">상태</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id}>
              <td>
                <span className="app-nowrap">{d.decidedOn ? formatDate(d.decidedOn) : "결정 전"}</span>
                {d.decisionNo ? <span className="disp-cell-sub">{d.decisionNo}</span> : null}
              </td>
              <th scope="row" className="disp-cell-institution">
                {linked ? (
                  <Link to={`/official/dispositions/${d.id}`}>{d.institutionName}</Link>
                ) : (
                  d.institutionName
                )}
                <span className="disp-cell-sub">{d.sigunguName}</span>
              </th>
              <td className="disp-cell-text">{orEmpty(d.violationSummary)}</td>
              <td className="disp-cell-basis">{d.tableName}</td>
              <td className="app-nowrap">{orEmpty(d.repeatSummary)}</td>
              <td>
                <span className="app-nowrap">{d.measureLabel}</span>
                {d.measureLabel !== d.proposedLabel ? (
                  <span className="disp-cell-sub">기준 {d.proposedLabel}</span>
                ) : null}
              </td>
              <td>
                {d.periodFrom ? (
                  <>
                    <span className="app-nowrap">{formatDate(d.periodFrom)} ~</span>{" "}
                    <span className="app-nowrap">{formatDate(d.periodTo)}</span>
                  </>
                ) : (
                  "-"
                )}
              </td>
              <td className="app-num">{wonText(d.fineWon)}</td>
              <td className="app-nowrap">{formatDate(d.reportedToMohwOn)}</td>
              <td>
                {linked ? <DispositionStatusBadge status={d.status} label={d.statusLabel} /> : d.statusLabel}
                {d.appealStatus !== "none" ? (
                  <span className="disp-cell-sub">불복 {d.appealStatusLabel}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** 출력용 보기: every row under the filters (up to PRINT_MAX) on one page, and the browser's print. */
function RegisterPrintView({
  filters,
  onClose,
}: {
  filters: Omit<DispositionQuery, "page" | "limit">;
  onClose: () => void;
}) {
  const user = useUser();
  const [state, setState] = useState<{ items: DispositionItem[]; total: number } | "loading" | Error>(
    "loading",
  );
  const key = JSON.stringify(filters);
  useEffect(() => {
    let live = true;
    const wanted = JSON.parse(key) as typeof filters;
    void (async () => {
      try {
        const items: DispositionItem[] = [];
        let total = 0;
        for (let page = 1; items.length < PRINT_MAX; page += 1) {
          const result = await listDispositions({ ...wanted, page, limit: 100 });
          total = result.total;
          items.push(...result.items);
          if (result.items.length < 100 || items.length >= total) break;
        }
        if (live) setState({ items, total });
      } catch (error) {
        if (live) setState(error instanceof Error ? error : new Error(String(error)));
      }
    })();
    return () => {
      live = false;
    };
  }, [key]);
  return (
    <div className="disp-print-view">
      <PageHeader
        title="행정처분대장 출력"
        breadcrumbs={[
          { label: "홈", to: "/official" },
          { label: "기관관리감독" },
          { label: "행정처분대장", to: "/official/dispositions" },
        ]}
        actions={
          <div className="app-button-row disp-noprint">
            <button
              type="button"
              className="krds-btn medium primary"
              disabled={typeof state !== "object" || state instanceof Error}
              onClick={() => window.print()}
            >
              인쇄
            </button>
            <button type="button" className="krds-btn medium secondary" onClick={onClose}>
              목록으로
            </button>
          </div>
        }
      />
      <p className="disp-print-title">
        <strong>행정처분대장</strong> · {user.scope.label} · 출력일 {koreaToday()}
      </p>
      {state === "loading" ? <Loading label="출력할 행정처분을 모으는 중입니다." /> : null}
      {state instanceof Error ? <QueryError error={state} /> : null}
      {typeof state === "object" && !(state instanceof Error) ? (
        <>
          <p>
            총 {formatNumber(state.total)}건
            {state.total > state.items.length
              ? ` 가운데 ${formatNumber(state.items.length)}건을 보여 줍니다. 전체는 엑셀로 내려받으세요.`
              : ""}
          </p>
          {state.items.length === 0 ? (
            <EmptyState>조건에 맞는 행정처분이 없습니다</EmptyState>
          ) : (
            <RegisterTable items={state.items} linked={false} />
          )}
        </>
      ) : null}
    </div>
  );
}
