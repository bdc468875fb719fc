import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router-dom";
import {
  cancelInspection,
  closeInspection,
  completeInspection,
  type InspectionDetail,
  notifyInspection,
  officialFileUrl,
  officialNoticeUrl,
  reopenInspection,
  reviewDocument,
  startInspection,
  useInspection,
  useOfficialMutation,
} from "../../api/inspections";
import { isApiError } from "../../api/problem";
import { Alert } from "../../components/Alert";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { LimitedInput, TextAreaField } from "../../components/FormField";
import { ProblemAlert } from "../../components/FormSection";
import { InspectionFindingsTab } from "../../components/InspectionFindingsTab";
import { InspectionOverviewTab } from "../../components/InspectionOverviewTab";
import {
  ActionDialog,
  FileList,
  InspectionStatusBadge,
  InspectionSteps,
  TransitionTable,
} from "../../components/InspectionParts";
import { InspectionResultsTab } from "../../components/InspectionResultsTab";
import { EmptyState, Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Tabs } from "../../components/Tabs";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";
import { useDraft } from "../../lib/useDraft";
import { useFormErrors } from "../../lib/useFormErrors";

type Step = "start" | "complete" | "notify" | "reopen" | "cancel" | "close";
const TAB_IDS = ["overview", "documents", "results", "findings", "history"] as const;
type TabId = (typeof TAB_IDS)[number];

/** 점검 상세 (UWDX): 개요·일정, 사전 점검자료, 점검표, 지적사항, 상태 이력; the steps of the flow as buttons. */
export function InspectionDetailPage() {
  const { id = "" } = useParams();
  const inspection = useInspection(id);
  if (inspection.isPending) return <Loading label="점검 정보를 불러오는 중입니다." />;
  if (inspection.isError)
    return <QueryError error={inspection.error} onRetry={() => void inspection.refetch()} />;
  return <InspectionView d={inspection.data} />;
}

