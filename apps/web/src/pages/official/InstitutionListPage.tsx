import {
  INSTITUTION_SORT_LABELS,
  INSTITUTION_SORTS,
  INSTITUTION_STATUS_LABELS,
  INSTITUTION_STATUSES,
  type InstitutionSort,
  OPERATOR_KIND_LABELS,
  OPERATOR_KINDS,
} from "@ssis/domain";
import { type FormEvent, useMemo, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { compact } from "../../api/client";
import { INSTITUTION_EXPORTERS, listOfficialInstitutions, useInstitutionList } from "../../api/institutions";
import { errorMessage } from "../../api/problem";
import type { InstitutionType, Region } from "../../api/reference";
import { useInstitutionTypes, useRegions } from "../../api/reference";
import { useUser } from "../../auth/useSession";
import { Alert, LiveRegion } from "../../components/Alert";
import { type Option, SelectField, TextField } from "../../components/FormField";
import { InstitutionExportDialog } from "../../components/InstitutionExportDialog";
import { InstitutionTable } from "../../components/InstitutionTable";
import { EmptyState, Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { formatNumber } from "../../lib/format";
import { sidoChoices, sigunguChoices } from "../../lib/regions";

const GRADES = ["A", "B", "C", "D", "F", "none"] as const;
type GradeFilter = (typeof GRADES)[number];
const GRADE_OPTIONS: Option[] = GRADES.map((g) => ({
  value: g,
  label: g === "none" ? "미평가" : `${g}등급`,
}));
const STATUS_OPTIONS: Option[] = INSTITUTION_STATUSES.map((s) => ({
  value: s,
  label: INSTITUTION_STATUS_LABELS[s],
}));

const OPERATOR_KIND_OPTIONS: Option[] = OPERATOR_KINDS.map((k) => ({
  value: k,
  label: OPERATOR_KIND_LABELS[k],
}));

const FILTER_KEYS = [
  "q",
  "sido",
  "sigungu",
  "field",
  "type",
  "status",
  "grade",
  "operatorKind",
  "operator",
  "openedFrom",
  "openedTo",
  "closedFrom",
  "closedTo",
] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;
const NO_FILTERS = Object.fromEntries(FILTER_KEYS.map((k) => [k, ""])) as Filters;
/** The conditions under 상세 조건, folded away until one is used. */
const MORE_KEYS = ["operatorKind", "operator", "openedFrom", "openedTo", "closedFrom", "closedTo"] as const;
const DATE_FIELDS = [
  { key: "openedFrom", label: "개소일(부터)" },
  { key: "openedTo", label: "개소일(까지)" },
  { key: "closedFrom", label: "폐지일(부터)" },
  { key: "closedTo", label: "폐지일(까지)" },
] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOrEmpty = (value: string) => (ISO_DATE.test(value) ? value : "");

function readFilters(params: URLSearchParams): Filters {
  const f = {} as Filters;
  for (const key of FILTER_KEYS) f[key] = params.get(key) ?? "";
  return f;
}

function isSort(value: string | null): value is InstitutionSort {
  return INSTITUTION_SORTS.some((s) => s === value);
}

export function InstitutionListPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const sortParam = params.get("sort");
  const sort: InstitutionSort = isSort(sortParam) ? sortParam : "name";
  const status = INSTITUTION_STATUSES.find((s) => s === filters.status);
  const grade = GRADES.find((g): g is GradeFilter => g === filters.grade);
  const operatorKind = OPERATOR_KINDS.find((k) => k === filters.operatorKind);
  const user = useUser();
  const canExport = INSTITUTION_EXPORTERS.includes(user.role);
  // The exact number of rows the download will hold (the list counts only up to 1,000).
  const [exportTotal, setExportTotal] = useState<number | null>(null);
  const [counting, setCounting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [countError, setCountError] = useState<string | null>(null);

  const query = compact({
    q: filters.q.trim(),
    sido: filters.sido,
    sigungu: filters.sigungu,
    field: filters.field,
    type: filters.type,
    status,
    grade,
    operatorKind,
    operator: filters.operator.trim(),
    openedFrom: dateOrEmpty(filters.openedFrom),
    openedTo: dateOrEmpty(filters.openedTo),
    closedFrom: dateOrEmpty(filters.closedFrom),
    closedTo: dateOrEmpty(filters.closedTo),
    sort,
  });
  const list = useInstitutionList(query);
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;
  // Past 1,000 matches the server stops counting (a nation-wide count costs too much on every search):
  // the screen says "1,000건 이상", and the Excel dialog asks for the exact number when it opens.
  const capped = list.data?.pages[0]?.totalCapped ?? false;
  const totalText = `${formatNumber(total)}건${capped ? " 이상" : ""}`;

  const openExport = async () => {
    setNotice(null);
    setCountError(null);
    if (!capped) {
      setExportTotal(total);
      return;
    }
    setCounting(true);
    try {
      const exact = await listOfficialInstitutions({ ...query, limit: 1, count: "exact" });
      setExportTotal(exact.total ?? total);
    } catch (error) {
      setCountError(errorMessage(error));
    } finally {
      setCounting(false);
    }
  };

  const apply = (next: Filters, nextSort: InstitutionSort = sort) => {
    const search = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key].trim()) search.set(key, next[key].trim());
    if (nextSort !== "name") search.set("sort", nextSort);
    setParams(search);
  };

  return (
    <>
      <PageHeader
        title="기관 현황"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "현황정보관리" }]}
        description={<p>관할 구역의 사회복지시설·사회서비스 제공기관을 조회합니다.</p>}
      />
      <FilterForm key={params.toString()} initial={filters} onSearch={(f) => apply(f)} />

      <section className="app-section" aria-labelledby="institution-results">
        <div className="app-list-header">
          <h2 id="institution-results" className="app-section-title">
            조회 결과
          </h2>
          <p className="app-count" data-testid="institution-total">
            {list.isSuccess ? (
              <>
                총 <strong>{formatNumber(total)}</strong>건{capped ? " 이상" : ""}
              </>
            ) : (
              "조회 중"
            )}
          </p>
          <div className="app-sort">
            <label htmlFor="sort">정렬</label>
            <select
              id="sort"
              name="sort"
              className="krds-form-select small"
              value={sort}
              onChange={(e) => apply(filters, e.target.value as InstitutionSort)}
            >
              {INSTITUTION_SORTS.map((s) => (
                <option key={s} value={s}>
                  {INSTITUTION_SORT_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          {canExport ? (
            <button
              type="button"
              className="krds-btn medium secondary"
              disabled={!list.isSuccess || total === 0 || counting}
              aria-busy={counting || undefined}
              onClick={() => void openExport()}
            >
              {counting ? "건수 확인 중…" : "엑셀 다운로드"}
            </button>
          ) : null}
        </div>
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {countError ? (
          <Alert tone="danger" live="alert">
            {countError}
          </Alert>
        ) : null}
        <LiveRegion message={list.isSuccess ? `조회 결과 총 ${totalText}` : null} />

        {list.isPending ? <Loading label="기관 목록을 불러오는 중입니다." /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && items.length === 0 ? <EmptyState>조회된 기관이 없습니다</EmptyState> : null}
        {items.length > 0 ? (
          <>
            <InstitutionTable
              items={items}
              caption={`기관 현황 목록 (총 ${totalText} 중 ${formatNumber(items.length)}건 표시): 기관명, 분야, 시설 유형, 소재지, 상태, 정원, 현원, 시설장, 전화번호, 최근 평가등급`}
              detailPath={(item) => `/official/institutions/${encodeURIComponent(item.id)}`}
              sort={sort}
              onSort={(next) => apply(filters, next)}
            />
            <div className="app-more">
              <p className="app-muted">
                {formatNumber(items.length)} / {totalText} 표시
              </p>
              {list.hasNextPage ? (
                <button
                  type="button"
                  className="krds-btn medium secondary"
                  onClick={() => void list.fetchNextPage()}
                  aria-busy={list.isFetchingNextPage || undefined}
                  disabled={list.isFetchingNextPage}
                >
                  {list.isFetchingNextPage ? "불러오는 중…" : "더 보기"}
                </button>
              ) : null}
            </div>
          </>
        ) : null}
      </section>
      {exportTotal !== null ? (
        <InstitutionExportDialog
          filters={query}
          total={exportTotal}
          onClose={(done) => {
            setExportTotal(null);
            if (done) setNotice(`${done.fileName} 파일(${formatNumber(done.rows)}건)을 내려받았습니다.`);
          }}
        />
      ) : null}
    </>
  );
}

function FilterForm({ initial, onSearch }: { initial: Filters; onSearch: (f: Filters) => void }) {
  const user = useUser();
  const regions = useRegions();
  const types = useInstitutionTypes();
  const [draft, setDraft] = useState<Filters>(initial);
  const [rangeErrors, setRangeErrors] = useState<{ openedTo?: string; closedTo?: string }>({});

  const regionItems: Region[] = regions.data ?? [];
  const sidoOptions = sidoChoices(regionItems, user.scope);
  const sidoFixed = sidoOptions.length === 1 ? (sidoOptions[0]?.value ?? "") : "";
  const sido = sidoFixed || draft.sido;
  const sigunguOptions = sigunguChoices(regionItems, user.scope, sido);
  const sigunguFixed = user.scope.kind === "sigungu" && sigunguOptions.length === 1;

  const typeItems: InstitutionType[] = types.data ?? [];
  const fieldOptions = [...new Set(typeItems.map((t) => t.field))].map((f) => ({ value: f, label: f }));
  const typeOptions = typeItems
    .filter((t) => !draft.field || t.field === draft.field)
    .map((t) => ({ value: t.code, label: t.typeName }));

  const set = (patch: Partial<Filters>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // What the official typed stays in the form; only the wrong end of a range is pointed out.
    const errors: { openedTo?: string; closedTo?: string } = {};
    if (draft.openedFrom && draft.openedTo && draft.openedFrom > draft.openedTo)
      errors.openedTo = "개소일(까지)는 개소일(부터)와 같거나 그 이후여야 합니다.";
    if (draft.closedFrom && draft.closedTo && draft.closedFrom > draft.closedTo)
      errors.closedTo = "폐지일(까지)는 폐지일(부터)와 같거나 그 이후여야 합니다.";
    setRangeErrors(errors);
    if (errors.openedTo || errors.closedTo) return;
    onSearch({ ...draft, sido: sidoFixed ? "" : draft.sido, sigungu: sigunguFixed ? "" : draft.sigungu });
  };
  const reset = () => onSearch(NO_FILTERS);

  return (
    <search className="app-filter" aria-label="기관 검색">
      <form onSubmit={submit}>
        <div className="app-filter__grid">
          <TextField
            id="q"
            label="검색어"
            type="search"
            value={draft.q}
            maxLength={100}
            placeholder="예: 행복요양원, ㅎㅂㅇㅇㅇ, 123-45-67890"
            hint="기관명·도로명주소 일부, 기관명 초성 또는 사업자등록번호"
            onChange={(e) => set({ q: e.target.value })}
          />
          <SelectField
            id="sido"
            label="시도"
            options={sidoOptions}
            placeholder={sidoFixed ? undefined : "전체"}
            value={sido}
            disabled={regions.isPending}
            onChange={(e) => set({ sido: e.target.value, sigungu: "" })}
          />
          <SelectField
            id="sigungu"
            label="시군구"
            options={sigunguOptions}
            placeholder={sigunguFixed ? undefined : sido ? "전체" : "시도를 먼저 선택하세요"}
            value={sigunguFixed ? (sigunguOptions[0]?.value ?? "") : draft.sigungu}
            disabled={!sido}
            onChange={(e) => set({ sigungu: e.target.value })}
          />
          <SelectField
            id="field"
            label="분야"
            options={fieldOptions}
            placeholder="전체"
            value={draft.field}
            onChange={(e) => set({ field: e.target.value, type: "" })}
          />
          <SelectField
            id="type"
            label="시설 유형"
            options={typeOptions}
            placeholder="전체"
            value={draft.type}
            onChange={(e) => set({ type: e.target.value })}
          />
          <SelectField
            id="status"
            label="상태"
            options={STATUS_OPTIONS}
            placeholder="전체"
            value={draft.status}
            onChange={(e) => set({ status: e.target.value })}
          />
          <SelectField
            id="grade"
            label="최근 평가등급"
            options={GRADE_OPTIONS}
            placeholder="전체"
            value={draft.grade}
            onChange={(e) => set({ grade: e.target.value })}
          />
        </div>
        <details className="app-filter__more" open={MORE_KEYS.some((k) => initial[k] !== "") || undefined}>
          <summary>상세 조건 (운영주체·개소일·폐지일)</summary>
          <div className="app-filter__grid">
            <SelectField
              id="operatorKind"
              label="운영주체 구분"
              options={OPERATOR_KIND_OPTIONS}
              placeholder="전체"
              value={draft.operatorKind}
              onChange={(e) => set({ operatorKind: e.target.value })}
            />
            <TextField
              id="operator"
              label="운영주체명"
              value={draft.operator}
              maxLength={100}
              placeholder="예: 행복재단"
              hint="법인·단체 또는 개인 이름의 일부"
              onChange={(e) => set({ operator: e.target.value })}
            />
            {DATE_FIELDS.map(({ key, label }) => (
              <TextField
                key={key}
                id={key}
                label={label}
                type="date"
                value={draft[key]}
                error={key === "openedTo" || key === "closedTo" ? rangeErrors[key] : undefined}
                onChange={(e) => set({ [key]: e.target.value })}
              />
            ))}
          </div>
        </details>
        <div className="app-button-row app-filter__actions">
          <button type="button" className="krds-btn medium tertiary" onClick={reset}>
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
