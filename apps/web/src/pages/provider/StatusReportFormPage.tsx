import { type StatusReportForm, staffTotal, validateStatusReport } from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { isApiError } from "../../api/problem";
import {
  type DraftForm,
  type ProviderRoundDetail,
  type ReportForm,
  saveDraft,
  submitReport,
  useOwnRound,
  useReportMutation,
} from "../../api/status-reports";
import { Alert, Notice } from "../../components/Alert";
import { CellField } from "../../components/CellField";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { TextAreaField, TextField } from "../../components/FormField";
import { ProblemAlert } from "../../components/FormSection";
import { Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";

/** 현황보고 작성·제출 (CWSU). */
export function StatusReportFormPage() {
  const { roundId = "" } = useParams();
  const round = useOwnRound(roundId);
  // Kept here: a save refetches the round and the editor starts again from the saved version.
  const [notice, setNotice] = useState<string | null>(null);
  if (round.isPending) return <Loading label="현황보고를 불러오는 중입니다." />;
  if (round.isError) return <QueryError error={round.error} onRetry={() => void round.refetch()} />;
  return (
    <ReportEditor
      key={`${round.data.roundId}-${round.data.version}`}
      round={round.data}
      notice={notice}
      onNotice={setNotice}
    />
  );
}

interface Line {
  key: number;
  jobTypeCode: string;
  fullTime: string;
  partTime: string;
}
interface FormState {
  capacity: string;
  currentUsers: string;
  currentUsersMale: string;
  currentUsersFemale: string;
  staff: Line[];
  programCount: string;
  remarks: string;
}

const text = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));
/** "" → null; anything else a number (NaN for text, which the rules report as "정수로 입력하세요"). */
const parse = (v: string): number | null => (v.trim() === "" ? null : Number(v.trim()));

function toState(form: DraftForm): FormState {
  return {
    capacity: text(form.capacity),
    currentUsers: text(form.currentUsers),
    currentUsersMale: text(form.currentUsersMale),
    currentUsersFemale: text(form.currentUsersFemale),
    staff: form.staff.map((s, i) => ({
      key: i,
      jobTypeCode: s.jobTypeCode,
      fullTime: text(s.fullTime),
      partTime: text(s.partTime),
    })),
    programCount: text(form.programCount),
    remarks: form.remarks,
  };
}

function toDraft(f: FormState): DraftForm {
  const ok = (v: string) => {
    const n = parse(v);
    return n === null || Number.isNaN(n) ? null : n;
  };
  return {
    capacity: ok(f.capacity),
    currentUsers: ok(f.currentUsers),
    currentUsersMale: ok(f.currentUsersMale),
    currentUsersFemale: ok(f.currentUsersFemale),
    staff: f.staff.map((s) => ({
      jobTypeCode: s.jobTypeCode,
      fullTime: ok(s.fullTime),
      partTime: ok(s.partTime),
    })),
    programCount: ok(f.programCount),
    remarks: f.remarks,
  };
}

function toReport(f: FormState): StatusReportForm {
  return {
    capacity: parse(f.capacity),
    currentUsers: parse(f.currentUsers) as number,
    currentUsersMale: parse(f.currentUsersMale),
    currentUsersFemale: parse(f.currentUsersFemale),
    staff: f.staff.map((s) => ({
      jobTypeCode: s.jobTypeCode,
      fullTime: parse(s.fullTime) as number,
      partTime: parse(s.partTime) as number,
    })),
    programCount: parse(f.programCount) as number,
    remarks: f.remarks.trim(),
  };
}

const SOURCE_LABELS = {
  register: "기관 현황(정원·현원)과 종사자·이용자 대장에서 가져온 값입니다. 확인한 뒤 고쳐서 제출하세요.",
  draft: "임시저장한 내용입니다.",
  submitted: "제출한 내용입니다. 제출한 현황보고는 수정할 수 없습니다.",
} as const;

