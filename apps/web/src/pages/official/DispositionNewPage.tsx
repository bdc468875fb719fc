import { isIsoDate, koreaToday, type LadderTable, parseMeasure } from "@ssis/domain";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useNavigate, useSearchParams } from "react-router-dom";
import {
  type Assessment,
  createDisposition,
  type DispositionCreateInput,
  type LadderTableDetail,
  type Preview,
  type PreviewInput,
  useAllTables,
  useDispositionMutation,
  usePreview,
} from "../../api/dispositions";
import { getFinding, getInspection } from "../../api/inspections";
import { listOfficialInstitutions } from "../../api/institutions";
import { errorMessage } from "../../api/problem";
import { Alert, LiveRegion } from "../../components/Alert";
import { Code, ViolationCode } from "../../components/CodeLabel";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Choice, PriorList, TextAreaField, VerifiedBadge } from "../../components/DispositionParts";
import { FieldShell, TextField } from "../../components/FormField";
import { ProblemAlert } from "../../components/FormSection";
import { EmptyState, Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { BackToList, PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { formatDate, formatNumber } from "../../lib/format";
import { useFormErrors } from "../../lib/useFormErrors";

const MAX_VIOLATIONS = 20;
const PREVIEW_DELAY_MS = 400;

interface InstitutionChoice {
  id: string;
  name: string;
  detail: string;
}
interface ViolationDraft {
  key: number;
  code: string;
  foundOn: string;
  summary: string;
}
type Mode = "asProposed" | "mitigate" | "aggravate";

/** The finding a disposition is made from (지적사항에서 처분), as the inspection shows it. */
interface FindingContext {
  institution: InstitutionChoice;
  title: string;
  violation: ViolationDraft;
  hasCode: boolean;
}

/** The finding a disposition starts from, with its institution and 적발일 (the inspection day). */
async function loadFinding(findingId: string): Promise<FindingContext> {
  const finding = await getFinding(findingId);
  const inspection = await getInspection(finding.inspectionId);
  return {
    institution: {
      id: finding.institutionId,
      name: finding.institutionName,
      detail: `${inspection.sidoName} ${inspection.sigunguName} · ${inspection.typeName}`,
    },
    title: finding.title,
    hasCode: Boolean(finding.violationCode),
    violation: {
      key: 0,
      code: finding.violationCode ?? "",
      foundOn: finding.foundOn,
      summary: `${finding.title}: ${finding.detail}`,
    },
  };
}

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  const serialized = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(JSON.parse(serialized) as T), ms);
    return () => clearTimeout(timer);
  }, [serialized, ms]);
  return current;
}

/** '2분의 1' for 0.5, '30%' otherwise. */
function fractionText(f: number): string {
  const inverse = 1 / f;
  return Number.isInteger(inverse) ? `${inverse}분의 1` : `${Math.round(f * 100)}%`;
}

/** What the table's general provisions allow the official to change, in words; null when nothing. */
function adjustmentRule(table: LadderTable | undefined, mode: "mitigate" | "aggravate"): string | null {
  if (mode === "mitigate") {
    const m = table?.provisions.mitigation;
    if (!m) return null;
    return `처분 기간·금액을 ${fractionText(m.maxFraction)} 범위에서 줄일 수 있습니다${
      m.allowLighterKind ? "(더 가벼운 종류의 처분으로도 가능)" : "(처분의 종류는 바꿀 수 없음)"
    }.${m.requiresReason ? " 사유를 적어야 합니다." : ""}`;
  }
  const a = table?.provisions.aggravation;
  if (!a) return null;
  return `처분 기간·금액을 ${fractionText(a.maxFraction)} 범위에서 늘릴 수 있습니다${
    a.maxSuspensionMonths ? `(정지는 ${a.maxSuspensionMonths}개월까지)` : ""
  }${a.allowHeavierKind ? ", 더 무거운 종류의 처분으로도 가능" : ""}.${a.requiresReason ? " 사유를 적어야 합니다." : ""}`;
}

