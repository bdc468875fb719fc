/**
 * Pieces shared by the 행정처분 screens of both portals: badges, the step bar, the summary, the violations,
 * the procedure's record, the opinion and its files, the notices and the nationwide history.
 */
import "../styles/dispositions.css";
import {
  APPEAL_KIND_LABELS,
  DISPOSITION_STATUS_LABELS,
  type DispositionStatus,
  dispositionLogActionLabel,
  PRIOR_VERDICT_LABELS,
  type PriorDispositionVerdict,
} from "@ssis/domain";
import { type ComponentProps, type ReactNode, useId, useState } from "react";
import { Link } from "react-router-dom";
import {
  type DispositionDetail,
  type DispositionItem,
  downloadNotice,
  downloadStoredFile,
  NOTICE_LABELS,
  type NoticeKind,
  type PriorReport,
  type StoredFile,
  type TransitionRecord,
  useHistory,
  type ViolationRecord,
  type Zone,
} from "../api/dispositions";
import { errorMessage } from "../api/problem";
import { formatDate, formatDateTime, formatNumber, orEmpty } from "../lib/format";
import { Alert } from "./Alert";
import { ViolationCode } from "./CodeLabel";
import { TextAreaField as BaseTextAreaField } from "./FormField";
import { ProblemAlert } from "./FormSection";
import { KeyValueTable } from "./KeyValueTable";
import { EmptyState, Loading } from "./Loading";
import { DataTable } from "./list/DataTable";
import { QueryError } from "./QueryError";

// ── badges ──────────────────────────────────────────────────────────────────
const STATUS_TONE: Record<DispositionStatus, string> = {
  draft: "bg-light-gray",
  pre_noticed: "bg-light-warning",
  decided: "bg-light-primary",
  executing: "bg-light-danger",
  ended: "bg-light-success",
  withdrawn: "bg-light-disabled",
  cancelled: "bg-light-disabled",
};
export function DispositionStatusBadge({ status, label }: { status: DispositionStatus; label?: string }) {
  return (
    <span className={`krds-badge ${STATUS_TONE[status]}`}>{label || DISPOSITION_STATUS_LABELS[status]}</span>
  );
}

/** 확인/미확인: whether a table, row or provision was read in the official text. */
export function VerifiedBadge({ verified, what = "" }: { verified: boolean | null; what?: string }) {
  if (verified === null) return null;
  return verified ? (
    <span className="krds-badge bg-light-success">{what}확인</span>
  ) : (
    <span
      className="krds-badge bg-light-point"
      title="공포된 법령 원문과 대조하여 확인하지 못한 내용입니다. 처분 전에 원문을 확인하세요."
    >
      {what}미확인
    </span>
  );
}

// ── fields ──────────────────────────────────────────────────────────────────
/** The 행정처분 forms' textarea: the generic one, taller (disp-textarea). */
export function TextAreaField(props: ComponentProps<typeof BaseTextAreaField>) {
  return <BaseTextAreaField rows={4} className="krds-input disp-textarea" {...props} />;
}

/**
 * A KRDS check box or radio button (.krds-form-check): KRDS hides every native control and draws it on the
 * label, so the input comes first and its label right after it.
 */
