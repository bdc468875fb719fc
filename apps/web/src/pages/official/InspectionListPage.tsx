import {
  dateRangeError,
  INSPECTION_KIND_LABELS,
  INSPECTION_KINDS,
  INSPECTION_STATUS_LABELS,
  INSPECTION_STATUSES,
  type InspectionKind,
  OVERALL_RESULT_LABELS,
} from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import {
  type Candidate,
  createInspection,
  downloadExcel,
  type InspectionQuery,
  type InspectionSort,
  useCandidates,
  useChecklists,
  useInspections,
  useOfficialMutation,
} from "../../api/inspections";
import { isApiError } from "../../api/problem";
import { Alert, LiveRegion } from "../../components/Alert";
import { LimitedTextarea, type Option, SelectField, TextField } from "../../components/FormField";
import { Check, FieldGroup, MONTH_OPTIONS } from "../../components/InspectionParts";
import { InspectionTable } from "../../components/InspectionTable";
import { EmptyState, Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { RegionFilterFields } from "../../components/RegionFilterFields";
import { Pager } from "../../components/StaffClientPager";
import { formatNumber } from "../../lib/format";

const LIMIT = 20;
const SORTS: { value: InspectionSort; label: string }[] = [
  { value: "-scheduled_on", label: "점검일 최근순" },
  { value: "scheduled_on", label: "점검일 오래된순" },
  { value: "name", label: "기관명 가나다순" },
  { value: "-name", label: "기관명 역순" },
  { value: "region", label: "시군구순" },
  { value: "status", label: "진행 상태순" },
  { value: "planned_month", label: "점검 예정 월순" },
];
const KIND_OPTIONS: Option[] = INSPECTION_KINDS.map((k) => ({ value: k, label: INSPECTION_KIND_LABELS[k] }));
const STATUS_OPTIONS: Option[] = INSPECTION_STATUSES.map((s) => ({
  value: s,
  label: INSPECTION_STATUS_LABELS[s],
}));
const RESULT_OPTIONS: Option[] = [
  { value: "compliant", label: OVERALL_RESULT_LABELS.compliant },
  { value: "findings", label: OVERALL_RESULT_LABELS.findings },
];

type Draft = {
  from: string;
  to: string;
  sido: string;
  sigungu: string;
  kind: string;
  status: string;
  result: string;
  month: string;
  q: string;
};

/** 지도점검 목록 (UWDX): by period, region, kind, status and result; 엑셀 다운로드; 수시 점검 등록. */
export function InspectionListPage() {
  const [params] = useSearchParams();
  const initial: Draft = {
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
    sido: "",
    sigungu: params.get("sigungu") ?? "",
    kind: params.get("kind") ?? "",
    status: params.get("status") ?? "",
    result: params.get("result") ?? "",
    month: params.get("month") ?? "",
    q: params.get("q") ?? "",
  };
  const [draft, setDraft] = useState<Draft>(initial);
  const [query, setQuery] = useState<InspectionQuery & { page: number; sort: InspectionSort }>(() => ({
    ...toQuery(initial),
    planId: params.get("planId") ?? undefined,
    page: 1,
    sort: "-scheduled_on",
  }));
  const [creating, setCreating] = useState(params.get("new") === "adhoc");
  const [downloading, setDownloading] = useState(false);
  const [downloadNote, setDownloadNote] = useState<{ tone: "danger" | "success"; text: string } | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const list = useInspections({ ...query, limit: LIMIT });

  const search = (e: FormEvent) => {
    e.preventDefault();
    // What the official typed stays in the form; only the wrong end of the range is pointed out.
    const rangeError = dateRangeError("점검일", draft.from, draft.to);
    setDateError(rangeError);
    if (rangeError) return;
    setQuery({ ...query, ...toQuery(draft), page: 1 });
  };
  const reset = () => {
    const empty: Draft = {
      from: "",
      to: "",
      sido: "",
      sigungu: "",
      kind: "",
      status: "",
      result: "",
      month: "",
      q: "",
    };
    setDraft(empty);
    setDateError(null);
    setQuery({ page: 1, sort: query.sort });
  };
  const download = async () => {
    setDownloading(true);
    setDownloadNote(null);
    try {
      const { page: _page, ...filters } = query;
      const file = await downloadExcel("/api/official/inspections.xlsx", filters, "지도점검_목록.xlsx");
      setDownloadNote({
        tone: "success",
        text: `${file.fileName} (${formatNumber(file.rows)}건)을 내려받았습니다.`,
      });
    } catch (error) {
      setDownloadNote({ tone: "danger", text: isApiError(error) ? error.detail : "내려받지 못했습니다." });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <>
      <PageHeader
        title="지도점검"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "기관관리감독" }]}
        description={
          <p>
            관할 기관의 지도점검(사회복지사업법 제51조)을 기간·지역·구분·상태·결과로 찾습니다. 계획에 따른
            정기 점검은 점검계획에서, 민원·사고 등에 따른 점검은 수시 점검 등록으로 시작합니다.
          </p>
        }
        actions={
          <>
            <Link className="krds-btn medium secondary" to="/official/inspections/plans">
              점검계획
            </Link>
            <button type="button" className="krds-btn medium primary" onClick={() => setCreating(true)}>
              수시 점검 등록
            </button>
          </>
        }
      />
      {creating ? <AdhocForm onCancel={() => setCreating(false)} /> : null}

      <search className="app-filter" aria-label="지도점검 검색">
        <form onSubmit={search} noValidate>
          <div className="app-filter__grid">
            <TextField
              id="insp-from"
              label="점검일(부터)"
              type="date"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
            <TextField
              id="insp-to"
              label="점검일(까지)"
              type="date"
              value={draft.to}
              error={dateError}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
            <RegionFilterFields
              idPrefix="insp"
              value={draft}
              onChange={(r) => setDraft({ ...draft, ...r })}
            />
            <SelectField
              id="insp-kind"
              label="점검 구분"
              options={KIND_OPTIONS}
              placeholder="전체"
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
            />
            <SelectField
              id="insp-status"
              label="진행 상태"
              options={STATUS_OPTIONS}
              placeholder="전체"
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.target.value })}
            />
            <SelectField
              id="insp-result"
              label="점검 결과"
              options={RESULT_OPTIONS}
              placeholder="전체"
              value={draft.result}
              onChange={(e) => setDraft({ ...draft, result: e.target.value })}
            />
            <SelectField
              id="insp-month"
              label="점검 예정 월"
              options={MONTH_OPTIONS}
              placeholder="전체"
              value={draft.month}
              onChange={(e) => setDraft({ ...draft, month: e.target.value })}
            />
            <TextField
              id="insp-q"
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

      <section className="app-section" aria-labelledby="insp-results">
        <div className="app-list-header">
          <h2 id="insp-results" className="app-section-title">
            점검 목록
          </h2>
          <p className="app-count">
            {list.data ? (
              <>
                총 <strong>{formatNumber(list.data.total)}</strong>건
              </>
            ) : (
              "조회 중"
            )}
            {query.planId ? (
              <>
                {" "}
                · 점검계획 한정{" "}
                <button
                  type="button"
                  className="krds-btn xsmall tertiary"
                  onClick={() => setQuery({ ...query, planId: undefined, page: 1 })}
                >
                  계획 조건 해제
                </button>
              </>
            ) : null}
          </p>
          <div className="app-sort">
            <label htmlFor="insp-sort">정렬</label>
            <select
              id="insp-sort"
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
          <button
            type="button"
            className="krds-btn small secondary"
            disabled={downloading || !list.data || list.data.total === 0}
            onClick={() => void download()}
          >
            {downloading ? "내려받는 중…" : "엑셀 다운로드"}
          </button>
        </div>
        {downloadNote ? (
          <Alert tone={downloadNote.tone} live={downloadNote.tone === "danger" ? "alert" : "status"}>
            {downloadNote.text}
          </Alert>
        ) : null}
        <LiveRegion message={list.data ? `지도점검 총 ${formatNumber(list.data.total)}건` : null} />
        {list.isPending ? <Loading label="지도점검 목록을 불러오는 중입니다." /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && list.data.items.length === 0 ? (
          <EmptyState>조건에 맞는 지도점검이 없습니다</EmptyState>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <>
            <InspectionTable items={list.data.items} />
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

function toQuery(d: Draft): InspectionQuery {
  return {
    from: d.from || undefined,
    to: d.to || undefined,
    sigungu: d.sigungu || undefined,
    kind: (d.kind || undefined) as InspectionQuery["kind"],
    status: (d.status || undefined) as InspectionQuery["status"],
    result: (d.result || undefined) as InspectionQuery["result"],
    month: d.month ? Number(d.month) : undefined,
    q: d.q.trim() || undefined,
  };
}

/** 수시·특별 점검 등록: one institution outside the yearly plan, with the reason and the checklist version. */
function AdhocForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const checklists = useChecklists();
  const [search, setSearch] = useState("");
  const [searched, setSearched] = useState<string | null>(null);
  const [picked, setPicked] = useState<Candidate | null>(null);
  const [kind, setKind] = useState<InspectionKind>("adhoc");
  const [reason, setReason] = useState("");
  const [versionId, setVersionId] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const candidates = useCandidates(searched === null ? null : { q: searched, limit: 10 });
  const create = useOfficialMutation(createInspection);
  const latest =
    checklists.data?.items.find((v) => v.isLatest && v.templateCode === "DEFAULT") ??
    checklists.data?.items.find((v) => v.isLatest);
  const chosenVersion = versionId || latest?.id || "";

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!picked) local.institutionId = "점검할 기관을 검색해 고르세요.";
    if (!reason.trim()) local.reason = "점검 사유를 입력하세요.";
    if (!chosenVersion) local.checklistVersionId = "점검표를 고르세요.";
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length > 0 || !picked) return;
    create.mutate(
      { institutionId: picked.institutionId, kind, reason: reason.trim(), checklistVersionId: chosenVersion },
      {
        onSuccess: (d) => navigate(`/official/inspections/${d.id}`),
        onError: (error) => {
          if (isApiError(error)) {
            setErrors({ ...error.fieldErrors });
            setProblem(error.detail);
          } else setProblem("등록하지 못했습니다.");
        },
      },
    );
  };

  return (
    <section className="app-section app-subform" aria-labelledby="adhoc-title">
      <h2 id="adhoc-title" className="app-section-title">
        수시 점검 등록
      </h2>
      {problem ? (
        <Alert tone="danger" live="alert">
          {problem}
        </Alert>
      ) : null}
      <form className="app-form" onSubmit={submit} noValidate>
        <div className="app-search-row">
          <TextField
            id="adhoc-search"
            label="기관명 검색"
            type="search"
            value={search}
            error={errors.institutionId}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                setSearched(search.trim());
              }
            }}
          />
          <button
            type="button"
            className="krds-btn medium secondary"
            onClick={() => setSearched(search.trim())}
          >
            기관 찾기
          </button>
        </div>
        {candidates.isFetching && !candidates.data ? <Loading label="기관을 찾는 중입니다." /> : null}
        {candidates.data && searched !== null ? (
          candidates.data.items.length === 0 ? (
            <p className="app-muted">관할 구역에 그 이름의 기관이 없습니다.</p>
          ) : (
            <FieldGroup
              label={`점검할 기관 (관할 구역, 최근 점검일이 오래된 순 ${formatNumber(candidates.data.total)}곳 중 10곳까지)`}
            >
              <div className="app-choices">
                {candidates.data.items.map((c) => (
                  <Check
                    key={c.institutionId}
                    id={`adhoc-${c.institutionId}`}
                    type="radio"
                    name="adhoc-institution"
                    label={`${c.name} (${c.sigunguName} · ${c.typeName} · ${c.suggestedReason})`}
                    checked={picked?.institutionId === c.institutionId}
                    onChange={() => setPicked(c)}
                  />
                ))}
              </div>
            </FieldGroup>
          )
        ) : null}
        <div className="app-field-row">
          <SelectField
            id="adhoc-kind"
            label="점검 구분(필수)"
            options={KIND_OPTIONS}
            value={kind}
            error={errors.kind}
            onChange={(e) => setKind(e.target.value as InspectionKind)}
          />
          <SelectField
            id="adhoc-checklist"
            label="점검표(필수)"
            options={(checklists.data?.items ?? []).map((v) => ({
              value: v.id,
              label: `${v.templateName} 버전 ${v.version}${v.isLatest ? " (최신)" : ""}`,
            }))}
            value={chosenVersion}
            error={errors.checklistVersionId}
            onChange={(e) => setVersionId(e.target.value)}
          />
        </div>
        <div className="form-group">
          <div className="form-tit">
            <label htmlFor="adhoc-reason">점검 사유(필수)</label>
          </div>
          <div className={`form-conts${errors.reason ? " is-error" : ""}`}>
            <LimitedTextarea
              id="adhoc-reason"
              className="krds-input"
              rows={2}
              maxLength={500}
              placeholder="예: 민원 접수(이용자 처우), 안전사고 발생"
              aria-invalid={errors.reason ? true : undefined}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          {errors.reason ? <p className="form-hint-invalid">{errors.reason}</p> : null}
        </div>
        <div className="app-button-row">
          <button type="submit" className="krds-btn medium primary" disabled={create.isPending}>
            등록
          </button>
          <button type="button" className="krds-btn medium secondary" onClick={onCancel}>
            취소
          </button>
        </div>
      </form>
    </section>
  );
}