/**
 * 처분안 작성 (UWDX): from a finding (?findingId=…) or directly (institution and violations).
 * The ladder engine proposes the measure live as the official types; the official confirms it or adjusts it
 * (감경·가중) within the table's limits with a reason.
 */
export function DispositionNewPage() {
  const [params] = useSearchParams();
  const findingId = params.get("findingId");
  const navigate = useNavigate();
  const ladder = useAllTables();
  const finding = useQuery({
    queryKey: ["official", "dispositions", "finding", findingId],
    queryFn: () => loadFinding(findingId ?? ""),
    enabled: Boolean(findingId),
    retry: false,
  });

  const [institution, setInstitution] = useState<InstitutionChoice | null>(null);
  const nextKey = useRef(1);
  const [violations, setViolations] = useState<ViolationDraft[]>([
    { key: 0, code: "", foundOn: koreaToday(), summary: "" },
  ]);
  const [prefilled, setPrefilled] = useState<ViolationDraft | null>(null);
  const [mode, setMode] = useState<Mode>("asProposed");
  const [adjustTo, setAdjustTo] = useState("");
  const [adjustReason, setAdjustReason] = useState("");
  const [surcharge, setSurcharge] = useState(false);
  const [revenue, setRevenue] = useState("");
  const { errors, problem, setErrors, setProblem, failed } = useFormErrors();
  const [confirming, setConfirming] = useState(false);
  const create = useDispositionMutation(createDisposition);

  // The finding fills the institution and the violation once it has loaded.
  useEffect(() => {
    if (!finding.data) return;
    setInstitution(finding.data.institution);
    setViolations([finding.data.violation]);
    setPrefilled(finding.data.violation);
  }, [finding.data]);

  const complete = violations.filter((v) => v.code && isIsoDate(v.foundOn));
  const previewBody: PreviewInput | null =
    complete.length > 0
      ? {
          ...(institution ? { institutionId: institution.id } : {}),
          violations: complete.map((v) => ({ code: v.code, date: v.foundOn })),
        }
      : null;
  const debounced = useDebounced(previewBody, PREVIEW_DELAY_MS);
  const preview = usePreview(debounced);
  const current = preview.data;
  const firstOk = current?.assessments.find((a) => a.ok);
  const table = ladder.tables.find((t) => t.key === firstOk?.tableVersion)?.table as LadderTable | undefined;
  const combined = current?.combined.length === 1 ? current.combined[0] : undefined;
  const canConvert =
    Boolean(table?.provisions.surchargeConversion) && Boolean(combined?.measure?.includes("정지"));

  const setViolation = (key: number, patch: Partial<ViolationDraft>) =>
    setViolations((list) => list.map((v) => (v.key === key ? { ...v, ...patch } : v)));
  const addViolation = () => {
    const key = nextKey.current++;
    setViolations((list) => [...list, { key, code: "", foundOn: koreaToday(), summary: "" }]);
  };
  const removeViolation = (key: number) => setViolations((list) => list.filter((v) => v.key !== key));

  const body = (): DispositionCreateInput => {
    const unchanged =
      findingId &&
      prefilled &&
      finding.data?.hasCode &&
      violations.length === 1 &&
      violations[0]?.code === prefilled.code &&
      violations[0]?.foundOn === prefilled.foundOn &&
      violations[0]?.summary === prefilled.summary;
    return {
      ...(findingId ? { findingId } : { institutionId: institution?.id }),
      ...(unchanged
        ? {}
        : {
            violations: violations.map((v) => ({
              code: v.code,
              foundOn: v.foundOn,
              summary: v.summary.trim(),
            })),
          }),
      adjustment:
        mode === "asProposed" ? null : { direction: mode, to: adjustTo.trim(), reason: adjustReason.trim() },
      surcharge:
        canConvert && surcharge
          ? revenue.trim()
            ? { annualRevenueWon: Number(revenue.replace(/[^\d]/g, "")) }
            : {}
          : null,
    };
  };

  /** The server's rules for instant feedback; then the confirmation. */
  const check = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!institution) local.institutionId = "처분할 기관을 고르세요.";
    violations.forEach((v, i) => {
      if (!v.code) local[`violations.${i}.code`] = "위반 코드를 고르세요.";
      if (!isIsoDate(v.foundOn)) local[`violations.${i}.foundOn`] = "적발일을 입력하세요.";
      else if (v.foundOn > koreaToday())
        local[`violations.${i}.foundOn`] = "적발일은 오늘 이전이어야 합니다.";
      if (!v.summary.trim()) local[`violations.${i}.summary`] = "위반 내용을 입력하세요.";
    });
    if (violations.length === 0) local.violations = "위반행위를 하나 이상 입력하세요.";
    if (mode !== "asProposed") {
      const parsed = parseMeasure(adjustTo);
      if (!parsed.ok) local["adjustment.to"] = parsed.message;
      if (adjustReason.trim().length < 2) local["adjustment.reason"] = "조정 사유를 입력하세요.";
    }
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length > 0) {
      setProblem("입력 내용을 확인하세요.");
      return;
    }
    if (current?.assessments.some((a) => !a.ok)) {
      setProblem("처분기준표로 판단할 수 없는 위반행위가 있습니다. 아래 처분기준표 검토를 확인하세요.");
      return;
    }
    setConfirming(true);
  };

  const save = () => {
    setConfirming(false);
    create.mutate(body(), {
      onSuccess: (created) =>
        navigate(`/official/dispositions/${created.id}`, {
          state: {
            notice: "처분안을 저장했습니다. 사전통지를 하면 기관이 처분 내용을 보고 의견을 낼 수 있습니다.",
          },
        }),
      onError: (error) => failed(error, errorMessage(error)),
    });
  };

  const measureToSave =
    mode === "asProposed"
      ? (combined?.measure ?? "-")
      : `${adjustTo.trim()} (${mode === "mitigate" ? "감경" : "가중"})`;

  return (
    <>
      <PageHeader
        title="처분안 작성"
        breadcrumbs={[
          { label: "홈", to: "/official" },
          { label: "기관관리감독" },
          { label: "행정처분대장", to: "/official/dispositions" },
        ]}
        description={
          <p>
            위반행위를 입력하면 처분기준표가 위반 차수와 처분을 바로 계산합니다. 전국의 처분 이력을 바탕으로
            계산하며, 저장하기 전에는 아무것도 기록되지 않습니다.
          </p>
        }
        actions={<BackToList to="/official/dispositions" />}
      />
      <ProblemAlert problem={problem} />
      {findingId && finding.isPending ? <Loading label="지적사항을 불러오는 중입니다." /> : null}
      {findingId && finding.isError ? <QueryError error={finding.error} /> : null}

      <form className="app-form" onSubmit={check} noValidate>
        <Section id="new-institution" title="1. 처분 대상 기관">
          {finding.data ? (
            <Alert tone="info" title="지적사항에서 작성합니다">
              <p>
                「{finding.data.title}」 지적사항의 기관과 위반행위를 불러왔습니다.
                {finding.data.hasCode
                  ? " 위반행위를 고치지 않으면 지적사항의 내용 그대로 처분안을 만듭니다."
                  : " 이 지적사항에는 위반 코드가 없습니다. 아래에서 위반 코드를 고르세요."}
              </p>
            </Alert>
          ) : null}
          {institution ? (
            <div className="disp-chosen" data-testid="chosen-institution">
              <p>
                <strong>{institution.name}</strong> <span className="app-muted">{institution.detail}</span>
              </p>
              {findingId ? null : (
                <button
                  type="button"
                  className="krds-btn small secondary"
                  onClick={() => setInstitution(null)}
                >
                  다른 기관 고르기
                </button>
              )}
            </div>
          ) : (
            <InstitutionPicker error={errors.institutionId} onPick={setInstitution} />
          )}
        </Section>

        <Section id="new-violations" title="2. 위반행위">
          {ladder.error ? <QueryError error={ladder.error} /> : null}
          {errors.violations ? <p className="form-hint-invalid">{errors.violations}</p> : null}
          {violations.map((v, index) => (
            <ViolationFields
              key={v.key}
              index={index}
              value={v}
              tables={ladder.tables}
              errors={errors}
              removable={violations.length > 1}
              onChange={(patch) => setViolation(v.key, patch)}
              onRemove={() => removeViolation(v.key)}
            />
          ))}
          <div className="app-button-row">
            <button
              type="button"
              className="krds-btn medium secondary"
              disabled={violations.length >= MAX_VIOLATIONS}
              onClick={addViolation}
            >
              위반행위 추가
            </button>
          </div>
        </Section>

        <section className="app-section" aria-labelledby="new-proposal" data-testid="disposition-proposal">
          <h2 id="new-proposal" className="app-section-title">
            3. 처분기준표 검토
          </h2>
          <ProposalView
            preview={previewBody ? current : undefined}
            loading={Boolean(previewBody) && preview.isFetching}
            error={preview.isError ? preview.error : null}
            hasInstitution={Boolean(institution)}
            lawNames={new Map(ladder.tables.map((t) => [t.lawCode, t.lawName] as const))}
          />
        </section>

        <Section id="new-decision" title="4. 처분 확정">
          <div className="app-form">
            <AdjustmentFields
              mode={mode}
              onMode={setMode}
              table={table}
              adjustTo={adjustTo}
              onAdjustTo={setAdjustTo}
              reason={adjustReason}
              onReason={setAdjustReason}
              errors={errors}
            />
            {canConvert ? (
              <div className="disp-subform">
                <Choice
                  label="정지 처분을 과징금으로 갈음합니다"
                  checked={surcharge}
                  onChange={setSurcharge}
                />
                {surcharge ? (
                  <TextField
                    id="new-revenue"
                    label="연간 매출액(원)"
                    inputMode="numeric"
                    hint="처분기준표의 과징금 산정 방식에 필요한 경우에만 입력하세요."
                    value={revenue}
                    onChange={(e) => setRevenue(e.target.value)}
                  />
                ) : null}
              </div>
            ) : null}
            <div className="app-button-row">
              <button type="submit" className="krds-btn medium primary" disabled={create.isPending}>
                {create.isPending ? "저장하는 중…" : "처분안 저장"}
              </button>
            </div>
          </div>
        </Section>
      </form>

      {confirming ? (
        <ConfirmDialog
          title="처분안을 저장할까요?"
          confirmLabel="저장"
          onConfirm={save}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {institution?.name}에 대한 처분안을 저장합니다. 위반행위 {formatNumber(violations.length)}건, 처분{" "}
            <strong>{measureToSave}</strong>.
          </p>
          <p>저장한 뒤에는 내용을 고칠 수 없고, 사전통지 전까지 사유를 적어 철회할 수 있습니다.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

// ── institution ─────────────────────────────────────────────────────────────
function InstitutionPicker({ error, onPick }: { error?: string; onPick: (i: InstitutionChoice) => void }) {
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  const results = useQuery({
    queryKey: ["official", "dispositions", "institution-search", q],
    queryFn: ({ signal }) => listOfficialInstitutions({ q, limit: 10, sort: "name" }, signal),
    enabled: q.length > 0,
  });
  const search = () => setQ(text.trim());
  return (
    <div>
      <div className="disp-toolbar">
        <TextField
          id="new-institution-q"
          label="기관 검색"
          type="search"
          hint="관할 구역의 기관을 이름이나 초성으로 찾습니다."
          error={error}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              search();
            }
          }}
        />
        <button type="button" className="krds-btn medium secondary" onClick={search}>
          기관 검색
        </button>
      </div>
      <LiveRegion
        message={results.data ? `기관 ${formatNumber(results.data.items.length)}곳을 찾았습니다` : null}
      />
      {results.isFetching ? <Loading label="기관을 찾는 중입니다." /> : null}
      {results.isError ? <QueryError error={results.error} /> : null}
      {results.data && results.data.items.length === 0 ? <EmptyState>찾는 기관이 없습니다</EmptyState> : null}
      {results.data && results.data.items.length > 0 ? (
        <DataTable
          label="기관 검색 결과 표"
          caption="기관 검색 결과: 기관명, 시군구, 시설 유형, 상태, 선택"
          columns={["기관명", "시군구", "시설 유형", "상태", "선택"]}
          testId="institution-results"
        >
          {results.data.items.map((i) => (
            <tr key={i.id}>
              <th scope="row" className="app-cell-name">
                {i.name}
              </th>
              <td>
                {i.sidoName} {i.sigunguName}
              </td>
              <td>{i.typeName}</td>
              <td className="app-nowrap">{i.statusLabel}</td>
              <td>
                <button
                  type="button"
                  className="krds-btn small primary"
                  aria-label={`${i.name} 선택`}
                  onClick={() =>
                    onPick({
                      id: i.id,
                      name: i.name,
                      detail: `${i.sidoName} ${i.sigunguName} · ${i.typeName}`,
                    })
                  }
                >
                  선택
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}

// ── violations ──────────────────────────────────────────────────────────────
/** The tables' rows by law, newest version first, one option per violation code. */
function codeGroups(tables: LadderTableDetail[]) {
  const byLaw = new Map<string, { label: string; options: Map<string, string> }>();
  const sorted = [...tables].sort(
    (a, b) => a.lawCode.localeCompare(b.lawCode) || b.effectiveFrom.localeCompare(a.effectiveFrom),
  );
  for (const t of sorted) {
    const group = byLaw.get(t.lawCode) ?? { label: t.lawName, options: new Map() };
    for (const row of t.rowLabels)
      if (!group.options.has(row.code)) group.options.set(row.code, `${row.violation} (${row.code})`);
    byLaw.set(t.lawCode, group);
  }
  return [...byLaw.values()];
}

function ViolationFields({
  index,
  value,
  tables,
  errors,
  removable,
  onChange,
  onRemove,
}: {
  index: number;
  value: ViolationDraft;
  tables: LadderTableDetail[];
  errors: Record<string, string>;
  removable: boolean;
  onChange: (patch: Partial<ViolationDraft>) => void;
  onRemove: () => void;
}) {
  const id = `viol-${value.key}`;
  const titleId = useId();
  const codeError = errors[`violations.${index}.code`];
  const groups = codeGroups(tables);
  const known = groups.some((g) => g.options.has(value.code));
  return (
    <fieldset className="disp-violation" aria-labelledby={titleId}>
      <div className="disp-violation__head">
        <p id={titleId} className="disp-violation__title">
          위반행위 {index + 1}
        </p>
        {removable ? (
          <button type="button" className="krds-btn small tertiary" onClick={onRemove}>
            삭제<span className="sr-only"> (위반행위 {index + 1})</span>
          </button>
        ) : null}
      </div>
      <div className="disp-field-row disp-field-row--wide">
        <FieldShell id={`${id}-code`} label="위반 코드" error={codeError}>
          <select
            id={`${id}-code`}
            className={`krds-form-select${value.code ? " completed" : ""}${codeError ? " is-error" : ""}`}
            aria-invalid={codeError ? true : undefined}
            aria-describedby={codeError ? `${id}-code-error` : undefined}
            value={value.code}
            onChange={(e) => onChange({ code: e.target.value })}
          >
            <option value="">
              {tables.length === 0 ? "처분기준표를 불러오는 중" : "위반행위를 고르세요"}
            </option>
            {value.code && !known ? (
              <option value={value.code} data-code={value.code}>
                {value.code}
              </option>
            ) : null}
            {groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {[...g.options.entries()].map(([code, label]) => (
                  <option key={code} value={code} data-code={code}>
                    {label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </FieldShell>
        <TextField
          id={`${id}-found`}
          label="적발일"
          type="date"
          max={koreaToday()}
          value={value.foundOn}
          error={errors[`violations.${index}.foundOn`]}
          onChange={(e) => onChange({ foundOn: e.target.value })}
        />
      </div>
      <TextAreaField
        id={`${id}-summary`}
        label="위반 내용"
        rows={3}
        maxLength={2000}
        value={value.summary}
        error={errors[`violations.${index}.summary`]}
        onChange={(e) => onChange({ summary: e.target.value })}
      />
    </fieldset>
  );
}

// ── the engine's proposal ───────────────────────────────────────────────────
function ProposalView({
  preview,
  loading,
  error,
  hasInstitution,
  lawNames,
}: {
  preview: Preview | undefined;
  loading: boolean;
  error: unknown;
  lawNames: ReadonlyMap<string, string>;
  hasInstitution: boolean;
}) {
  if (!preview)
    return (
      <p className="app-muted">
        {loading
          ? "처분기준표로 계산하는 중입니다."
          : "위반 코드와 적발일을 입력하면 처분기준표가 처분을 제안합니다."}
      </p>
    );
  const single = preview.combined.length === 1 ? preview.combined[0] : undefined;
  const refused = preview.assessments.some((a) => !a.ok) || !single?.measure;
  return (
    <div className={`disp-proposal${refused ? " is-refused" : ""}`} aria-busy={loading}>
      <LiveRegion message={single?.measure ? `제안 처분 ${single.measure}` : null} />
      {error ? (
        <Alert tone="danger" live="alert">
          {errorMessage(error)}
        </Alert>
      ) : null}
      {!hasInstitution ? (
        <Alert tone="warning">
          <p>기관을 고르지 않아 처분 이력 없이 1차로 계산했습니다. 기관을 고르면 전국 이력을 반영합니다.</p>
        </Alert>
      ) : null}
      {preview.combined.length > 1 ? (
        <Alert tone="warning" title="법령이 다른 위반행위가 섞여 있습니다">
          <p>한 처분에는 한 법령의 위반행위만 담을 수 있습니다. 법령별로 나누어 처분하세요.</p>
        </Alert>
      ) : null}
      {preview.combined.map((c) => (
        <div key={c.lawCode}>
          <div className="disp-proposal__head">
            <p className="disp-proposal__label">
              제안 처분{preview.combined.length > 1 ? ` (${lawNames.get(c.lawCode) ?? "법령 미상"})` : ""}
            </p>
            <p className="disp-proposal__measure" data-testid="proposal-measure">
              {c.measure ?? "판단할 수 없음"}
            </p>
          </div>
          <p className="disp-proposal__explanation">{c.explanation}</p>
        </div>
      ))}
      {preview.assessments.map((a, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: positional: the N-th assessment answers the N-th violation
        <AssessmentView key={`${a.code}-${index}`} a={a} index={index} />
      ))}
    </div>
  );
}

function AssessmentView({ a, index }: { a: Assessment; index: number }) {
  return (
    <div className="disp-assessment" data-testid="proposal-assessment">
      <h3 className="disp-assessment__title">
        위반행위 {index + 1}: <ViolationCode code={a.code} name={a.violation} />
      </h3>
      {!a.ok ? (
        <Alert tone="danger" live="none" title="처분기준표로 판단할 수 없습니다">
          <p>{a.explanation}</p>
        </Alert>
      ) : (
        <>
          <dl>
            <dt>처분기준표</dt>
            <dd>
              {a.tableName}
              <Code>{a.tableVersion}</Code> <VerifiedBadge verified={a.tableVerified} what="표 " />
            </dd>
            <dt>근거 조문</dt>
            <dd>
              {a.article} <VerifiedBadge verified={a.rowVerified} what="항목 " />
            </dd>
            <dt>적발일</dt>
            <dd>{formatDate(a.date)}</dd>
            <dt>위반 차수</dt>
            <dd>
              <strong data-testid="proposal-repeat">{a.repeatCount}차</strong>
            </dd>
            <dt>처분</dt>
            <dd>
              <strong>{a.measure}</strong>
            </dd>
          </dl>
          <p>{a.explanation}</p>
          <h4>차수에 산입한 이전 처분</h4>
          <PriorList items={a.counted} empty="산입한 이전 처분이 없습니다(이 위반행위의 첫 처분)." />
          <h4>산입하지 않은 이전 처분과 그 이유</h4>
          <PriorList items={a.ignored} empty="산입하지 않은 이전 처분이 없습니다." />
          {a.operatorHistory.length > 0 ? (
            <>
              <h4>같은 운영 주체의 다른 기관 처분</h4>
              <PriorList items={a.operatorHistory} empty="" />
            </>
          ) : null}
          {a.unverified.length > 0 ? (
            <>
              <h4>원문으로 확인하지 못한 근거</h4>
              <ul className="disp-list">
                {a.unverified.map((u) => (
                  <li key={u}>{u}</li>
                ))}
              </ul>
            </>
          ) : null}
          {a.warnings.length > 0 ? (
            <>
              <h4>주의</h4>
              <ul className="disp-list disp-list--warning">
                {a.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}

// ── confirm or adjust ───────────────────────────────────────────────────────
function AdjustmentFields({
  mode,
  onMode,
  table,
  adjustTo,
  onAdjustTo,
  reason,
  onReason,
  errors,
}: {
  mode: Mode;
  onMode: (m: Mode) => void;
  table: LadderTable | undefined;
  adjustTo: string;
  onAdjustTo: (v: string) => void;
  reason: string;
  onReason: (v: string) => void;
  errors: Record<string, string>;
}) {
  const mitigation = adjustmentRule(table, "mitigate");
  const aggravation = adjustmentRule(table, "aggravate");
  const choices: { value: Mode; label: string; rule: string | null; allowed: boolean }[] = [
    { value: "asProposed", label: "처분기준표대로 확정", rule: null, allowed: true },
    { value: "mitigate", label: "감경", rule: mitigation, allowed: Boolean(mitigation) },
    { value: "aggravate", label: "가중", rule: aggravation, allowed: Boolean(aggravation) },
  ];
  const unavailable = choices.filter((c) => !c.allowed).map((c) => c.label);
  const active = choices.find((c) => c.value === mode);
  return (
    <div className="app-form">
      <fieldset className="disp-choices">
        <legend>처분 확정 방법</legend>
        <div className="disp-choices__items">
          {choices.map((c) => (
            <Choice
              key={c.value}
              id={`adjust-${c.value}`}
              type="radio"
              name="adjust-mode"
              label={c.label}
              checked={mode === c.value}
              disabled={!c.allowed}
              onChange={() => onMode(c.value)}
            />
          ))}
        </div>
        {table && unavailable.length > 0 ? (
          <p className="form-hint">
            {table.tableName}에는 {unavailable.join("·")} 기준(일반기준)이 입력되어 있지 않아{" "}
            {unavailable.join("·")}할 수 없습니다.
          </p>
        ) : null}
      </fieldset>
      {mode !== "asProposed" ? (
        <>
          {active?.rule ? <p className="form-hint">{active.rule}</p> : null}
          <TextField
            id="new-adjust-to"
            label={mode === "mitigate" ? "감경한 처분" : "가중한 처분"}
            placeholder="예: 업무정지 15일"
            hint="처분기준표의 말로 입력하세요(예: 개선명령, 업무정지 1개월, 과태료 50만원)."
            value={adjustTo}
            error={errors["adjustment.to"]}
            onChange={(e) => onAdjustTo(e.target.value)}
          />
          <TextAreaField
            id="new-adjust-reason"
            label={mode === "mitigate" ? "감경 사유" : "가중 사유"}
            rows={3}
            maxLength={2000}
            value={reason}
            error={errors["adjustment.reason"]}
            onChange={(e) => onReason(e.target.value)}
          />
        </>
      ) : null}
    </div>
  );
}
