import { CHECK_DIGIT_MISMATCH_MESSAGE, checkResidentNumber, checkStayPeriod, koreaToday } from "@ssis/domain";
import { type FormEvent, useRef, useState } from "react";
import {
  admitClient,
  type Client,
  dischargeClient,
  downloadOwnClientsExcel,
  renameClient,
  unmaskOwnClient,
  useClientMutation,
  useOwnClients,
} from "../../api/clients";
import { isApiError } from "../../api/problem";
import { Notice } from "../../components/Alert";
import { CLIENT_LIST, ClientList, clientQuery, UnmaskDialog } from "../../components/ClientParts";
import { type EndInput, EndRecordDialog } from "../../components/EndRecordDialog";
import { describedBy, FieldShell, LimitedTextarea, TextField } from "../../components/FormField";
import { FormButtons, FormSection, ProblemAlert, SubmitButton } from "../../components/FormSection";
import { Modal } from "../../components/Modal";
import { PageHeader } from "../../components/PageHeader";
import { RowButtons } from "../../components/RowButtons";
import { formatDate, formatNumber } from "../../lib/format";
import { useListParams } from "../../lib/listParams";
import { useDraft } from "../../lib/useDraft";
import { useFormErrors } from "../../lib/useFormErrors";
import { useRecordEditing } from "../../lib/useRecordEditing";

/** 이용자 관리 (CWSU): 입소 등록, 퇴소 처리, 주민등록번호는 가려서 보이고 사유를 남겨야 볼 수 있습니다. */
export function ClientsPage() {
  const list = useListParams(CLIENT_LIST);
  const clients = useOwnClients(clientQuery(list));
  const page = useRecordEditing<Client>();
  const [unmasking, setUnmasking] = useState<Client | null>(null);
  const [renaming, setRenaming] = useState<Client | null>(null);
  const counts = clients.data;
  const full = counts?.residential && counts.capacity !== null && counts.activeCount >= counts.capacity;

  return (
    <>
      <PageHeader
        title="이용자 관리"
        breadcrumbs={[{ label: "홈", to: "/provider" }, { label: "현황정보관리" }]}
        description={
          <p>
            입소(이용 시작)와 퇴소(이용 종료)를 기록합니다. 주민등록번호는 암호화해 보관하고 가려서 보여 주며,
            조회·열람은 모두 접속기록에 남습니다.
          </p>
        }
        actions={
          <button type="button" className="krds-btn medium primary" onClick={page.add}>
            입소 등록
          </button>
        }
      />
      <Notice message={page.notice} />
      {counts?.residential ? (
        <p className={full ? "app-error-text" : "app-muted"}>
          정원 {formatNumber(counts.capacity)}명 · 현재 재원 {formatNumber(counts.activeCount)}명
          {full ? " — 정원이 찼습니다. 생활시설은 정원을 넘어 입소 등록할 수 없습니다." : ""}
        </p>
      ) : null}

      {page.form ? <AdmissionForm onDone={page.form.onDone} onCancel={page.form.onCancel} /> : null}

      <ClientList
        list={list}
        query={clients}
        title="이용자 목록"
        idPrefix="client"
        download={downloadOwnClientsExcel}
        actions={(c) => (
          <RowButtons
            name={c.name}
            buttons={[
              { label: "주민등록번호 보기", onClick: () => setUnmasking(c) },
              { label: "이름 정정", onClick: () => setRenaming(c) },
              c.isActive && { label: "퇴소 처리", tone: "tertiary", onClick: () => page.end(c) },
            ]}
          />
        )}
      />

      {page.ending ? <DischargeDialog client={page.ending} onClose={page.closeEnd} /> : null}
      {unmasking ? (
        <UnmaskDialog
          client={unmasking}
          unmask={(reason) => unmaskOwnClient(unmasking.id, reason)}
          onClose={() => setUnmasking(null)}
        />
      ) : null}
      {renaming ? (
        <RenameDialog
          client={renaming}
          onClose={(message) => {
            setRenaming(null);
            if (message) page.setNotice(message);
          }}
        />
      ) : null}
    </>
  );
}

