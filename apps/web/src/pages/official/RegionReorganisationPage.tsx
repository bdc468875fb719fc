import { type FormEvent, useState } from "react";
import { errorMessage, isApiError } from "../../api/problem";
import {
  type RegionMappingRow,
  type ReorganisationPreview,
  useApplyReorganisation,
  usePreviewReorganisation,
  useReorganisation,
  useReorganisationPresets,
  useReorganisations,
} from "../../api/region-reorganisations";
import { Alert } from "../../components/Alert";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FieldShell, LimitedInput, SelectField, TextField } from "../../components/FormField";
import { EmptyState, Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { Pager } from "../../components/StaffClientPager";
import { ScrollTable } from "../../components/TableWrap";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";

const PAGE_SIZE = 20;

interface Draft {
  title: string;
  legalBasis: string;
  effectiveOn: string;
  rows: (RegionMappingRow & { key: number })[];
  assignments: Record<string, string>;
}

let nextKey = 1;
const emptyRow = () => ({ key: nextKey++, oldCode5: "", newCode5: "", split: false });

/** 행정구역 개편 (system administrator): applied reorganisations, and a new one checked, previewed, applied. */
export function RegionReorganisationPage() {
  const [page, setPage] = useState(1);
  const list = useReorganisations((page - 1) * PAGE_SIZE, PAGE_SIZE);
  const [selected, setSelected] = useState("");
  const [result, setResult] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title="행정구역 개편"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "시스템" }]}
        description={
          <p>
            옛 행정구역 코드를 새 코드로 옮깁니다. 기관, 종사자·이용자, 처리 중인 변경신청, 현황보고, 담당
            공무원의 관할이 한 번에 옮겨지고 변경이력이 남습니다. 옛 코드로 검색해도 옮겨진 기관이 조회됩니다.
          </p>
        }
      />
      {result ? (
        <Alert tone="success">
          <p>{result}</p>
        </Alert>
      ) : null}
      <section className="app-section" aria-labelledby="reorg-list">
        <div className="app-list-header">
          <h2 id="reorg-list" className="app-section-title">
            적용한 개편
          </h2>
          <p className="app-count">
            <strong>{formatNumber(list.data?.total ?? 0)}</strong>건
          </p>
        </div>
        {list.isPending ? <Loading label="개편 목록을 불러오는 중입니다." /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && list.data.items.length === 0 ? (
          <EmptyState>적용한 행정구역 개편이 없습니다</EmptyState>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <DataTable
            label="적용한 행정구역 개편 표"
            caption="적용한 행정구역 개편: 시행일, 제목, 근거 법령, 코드 변경 수, 옮긴 기관 수, 적용 일시, 적용자
                (시행일 최근 순)"
            columns={["시행일", "제목", "근거 법령", "코드 변경", "옮긴 기관", "적용 일시", "적용자", "상세"]}
          >
            {list.data.items.map((r) => (
              <tr key={r.id}>
                <td className="app-nowrap">{formatDate(r.effectiveOn)}</td>
                <th scope="row">{r.title}</th>
                <td>{r.legalBasis}</td>
                <td>{formatNumber(r.changeCount)}건</td>
                <td>{formatNumber(r.institutionCount)}곳</td>
                <td className="app-nowrap">{formatDateTime(r.appliedAt)}</td>
                <td>{r.appliedByName}</td>
                <td>
                  <button
                    type="button"
                    className="krds-btn xsmall secondary"
                    aria-expanded={selected === r.id}
                    aria-label={`${r.title} 상세 보기`}
                    onClick={() => setSelected(selected === r.id ? "" : r.id)}
                  >
                    {selected === r.id ? "닫기" : "상세"}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
        <Pager
          page={page}
          limit={PAGE_SIZE}
          total={list.data?.total ?? 0}
          onPage={setPage}
          label="개편 목록"
        />
        {selected ? <ReorganisationDetailView id={selected} /> : null}
      </section>
      <ReorganisationForm
        onApplied={(title, institutions) => {
          setPage(1);
          setResult(
            `「${title}」을(를) 적용했습니다. 기관 ${formatNumber(institutions)}곳을 새 코드로 옮겼습니다.`,
          );
        }}
      />
    </>
  );
}

function ReorganisationDetailView({ id }: { id: string }) {
  const detail = useReorganisation(id);
  if (detail.isPending) return <Loading label="개편 상세를 불러오는 중입니다." />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  return (
    <section className="app-section" aria-labelledby="reorg-detail">
      <h3 id="reorg-detail" className="app-section-title">
        {d.title} (시행 {formatDate(d.effectiveOn)})
      </h3>
      <DataTable
        label="코드 변경 표"
        caption="코드 변경: 옛 코드, 새 코드, 분할 여부, 옮긴 기관 수"
        columns={["옛 코드", "새 코드", "분할", "옮긴 기관"]}
      >
        {d.changes.map((c) => (
          <tr key={`${c.oldCode5}-${c.newCode5}`}>
            <td>
              {c.oldName} ({c.oldCode5})
            </td>
            <td>
              {c.newName} ({c.newCode5})
            </td>
            <td>{c.isSplit ? "분할" : "-"}</td>
            <td>{formatNumber(c.institutions)}곳</td>
          </tr>
        ))}
      </DataTable>
      <p className="app-muted">
        함께 옮긴 자료:{" "}
        {Object.entries(d.counts)
          .map(
            ([table, n]) =>
              `${TABLE_LABELS[table] ?? table} ${typeof n === "number" ? `${formatNumber(n)}건` : "기록 그대로 보존"}`,
          )
          .join(", ")}
      </p>
    </section>
  );
}

const TABLE_LABELS: Record<string, string> = {
  institution: "기관",
  institution_history: "기관 변경이력",
  institution_status_history: "운영상태 이력",
  staff: "종사자",
  client: "이용자",
  change_request: "변경신청",
  report_round_target: "현황보고 대상",
  report_reminder: "현황보고 독촉",
  report_round: "현황보고 회차",
  app_user_sigungu: "시군구 담당자 관할",
  app_user_sido: "시도 담당자 관할",
  support_agency: "지원기관 시도",
  support_agency_region: "지원기관 사업 지역",
  institution_program: "프로그램",
  institution_finance_year: "재정 현황",
  inspection: "지도점검",
  inspection_document: "사전 점검자료",
  inspection_item_result: "점검표 결과",
  inspection_finding: "지적사항",
  inspection_transition: "지도점검 처리 이력",
  corrective_action: "시정·개선 조치",
  disposition: "행정처분",
  disposition_violation: "처분 위반행위",
  disposition_transition: "행정처분 처리 이력",
  stored_file: "첨부파일",
};

function ReorganisationForm({ onApplied }: { onApplied: (title: string, institutions: number) => void }) {
  const [draft, setDraft] = useState<Draft>({
    title: "",
    legalBasis: "",
    effectiveOn: "",
    rows: [emptyRow()],
    assignments: {},
  });
  const presets = useReorganisationPresets();
  const [presetDate, setPresetDate] = useState("");
  const preview = usePreviewReorganisation();
  const apply = useApplyReorganisation();
  const [checked, setChecked] = useState<ReorganisationPreview | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setChecked(null); // a changed mapping must be previewed again before it is applied
  };
  const setRow = (key: number, patch: Partial<RegionMappingRow>) =>
    change({ rows: draft.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) });

  const body = () => ({
    effectiveOn: draft.effectiveOn,
    mappings: draft.rows
      .filter((r) => r.oldCode5.trim() || r.newCode5.trim())
      .map((r) => ({ oldCode5: r.oldCode5.trim(), newCode5: r.newCode5.trim(), split: r.split === true })),
    splitAssignments: Object.entries(draft.assignments)
      .filter(([, code]) => code)
      .map(([institutionId, newCode5]) => ({ institutionId, newCode5 })),
  });
  // Server errors name rows of the list as sent (blank rows left out): map them back to the rows on screen.
  const sentKeys = () => draft.rows.filter((r) => r.oldCode5.trim() || r.newCode5.trim()).map((r) => r.key);
  const toFieldErrors = (errors: { field: string; message: string }[]) => {
    const keys = sentKeys();
    const out: Record<string, string> = {};
    for (const e of errors) {
      const m = /^mappings\.(\d+)\.(\w+)$/.exec(e.field);
      const field = m ? `row-${keys[Number(m[1])] ?? 0}-${m[2]}` : e.field;
      out[field] ??= e.message;
    }
    return out;
  };

  const loadPreset = () => {
    const p = presets.data?.items.find((x) => x.effectiveOn === presetDate);
    if (!p) return;
    change({
      title: draft.title || p.title,
      legalBasis: draft.legalBasis || p.legalBasis,
      effectiveOn: p.effectiveOn,
      rows: p.mappings.map((m) => ({ key: nextKey++, ...m })),
      assignments: {},
    });
  };

  const runPreview = async (event?: FormEvent) => {
    event?.preventDefault();
    setProblem(null);
    try {
      const r = await preview.mutateAsync(body());
      setChecked(r);
      setFieldErrors(toFieldErrors(r.errors));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const runApply = async () => {
    setConfirming(false);
    setProblem(null);
    try {
      const r = await apply.mutateAsync({
        ...body(),
        title: draft.title,
        legalBasis: draft.legalBasis,
        confirm: true,
      });
      onApplied(r.title, r.institutionCount);
      setDraft({ title: "", legalBasis: "", effectiveOn: "", rows: [emptyRow()], assignments: {} });
      setChecked(null);
      setFieldErrors({});
    } catch (error) {
      setProblem(errorMessage(error));
      if (isApiError(error))
        setFieldErrors(
          toFieldErrors(Object.entries(error.fieldErrors).map(([field, message]) => ({ field, message }))),
        );
    }
  };

  const canApply = checked !== null && checked.errors.length === 0 && checked.alreadyApplied.length === 0;
  const unassigned = checked?.splitInstitutions.filter((i) => !draft.assignments[i.id]).length ?? 0;

  return (
    <Section id="reorg-form" title="새 개편 적용">
      {presets.data && presets.data.items.length > 0 ? (
        <div className="app-filter">
          <div className="app-filter__grid">
            <SelectField
              id="reorg-preset"
              label="기준정보에서 불러오기"
              groupClassName="app-grid-wide"
              placeholder="선택"
              options={presets.data.items.map((p) => ({
                value: p.effectiveOn,
                label: `${p.title} (${p.mappings.length}줄)`,
              }))}
              value={presetDate}
              onChange={(e) => setPresetDate(e.target.value)}
              hint={presets.data.items.find((p) => p.effectiveOn === presetDate)?.note}
            />
          </div>
          <div className="app-button-row app-filter__actions">
            <button
              type="button"
              className="krds-btn medium secondary"
              disabled={!presetDate}
              onClick={loadPreset}
            >
              목록 불러오기
            </button>
          </div>
        </div>
      ) : null}
      <form onSubmit={(e) => void runPreview(e)} noValidate>
        <div className="app-filter__grid">
          <TextField
            id="title"
            label="제목(필수)"
            value={draft.title}
            maxLength={100}
            error={fieldErrors.title}
            onChange={(e) => change({ title: e.target.value })}
          />
          <TextField
            id="legalBasis"
            label="근거 법령(필수)"
            value={draft.legalBasis}
            maxLength={300}
            error={fieldErrors.legalBasis}
            onChange={(e) => change({ legalBasis: e.target.value })}
          />
          <TextField
            id="effectiveOn"
            label="시행일(필수)"
            type="date"
            value={draft.effectiveOn}
            error={fieldErrors.effectiveOn}
            hint="옛 코드는 시행일 전날까지, 새 코드는 시행일부터 유효해야 합니다."
            onChange={(e) => change({ effectiveOn: e.target.value })}
          />
        </div>
        <FieldShell id="reorg-rows" label="옛 코드 → 새 코드" error={fieldErrors.mappings}>
          <ScrollTable label="옛 코드와 새 코드 입력 표">
            <table className="tbl col data app-table" id="reorg-rows">
              <caption className="sr-only">
                옛 코드와 새 코드(각 5자리). 한 옛 코드가 둘 이상의 새 코드로 나뉘면 해당 줄을 모두 분할로
                표시합니다.
              </caption>
              <thead>
                <tr>
                  <th scope="col">번호</th>
                  <th scope="col">옛 코드</th>
                  <th scope="col">새 코드</th>
                  <th scope="col">분할</th>
                  <th scope="col">삭제</th>
                </tr>
              </thead>
              <tbody>
                {draft.rows.map((r, i) => (
                  <tr key={r.key}>
                    <td>{i + 1}</td>
                    {(["oldCode5", "newCode5"] as const).map((f) => {
                      const id = `row-${r.key}-${f}`;
                      const error = fieldErrors[id];
                      return (
                        <td key={f}>
                          <LimitedInput
                            id={id}
                            className="krds-input"
                            inputMode="numeric"
                            maxLength={5}
                            aria-label={`${i + 1}번 줄 ${f === "oldCode5" ? "옛 코드" : "새 코드"}`}
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `${id}-error` : undefined}
                            value={r[f]}
                            onChange={(e) => setRow(r.key, { [f]: e.target.value })}
                          />
                          {error ? (
                            <p className="form-hint-invalid" id={`${id}-error`}>
                              {error}
                            </p>
                          ) : null}
                        </td>
                      );
                    })}
                    <td>
                      <input
                        type="checkbox"
                        id={`row-${r.key}-split`}
                        aria-label={`${i + 1}번 줄 분할`}
                        checked={r.split === true}
                        onChange={(e) => setRow(r.key, { split: e.target.checked })}
                      />
                      {fieldErrors[`row-${r.key}-split`] ? (
                        <p className="form-hint-invalid">{fieldErrors[`row-${r.key}-split`]}</p>
                      ) : null}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="krds-btn xsmall tertiary"
                        aria-label={`${i + 1}번 줄 삭제`}
                        onClick={() => change({ rows: draft.rows.filter((x) => x.key !== r.key) })}
                      >
                        삭제
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </FieldShell>
        <div className="app-button-row">
          <button
            type="button"
            className="krds-btn medium secondary"
            onClick={() => change({ rows: [...draft.rows, emptyRow()] })}
          >
            줄 추가
          </button>
          <button
            type="submit"
            className="krds-btn medium primary"
            aria-busy={preview.isPending || undefined}
          >
            미리보기
          </button>
        </div>
      </form>
      {problem ? (
        <Alert tone="danger" live="alert">
          <p>{problem}</p>
        </Alert>
      ) : null}
      {checked ? (
        <PreviewView
          preview={checked}
          assignments={draft.assignments}
          onAssign={(id, code) => setDraft((d) => ({ ...d, assignments: { ...d.assignments, [id]: code } }))}
        />
      ) : null}
      {checked ? (
        <div className="app-button-row">
          <button
            type="button"
            className="krds-btn medium primary"
            disabled={!canApply || unassigned > 0 || apply.isPending}
            onClick={() => setConfirming(true)}
          >
            적용
          </button>
          {!canApply ? <p className="app-muted">오류를 고친 뒤 다시 미리보기 하세요.</p> : null}
          {canApply && unassigned > 0 ? (
            <p className="app-muted">분할 대상 기관 {unassigned}곳의 새 시군구를 지정하세요.</p>
          ) : null}
        </div>
      ) : null}
      {confirming && checked ? (
        <ConfirmDialog
          title="행정구역 개편 적용"
          confirmLabel="되돌릴 수 없음을 확인하고 적용"
          onConfirm={() => void runApply()}
          onCancel={() => setConfirming(false)}
          cancelTone="tertiary"
        >
          <p>
            「{draft.title || "(제목 없음)"}」(시행 {draft.effectiveOn})을(를) 적용하면 기관{" "}
            {formatNumber(checked.totals.institutions)}곳, 담당 공무원 {formatNumber(checked.totals.users)}
            명의 관할, 처리 중인 변경신청 {formatNumber(checked.totals.openChangeRequests)}건, 미제출 현황보고{" "}
            {formatNumber(checked.totals.openReportTargets)}건이 새 코드로 옮겨집니다.
          </p>
          <p>
            <strong>이 작업은 되돌릴 수 없습니다.</strong> 변경이력은 남지만 옛 코드로 되돌리는 기능은
            없습니다.
          </p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

function PreviewView({
  preview,
  assignments,
  onAssign,
}: {
  preview: ReorganisationPreview;
  assignments: Record<string, string>;
  onAssign: (institutionId: string, code: string) => void;
}) {
  return (
    <section className="app-section" aria-labelledby="reorg-preview" aria-live="polite">
      <h3 id="reorg-preview" className="app-section-title">
        미리보기
      </h3>
      {preview.errors.length > 0 ? (
        <Alert tone="danger" title={`목록에 오류가 ${preview.errors.length}건 있습니다`}>
          <ul>
            {preview.errors.map((e) => (
              <li key={`${e.field}-${e.message}`}>{e.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {preview.alreadyApplied.length > 0 ? (
        <Alert tone="danger" title="이미 적용된 코드가 있습니다">
          <p>{preview.alreadyApplied.map((a) => `${a.oldCode5} → ${a.newCode5} (${a.title})`).join(", ")}</p>
        </Alert>
      ) : null}
      {preview.warnings.map((w) => (
        <Alert key={w} tone="warning">
          <p>{w}</p>
        </Alert>
      ))}
      {preview.rows.length === 0 ? <EmptyState>미리볼 코드가 없습니다</EmptyState> : null}
      {preview.rows.length > 0 ? (
        <ScrollTable label="옛 코드별 옮겨질 자료 표">
          <table className="tbl col data app-table">
            <caption className="sr-only">
              옛 코드별 옮겨질 자료: 새 코드, 기관 수, 담당 공무원 수, 처리 중 변경신청, 미제출 현황보고
            </caption>
            <thead>
              <tr>
                <th scope="col">옛 코드</th>
                <th scope="col">새 코드</th>
                <th scope="col" className="app-num">
                  기관
                </th>
                <th scope="col" className="app-num">
                  담당 공무원
                </th>
                <th scope="col" className="app-num">
                  처리 중 변경신청
                </th>
                <th scope="col" className="app-num">
                  미제출 현황보고
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.oldCode5}>
                  <th scope="row">
                    {r.oldName} ({r.oldCode5})
                  </th>
                  <td>
                    {r.newCodes.map((n) => `${n.name} (${n.code5})`).join(", ")}
                    {r.split ? " — 분할" : ""}
                  </td>
                  <td className="app-num">{formatNumber(r.institutions)}</td>
                  <td className="app-num">{formatNumber(r.users)}</td>
                  <td className="app-num">{formatNumber(r.openChangeRequests)}</td>
                  <td className="app-num">{formatNumber(r.openReportTargets)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  합계(시도 행은 담당 공무원만 더함)
                </th>
                <td className="app-num">{formatNumber(preview.totals.institutions)}</td>
                <td className="app-num">{formatNumber(preview.totals.users)}</td>
                <td className="app-num">{formatNumber(preview.totals.openChangeRequests)}</td>
                <td className="app-num">{formatNumber(preview.totals.openReportTargets)}</td>
              </tr>
            </tfoot>
          </table>
        </ScrollTable>
      ) : null}
      {preview.splitInstitutions.length > 0 ? (
        <>
          <h4 className="app-section-title">분할 대상 기관: 기관마다 새 시군구를 지정하세요</h4>
          <DataTable
            label="분할 대상 기관 표"
            caption="분할되는 시군구의 기관: 기관명, 도로명주소, 옛 코드, 새 시군구 선택"
            columns={["기관명", "도로명주소", "옛 코드", "새 시군구"]}
          >
            {preview.splitInstitutions.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.name}</th>
                <td>{i.roadAddress}</td>
                <td>{i.sigunguCode}</td>
                <td>
                  <select
                    className="krds-form-select"
                    aria-label={`${i.name}의 새 시군구`}
                    value={assignments[i.id] ?? ""}
                    onChange={(e) => onAssign(i.id, e.target.value)}
                  >
                    <option value="">선택</option>
                    {i.candidates.map((c) => (
                      <option key={c.code5} value={c.code5}>
                        {c.name} ({c.code5})
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      ) : null}
      <p className="app-muted">
        함께 옮겨지는 표:{" "}
        {preview.copyTables
          .filter((t) => !t.kept)
          .map((t) => TABLE_LABELS[t.table] ?? t.table)
          .join(", ")}
        {preview.copyTables.some((t) => t.kept)
          ? ` / 기록 그대로 보존(수정 불가 기록): ${preview.copyTables
              .filter((t) => t.kept)
              .map((t) => TABLE_LABELS[t.table] ?? t.table)
              .join(", ")}`
          : ""}
      </p>
    </section>
  );
}
