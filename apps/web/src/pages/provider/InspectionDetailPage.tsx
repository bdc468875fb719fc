import { ITEM_RESULT_LABELS, ITEM_RESULTS, type ItemResult } from "@ssis/domain";
import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { Link, useParams } from "react-router-dom";
import {
  type CorrectiveItem,
  type FindingItem,
  type InspectionDetail,
  inspectionKeys,
  providerFileUrl,
  providerNoticeUrl,
  submitCorrective,
  submitDocument,
  UPLOAD_HINT,
  uploadCorrectiveFile,
  useMyInspection,
  useProviderMutation,
} from "../../api/inspections";
import { isApiError } from "../../api/problem";
import { useUser } from "../../auth/useSession";
import { Alert } from "../../components/Alert";
import { Code } from "../../components/CodeLabel";
import { TextAreaField } from "../../components/FormField";
import {
  ActionDialog,
  CorrectiveStatusBadge,
  DueBadge,
  FileList,
  FileUpload,
  FindingCard,
  formatWon,
  InspectionStatusBadge,
  InspectionSteps,
  ResultBadge,
  TransitionTable,
} from "../../components/InspectionParts";
import { KeyValueTable } from "../../components/KeyValueTable";
import { EmptyState, Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { ScrollTable } from "../../components/TableWrap";
import { formatDate, formatDateTime, formatNumber, orEmpty } from "../../lib/format";
import { canOpen } from "../../navigation/access";

/**
 * 지도점검 상세 (CWOM): the schedule and requested documents (with upload); once the result was sent, the
 * results, findings, corrective actions with their D-day, the report form (administrator) and the outcome.
 */
export function ProviderInspectionDetailPage() {
  const { id = "" } = useParams();
  const inspection = useMyInspection(id);
  const [notice, setNotice] = useState<string | null>(null);
  if (inspection.isPending) return <Loading label="지도점검을 불러오는 중입니다." />;
  if (inspection.isError)
    return <QueryError error={inspection.error} onRetry={() => void inspection.refetch()} />;
  const d = inspection.data;
  const sent = d.status === "notified" || d.status === "closed";
  return (
    <>
      <PageHeader
        title={`${d.kindLabel} 지도점검${d.scheduledOn ? ` (${formatDate(d.scheduledOn)})` : ""}`}
        breadcrumbs={[
          { label: "홈", to: "/provider" },
          { label: "기관관리감독" },
          { label: "지도점검", to: "/provider/inspections" },
        ]}
        description={
          <p>
            <InspectionStatusBadge status={d.status} label={d.statusLabel} /> {d.institutionName} ·{" "}
            {d.sidoName} {d.sigunguName}
          </p>
        }
        actions={
          sent ? (
            <a className="krds-btn medium secondary" href={providerNoticeUrl(d.id)} download>
              결과 통지서(PDF)
            </a>
          ) : null
        }
      />
      <InspectionSteps status={d.status} />
      {notice ? (
        <Alert tone="success" id="provider-inspection-notice">
          {notice}
        </Alert>
      ) : null}

      <Section id="my-schedule" title="점검 일정">
        <KeyValueTable
          caption="점검 일정"
          rows={[
            ["점검 구분", `${d.kindLabel} 점검`],
            [
              "점검 일정",
              d.scheduledOn
                ? `${formatDate(d.scheduledOn)}${d.scheduledEndOn ? ` ~ ${formatDate(d.scheduledEndOn)}` : ""}`
                : "-",
            ],
            [
              "점검반",
              d.team.map((m) => (m.position ? `${m.name}(${m.position})` : m.name)).join(", ") || "-",
            ],
            ["사전 통지", d.priorNotice ? formatDate(d.noticeSentOn) : "불시 점검"],
            ["자료 제출 기한", formatDate(d.documentsDueOn)],
            ["점검표", d.checklistLabel],
          ]}
        />
      </Section>

      {d.documents.length > 0 ? <DocumentsSection d={d} onNotice={setNotice} /> : null}

      {sent ? (
        <>
          <Section id="my-result" title="점검 결과">
            <KeyValueTable
              caption="점검 결과"
              rows={[
                ["점검 결과", orEmpty(d.overallResultLabel)],
                [
                  "결과 요지",
                  <span key="s" className="app-pre">
                    {orEmpty(d.resultSummary)}
                  </span>,
                ],
                ["결과 통지", `${orEmpty(d.resultNoticeNo)} (${formatDate(d.resultNotifiedOn)})`],
                ["지적사항", `${formatNumber(d.findings)}건 (조치 중 ${formatNumber(d.openFindings)}건)`],
              ]}
            />
          </Section>
          <FindingsSection d={d} onNotice={setNotice} />
          <ResultsSection d={d} />
        </>
      ) : (
        <Alert tone="info" live="none">
          점검 결과와 지적사항은 담당 공무원이 결과를 통보하면 이 화면에 나타납니다.
        </Alert>
      )}

      <Section id="my-history" title="처리 이력">
        <TransitionTable items={d.transitions} />
      </Section>
      <p className="app-section">
        <Link to="/provider/inspections">목록으로</Link>
      </p>
    </>
  );
}

/** 요청 자료: what the officials asked for before the visit; both provider roles may submit. */
function DocumentsSection({ d, onNotice }: { d: InspectionDetail; onNotice: (m: string | null) => void }) {
  const open = d.status === "scheduled" || d.status === "in_progress";
  const upload = useProviderMutation((a: { documentId: string; file: File }) =>
    submitDocument(d.id, a.documentId, a.file),
  );
  return (
    <Section id="my-documents" title="요청 자료 (사전 점검자료)">
      <p>
        제출 기한: <strong>{formatDate(d.documentsDueOn)}</strong>. 자료마다 파일을 올리면 담당 공무원이
        서면으로 검토합니다. 파일은 여러 번 올릴 수 있습니다.
      </p>
      <DataTable
        label="요청 자료 표"
        caption="요청 자료: 자료명, 제출, 올린 파일, 검토 결과, 파일 올리기"
        columns={["자료명", "제출", "올린 파일", "검토 결과", ...(open ? ["파일 올리기"] : [])]}
        testId="my-documents"
      >
        {d.documents.map((doc, i) => (
          <tr key={doc.id}>
            <th scope="row" className="app-cell-name">
              {doc.title}
            </th>
            <td className="app-nowrap">
              {doc.submittedAt ? `${formatDateTime(doc.submittedAt)} ${doc.submittedByName ?? ""}` : "미제출"}
            </td>
            <td>
              <FileList files={doc.files} urlOf={providerFileUrl} />
            </td>
            <td>
              {doc.reviewStatusLabel}
              {doc.reviewNote ? <p className="app-muted">{doc.reviewNote}</p> : null}
            </td>
            {open ? (
              <td>
                <FileUpload
                  id={`doc-file-${i}`}
                  label={`${doc.title} 파일`}
                  buttonLabel="제출"
                  hint={UPLOAD_HINT}
                  onUpload={(file) => upload.mutateAsync({ documentId: doc.id, file })}
                  onDone={(name) => onNotice(`「${doc.title}」에 ${name}을(를) 제출했습니다.`)}
                />
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}

function FindingsSection({ d, onNotice }: { d: InspectionDetail; onNotice: (m: string | null) => void }) {
  if (d.findingList.length === 0)
    return (
      <Section id="my-findings" title="지적사항과 조치">
        <EmptyState>지적사항이 없습니다</EmptyState>
      </Section>
    );
  return (
    <Section id="my-findings" title={<>지적사항과 조치 ({formatNumber(d.findingList.length)}건)</>}>
      <div data-testid="my-findings">
        {d.findingList.map((f, i) => (
          <MyFinding key={f.id} d={d} f={f} index={i + 1} onNotice={onNotice} />
        ))}
      </div>
    </Section>
  );
}

function MyFinding({
  d,
  f,
  index,
  onNotice,
}: {
  d: InspectionDetail;
  f: FindingItem;
  index: number;
  onNotice: (m: string | null) => void;
}) {
  const a = f.correctiveAction;
  const titleId = `my-finding-${f.id}`;
  return (
    <FindingCard f={f} index={index} titleId={titleId} testId="my-finding">
      {a ? (
        <MyAction d={d} f={f} a={a} onNotice={onNotice} />
      ) : (
        <p className="app-muted">조치 요구 전입니다.</p>
      )}
    </FindingCard>
  );
}

function MyAction({
  d,
  f,
  a,
  onNotice,
}: {
  d: InspectionDetail;
  f: FindingItem;
  a: CorrectiveItem;
  onNotice: (m: string | null) => void;
}) {
  const user = useUser();
  const canReport = canOpen(user, "providerCorrectiveReport");
  const waiting = a.needsReport && (a.status === "ordered" || a.status === "returned");
  const rows: [string, ReactNode][] = [
    [
      "조치 요구 내용",
      <span key="i" className="app-pre">
        {a.instruction}
      </span>,
    ],
  ];
  if (a.amountWon !== null) rows.push([a.outcome === "fine" ? "과태료" : "환수액", formatWon(a.amountWon)]);
  rows.push(["통보일", formatDate(a.noticeOn)]);
  rows.push([
    "조치 기한",
    a.dueOn ? (
      <span key="due">
        {formatDate(a.dueOn)} <DueBadge label={a.dueLabel} overdue={a.isOverdue} />
      </span>
    ) : a.needsReport ? (
      "-"
    ) : (
      "기관의 결과 보고 대상이 아닙니다"
    ),
  ]);
  if (a.reportText)
    rows.push([
      "보고한 조치 결과",
      <span key="r">
        <span className="app-pre">{a.reportText}</span>
        <br />
        <span className="app-muted">
          {a.reportedByName} · {formatDateTime(a.reportedAt)}
          {a.isLate ? " · 지연 보고" : ""}
        </span>
      </span>,
    ]);
  if (a.needsReport) rows.push(["증빙", <FileList key="f" files={a.files} urlOf={providerFileUrl} />]);
  if (a.verifiedAt)
    rows.push([
      a.status === "returned" ? "보완 요구 사유" : "담당 공무원 확인",
      `${orEmpty(a.verificationNote)} (${a.verifiedByName ?? ""}, ${formatDateTime(a.verifiedAt)})`,
    ]);

  return (
    <>
      <h4>
        조치: {a.outcomeLabel} <CorrectiveStatusBadge status={a.status} label={a.statusLabel} />
      </h4>
      {a.status === "returned" ? (
        <Alert tone="warning" live="none" title="보완 요구를 받았습니다">
          <p>{a.verificationNote}</p>
        </Alert>
      ) : null}
      {waiting && a.lastRemindedAt ? (
        <Alert tone="warning" live="none">
          {formatDateTime(a.lastRemindedAt)}에 조치 결과 보고 독촉을 받았습니다.
        </Alert>
      ) : null}
      {a.status === "accepted" ? (
        <Alert tone="success" live="none">
          담당 공무원이 조치 결과를 확인했습니다. 이 지적사항은 종결되었습니다.
        </Alert>
      ) : null}
      <KeyValueTable caption={`${f.title} 조치`} rows={rows} />
      {waiting && canReport ? <ReportForm d={d} f={f} a={a} onNotice={onNotice} /> : null}
      {waiting && !canReport ? (
        <Alert tone="info" live="none">
          조치 결과 보고는 기관 관리자(시설장)가 합니다. 실무자는 내용을 볼 수만 있습니다.
        </Alert>
      ) : null}
    </>
  );
}

/** 조치 결과 보고: what was done and its evidence; after the deadline it is still taken, marked late. */
function ReportForm({
  d,
  f,
  a,
  onNotice,
}: {
  d: InspectionDetail;
  f: FindingItem;
  a: CorrectiveItem;
  onNotice: (m: string | null) => void;
}) {
  const qc = useQueryClient();
  const [report, setReport] = useState(a.status === "returned" ? (a.reportText ?? "") : "");
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const submit = useProviderMutation((text: string) => submitCorrective(a.id, text, a.version));
  const late = a.dueLabel?.startsWith("기한") ?? false;
  const id = `report-${a.id}`;
  return (
    <div className="app-subform" data-testid="report-form">
      <h4>조치 결과 보고</h4>
      <TextAreaField
        id={id}
        label="조치 결과(필수)"
        hint="언제, 무엇을 어떻게 고쳤는지 적고 증빙(회의록, 사진, 영수증 등)을 첨부하세요."
        error={error}
        rows={4}
        maxLength={4000}
        value={report}
        onChange={(e) => setReport(e.target.value)}
      />
      <FileUpload
        id={`${id}-file`}
        label="증빙 파일"
        buttonLabel="첨부"
        hint={UPLOAD_HINT}
        onUpload={(file) => uploadCorrectiveFile(a.id, file)}
        onDone={(name) => {
          void qc.invalidateQueries({ queryKey: inspectionKeys.myDetail(d.id) });
          onNotice(`증빙 「${name}」을(를) 첨부했습니다.`);
        }}
      />
      <p className="app-muted">
        첨부한 증빙: {a.files.length > 0 ? `${a.files.length}건 (위 표의 증빙)` : "없음"}
      </p>
      <div className="app-button-row">
        <button
          type="button"
          className="krds-btn medium primary"
          disabled={submit.isPending}
          onClick={() => {
            if (!report.trim()) {
              setError("조치 결과 내용을 입력하세요.");
              return;
            }
            setError(null);
            setConfirming(true);
          }}
        >
          조치 결과 보고
        </button>
      </div>
      {confirming ? (
        <ActionDialog
          title="조치 결과를 보고할까요?"
          confirmLabel="보고"
          run={() =>
            submit.mutateAsync(report.trim()).catch((e) => {
              if (isApiError(e)) setError(e.fieldErrors.report ?? null);
              throw e;
            })
          }
          onClose={(ok) => {
            setConfirming(false);
            if (ok) onNotice(`「${f.title}」 조치 결과를 보고했습니다. 담당 공무원의 확인을 기다립니다.`);
          }}
        >
          <p>
            보고하면 담당 공무원이 확인(승인)하거나 보완을 요구합니다. 증빙 {formatNumber(a.files.length)}건이
            함께 제출됩니다.
          </p>
          {late ? <p className="app-error-text">조치 기한이 지나 지연 보고로 표시됩니다.</p> : null}
        </ActionDialog>
      ) : null}
    </div>
  );
}

/** 항목별 점검 결과, read only, with a filter (부적합 first is what the institution looks for). */
function ResultsSection({ d }: { d: InspectionDetail }) {
  const [filter, setFilter] = useState<ItemResult | "">("non_compliant");
  const rows = d.items.filter((i) => !filter || i.result === filter);
  const domains = [...new Set(rows.map((i) => i.domain))];
  return (
    <section className="app-section" aria-labelledby="my-items">
      <div className="app-list-header">
        <h2 id="my-items" className="app-section-title">
          항목별 점검 결과
        </h2>
        <p className="app-count">
          <strong>{formatNumber(rows.length)}</strong>/{formatNumber(d.items.length)}개 항목
        </p>
        <div className="app-sort">
          <label htmlFor="my-items-filter">결과</label>
          <select
            id="my-items-filter"
            className="krds-form-select small"
            value={filter}
            onChange={(e) => setFilter(e.target.value as ItemResult | "")}
          >
            <option value="">전체</option>
            {ITEM_RESULTS.map((r) => (
              <option key={r} value={r}>
                {ITEM_RESULT_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {rows.length === 0 ? (
        <EmptyState>해당하는 항목이 없습니다</EmptyState>
      ) : (
        <ScrollTable label="항목별 점검 결과 표">
          <table className="tbl col data app-table app-results-table">
            <caption className="sr-only">항목별 점검 결과: 번호(코드), 점검 항목, 결과, 확인 내용</caption>
            <thead>
              <tr>
                <th scope="col">번호</th>
                <th scope="col">점검 항목 · 법적 근거</th>
                <th scope="col">결과</th>
                <th scope="col">확인 내용</th>
              </tr>
            </thead>
            {domains.map((domain) => (
              <tbody key={domain}>
                <tr className="app-group-row">
                  <th scope="colgroup" colSpan={4}>
                    {domain}
                  </th>
                </tr>
                {rows
                  .filter((i) => i.domain === domain)
                  .map((i) => (
                    <tr key={i.itemId}>
                      <th scope="row" className="app-nowrap">
                        {i.position}
                        <Code>{i.code}</Code>
                      </th>
                      <td className="app-item-text">
                        {i.item}
                        <p className="app-item-basis">근거: {i.legalBasis}</p>
                      </td>
                      <td>
                        <ResultBadge result={i.result} label={i.resultLabel} />
                      </td>
                      <td className="app-pre">{i.note ?? "-"}</td>
                    </tr>
                  ))}
              </tbody>
            ))}
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