function AdmissionForm({ onDone, onCancel }: { onDone: (message: string) => void; onCancel: () => void }) {
  const [residentNumber, setResidentNumber] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const { errors, problem, passes, failed, clear } = useFormErrors();
  const { draft, bind } = useDraft({ name: "", admittedOn: koreaToday() }, errors);
  const admit = useClientMutation(() =>
    admitClient({
      name: draft.name.trim(),
      residentNumber,
      admittedOn: draft.admittedOn,
      residentNumberConfirmed: confirmed || undefined,
    }),
  );
  // instant feedback with the same rule the server applies (@ssis/domain)
  const today = koreaToday();
  const rrn =
    residentNumber.replace(/[-\s]/g, "").length >= 13 ? checkResidentNumber(residentNumber, today) : null;
  const rrnError = rrn && !rrn.ok ? rrn.message : null;
  const mismatch = rrn?.ok && rrn.checkDigit === "mismatch";

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!draft.name.trim()) local.name = "성명을 입력하세요.";
    const check = checkResidentNumber(residentNumber, today);
    if (!check.ok) local.residentNumber = check.message;
    else if (check.checkDigit === "mismatch" && !confirmed)
      local.residentNumber = CHECK_DIGIT_MISMATCH_MESSAGE;
    for (const p of checkStayPeriod({ admittedOn: draft.admittedOn, today })) local[p.field] = p.message;
    if (!passes(local)) return;
    admit.mutate(undefined, {
      onSuccess: (c) => onDone(`${c.name} 님(${c.rrnMasked})의 입소를 등록했습니다.`),
      onError: (error) => failed(error, "입소 등록하지 못했습니다."),
    });
  };

  return (
    <FormSection id="admission-title" title="입소 등록" problem={problem} onSubmit={submit}>
      <TextField id="client-name" label="성명" required {...bind("name")} />
      <TextField
        id="client-rrn"
        label="주민등록번호"
        required
        autoComplete="off"
        inputMode="numeric"
        maxLength={14}
        placeholder="예: 500101-2345678"
        hint={
          rrn?.ok
            ? `생년월일 ${rrn.birthDate}, ${rrn.sex === "male" ? "남" : "여"}${rrn.foreigner ? " (외국인등록번호)" : ""}`
            : "저장 후에는 가려서 표시됩니다."
        }
        value={residentNumber}
        error={errors.residentNumber ?? rrnError}
        onChange={(e) => {
          setResidentNumber(e.target.value);
          setConfirmed(false);
          clear("residentNumber");
        }}
      />
      {mismatch ? (
        <div className="form-group">
          <p className="app-error-text">{CHECK_DIGIT_MISMATCH_MESSAGE}</p>
          <label>
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{" "}
            신분증과 대조해 번호가 맞음을 확인했습니다(번호 확인)
          </label>
        </div>
      ) : null}
      <TextField
        id="client-admittedOn"
        label="입소일"
        type="date"
        required
        max={today}
        {...bind("admittedOn")}
      />
      <FormButtons pending={admit.isPending} label="입소 등록" pendingLabel="등록 중…" onCancel={onCancel} />
    </FormSection>
  );
}

