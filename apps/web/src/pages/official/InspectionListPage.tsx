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
import {
  describedBy,
  FieldShell,
  LimitedTextarea,
  type Option,
  SelectField,
  TextField,
} from "../../components/FormField";
import { FormButtons, FormSection } from "../../components/FormSection";
import { Check, FieldGroup, MONTH_OPTIONS } from "../../components/InspectionParts";
import { InspectionTable } from "../../components/InspectionTable";
import { Loading } from "../../components/Loading";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { RegionFilterFields } from "../../components/RegionFilterFields";
import { formatNumber } from "../../lib/format";
import { type Filters, useListParams } from "../../lib/listParams";
import { type FieldErrors, useFormErrors } from "../../lib/useFormErrors";

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

const FILTERS = [
  "from",
  "to",
  "sido",
  "sigungu",
  "kind",
  "status",
  "result",
  "month",
  "q",
  "planId",
] as const;
type FilterKey = (typeof FILTERS)[number];

/** 지도점검 목록 (UWDX): by period, region, kind, status and result; 엑셀 다운로드; 수시 점검 등록. */
export function InspectionListPage() {
  const [params] = useSearchParams();
  const list = useListParams({ filters: FILTERS, sorts: SORTS });
  const [creating, setCreating] = useState(params.get("new") === "adhoc");
  const query = { ...toQuery(list.filters), sort: list.sort };
  const inspections = useInspections({ ...query, page: list.page, limit: LIMIT });

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

      <ListFilter
        list={list}
        label="지도점검 검색"
        idPrefix="insp"
        // What the official typed stays in the form; only the wrong end of the range is pointed out.
        check={(d) => ({ to: dateRangeError("점검일", d.from, d.to) })}
      >
        {(f) => (
          <>
            {f.date("from", "점검일(부터)")}
            {f.date("to", "점검일(까지)")}
            <RegionFilterFields idPrefix="insp" value={f.draft} onChange={f.set} />
            {f.select("kind", "점검 구분", KIND_OPTIONS)}
            {f.select("status", "진행 상태", STATUS_OPTIONS)}
            {f.select("result", "점검 결과", RESULT_OPTIONS)}
            {f.select("month", "점검 예정 월", MONTH_OPTIONS)}
            {f.text("q", "기관명")}
          </>
        )}
      </ListFilter>

      <ListSection
        id="insp-results"
        title="점검 목록"
        query={inspections}
        subject="지도점검"
        empty="조건에 맞는 지도점검이 없습니다"
        list={list}
        sortId="insp-sort"
        limit={LIMIT}
        beside={
          list.filters.planId ? (
            <p className="app-count">
              점검계획 한정{" "}
              <button
                type="button"
                className="krds-btn xsmall tertiary"
                onClick={() => list.patch({ planId: "" })}
              >
                계획 조건 해제
              </button>
            </p>
          ) : null
        }
        excel={{
          disabled: !inspections.data || inspections.data.total === 0,
          download: () => downloadExcel("/api/official/inspections.xlsx", query, "지도점검_목록.xlsx"),
        }}
      >
        {(items) => <InspectionTable items={items} sorting={list} />}
      </ListSection>
    </>
  );
}

function toQuery(d: Filters<FilterKey>): InspectionQuery {
  return {
    from: d.from || undefined,
    to: d.to || undefined,
    sigungu: d.sigungu || undefined,
    kind: INSPECTION_KINDS.find((k) => k === d.kind),
    status: INSPECTION_STATUSES.find((s) => s === d.status),
    result: d.result === "compliant" || d.result === "findings" ? d.result : undefined,
    month: d.month ? Number(d.month) : undefined,
    q: d.q.trim() || undefined,
    planId: d.planId || undefined,
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
  const { errors, problem, passes, failed } = useFormErrors();
  const candidates = useCandidates(searched === null ? null : { q: searched, limit: 10 });
  const create = useOfficialMutation(createInspection);
  const latest =
    checklists.data?.items.find((v) => v.isLatest && v.templateCode === "DEFAULT") ??
    checklists.data?.items.find((v) => v.isLatest);
  const chosenVersion = versionId || latest?.id || "";

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: FieldErrors = {};
    if (!picked) local.institutionId = "점검할 기관을 검색해 고르세요.";
    if (!reason.trim()) local.reason = "점검 사유를 입력하세요.";
    if (!chosenVersion) local.checklistVersionId = "점검표를 고르세요.";
    if (!passes(local) || !picked) return;
    create.mutate(
      { institutionId: picked.institutionId, kind, reason: reason.trim(), checklistVersionId: chosenVersion },
      {
        onSuccess: (d) => navigate(`/official/inspections/${d.id}`),
        onError: (error) => failed(error, "등록하지 못했습니다."),
      },
    );
  };

  return (
    <FormSection id="adhoc-title" title="수시 점검 등록" problem={problem} onSubmit={submit}>
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
      <FieldShell id="adhoc-reason" label="점검 사유(필수)" error={errors.reason}>
        <LimitedTextarea
          id="adhoc-reason"
          className="krds-input"
          rows={2}
          maxLength={500}
          placeholder="예: 민원 접수(이용자 처우), 안전사고 발생"
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={describedBy("adhoc-reason", null, errors.reason)}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </FieldShell>
      <FormButtons pending={create.isPending} label="등록" pendingLabel="등록 중…" onCancel={onCancel} />
    </FormSection>
  );
}