function InspectionView({ d }: { d: InspectionDetail }) {
  const [params, setParams] = useSearchParams();
  const tabParam = params.get("tab");
  const tab: TabId = (TAB_IDS as readonly string[]).includes(tabParam ?? "")
    ? (tabParam as TabId)
    : "overview";
  const [findingItemId, setFindingItemId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [step, setStep] = useState<Step | null>(null);
  const setTab = (next: string) =>
    setParams(
      (p) => {
        const copy = new URLSearchParams(p);
        copy.set("tab", next);
        return copy;
      },
      { replace: true },
    );

  const canCancel = ["planned", "scheduled", "in_progress"].includes(d.status);
  const noticeSent = d.status === "notified" || d.status === "closed";
  const missing = d.itemsTotal - d.itemsWithResult;

  return (
    <>
      <PageHeader
        title={`${d.institutionName} 지도점검`}
        breadcrumbs={[
          { label: "홈", to: "/official" },
          { label: "기관관리감독" },
          { label: "지도점검", to: "/official/inspections" },
        ]}
        description={
          <p>
            <InspectionStatusBadge status={d.status} label={d.statusLabel} /> {d.kindLabel} 점검 ·{" "}
            {d.sidoName} {d.sigunguName} · {d.typeName}
            {d.scheduledOn
              ? ` · 점검일 ${formatDate(d.scheduledOn)}${d.scheduledEndOn ? ` ~ ${formatDate(d.scheduledEndOn)}` : ""}`
              : ""}
            {d.planTitle ? (
              <>
                {" "}
                · 계획 <Link to={`/official/inspections/plans/${d.planId}`}>{d.planTitle}</Link>
              </>
            ) : null}
          </p>
        }
        actions={
          <>
            {d.status === "scheduled" ? (
              <button type="button" className="krds-btn medium primary" onClick={() => setStep("start")}>
                점검 시작
              </button>
            ) : null}
            {d.status === "in_progress" ? (
              <button type="button" className="krds-btn medium primary" onClick={() => setStep("complete")}>
                점검 완료
              </button>
            ) : null}
            {d.status === "completed" ? (
              <>
                <button type="button" className="krds-btn medium secondary" onClick={() => setStep("reopen")}>
                  결과 다시 입력
                </button>
                <button type="button" className="krds-btn medium primary" onClick={() => setStep("notify")}>
                  결과 통보
                </button>
              </>
            ) : null}
            {d.status === "notified" && d.openFindings === 0 ? (
              <button type="button" className="krds-btn medium primary" onClick={() => setStep("close")}>
                종결
              </button>
            ) : null}
            {noticeSent ? (
              <a className="krds-btn medium secondary" href={officialNoticeUrl(d.id)} download>
                결과 통지서(PDF)
              </a>
            ) : null}
            {canCancel ? (
              <button type="button" className="krds-btn medium tertiary" onClick={() => setStep("cancel")}>
                점검 취소
              </button>
            ) : null}
          </>
        }
      />
      <InspectionSteps status={d.status} />
      {notice ? (
        <Alert tone="success" id="inspection-notice">
          {notice}
        </Alert>
      ) : null}
      {d.status === "in_progress" && missing > 0 ? (
        <Alert tone="info" live="none">
          점검표 {formatNumber(d.itemsTotal)}개 항목 중 {formatNumber(missing)}개의 결과가 아직 없습니다. 모든
          항목에 결과를 입력하고, 부적합 항목마다 지적사항을 등록해야 점검을 완료할 수 있습니다.
        </Alert>
      ) : null}

      <Tabs
        label="점검 정보"
        active={tab}
        onChange={setTab}
        tabs={[
          { id: "overview", label: "개요·일정" },
          { id: "documents", label: `사전 점검자료 (${d.documents.length})` },
          { id: "results", label: `점검표 (${d.itemsWithResult}/${d.itemsTotal})` },
          {
            id: "findings",
            label: `지적사항 (${d.findingList.filter((f) => f.status !== "withdrawn").length})`,
          },
          { id: "history", label: "상태 이력" },
        ]}
      >
        {tab === "overview" ? <InspectionOverviewTab d={d} onNotice={setNotice} /> : null}
        {tab === "documents" ? <DocumentsTab d={d} onNotice={setNotice} /> : null}
        {tab === "results" ? (
          <InspectionResultsTab
            d={d}
            onNotice={setNotice}
            onAddFinding={(itemId) => {
              setFindingItemId(itemId);
              setTab("findings");
            }}
          />
        ) : null}
        {tab === "findings" ? (
          <InspectionFindingsTab
            d={d}
            onNotice={setNotice}
            presetItemId={findingItemId}
            onPresetUsed={() => setFindingItemId(null)}
          />
        ) : null}
        {tab === "history" ? (
          <section aria-labelledby="history-title">
            <h2 id="history-title" className="app-section-title">
              상태 이력
            </h2>
            <TransitionTable items={d.transitions} />
          </section>
        ) : null}
      </Tabs>

      {step ? (
        <StepDialog
          d={d}
          step={step}
          onClose={(message) => {
            setStep(null);
            if (message) setNotice(message);
          }}
        />
      ) : null}
    </>
  );
}

const STEP_DONE: Record<Step, string> = {
  start: "점검을 시작했습니다. 점검표에 항목별 결과를 입력하세요.",
  complete: "점검을 완료했습니다. 결과를 확인한 뒤 기관에 통보하세요.",
  notify: "결과를 통보했습니다. 기관이 결과와 지적사항, 조치 기한을 볼 수 있습니다.",
  reopen: "결과를 다시 입력할 수 있습니다.",
  cancel: "점검을 취소했습니다.",
  close: "점검을 종결했습니다.",
};

function StepDialog({
  d,
  step,
  onClose,
}: {
  d: InspectionDetail;
  step: Step;
  onClose: (message?: string) => void;
}) {
  const done = (ok: boolean) => onClose(ok ? STEP_DONE[step] : undefined);
  const start = useOfficialMutation(() => startInspection(d.id, d.version));
  const notify = useOfficialMutation(() => notifyInspection(d.id, d.version));
  const reopen = useOfficialMutation((reason: string) => reopenInspection(d.id, d.version, reason));
  const cancel = useOfficialMutation((reason: string) => cancelInspection(d.id, d.version, reason));
  const close = useOfficialMutation(() => closeInspection(d.id, d.version));
  switch (step) {
    case "start":
      return (
        <ActionDialog
          title="점검을 시작할까요?"
          confirmLabel="점검 시작"
          run={() => start.mutateAsync(undefined)}
          onClose={done}
        >
          <p>
            현장 점검을 시작하면 점검표에 항목별 결과와 증빙을 입력할 수 있습니다. 점검일:{" "}
            {formatDate(d.scheduledOn)}, 점검반: {d.team.map((m) => m.name).join(", ") || "-"}
          </p>
        </ActionDialog>
      );
    case "complete":
      return <CompleteDialog d={d} onClose={onClose} />;
    case "notify":
      return (
        <ActionDialog
          title="점검 결과를 기관에 통보할까요?"
          confirmLabel="결과 통보"
          run={() => notify.mutateAsync(undefined)}
          onClose={done}
        >
          <p>
            통보하면 결과 통지서 번호가 매겨지고, {d.institutionName}이(가) 점검 결과와 지적사항{" "}
            {formatNumber(d.findings)}건, 조치 요구와 기한을 볼 수 있습니다. 내부 메모와 공무원이 올린 증빙은
            기관에 보이지 않습니다.
          </p>
          <p>통보한 뒤에는 결과를 고칠 수 없습니다.</p>
        </ActionDialog>
      );
    case "reopen":
      return (
        <ActionDialog
          title="결과를 다시 입력할까요?"
          confirmLabel="결과 다시 입력"
          input={{ label: "사유", required: true, field: "reason" }}
          run={(reason) => reopen.mutateAsync(reason)}
          onClose={done}
        >
          <p>완료한 점검을 점검 중 상태로 되돌립니다. 사유는 상태 이력에 남습니다.</p>
        </ActionDialog>
      );
    case "cancel":
      return (
        <ActionDialog
          title="점검을 취소할까요?"
          confirmLabel="점검 취소"
          input={{ label: "취소 사유", required: true, field: "reason" }}
          run={(reason) => cancel.mutateAsync(reason)}
          onClose={done}
        >
          <p>취소한 점검은 다시 진행할 수 없습니다. 필요하면 점검을 새로 등록하세요.</p>
        </ActionDialog>
      );
    case "close":
      return (
        <ActionDialog
          title="점검을 종결할까요?"
          confirmLabel="종결"
          run={() => close.mutateAsync(undefined)}
          onClose={done}
        >
          <p>모든 지적사항의 조치가 확인되었습니다. 종결하면 이 점검의 처리가 끝납니다.</p>
        </ActionDialog>
      );
  }
}

/** 점검 완료: the summary of the result (sent to the institution) and an internal note (officials only). */
function CompleteDialog({ d, onClose }: { d: InspectionDetail; onClose: (message?: string) => void }) {
  const findings = d.findingList.filter((f) => f.status !== "withdrawn");
  const { errors, problem, passes, failed } = useFormErrors();
  const { draft, bind } = useDraft(
    {
      resultSummary:
        findings.length === 0
          ? "점검 결과 지적사항 없음"
          : `지적사항 ${findings.length}건: ${findings.map((f) => f.title).join(", ")}`,
      internalNote: d.internalNote ?? "",
    },
    errors,
  );
  const complete = useOfficialMutation(() =>
    completeInspection(d.id, {
      version: d.version,
      resultSummary: draft.resultSummary.trim(),
      internalNote: draft.internalNote.trim() || null,
    }),
  );
  const submit = () => {
    if (!passes(draft.resultSummary.trim() ? {} : { resultSummary: "점검 결과 요지를 입력하세요." })) return;
    complete.mutate(undefined, {
      onSuccess: () => onClose(STEP_DONE.complete),
      onError: (error) => failed(error, "완료하지 못했습니다."),
    });
  };
  return (
    <ConfirmDialog
      title="점검을 완료할까요?"
      confirmLabel="점검 완료"
      onConfirm={submit}
      pending={complete.isPending}
      onCancel={() => onClose()}
      cancelLabel="닫기"
      initialFocus="first"
    >
      <p>
        점검표 {formatNumber(d.itemsWithResult)}/{formatNumber(d.itemsTotal)}개 항목 입력, 지적사항{" "}
        {formatNumber(findings.length)}건. 완료하면 결과를 더 입력할 수 없습니다(사유를 남기고 다시 열 수
        있습니다).
      </p>
      <ProblemAlert problem={problem} />
      <TextAreaField
        id="complete-summary"
        label="점검 결과 요지(필수)"
        hint="결과 통지서에 실려 기관에 전달됩니다."
        rows={3}
        maxLength={4000}
        {...bind("resultSummary")}
      />
      <TextAreaField
        id="complete-note"
        label="내부 메모"
        hint="공무원만 봅니다. 기관 화면과 결과 통지서에는 나오지 않습니다."
        rows={2}
        maxLength={4000}
        {...bind("internalNote")}
      />
    </ConfirmDialog>
  );
}

/** 사전 점검자료: what the institution submitted before the visit, and the desk review of each. */
function DocumentsTab({ d, onNotice }: { d: InspectionDetail; onNotice: (m: string | null) => void }) {
  const reviewable = ["scheduled", "in_progress"].includes(d.status);
  const [drafts, setDrafts] = useState<Record<string, { status: string; note: string }>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const review = useOfficialMutation(
    (a: { documentId: string; status: "adequate" | "insufficient"; note: string }) =>
      reviewDocument(d.id, a.documentId, { reviewStatus: a.status, note: a.note || null }),
  );
  if (!d.priorNotice && d.documents.length === 0)
    return <EmptyState>불시 점검이라 사전 점검자료를 요청하지 않았습니다</EmptyState>;
  if (d.documents.length === 0)
    return <EmptyState>요청한 사전 점검자료가 없습니다. 개요·일정 탭에서 자료를 요청하세요</EmptyState>;
  const submitted = d.documents.filter((x) => x.submittedAt).length;
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title" className="app-section-title">
        사전 점검자료
      </h2>
      <p>
        요청 {formatNumber(d.documents.length)}건 · 제출 {formatNumber(submitted)}건 · 제출 기한{" "}
        {formatDate(d.documentsDueOn)}
      </p>
      <DataTable
        label="사전 점검자료 표"
        caption="사전 점검자료: 자료명, 제출, 파일, 검토 결과, 검토"
        columns={["자료명", "제출", "파일", "검토 결과", ...(reviewable ? ["서면 검토"] : [])]}
      >
        {d.documents.map((doc) => {
          const draft = drafts[doc.id] ?? {
            status: doc.reviewStatus === "pending" ? "" : doc.reviewStatus,
            note: doc.reviewNote ?? "",
          };
          const set = (patch: Partial<typeof draft>) =>
            setDrafts((all) => ({ ...all, [doc.id]: { ...draft, ...patch } }));
          return (
            <tr key={doc.id}>
              <th scope="row" className="app-cell-name">
                {doc.title}
              </th>
              <td className="app-nowrap">
                {doc.submittedAt ? (
                  <>
                    {formatDateTime(doc.submittedAt)}
                    <br />
                    {doc.submittedByName}
                  </>
                ) : (
                  <span className="krds-badge bg-light-warning">미제출</span>
                )}
              </td>
              <td>
                <FileList files={doc.files} urlOf={officialFileUrl} />
              </td>
              <td>
                {doc.reviewStatusLabel}
                {doc.reviewNote ? <p className="app-muted">{doc.reviewNote}</p> : null}
              </td>
              {reviewable ? (
                <td>
                  {doc.submittedAt ? (
                    <div className="app-toolbar">
                      <label className="sr-only" htmlFor={`review-${doc.id}`}>
                        {doc.title} 검토 결과
                      </label>
                      <select
                        id={`review-${doc.id}`}
                        className="krds-form-select small"
                        value={draft.status}
                        onChange={(e) => set({ status: e.target.value })}
                      >
                        <option value="">선택</option>
                        <option value="adequate">적정</option>
                        <option value="insufficient">보완 필요</option>
                      </select>
                      <label className="sr-only" htmlFor={`review-note-${doc.id}`}>
                        {doc.title} 검토 의견
                      </label>
                      <LimitedInput
                        id={`review-note-${doc.id}`}
                        className="krds-input small"
                        placeholder="검토 의견"
                        maxLength={1000}
                        value={draft.note}
                        onChange={(e) => set({ note: e.target.value })}
                      />
                      <button
                        type="button"
                        className="krds-btn small secondary"
                        disabled={review.isPending}
                        onClick={() => {
                          if (!draft.status) {
                            setProblems((p) => ({ ...p, [doc.id]: "검토 결과를 고르세요." }));
                            return;
                          }
                          setProblems((p) => ({ ...p, [doc.id]: "" }));
                          review.mutate(
                            {
                              documentId: doc.id,
                              status: draft.status as "adequate" | "insufficient",
                              note: draft.note.trim(),
                            },
                            {
                              onSuccess: () => onNotice(`「${doc.title}」 검토 결과를 저장했습니다.`),
                              onError: (error) =>
                                setProblems((p) => ({
                                  ...p,
                                  [doc.id]: isApiError(error) ? error.detail : "저장하지 못했습니다.",
                                })),
                            },
                          );
                        }}
                      >
                        검토 저장
                      </button>
                      {problems[doc.id] ? (
                        <p className="form-hint-invalid" role="alert">
                          {problems[doc.id]}
                        </p>
                      ) : null}
                    </div>
                  ) : (
                    <span className="app-muted">제출 후 검토</span>
                  )}
                </td>
              ) : null}
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