export function Choice({
  label,
  checked,
  onChange,
  type = "checkbox",
  name,
  disabled,
  id: given,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  type?: "checkbox" | "radio";
  name?: string;
  disabled?: boolean;
  id?: string;
}) {
  const generated = useId();
  const id = given ?? generated;
  return (
    <div className="krds-form-check">
      <input
        id={id}
        type={type}
        name={name}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

// ── step bar ────────────────────────────────────────────────────────────────
const STEPS: DispositionStatus[] = ["draft", "pre_noticed", "decided", "executing", "ended"];

/** Where the disposition stands (처분안 → … → 집행 종료); a withdrawn or cancelled one says so. */
export function DispositionSteps({ d }: { d: Pick<DispositionDetail, "status" | "transitions"> }) {
  const stopped = d.status === "withdrawn" || d.status === "cancelled";
  // A stopped disposition shows how far it got before it was withdrawn or cancelled.
  const reached = stopped
    ? Math.max(
        ...d.transitions.map((t) =>
          STEPS.findIndex((s) => DISPOSITION_STATUS_LABELS[s] === (t.fromStatus ?? "")),
        ),
        0,
      )
    : STEPS.indexOf(d.status);
  return (
    <ol className="disp-steps" aria-label="행정처분 진행 단계">
      {STEPS.map((step, index) => {
        const done = index < reached || (stopped && index === reached);
        return (
          <li
            key={step}
            className={done ? "is-done" : undefined}
            aria-current={!stopped && index === reached ? "step" : undefined}
          >
            {DISPOSITION_STATUS_LABELS[step]}
            {done ? <span className="sr-only"> (완료)</span> : null}
          </li>
        );
      })}
      {stopped ? (
        <li className="is-stopped" aria-current="step">
          {DISPOSITION_STATUS_LABELS[d.status]}
        </li>
      ) : null}
    </ol>
  );
}

// ── summary ─────────────────────────────────────────────────────────────────
/** 처분 기간: a suspension's from–to, or "-". */
export function periodText(d: Pick<DispositionItem, "periodFrom" | "periodTo">): string {
  if (!d.periodFrom) return "-";
  return `${formatDate(d.periodFrom)} ~ ${formatDate(d.periodTo)}`;
}

export function wonText(amount: number | null): string {
  return amount === null ? "-" : `${formatNumber(amount)}원`;
}

/** The facts of one disposition as the 행정처분대장 keeps them, with the opinion period and the appeal. */
export function DispositionSummary({ d, compact = false }: { d: DispositionDetail; compact?: boolean }) {
  const adjusted = d.adjustment
    ? `${d.adjustment === "mitigate" ? "감경" : "가중"}: ${d.proposedLabel} → ${d.measureLabel}`
    : null;
  const rows: [string, ReactNode][] = [
    ["기관", `${d.institutionName} (${d.sigunguName})`],
    ["처분청", d.authorityName],
    ["상태", <DispositionStatusBadge key="s" status={d.status} label={d.statusLabel} />],
    ["근거 처분기준표", d.tableName],
    ["위반 차수", orEmpty(d.repeatSummary)],
    ["처분기준표의 처분", d.proposedLabel],
    [
      "처분 내용",
      <span key="m">
        <strong>{d.measureLabel}</strong>
        {adjusted ? <span className="app-muted"> ({adjusted})</span> : null}
      </span>,
    ],
    ...(d.adjustmentReason ? [["조정 사유", d.adjustmentReason] as [string, ReactNode]] : []),
    ["처분 기간", periodText(d)],
    ["과태료·과징금", wonText(d.fineWon)],
    ["사전통지일", formatDate(d.preNoticeOn)],
    ["의견제출 기한", formatDate(d.opinionDueOn)],
    ["처분일", formatDate(d.decidedOn)],
    ["처분 번호", orEmpty(d.decisionNo)],
    ...(d.decisionReason ? [["결정 사유", d.decisionReason] as [string, ReactNode]] : []),
    ["집행 개시일", formatDate(d.executedOn)],
    ["집행 종료일", formatDate(d.endedOn)],
    ["보건복지부 보고일", formatDate(d.reportedToMohwOn)],
    ["행정심판·소송", appealText(d)],
    ...(d.closingReason
      ? [[d.status === "withdrawn" ? "철회 사유" : "취소 사유", d.closingReason] as [string, ReactNode]]
      : []),
  ];
  // The institution's view leaves out what is not there yet and the authority's own bookkeeping.
  const shown = compact
    ? rows.filter(([label, value]) => value !== "-" && label !== "보건복지부 보고일" && label !== "기관")
    : rows;
  return (
    <KeyValueTable caption="처분 개요" rows={shown} valueClassName="disp-pre" testId="disposition-summary" />
  );
}

function appealText(d: DispositionDetail): string {
  if (d.appealStatus === "none") return "없음";
  const kind = d.appealKind ? APPEAL_KIND_LABELS[d.appealKind] : "불복";
  const parts = [`${kind} ${d.appealStatusLabel}`];
  if (d.appealFiledOn) parts.push(`청구 ${formatDate(d.appealFiledOn)}`);
  if (d.appealDecidedOn) parts.push(`결과 ${formatDate(d.appealDecidedOn)}`);
  if (d.measureBeforeAppeal) parts.push(`변경 전 처분 ${d.measureBeforeAppeal}`);
  return `${parts.join(" · ")}${d.appealNote ? `\n${d.appealNote}` : ""}`;
}

// ── violations and the engine's reasons ─────────────────────────────────────
export function ViolationTable({ violations }: { violations: ViolationRecord[] }) {
  return (
    <DataTable
      label="위반행위 표"
      caption="위반행위: 코드, 적발일, 내용, 근거 조문, 차수, 처분, 판단 근거"
      columns={["위반행위", "적발일", "위반 내용", "근거 조문", "차수", "처분기준표의 처분", "판단 근거"]}
      testId="disposition-violations"
    >
      {violations.map((v) => (
        <tr key={`${v.code}-${v.foundOn}`}>
          <th scope="row">
            <ViolationCode code={v.code} />
          </th>
          <td className="app-nowrap">{formatDate(v.foundOn)}</td>
          <td className="disp-pre disp-wide">{v.summary}</td>
          <td>{orEmpty(v.article)}</td>
          <td className="app-nowrap">{v.repeatCount}차</td>
          <td className="app-nowrap">{v.measureLabel}</td>
          <td className="disp-wide">{v.explanation}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function PriorList({ items, empty }: { items: PriorReport[]; empty: string }) {
  if (items.length === 0) return <p className="app-muted">{empty}</p>;
  return (
    <ul className="disp-list">
      {items.map((p) => (
        <li key={`${p.code}-${p.decidedOn}-${p.verdict}-${p.institutionName ?? ""}`}>
          <strong>
            {formatDate(p.decidedOn)} <ViolationCode code={p.code} /> {p.effectiveRepeatCount}차
          </strong>
          {p.institutionName ? ` (${p.institutionName})` : ""} ·{" "}
          {PRIOR_VERDICT_LABELS[p.verdict as PriorDispositionVerdict] ?? p.verdict}: {p.reason}
          {p.lookBackEndsOn ? (
            <span className="app-muted"> (산정기간 끝 {formatDate(p.lookBackEndsOn)})</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

// ── the record of the procedure ─────────────────────────────────────────────
export const actionLabel = dispositionLogActionLabel;

export function TransitionTable({ transitions }: { transitions: TransitionRecord[] }) {
  if (transitions.length === 0) return <EmptyState>처리 기록이 없습니다</EmptyState>;
  return (
    <DataTable
      label="처리 기록 표"
      caption="처리 기록: 일시, 처리, 상태, 사유, 처리자"
      columns={["일시", "처리", "상태", "사유·내용", "처리자"]}
      testId="disposition-transitions"
    >
      {transitions.map((t) => (
        <tr key={`${t.at}-${t.action}-${t.toStatus}`}>
          <td className="app-nowrap">{formatDateTime(t.at)}</td>
          <th scope="row" className="app-nowrap">
            {actionLabel(t.action)}
          </th>
          <td className="app-nowrap">
            {t.fromStatus && t.fromStatus !== t.toStatus ? `${t.fromStatus} → ${t.toStatus}` : t.toStatus}
          </td>
          <td className="disp-pre">{orEmpty(t.reason)}</td>
          <td className="app-nowrap">{t.actorName}</td>
        </tr>
      ))}
    </DataTable>
  );
}

// ── opinion, files and notices ──────────────────────────────────────────────
export function FileList({ files, zone }: { files: StoredFile[]; zone: Zone }) {
  const [problem, setProblem] = useState<string | null>(null);
  if (files.length === 0) return <p className="app-muted">첨부파일이 없습니다.</p>;
  return (
    <>
      <ul className="disp-files" aria-label="첨부파일">
        {files.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              className="krds-btn text"
              onClick={() => {
                setProblem(null);
                downloadStoredFile(zone, f).catch((e: unknown) => setProblem(errorMessage(e)));
              }}
            >
              {f.fileName}
              <span className="sr-only"> 내려받기</span>
            </button>{" "}
            <span className="app-muted">
              ({formatNumber(Math.max(1, Math.round(f.sizeBytes / 1024)))}KB, {f.uploadedByName},{" "}
              {formatDateTime(f.uploadedAt)})
            </span>
          </li>
        ))}
      </ul>
      <ProblemAlert problem={problem} />
    </>
  );
}

/** The institution's opinion as submitted (both portals). */
export function OpinionView({ d, zone }: { d: DispositionDetail; zone: Zone }) {
  if (!d.opinionSubmittedAt)
    return (
      <p className="app-muted" data-testid="disposition-opinion">
        {d.status === "pre_noticed"
          ? `아직 제출된 의견이 없습니다. 의견제출 기한은 ${formatDate(d.opinionDueOn)}입니다.`
          : "제출된 의견이 없습니다."}
      </p>
    );
  return (
    <div data-testid="disposition-opinion">
      <p className="app-muted">
        {d.opinionByName} · {formatDateTime(d.opinionSubmittedAt)} 제출
      </p>
      <p className="disp-pre">{d.opinionText}</p>
      <h3 className="sr-only">첨부파일</h3>
      <FileList files={d.opinionFiles} zone={zone} />
    </div>
  );
}

/** 사전통지서 and 처분서 PDFs, offered once the step that issues them has been taken. */
export function NoticeButtons({ d, zone }: { d: DispositionDetail; zone: Zone }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<NoticeKind | null>(null);
  const kinds: NoticeKind[] = [
    ...(d.preNoticeOn ? (["pre"] as const) : []),
    ...(d.decidedOn ? (["decision"] as const) : []),
  ];
  if (kinds.length === 0) return null;
  const download = async (kind: NoticeKind) => {
    setBusy(kind);
    setProblem(null);
    try {
      await downloadNotice(zone, d.id, kind);
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <div className="app-button-row">
        {kinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="krds-btn medium secondary"
            disabled={busy !== null}
            onClick={() => void download(kind)}
          >
            {busy === kind ? "내려받는 중…" : `${NOTICE_LABELS[kind]} PDF`}
          </button>
        ))}
      </div>
      <ProblemAlert problem={problem} />
    </>
  );
}

// ── nationwide history ──────────────────────────────────────────────────────
export function DispositionHistoryTable({
  items,
  caption,
  showInstitution,
  currentId,
  testId,
}: {
  items: DispositionItem[];
  caption: string;
  showInstitution?: boolean;
  currentId?: string;
  testId?: string;
}) {
  return (
    <DataTable
      label={`${caption} 표`}
      caption={
        <>
          {caption}: 처분일, {showInstitution ? "기관, " : ""}처분청, 위반 차수, 처분, 상태, 관할
        </>
      }
      columns={[
        "처분일",
        ...(showInstitution ? ["기관"] : []),
        "처분청",
        "위반 차수",
        "처분",
        "상태",
        "관할",
      ]}
      testId={testId}
    >
      {items.map((h) => (
        <tr key={h.id}>
          <th scope="row" className="app-nowrap">
            {h.id === currentId ? (
              <>
                {formatDate(h.decidedOn ?? h.createdAt)} <span className="app-muted">(이 처분)</span>
              </>
            ) : (
              <Link to={`/official/dispositions/${h.id}`}>
                {h.decidedOn ? formatDate(h.decidedOn) : `${formatDate(h.createdAt)} 작성`}
                <span className="sr-only"> {h.institutionName} 처분 보기</span>
              </Link>
            )}
          </th>
          {showInstitution ? (
            <td>
              {h.institutionName} <span className="app-muted">({h.sigunguName})</span>
            </td>
          ) : null}
          <td>{h.authorityName}</td>
          <td>{orEmpty(h.repeatSummary)}</td>
          <td>{h.measureLabel}</td>
          <td className="app-nowrap">
            <DispositionStatusBadge status={h.status} label={h.statusLabel} />
            {h.appealStatus !== "none" ? (
              <span className="app-muted"> (불복 {h.appealStatusLabel})</span>
            ) : null}
          </td>
          <td className="app-nowrap">{h.inJurisdiction ? "관할" : "관할 밖(조회만)"}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/**
 * 행정처분 이력: the institution's dispositions and those of its operator's other institutions, nationwide.
 * Outside the official's jurisdiction they are read-only; the look-up is logged by the server.
 */
export function DispositionHistoryPanel({
  institutionId,
  currentId,
  headingLevel = 2,
}: {
  institutionId: string;
  currentId?: string;
  headingLevel?: 2 | 3;
}) {
  const history = useHistory(institutionId);
  const H = headingLevel === 2 ? "h2" : "h3";
  if (history.isPending) return <Loading label="행정처분 이력을 불러오는 중입니다." />;
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  const { institution, dispositions, operatorDispositions } = history.data;
  return (
    <div data-testid="disposition-history">
      <p>
        {institution.name} ({institution.sigunguName}) · 운영 주체 {institution.operatorName}. 결정 이후의
        처분은 전국 어디서 내려졌든 모두 보입니다. 처분안(결정 전 작성 중)은 보이지 않습니다.
      </p>
      {!institution.inJurisdiction ? (
        <Alert tone="info" title="관할 밖 기관입니다">
          <p>이력은 조회만 할 수 있으며, 조회 사실은 접속기록에 남습니다.</p>
        </Alert>
      ) : null}
      <H className={headingLevel === 2 ? "app-section-title" : "disp-subtitle"}>
        이 기관의 행정처분 ({formatNumber(dispositions.length)}건)
      </H>
      {dispositions.length === 0 ? (
        <EmptyState>이 기관의 행정처분 이력이 없습니다</EmptyState>
      ) : (
        <DispositionHistoryTable
          items={dispositions}
          caption="이 기관의 행정처분 이력"
          currentId={currentId}
          testId="history-institution"
        />
      )}
      <H className={`${headingLevel === 2 ? "app-section-title" : "disp-subtitle"} disp-history-operator`}>
        같은 운영 주체의 다른 기관 ({formatNumber(operatorDispositions.length)}건)
      </H>
      {operatorDispositions.length === 0 ? (
        <EmptyState>같은 운영 주체의 다른 기관에 대한 행정처분 이력이 없습니다</EmptyState>
      ) : (
        <DispositionHistoryTable
          items={operatorDispositions}
          caption="같은 운영 주체의 다른 기관의 행정처분 이력"
          showInstitution
          testId="history-operator"
        />
      )}
    </div>
  );
}
