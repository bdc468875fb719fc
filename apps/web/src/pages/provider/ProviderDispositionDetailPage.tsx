import { canSubmitOpinion, koreaToday } from "@ssis/domain";
import { type FormEvent, useRef, useState } from "react";
import { useParams } from "react-router-dom";
import {
  type DispositionDetail,
  MAX_UPLOAD_BYTES,
  submitOpinion,
  UPLOAD_ACCEPT,
  UPLOAD_HINT,
  uploadOpinionFile,
  useDispositionMutation,
  useMyDisposition,
} from "../../api/dispositions";
import { errorMessage, isApiError } from "../../api/problem";
import { useUser } from "../../auth/useSession";
import { Alert } from "../../components/Alert";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import {
  DispositionSteps,
  DispositionSummary,
  FileList,
  NoticeButtons,
  OpinionView,
  TextAreaField,
  TransitionTable,
  ViolationTable,
} from "../../components/DispositionParts";
import { FieldShell } from "../../components/FormField";
import { ProblemAlert } from "../../components/FormSection";
import { Loading } from "../../components/Loading";
import { BackToList, PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { daysLeft } from "../../lib/deadlines";
import { formatDate } from "../../lib/format";
import { canOpen } from "../../navigation/access";

const CRUMBS = [
  { label: "홈", to: "/provider" },
  { label: "기관관리감독" },
  { label: "행정처분", to: "/provider/dispositions" },
];

/** 행정처분 상세 (CWOM): the pre-notice or decision, the notices, and the opinion (의견제출) before the deadline. */
export function ProviderDispositionDetailPage() {
  const { id = "" } = useParams();
  const query = useMyDisposition(id);
  if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400))
    return (
      <>
        <PageHeader title="행정처분을 찾을 수 없습니다" breadcrumbs={CRUMBS} />
        <p>요청하신 행정처분이 없습니다.</p>
      </>
    );
  if (query.isPending) return <Loading label="행정처분을 불러오는 중입니다." />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  const title = d.status === "pre_noticed" ? "행정처분 사전통지" : `행정처분 ${d.statusLabel}`;

  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={CRUMBS}
        description={
          <p>
            {d.authorityName} · {d.measureLabel}
            {d.decisionNo ? ` · ${d.decisionNo}` : ""}
          </p>
        }
        actions={<BackToList to="/provider/dispositions" />}
      />
      <DispositionSteps d={d} />
      {d.status === "decided" || d.status === "executing" ? (
        <Alert tone="warning" title="처분이 결정되었습니다">
          <p data-testid="provider-decision">
            {d.authorityName}이(가) {formatDate(d.decidedOn)}에 {d.measureLabel} 처분을 결정했습니다
            {d.periodFrom ? ` (처분 기간 ${formatDate(d.periodFrom)} ~ ${formatDate(d.periodTo)})` : ""}.
            처분서를 내려받아 확인하세요. 처분에 이의가 있으면 처분이 있음을 안 날부터 90일 안에 행정심판이나
            행정소송을 낼 수 있습니다.
          </p>
        </Alert>
      ) : null}

      <Section id="my-disp-opinion" title="의견제출">
        <OpinionSection d={d} />
      </Section>

      {d.preNoticeOn || d.decidedOn ? (
        <Section id="my-disp-notices" title="통지서">
          <NoticeButtons d={d} zone="provider" />
        </Section>
      ) : null}

      <Section id="my-disp-summary" title="처분 내용">
        <DispositionSummary d={d} compact />
      </Section>

      <Section id="my-disp-violations" title="위반행위">
        <ViolationTable violations={d.violations} />
      </Section>

      <Section id="my-disp-transitions" title="처리 경과">
        <TransitionTable transitions={d.transitions} />
      </Section>
    </>
  );
}

function OpinionSection({ d }: { d: DispositionDetail }) {
  const user = useUser();
  const open = canSubmitOpinion(d.status, d.opinionDueOn, koreaToday());
  const mayWrite = canOpen(user, "providerDispositionOpinion");
  if (!open.ok)
    return (
      <>
        {d.status === "pre_noticed" ? (
          <Alert tone="info" live="none">
            <p>{open.message}</p>
          </Alert>
        ) : null}
        <OpinionView d={d} zone="provider" />
      </>
    );
  if (!mayWrite)
    return (
      <>
        <Alert tone="info" live="none" title="의견은 기관 관리자가 제출합니다">
          <p>
            의견제출 기한은 {formatDate(d.opinionDueOn)}({daysLeft(d.opinionDueOn)})입니다. 의견과 첨부파일은
            기관 관리자(시설장) 계정으로 제출할 수 있으며, 이 계정으로는 조회만 할 수 있습니다.
          </p>
        </Alert>
        <OpinionView d={d} zone="provider" />
      </>
    );
  return <OpinionForm d={d} />;
}