function DischargeDialog({ client, onClose }: { client: Client; onClose: (message: string | null) => void }) {
  const discharge = useClientMutation(({ date, reason }: EndInput) =>
    dischargeClient(client.id, { dischargedOn: date, dischargeReason: reason, version: client.version }),
  );
  return (
    <EndRecordDialog
      title="퇴소 처리"
      confirmLabel="퇴소 처리"
      intro={
        <>
          <strong>{client.name}</strong>({client.rrnMasked}, {formatDate(client.admittedOn)} 입소) 님을 퇴소
          처리합니다. 처리 후에는 되돌릴 수 없습니다.
        </>
      }
      date={{ id: "discharge-on", field: "dischargedOn", label: "퇴소일" }}
      reason={{
        id: "discharge-reason",
        field: "dischargeReason",
        label: "퇴소 사유",
        missing: "퇴소 사유를 2자 이상 입력하세요.",
      }}
      check={({ date }) =>
        Object.fromEntries(
          checkStayPeriod({ admittedOn: client.admittedOn, dischargedOn: date, today: koreaToday() }).map(
            (p) => [p.field, p.message],
          ),
        )
      }
      mutation={discharge}
      success={({ date }) => `${client.name} 님을 ${date} 자로 퇴소 처리했습니다.`}
      failure="퇴소 처리하지 못했습니다."
      onClose={onClose}
    />
  );
}

/**
 * 이름 정정: a typo or a legal name change. The reason goes to the access log with the names before and
 * after; the server's field errors show beside the fields and what was typed stays.
 */
function RenameDialog({ client, onClose }: { client: Client; onClose: (message: string | null) => void }) {
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(client.name);
  const [reason, setReason] = useState("");
  const { errors, problem, setErrors, setProblem, passes, clear: clearError } = useFormErrors();
  const rename = useClientMutation((body: { name: string; reason: string }) =>
    renameClient(client.id, { ...body, version: client.version }),
  );
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = "성명을 입력하세요.";
    else if (name.trim() === client.name) local.name = "지금 성명과 같습니다. 바로잡을 성명을 입력하세요.";
    if (reason.trim().length < 2) local.reason = "정정 사유를 2자 이상 입력하세요.";
    if (!passes(local)) return;
    rename.mutate(
      { name: name.trim(), reason: reason.trim() },
      {
        onSuccess: (saved) => onClose(`${client.name} 님의 성명을 ${saved.name}(으)로 정정했습니다.`),
        onError: (error) => {
          if (!isApiError(error)) {
            setProblem("성명을 정정하지 못했습니다.");
            return;
          }
          setErrors({ ...error.fieldErrors });
          const atField = Object.keys(error.fieldErrors).some((f) => f === "name" || f === "reason");
          if (error.status === 409) setProblem(`${error.detail} 목록을 새로 고친 뒤 다시 정정하세요.`);
          else if (!atField) setProblem(error.detail);
        },
      },
    );
  };
  return (
    <Modal
      title="이름 정정"
      onEscape={() => onClose(null)}
      initialFocus={nameRef}
      actions={
        <>
          <button type="button" className="krds-btn medium tertiary" onClick={() => onClose(null)}>
            취소
          </button>
          <SubmitButton form="client-rename-form" pending={rename.isPending} pendingLabel="정정 중…">
            정정
          </SubmitButton>
        </>
      }
    >
      <form id="client-rename-form" onSubmit={submit} noValidate>
        <p>
          <strong>{client.name}</strong>({client.rrnMasked}) 님의 성명을 바로잡습니다. 주민등록번호는 정정할
          수 없습니다(잘못 등록했다면 퇴소 처리 뒤 다시 입소 등록하세요). 정정 전후의 성명과 사유는 접속기록에
          남습니다.
        </p>
        <ProblemAlert problem={problem} />
        <TextField
          ref={nameRef}
          id="rename-name"
          label="바른 성명(필수)"
          maxLength={50}
          autoComplete="off"
          value={name}
          error={errors.name}
          onChange={(e) => {
            setName(e.target.value);
            clearError("name");
          }}
        />
        <FieldShell id="rename-reason" label="정정 사유(필수)" error={errors.reason}>
          <LimitedTextarea
            id="rename-reason"
            className="krds-input"
            rows={2}
            maxLength={200}
            placeholder="예: 입소 등록 때 성명 오타"
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={describedBy("rename-reason", null, errors.reason)}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              clearError("reason");
            }}
          />
        </FieldShell>
      </form>
    </Modal>
  );
}
