/**
 * Pieces shared by the 지도점검 screens of both portals: status badges, the step bar, a confirmation
 * dialog that can ask for a reason, file lists and uploads, and the status history table.
 */
import "../styles/inspections.css";
import {
  type CorrectiveStatus,
  type FindingSeverity,
  type FindingStatus,
  INSPECTION_STATUS_LABELS,
  type InspectionStatus,
  type ItemResult,
} from "@ssis/domain";
import { type ReactNode, useId, useRef, useState } from "react";
import type { FileItem, FindingItem, TransitionItem } from "../api/inspections";
import { isApiError } from "../api/problem";
import { formatDateTime, formatNumber } from "../lib/format";
import { Code, ViolationCode } from "./CodeLabel";
import { ConfirmDialog } from "./ConfirmDialog";
import { describedBy, TextAreaField } from "./FormField";
import { ProblemAlert } from "./FormSection";
import { KeyValueTable } from "./KeyValueTable";
import { DataTable } from "./list/DataTable";

// ── badges ──────────────────────────────────────────────────────────────────
const INSPECTION_TONE: Record<InspectionStatus, string> = {
  planned: "bg-light-gray",
  scheduled: "bg-light-information",
  in_progress: "bg-light-warning",
  completed: "bg-light-primary",
  notified: "bg-light-secondary",
  closed: "bg-light-success",
  cancelled: "bg-light-disabled",
};
export function InspectionStatusBadge({ status, label }: { status: InspectionStatus; label: string }) {
  return <span className={`krds-badge ${INSPECTION_TONE[status]}`}>{label}</span>;
}

const FINDING_TONE: Record<FindingStatus, string> = {
  open: "bg-light-warning",
  ordered: "bg-light-information",
  closed: "bg-light-success",
  withdrawn: "bg-light-disabled",
};
export function FindingStatusBadge({ status, label }: { status: FindingStatus; label: string }) {
  return <span className={`krds-badge ${FINDING_TONE[status]}`}>{label}</span>;
}

const CORRECTIVE_TONE: Record<CorrectiveStatus, string> = {
  ordered: "bg-light-information",
  submitted: "bg-light-warning",
  returned: "bg-light-danger",
  accepted: "bg-light-success",
};
export function CorrectiveStatusBadge({ status, label }: { status: CorrectiveStatus; label: string }) {
  return <span className={`krds-badge ${CORRECTIVE_TONE[status]}`}>{label}</span>;
}

const RESULT_TONE: Record<ItemResult, string> = {
  compliant: "bg-light-success",
  non_compliant: "bg-light-danger",
  not_applicable: "bg-light-gray",
};
export function ResultBadge({ result, label }: { result: ItemResult | null; label: string | null }) {
  if (!result) return <span className="krds-badge bg-light-disabled">미입력</span>;
  return <span className={`krds-badge ${RESULT_TONE[result]}`}>{label}</span>;
}

const SEVERITY_TONE: Record<FindingSeverity, string> = {
  minor: "bg-light-gray",
  moderate: "bg-light-warning",
  serious: "bg-light-danger",
};
export function SeverityBadge({ severity, label }: { severity: FindingSeverity; label: string }) {
  return <span className={`krds-badge ${SEVERITY_TONE[severity]}`}>심각도 {label}</span>;
}

/** Items whose legal basis or usual outcome no public source confirmed (점검표 데이터의 미확인 표시). */
export function UnverifiedBadge() {
  return (
    <span
      className="krds-badge bg-light-point"
      title="법적 근거나 처분 사례를 공개 자료로 확인하지 못한 항목"
    >
      근거 미확인
    </span>
  );
}

/** D-day of a deadline; red once it has passed. */
export function DueBadge({ label, overdue }: { label: string | null; overdue?: boolean }) {
  if (!label) return null;
  const late = overdue || label.startsWith("기한");
  return <span className={`krds-badge ${late ? "bg-light-danger" : "bg-light-information"}`}>{label}</span>;
}