function ReportEditor({
  round,
  notice,
  onNotice,
}: {
  round: ProviderRoundDetail;
  notice: string | null;
  onNotice: (message: string | null) => void;
}) {
  const [form, setForm] = useState<FormState>(() => toState(round.form));
  const [nextKey, setNextKey] = useState(round.form.staff.length);
  // Fields the user has changed, and whether they tried to submit: errors show for those as they type.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const draft = useReportMutation((f: FormState) => saveDraft(round.roundId, toDraft(f), round.version));
  const submit = useReportMutation((f: FormState) =>
    submitReport(round.roundId, toReport(f) as ReportForm, round.version),
  );
  const readOnly = !round.canEdit;

  // Instant validation with the server's own rules (packages/domain), once the user has tried to submit.
  const localErrors: Record<string, string> = {};
  for (const p of validateStatusReport(toReport(form), {
    residential: round.residential,
    knownJobTypes: new Set(round.jobTypes.map((j) => j.code)),
  }))
    if (attempted || touched.has(p.field)) localErrors[p.field] ??= p.message;
  const errorOf = (field: string) => localErrors[field] ?? serverErrors[`report.${field}`] ?? null;
  const touch = (...fields: string[]) => setTouched((t) => new Set([...t, ...fields]));
  const set = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    // 현원 and 정원 are checked against each other, so touching one shows the other's problem too.
    const fields = Object.keys(patch);
    touch(
      ...fields,
      ...(fields.some((f) => f.startsWith("currentUsers") || f === "capacity") ? ["currentUsers"] : []),
    );
  };
  const setLine = (key: number, patch: Partial<Line>) => {
    const index = form.staff.findIndex((l) => l.key === key);
    setForm((f) => ({ ...f, staff: f.staff.map((l) => (l.key === key ? { ...l, ...patch } : l)) }));
    touch(...Object.keys(patch).map((k) => `staff.${index}.${k}`));
  };

  const fail = (error: unknown) => {
    if (isApiError(error)) {
      setServerErrors({ ...error.fieldErrors });
      setProblem(
        error.status === 409 ? `${error.detail} 화면을 새로 고친 뒤 다시 시도하세요.` : error.detail,
      );
    } else setProblem("저장하지 못했습니다.");
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    setServerErrors({});
    setProblem(null);
    const problems = validateStatusReport(toReport(form), {
      residential: round.residential,
      knownJobTypes: new Set(round.jobTypes.map((j) => j.code)),
    });
    if (problems.length > 0) {
      setProblem("입력값을 확인하세요. 잘못된 항목 옆에 안내가 있습니다.");
      return;
    }
    setConfirming(true);
  };

  const staffSum = staffTotal(
    form.staff.map((s) => ({
      jobTypeCode: s.jobTypeCode,
      fullTime: Number(s.fullTime) || 0,
      partTime: Number(s.partTime) || 0,
    })),
  );

  return (
    <>
      <PageHeader
        title={round.title}
        breadcrumbs={[
          { label: "홈", to: "/provider" },
          { label: "현황정보관리" },
          { label: "현황보고", to: "/provider/status-reports" },
        ]}
        description={
          <p>
            {round.periodLabel} · {round.scopeLabel} 요청 · 제출 기한 {formatDate(round.dueOn)} (
            {round.dueLabel}) · {round.stateLabel}
            {round.submittedAt
              ? ` (${formatDateTime(round.submittedAt)}, ${round.submittedByName ?? ""})`
              : ""}
          </p>
        }
      />
      <Notice message={notice} />
      {round.reminders.length > 0 && round.state === "pending" ? (
        <Alert tone="warning" title="독촉을 받았습니다">
          <ul>
            {round.reminders.map((m) => (
              <li key={m.sentAt}>
                {formatDateTime(m.sentAt)} {m.sentByName}: {m.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {round.roundStatus === "closed" && round.status === "pending" ? (
        <Alert tone="danger">마감된 회차입니다. 더 이상 제출할 수 없습니다(미제출).</Alert>
      ) : null}
      {round.canEdit && !round.canSubmit ? (
        <Alert tone="info">실무자는 작성과 임시저장을 할 수 있고, 제출은 기관 관리자가 합니다.</Alert>
      ) : null}
      <ProblemAlert problem={problem} />

      <Section id="report-form-title" title={<>{round.institutionName} 현황</>}>
        <p className="app-muted">
          {SOURCE_LABELS[round.formSource]}
          {round.draftSavedAt && round.formSource === "draft"
            ? ` (${formatDateTime(round.draftSavedAt)})`
            : ""}
        </p>
        <form className="app-form" onSubmit={onSubmit} noValidate>
          <fieldset disabled={readOnly}>
            <legend className="sr-only">정원과 현원</legend>
            <TextField
              id="report-capacity"
              label={round.residential ? "정원(필수)" : "정원"}
              inputMode="numeric"
              hint={
                round.residential
                  ? "생활시설은 현원이 정원을 넘을 수 없습니다."
                  : "이용시설은 비워 둘 수 있습니다."
              }
              value={form.capacity}
              error={errorOf("capacity")}
              onChange={(e) => set({ capacity: e.target.value })}
            />
            <TextField
              id="report-currentUsers"
              label="현원(필수)"
              inputMode="numeric"
              value={form.currentUsers}
              error={errorOf("currentUsers")}
              onChange={(e) => set({ currentUsers: e.target.value })}
            />
            <TextField
              id="report-currentUsersMale"
              label="남자 현원"
              inputMode="numeric"
              hint="남·여를 모두 입력하면 합이 현원과 같아야 합니다."
              value={form.currentUsersMale}
              error={errorOf("currentUsersMale")}
              onChange={(e) => set({ currentUsersMale: e.target.value })}
            />
            <TextField
              id="report-currentUsersFemale"
              label="여자 현원"
              inputMode="numeric"
              value={form.currentUsersFemale}
              error={errorOf("currentUsersFemale")}
              onChange={(e) => set({ currentUsersFemale: e.target.value })}
            />
          </fieldset>

          <fieldset disabled={readOnly}>
            <legend className="app-section-title">종사자 수 (합계 {formatNumber(staffSum)}명)</legend>
            {errorOf("staff") ? <p className="form-hint-invalid">{errorOf("staff")}</p> : null}
            <DataTable
              label="직종별 종사자 수 표"
              caption="직종별 종사자 수: 직종, 전일제, 시간제"
              columns={["직종", "전일제", "시간제", ...(readOnly ? [] : ["삭제"])]}
            >
              {form.staff.map((line, i) => {
                const jobError = errorOf(`staff.${i}.jobTypeCode`);
                const fullError = errorOf(`staff.${i}.fullTime`);
                const partError = errorOf(`staff.${i}.partTime`);
                return (
                  <tr key={line.key}>
                    <CellField id={`staff-${line.key}-job`} label={`${i + 1}번째 직종`} error={jobError}>
                      {(control) => (
                        <select
                          {...control}
                          className={`krds-form-select small${line.jobTypeCode ? " completed" : ""}`}
                          value={line.jobTypeCode}
                          onChange={(e) => setLine(line.key, { jobTypeCode: e.target.value })}
                        >
                          <option value="">선택하세요</option>
                          {round.jobTypes.map((j) => (
                            <option key={j.code} value={j.code}>
                              {j.name}
                            </option>
                          ))}
                        </select>
                      )}
                    </CellField>
                    {(
                      [
                        ["full", "fullTime", "전일제", fullError],
                        ["part", "partTime", "시간제", partError],
                      ] as const
                    ).map(([suffix, key, kind, error]) => (
                      <CellField
                        key={key}
                        id={`staff-${line.key}-${suffix}`}
                        label={`${i + 1}번째 직종 ${kind} 인원`}
                        error={error}
                      >
                        {(control) => (
                          <input
                            {...control}
                            className="krds-input small"
                            inputMode="numeric"
                            value={line[key]}
                            onChange={(e) => setLine(line.key, { [key]: e.target.value })}
                          />
                        )}
                      </CellField>
                    ))}
                    {readOnly ? null : (
                      <td>
                        <button
                          type="button"
                          className="krds-btn small tertiary"
                          onClick={() => set({ staff: form.staff.filter((l) => l.key !== line.key) })}
                        >
                          삭제<span className="sr-only"> ({i + 1}번째 직종)</span>
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </DataTable>
            {readOnly ? null : (
              <button
                type="button"
                className="krds-btn small secondary"
                onClick={() => {
                  set({
                    staff: [...form.staff, { key: nextKey, jobTypeCode: "", fullTime: "0", partTime: "0" }],
                  });
                  setNextKey(nextKey + 1);
                }}
              >
                직종 추가
              </button>
            )}
          </fieldset>

          <fieldset disabled={readOnly}>
            <legend className="sr-only">프로그램과 특이사항</legend>
            <TextField
              id="report-programCount"
              label="프로그램 수(필수)"
              inputMode="numeric"
              value={form.programCount}
              error={errorOf("programCount")}
              onChange={(e) => set({ programCount: e.target.value })}
            />
            <TextAreaField
              id="report-remarks"
              label="특이사항"
              error={errorOf("remarks")}
              rows={4}
              maxLength={2000}
              value={form.remarks}
              onChange={(e) => set({ remarks: e.target.value })}
            />
          </fieldset>

          {readOnly ? (
            <p>
              <Link to="/provider/status-reports">목록으로</Link>
            </p>
          ) : (
            <div className="app-button-row">
              <button
                type="button"
                className="krds-btn medium secondary"
                disabled={draft.isPending}
                onClick={() => {
                  setProblem(null);
                  onNotice(null);
                  draft.mutate(form, { onSuccess: () => onNotice("임시저장했습니다."), onError: fail });
                }}
              >
                임시저장
              </button>
              {round.canSubmit ? (
                <button type="submit" className="krds-btn medium primary" disabled={submit.isPending}>
                  제출
                </button>
              ) : null}
            </div>
          )}
        </form>
      </Section>

      {confirming ? (
        <ConfirmDialog
          title="현황보고를 제출할까요?"
          confirmLabel="제출"
          onConfirm={() => {
            setConfirming(false);
            submit.mutate(form, { onSuccess: () => onNotice("현황보고를 제출했습니다."), onError: fail });
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>제출한 뒤에는 수정할 수 없습니다.</p>
          {round.dueLabel.startsWith("기한") ? <p>제출 기한이 지나 지연 제출로 표시됩니다.</p> : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