/** 의견제출: attachments first (each is stored at once), then the opinion; it may be sent again until the deadline. */
function OpinionForm({ d }: { d: DispositionDetail }) {
  const [text, setText] = useState(d.opinionText ?? "");
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [fileDone, setFileDone] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const upload = useDispositionMutation(uploadOpinionFile, "provider");
  const submit = useDispositionMutation(submitOpinion, "provider");

  const sendFile = () => {
    const file = fileRef.current?.files?.[0];
    setFileError(null);
    setFileDone(null);
    if (!file) {
      setFileError("올릴 파일을 고르세요.");
      return;
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      setFileError("파일이 너무 큽니다. 5MB 이하의 파일을 올려 주세요.");
      return;
    }
    upload.mutate(
      { id: d.id, file },
      {
        onSuccess: (stored) => {
          if (fileRef.current) fileRef.current.value = "";
          setChosen(null);
          setFileDone(`${stored.fileName} 파일을 올렸습니다.`);
        },
        onError: (e) => setFileError(errorMessage(e)),
      },
    );
  };
  const check = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setDone(null);
    if (text.trim().length < 2) {
      setError("의견을 입력하세요.");
      return;
    }
    setError(null);
    setConfirming(true);
  };
  const send = () => {
    setConfirming(false);
    submit.mutate(
      { id: d.id, version: d.version, opinion: text.trim() },
      {
        onSuccess: () => setDone("의견을 제출했습니다. 처분청이 의견을 검토한 뒤 처분 여부를 결정합니다."),
        onError: (e) => {
          if (isApiError(e)) {
            setError(e.fieldErrors.opinion ?? null);
            setProblem(e.detail);
          } else setProblem(errorMessage(e));
        },
      },
    );
  };

  return (
    <div data-testid="opinion-form">
      <p>
        처분 사전통지에 대한 의견을 <strong>{formatDate(d.opinionDueOn)}</strong>({daysLeft(d.opinionDueOn)}
        )까지 낼 수 있습니다(행정절차법 제27조). 증빙 자료가 있으면 먼저 올린 뒤 의견을 제출하세요.
        {d.opinionSubmittedAt ? " 이미 제출한 의견이 있습니다. 다시 제출하면 새 의견으로 바뀝니다." : ""}
      </p>
      {done ? (
        <Alert tone="success">
          <p data-testid="opinion-done">{done}</p>
        </Alert>
      ) : null}
      <ProblemAlert problem={problem} />
      <div className="disp-subform">
        <h3>첨부파일</h3>
        {fileDone ? (
          <Alert tone="success">
            <p>{fileDone}</p>
          </Alert>
        ) : null}
        <FileList files={d.opinionFiles} zone="provider" />
        <FieldShell id="opinion-file" label="첨부할 파일" hint={UPLOAD_HINT} error={fileError}>
          <div className="disp-upload">
            <input
              ref={fileRef}
              id="opinion-file"
              type="file"
              className="sr-only disp-file-input"
              accept={UPLOAD_ACCEPT}
              aria-describedby={`opinion-file-hint${fileError ? " opinion-file-error" : ""}`}
              aria-invalid={fileError ? true : undefined}
              onChange={(e) => setChosen(e.target.files?.[0]?.name ?? null)}
            />
            {/* The browser's own picker speaks the browser's language; this one is Korean everywhere. */}
            <label htmlFor="opinion-file" className="krds-btn small tertiary">
              파일 선택
            </label>
            <span className={chosen ? undefined : "app-muted"} aria-live="polite">
              {chosen ?? "선택한 파일 없음"}
            </span>
            <button
              type="button"
              className="krds-btn small secondary"
              disabled={upload.isPending}
              onClick={sendFile}
            >
              {upload.isPending ? "올리는 중…" : "파일 올리기"}
            </button>
          </div>
        </FieldShell>
      </div>
      <form className="app-form disp-opinion-form" onSubmit={check} noValidate>
        <TextAreaField
          id="opinion-text"
          label="의견"
          rows={6}
          maxLength={4000}
          hint="처분 사유에 대한 사실관계, 시정 계획 등을 적으세요(4,000자 이내)."
          value={text}
          error={error}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="app-button-row">
          <button type="submit" className="krds-btn medium primary" disabled={submit.isPending}>
            {submit.isPending ? "제출하는 중…" : "의견 제출"}
          </button>
        </div>
      </form>
      {confirming ? (
        <ConfirmDialog
          title="의견을 제출할까요?"
          confirmLabel="제출"
          onConfirm={send}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {d.authorityName}에 의견과 첨부파일 {d.opinionFiles.length}개를 제출합니다. 처분청이 의견을 받으면
            기한 전이라도 처분을 결정할 수 있습니다.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
