import {
  checkRoundOpening,
  koreaToday,
  REPORT_ROUND_STATUS_LABELS,
  REPORT_ROUND_STATUSES,
} from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { isApiError } from "../../api/problem";
import { useInstitutionTypes, useRegions } from "../../api/reference";
import {
  openRound,
  previewTargets,
  type RoundSort,
  type TargetFilterInput,
  type TargetPreview,
  useRoundMutation,
  useRounds,
} from "../../api/status-reports";
import { useUser } from "../../auth/useSession";
import { Alert } from "../../components/Alert";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { type Option, SelectField, TextField } from "../../components/FormField";
import { DataTable } from "../../components/list/DataTable";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { formatDate, formatNumber } from "../../lib/format";
import { useListParams } from "../../lib/listParams";
import { sidoChoices, sigunguChoices } from "../../lib/regions";

const LIMIT = 20;
const SORTS: { value: RoundSort; label: string }[] = [
  { value: "-opened_at", label: "개설일 최근순" },
  { value: "opened_at", label: "개설일 오래된순" },
  { value: "due_on", label: "제출 기한 빠른순" },
  { value: "-due_on", label: "제출 기한 늦은순" },
];
const STATUS_OPTIONS: Option[] = REPORT_ROUND_STATUSES.map((s) => ({
  value: s,
  label: REPORT_ROUND_STATUS_LABELS[s],
}));

