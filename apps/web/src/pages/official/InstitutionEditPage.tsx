import { EDITABLE_FIELDS, isLegallySignificantField, REGISTER_FIELD_LABELS } from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { errorMessage, isApiError } from "../../api/problem";
import { type RegisterRecord, useChangeInstitution, useRegister } from "../../api/register";
import { Alert } from "../../components/Alert";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorSummary } from "../../components/ErrorSummary";
import { Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import {
  type Draft,
  FORM_FIELD_LABELS,
  ReasonField,
  RegisterFieldsForm,
  toInput,
  useRegisterChange,
} from "../../components/RegisterForm";

const crumbs = (id: string, name?: string) => [
  { label: "홈", to: "/official" },
  { label: "현황정보관리" },
  { label: "기관 현황", to: "/official/institutions" },
  { label: name ?? "기관 상세", to: `/official/institutions/${encodeURIComponent(id)}` },
];

/** 기관 정보 변경 (UWSI): any field; a reason when a legally significant one changes; 폐지 confirmed. */
export function InstitutionEditPage() {
  const { id = "" } = useParams();
  const query = useRegister(id);
  if (query.isPending)
    return (
      <>
        <PageHeader title="기관 정보 변경" breadcrumbs={crumbs(id)} />
        <Loading label="기관 정보를 불러오는 중입니다." />
      </>
    );
  if (query.isError || !query.data)
    return (
      <>
        <PageHeader title="기관 정보 변경" breadcrumbs={crumbs(id)} />
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  return <EditForm key={query.data.version} record={query.data} />;
}

function EditForm({ record }: { record: RegisterRecord }) {
  const navigate = useNavigate();
  const change = useChangeInstitution(record.id);
  const { draft, set, errors, changed, check } = useRegisterChange({
    record,
    portal: "official",
    answer: change,
  });
  const [confirmClose, setConfirmClose] = useState(false);

  const significant = changed.filter(isLegallySignificantField);
  const statusChanged = changed.includes("status");
  const detailPath = `/official/institutions/${encodeURIComponent(record.id)}`;

  const save = async () => {
    setConfirmClose(false);
    const fields: (keyof Draft)[] = [...changed, "reason"];
    if (statusChanged) fields.push("statusEffectiveOn");
    try {
      await change.mutateAsync({ ...toInput(draft, fields), version: record.version });
      navigate(detailPath, { state: { notice: "기관 정보를 변경했습니다." } });
    } catch {
      // field errors beside the fields; 409 shown above the buttons
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending || changed.length === 0) return;
    if (!check()) return;
    if (draft.status === "closed" && statusChanged) setConfirmClose(true);
    else void save();
  };

  if (record.status === "closed")
    return (
      <>
        <PageHeader title={`${record.name} 정보 변경`} breadcrumbs={crumbs(record.id, record.name)} />
        <Alert tone="warning">
          <p>폐지된 기관의 정보는 변경할 수 없습니다(조회만 가능합니다).</p>
        </Alert>
        <Link to={detailPath} className="krds-btn medium secondary">
          기관 상세로
        </Link>
      </>
    );

  return (
    <>
      <PageHeader
        title={`${record.name} 정보 변경`}
        breadcrumbs={crumbs(record.id, record.name)}
        description={
          <p>
            기관명·주소·유형·정원·시설장·운영 주체·운영 상태는 법적으로 중요한 항목이어서 변경 사유를 함께
            기록합니다. 변경 전·후 내용은 변경이력에 남습니다.
          </p>
        }
      />
      {record.pendingChangeRequests > 0 ? (
        <Alert tone="info">
          <p>
            이 기관이 낸 처리 중인 변경신청이 {record.pendingChangeRequests}건 있습니다.{" "}
            <Link to="/official/change-requests?status=submitted">변경신청 처리</Link>에서 확인하세요.
          </p>
        </Alert>
      ) : null}
      <form className="app-form" onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} labels={FORM_FIELD_LABELS} />
        <RegisterFieldsForm
          draft={draft}
          set={set}
          errors={errors}
          show={(f) =>
            (EDITABLE_FIELDS as readonly string[]).includes(f) || (f === "statusEffectiveOn" && statusChanged)
          }
          mark={(f) => (isLegallySignificantField(f) ? "법정 사항(변경 사유 필요)" : undefined)}
        />
        {significant.length > 0 ? (
          <ReasonField
            label="변경 사유(필수)"
            hint={`변경하는 법정 사항: ${significant.map((f) => REGISTER_FIELD_LABELS[f]).join(", ")}`}
            value={draft.reason}
            error={errors.reason}
            onChange={(v) => set({ reason: v })}
          />
        ) : null}
        {change.isError ? (
          <Alert tone="danger" live="alert">
            <p>{errorMessage(change.error)}</p>
            {isApiError(change.error) && change.error.status === 409 ? (
              <p>화면을 새로 고쳐 최신 내용을 확인한 뒤 다시 저장하세요.</p>
            ) : null}
          </Alert>
        ) : null}
        <p className="app-muted" aria-live="polite">
          {changed.length === 0
            ? "변경한 항목이 없습니다."
            : `변경 항목: ${changed.map((f) => REGISTER_FIELD_LABELS[f]).join(", ")}`}
        </p>
        <div className="app-button-row">
          <Link to={detailPath} className="krds-btn medium tertiary">
            취소
          </Link>
          <button
            type="submit"
            className="krds-btn medium primary"
            disabled={change.isPending || changed.length === 0}
          >
            {change.isPending ? "저장 중…" : "저장"}
          </button>
        </div>
      </form>
      {confirmClose ? (
        <ConfirmDialog
          title="폐지 처리 확인"
          confirmLabel="폐지로 저장"
          onConfirm={() => void save()}
          onCancel={() => setConfirmClose(false)}
        >
          <p>
            {record.name}을(를) 폐지 처리합니다. 폐지된 기관은 이후 정보를 변경할 수 없고 조회만 할 수
            있습니다. 계속하시겠습니까?
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