// ── step bar ────────────────────────────────────────────────────────────────
const STEPS: InspectionStatus[] = ["planned", "scheduled", "in_progress", "completed", "notified", "closed"];

/** Where the inspection stands in its flow (계획 → … → 종결); a cancelled one says so. */
export function InspectionSteps({ status }: { status: InspectionStatus }) {
  const current = STEPS.indexOf(status);
  return (
    <ol className="app-steps" aria-label="점검 진행 단계">
      {STEPS.map((step, index) => (
        <li
          key={step}
          className={index < current ? "is-done" : undefined}
          aria-current={index === current ? "step" : undefined}
        >
          {INSPECTION_STATUS_LABELS[step]}
          {index < current ? <span className="sr-only"> (완료)</span> : null}
        </li>
      ))}
      {status === "cancelled" ? (
        <li className="is-cancelled" aria-current="step">
          {INSPECTION_STATUS_LABELS.cancelled}
        </li>
      ) : null}
    </ol>
  );
}

// ── check boxes and radio buttons ───────────────────────────────────────────
/**
 * KRDS check (.krds-form-check): KRDS hides every native checkbox and radio and draws the box on the
 * label, so the input must be followed by its label. `hideLabel` keeps the text for screen readers only
 * (a row's 선택 box in a table).
 */
export function Check({
  id,
  label,
  checked,
  onChange,
  type = "checkbox",
  name,
  disabled,
  hideLabel = false,
  describedBy: hint,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  type?: "checkbox" | "radio";
  name?: string;
  disabled?: boolean;
  hideLabel?: boolean;
  describedBy?: string;
}) {
  return (
    <div className={`krds-form-check${hideLabel ? " app-check-only" : ""}`}>
      <input
        id={id}
        type={type}
        name={name}
        checked={checked}
        disabled={disabled}
        aria-describedby={hint}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{hideLabel ? <span className="sr-only">{label}</span> : label}</label>
    </div>
  );
}

/**
 * A group of fields with a visible name. KRDS hides every <legend> (and <caption>) for screen readers
 * only, so the fieldset is named by a visible paragraph instead.
 */
export function FieldGroup({ label, children }: { label: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <fieldset aria-labelledby={id} className="app-choice-group">
      <p id={id} className="app-group-label">
        {label}
      </p>
      {children}
    </fieldset>
  );
}

// ── confirmation dialog ─────────────────────────────────────────────────────
export interface TextInputSpec {
  label: string;
  hint?: string;
  required?: boolean;
  initial?: string;
  /** the server's field name for this text (its field error is shown under it) */
  field?: string;
  rows?: number;
  maxLength?: number;
}

/**
 * An alert dialog that confirms a step and, when asked, takes a text (사유, 확인 내용). The server's
 * Korean message shows inside the dialog and the text stays as typed, so the user can fix and retry.
 */
export function ActionDialog({
  title,
  children,
  confirmLabel,
  input,
  run,
  onClose,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  input?: TextInputSpec;
  run: (text: string) => Promise<unknown>;
  /** `true` after `run` resolved, `false` when the user closed the dialog */
  onClose: (done: boolean) => void;
}) {
  const id = useId();
  const [text, setText] = useState(input?.initial ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (input?.required && !text.trim()) {
      setFieldError(`${input.label}을(를) 입력하세요.`);
      return;
    }
    setBusy(true);
    setProblem(null);
    setFieldError(null);
    try {
      await run(text.trim());
      onClose(true);
    } catch (error) {
      if (isApiError(error)) {
        const own = input?.field ? error.fieldErrors[input.field] : undefined;
        const others = Object.keys(error.fieldErrors).filter((f) => f !== input?.field);
        // Messages for the form's own fields are shown beside those fields (the caller puts them there):
        // close, so they are seen once, and not a summary here as well.
        if (others.length > 0 && !own) {
          onClose(false);
          return;
        }
        setFieldError(own ?? null);
        if (!own) setProblem(error.detail);
      } else setProblem("처리하지 못했습니다. 잠시 후 다시 시도하세요.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirmLabel}
      onConfirm={() => void confirm()}
      pending={busy}
      onCancel={() => onClose(false)}
      cancelLabel="닫기"
      initialFocus="first"
    >
      {children}
      <ProblemAlert problem={problem} />
      {input ? (
        <TextAreaField
          id={`${id}-text`}
          label={`${input.label}${input.required ? "(필수)" : ""}`}
          hint={input.hint}
          error={fieldError}
          rows={input.rows ?? 3}
          maxLength={input.maxLength ?? 1000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      ) : null}
    </ConfirmDialog>
  );
}

// ── files ───────────────────────────────────────────────────────────────────
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)}B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10)}KB`;
  return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10)}MB`;
}