/** 현황보고 관리 (UWSI): rounds of the official's jurisdiction, and 회차 개설. */
export function StatusReportListPage() {
  const list = useListParams({ filters: ["status", "period"], sorts: SORTS });
  const [opening, setOpening] = useState(false);
  const rounds = useRounds({
    status: REPORT_ROUND_STATUSES.find((s) => s === list.filters.status),
    period: list.filters.period.trim() || undefined,
    sort: list.sort,
    page: list.page,
    limit: LIMIT,
  });

  return (
    <>
      <PageHeader
        title="현황보고 관리"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "현황정보관리" }]}
        description={
          <p>
            관할 기관에 현황보고 회차를 열고 제출 현황을 확인합니다. 건수는 관할 구역 안의 대상 기관
            기준입니다.
          </p>
        }
        actions={
          <button type="button" className="krds-btn medium primary" onClick={() => setOpening(true)}>
            회차 개설
          </button>
        }
      />
      {opening ? <OpenRoundForm onCancel={() => setOpening(false)} /> : null}

      <ListFilter list={list} label="현황보고 회차 검색" idPrefix="round">
        {(f) => (
          <>
            {f.select("status", "상태", STATUS_OPTIONS)}
            {f.text("period", "보고 기간", { placeholder: "예: 2026년 4분기" })}
          </>
        )}
      </ListFilter>

      <ListSection
        id="round-results"
        title="회차 목록"
        query={rounds}
        subject="현황보고 회차"
        empty="조건에 맞는 현황보고 회차가 없습니다"
        list={list}
        sortId="round-sort"
        limit={LIMIT}
      >
        {(items) => (
          <DataTable
            label="현황보고 회차 목록 표"
            caption="현황보고 회차: 제목, 보고 기간, 개설 기관, 제출 기한, 상태, 대상, 제출, 제출률"
            columns={[
              "회차",
              "보고 기간",
              "개설 기관",
              { header: "제출 기한", sort: "due_on" },
              "상태",
              "대상",
              "제출(지연)",
              "제출률",
            ]}
            sorting={list}
          >
            {items.map((r) => (
              <tr key={r.id}>
                <th scope="row" className="app-cell-name">
                  <Link to={`/official/status-reports/${r.id}`}>{r.title}</Link>
                </th>
                <td>{r.periodLabel}</td>
                <td>{r.scopeLabel}</td>
                <td className="app-nowrap">
                  {formatDate(r.dueOn)} ({r.dueLabel})
                </td>
                <td className="app-nowrap">{r.statusLabel}</td>
                <td className="app-num">{formatNumber(r.targets)}</td>
                <td className="app-num">
                  {formatNumber(r.submitted)} ({formatNumber(r.late)})
                </td>
                <td className="app-num">{r.rate}%</td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
    </>
  );
}

interface OpenState {
  title: string;
  periodLabel: string;
  dueOn: string;
  mode: TargetFilterInput["mode"];
  field: string;
  typeCode: string;
  sido: string;
  sigungu: string;
  institutionIds: string;
}

const MODE_OPTIONS: Option[] = [
  { value: "all", label: "관할 구역의 운영 중인 기관 전체" },
  { value: "filter", label: "분야·시설 유형·시군구로 고르기" },
  { value: "list", label: "기관 지정(기관 ID 목록)" },
];

function toTarget(f: OpenState): TargetFilterInput {
  if (f.mode === "all") return { mode: "all" };
  if (f.mode === "list")
    return {
      mode: "list",
      institutionIds: f.institutionIds
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    };
  return {
    mode: "filter",
    field: f.field || undefined,
    typeCodes: f.typeCode ? [f.typeCode] : undefined,
    sigunguCodes: f.sigungu ? [f.sigungu] : undefined,
  };
}

/** 회차 개설: title, period, deadline (today or later) and the targets; a preview shows how many first. */
function OpenRoundForm({ onCancel }: { onCancel: () => void }) {
  const user = useUser();
  const navigate = useNavigate();
  const regions = useRegions();
  const types = useInstitutionTypes();
  const [form, setForm] = useState<OpenState>({
    title: "",
    periodLabel: "",
    dueOn: "",
    mode: "all",
    field: "",
    typeCode: "",
    sido: "",
    sigungu: "",
    institutionIds: "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<TargetPreview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const open = useRoundMutation(openRound);
  const set = (patch: Partial<OpenState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setPreview(null);
  };

  const sidoOptions = sidoChoices(regions.data ?? [], user.scope);
  const sido = sidoOptions.length === 1 ? (sidoOptions[0]?.value ?? "") : form.sido;
  const sigunguOptions = sigunguChoices(regions.data ?? [], user.scope, sido);
  const typeItems = types.data ?? [];
  const fieldOptions = [...new Set(typeItems.map((t) => t.field))].map((f) => ({ value: f, label: f }));
  const typeOptions = typeItems
    .filter((t) => !form.field || t.field === form.field)
    .map((t) => ({ value: t.code, label: t.typeName }));

  const showProblem = (error: unknown) => {
    if (isApiError(error)) {
      setErrors({ ...error.fieldErrors });
      setProblem(error.detail);
    } else setProblem("처리하지 못했습니다.");
  };

  /** The same rules as the server for instant feedback; then the preview, then a confirmation. */
  const check = async (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    for (const p of checkRoundOpening({ ...form, today: koreaToday() })) local[p.field] = p.message;
    const target = toTarget(form);
    if (target.mode === "filter" && !target.field && !target.typeCodes && !target.sigunguCodes)
      local["target.field"] = "분야, 시설 유형 또는 시군구 중 하나 이상을 고르세요.";
    if (target.mode === "list" && !target.institutionIds?.length)
      local["target.institutionIds"] = "대상 기관을 한 곳 이상 입력하세요.";
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length > 0) return;
    try {
      const result = await previewTargets(target);
      setPreview(result);
      if (result.total === 0) setProblem("조건에 맞는 운영 중인 기관이 없습니다. 대상 조건을 바꾸세요.");
      else setConfirming(true);
    } catch (error) {
      showProblem(error);
    }
  };

  const confirm = () => {
    setConfirming(false);
    open.mutate(
      {
        title: form.title.trim(),
        periodLabel: form.periodLabel.trim(),
        dueOn: form.dueOn,
        target: toTarget(form),
      },
      { onSuccess: (round) => navigate(`/official/status-reports/${round.id}`), onError: showProblem },
    );
  };

  return (
    <section className="app-section" aria-labelledby="round-open-title">
      <h2 id="round-open-title" className="app-section-title">
        현황보고 회차 개설
      </h2>
      {problem ? (
        <Alert tone="danger" live="alert">
          {problem}
        </Alert>
      ) : null}
      <form className="app-form" onSubmit={check} noValidate>
        <TextField
          id="round-title"
          label="회차 제목"
          required
          maxLength={100}
          value={form.title}
          error={errors.title}
          onChange={(e) => set({ title: e.target.value })}
        />
        <TextField
          id="round-period-label"
          label="보고 기간"
          required
          placeholder="2026년 4분기"
          maxLength={40}
          value={form.periodLabel}
          error={errors.periodLabel}
          onChange={(e) => set({ periodLabel: e.target.value })}
        />
        <TextField
          id="round-due"
          label="제출 기한"
          type="date"
          required
          min={koreaToday()}
          hint="기한 당일 제출까지 기한 내 제출로 봅니다. 기한 뒤 제출은 받되 지연 제출로 표시됩니다."
          value={form.dueOn}
          error={errors.dueOn}
          onChange={(e) => set({ dueOn: e.target.value })}
        />
        <SelectField
          id="round-mode"
          label="대상 기관"
          options={MODE_OPTIONS}
          value={form.mode}
          error={errors.target}
          onChange={(e) => set({ mode: e.target.value as OpenState["mode"] })}
        />
        {form.mode === "filter" ? (
          <>
            <SelectField
              id="round-field"
              label="분야"
              options={fieldOptions}
              placeholder="전체"
              value={form.field}
              error={errors["target.field"]}
              onChange={(e) => set({ field: e.target.value, typeCode: "" })}
            />
            <SelectField
              id="round-type"
              label="시설 유형"
              options={typeOptions}
              placeholder="전체"
              value={form.typeCode}
              error={errors["target.typeCodes"]}
              onChange={(e) => set({ typeCode: e.target.value })}
            />
            {user.scope.kind !== "sigungu" ? (
              <>
                {sidoOptions.length > 1 ? (
                  <SelectField
                    id="round-sido"
                    label="시도"
                    options={sidoOptions}
                    placeholder="전체"
                    value={form.sido}
                    onChange={(e) => set({ sido: e.target.value, sigungu: "" })}
                  />
                ) : null}
                <SelectField
                  id="round-sigungu"
                  label="시군구"
                  options={sigunguOptions}
                  placeholder="전체"
                  value={form.sigungu}
                  error={errors["target.sigunguCodes"]}
                  onChange={(e) => set({ sigungu: e.target.value })}
                />
              </>
            ) : null}
          </>
        ) : null}
        {form.mode === "list" ? (
          <div className="form-group">
            <div className="form-tit">
              <label htmlFor="round-ids">기관 ID 목록</label>
            </div>
            <div className={`form-conts${errors["target.institutionIds"] ? " is-error" : ""}`}>
              <textarea
                id="round-ids"
                className="krds-input"
                rows={4}
                aria-invalid={errors["target.institutionIds"] ? true : undefined}
                aria-describedby="round-ids-hint"
                value={form.institutionIds}
                onChange={(e) => set({ institutionIds: e.target.value })}
              />
            </div>
            <div className="form-hint" id="round-ids-hint">
              기관 현황 화면의 기관 ID를 쉼표나 줄바꿈으로 구분해 입력하세요. 관할 구역의 운영 중인 기관만
              지정할 수 있습니다.
            </div>
            {errors["target.institutionIds"] ? (
              <p className="form-hint-invalid">{errors["target.institutionIds"]}</p>
            ) : null}
          </div>
        ) : null}
        {preview && preview.total > 0 ? (
          <p className="app-muted">
            대상 기관 {formatNumber(preview.total)}곳 (
            {preview.bySigungu
              .slice(0, 8)
              .map((s) => `${s.sigunguName} ${formatNumber(s.count)}`)
              .join(", ")}
            {preview.bySigungu.length > 8 ? " 외" : ""})
          </p>
        ) : null}
        <div className="app-button-row">
          <button type="submit" className="krds-btn medium primary" disabled={open.isPending}>
            대상 확인 후 개설
          </button>
          <button type="button" className="krds-btn medium secondary" onClick={onCancel}>
            취소
          </button>
        </div>
      </form>
      {confirming && preview ? (
        <ConfirmDialog
          title="현황보고 회차를 개설할까요?"
          confirmLabel="개설"
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
          initialFocus="first"
        >
          <p>
            「{form.title}」 회차를 대상 기관 {formatNumber(preview.total)}곳에 엽니다. 제출 기한은{" "}
            {form.dueOn}입니다.
          </p>
          <p>개설한 뒤에는 대상 기관을 바꿀 수 없습니다.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