export function formatWon(value: number | null | undefined): string {
  return value === null || value === undefined ? "-" : `${formatNumber(value)}원`;
}

/** Attached files as download links (each download is logged by the server). */
export function FileList({
  files,
  urlOf,
  stripCode = false,
  compact = false,
}: {
  files: FileItem[];
  urlOf: (id: string) => string;
  /** drop the "[ACC-01] " prefix the server puts on evidence of a checklist item */
  stripCode?: boolean;
  /** name and size only (inside a table cell) */
  compact?: boolean;
}) {
  if (files.length === 0) return <span className="app-muted">없음</span>;
  return (
    <ul className="app-files">
      {files.map((f) => (
        <li key={f.id}>
          <a href={urlOf(f.id)} download>
            {stripCode ? f.fileName.replace(/^\[[^\]]+\]\s*/, "") : f.fileName}
          </a>
          <span className="app-muted">
            {compact
              ? `(${formatBytes(f.sizeBytes)})`
              : `(${formatBytes(f.sizeBytes)}, ${f.uploadedByName}, ${formatDateTime(f.uploadedAt)})`}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Choose a file and upload it with the button beside it. The problem (too big, wrong kind) is shown
 * under the field; after a success the field is cleared for the next file.
 */
export function FileUpload({
  id,
  label,
  buttonLabel = "올리기",
  hint,
  onUpload,
  onDone,
}: {
  id: string;
  label: string;
  buttonLabel?: string;
  hint?: string;
  onUpload: (file: File) => Promise<unknown>;
  onDone?: (fileName: string) => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const upload = async () => {
    if (!file) {
      setProblem("올릴 파일을 고르세요.");
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await onUpload(file);
      onDone?.(file.name);
      setFile(null);
      if (inputRef.current) inputRef.current.value = "";
    } catch (error) {
      setProblem(
        isApiError(error) ? (error.fieldErrors.file ?? error.detail) : "올리지 못했습니다. 다시 시도하세요.",
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="form-group">
      <div className="form-tit">
        <label htmlFor={id}>{label}</label>
      </div>
      <div className={`form-conts app-upload${problem ? " is-error" : ""}`}>
        {/* The native control stays for keyboards and screen readers; the browser's own "Choose File"
            text is not Korean everywhere, so the visible button and file name are drawn beside it. */}
        <input
          ref={inputRef}
          id={id}
          type="file"
          className="app-file-input"
          accept=".pdf,.hwp,.hwpx,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.csv,.jpg,.jpeg,.png,.gif,.zip"
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy(id, hint, problem)}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setProblem(null);
          }}
        />
        <button
          type="button"
          className="krds-btn small tertiary app-file-button"
          aria-hidden="true"
          tabIndex={-1}
          onClick={() => inputRef.current?.click()}
        >
          파일 선택
        </button>
        <span className="app-file-name" aria-hidden="true">
          {file ? `${file.name} (${formatBytes(file.size)})` : "선택한 파일 없음"}
        </span>
        <button
          type="button"
          className="krds-btn small secondary"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={() => void upload()}
        >
          {busy ? "올리는 중…" : buttonLabel}
        </button>
      </div>
      {hint ? (
        <div className="form-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {problem ? (
        <p className="form-hint-invalid" id={`${id}-error`} role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

// ── status history ──────────────────────────────────────────────────────────
const ACTION_LABELS: Record<string, string> = {
  create: "등록",
  schedule: "일정 확정",
  start: "점검 시작",
  complete: "점검 완료",
  reopen: "결과 다시 입력",
  notify: "결과 통보",
  close: "종결",
  cancel: "취소",
  approve: "승인",
  order: "조치 요구",
  withdraw: "지적 취소",
  submit: "결과 보고",
  accept: "확인(승인)",
  return: "보완 요구",
  confirm: "처리 확인",
  remind: "독촉",
};

/** 상태 이력: every transition of the inspection, its findings and their corrective actions. */
export function TransitionTable({ items }: { items: TransitionItem[] }) {
  const [newestFirst, setNewestFirst] = useState(true);
  const id = useId();
  // Transitions have no id of their own; their place in the server's (chronological) list is stable.
  const keyed = items.map((t, n) => ({ t, key: `${n}-${t.at}` }));
  const rows = newestFirst ? [...keyed].reverse() : keyed;
  return (
    <>
      <div className="app-list-header">
        <p className="app-count">
          총 <strong>{formatNumber(items.length)}</strong>건
        </p>
        <div className="app-sort">
          <label htmlFor={`${id}-sort`}>정렬</label>
          <select
            id={`${id}-sort`}
            className="krds-form-select small"
            value={newestFirst ? "desc" : "asc"}
            onChange={(e) => setNewestFirst(e.target.value === "desc")}
          >
            <option value="desc">최근순</option>
            <option value="asc">오래된순</option>
          </select>
        </div>
      </div>
      <DataTable
        label="상태 이력 표"
        caption="상태 이력: 일시, 대상, 처리, 상태 변경, 사유·내용, 처리자"
        columns={["일시", "대상", "처리", "상태 변경", "사유·내용", "처리자"]}
        testId="inspection-history"
      >
        {rows.map(({ t, key }) => (
          <tr key={key}>
            <td className="app-nowrap">{formatDateTime(t.at)}</td>
            <td className="app-nowrap">{t.entityLabel}</td>
            <td className="app-nowrap">{ACTION_LABELS[t.action] ?? t.action}</td>
            <td className="app-nowrap">
              {t.fromStatus && t.fromStatus !== t.toStatus ? `${t.fromStatus} → ${t.toStatus}` : t.toStatus}
            </td>
            <td>{t.reason ?? "-"}</td>
            <td className="app-nowrap">{t.actorName}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

/** Month 1–12 choices for plan targets and filters. */
export const MONTH_OPTIONS = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: `${i + 1}월`,
}));

// ── findings ────────────────────────────────────────────────────────────────
/**
 * A finding (지적사항) as both portals show it: its number and title, status and severity, and what was found
 * (영역, 위반행위, 내용); the portal adds rows, badges and what follows (the corrective action).
 */
export function FindingCard({
  f,
  index,
  titleId,
  testId,
  badges,
  rows = [],
  children,
}: {
  f: FindingItem;
  index: number;
  titleId: string;
  testId: string;
  badges?: ReactNode;
  rows?: [string, ReactNode][];
  children?: ReactNode;
}) {
  return (
    <article className="app-finding" aria-labelledby={titleId} data-testid={testId}>
      <div className="app-finding__head">
        <h3 id={titleId} className="app-finding__title">
          {index}. {f.title}
        </h3>
        <span className="app-badges">
          <FindingStatusBadge status={f.status} label={f.statusLabel} />
          <SeverityBadge severity={f.severity} label={f.severityLabel} />
          {badges}
        </span>
      </div>
      <KeyValueTable
        caption={`지적사항 ${index}`}
        rows={[
          [
            "점검 영역",
            f.itemCode ? (
              <>
                {f.domain}
                <Code>{f.itemCode}</Code>
              </>
            ) : (
              f.domain
            ),
          ],
          ["위반행위", <ViolationCode key="v" code={f.violationCode} />],
          [
            "지적 내용",
            <span key="d" className="app-pre">
              {f.detail}
            </span>,
          ],
          ...rows,
        ]}
      />
      {children}
    </article>
  );
}
