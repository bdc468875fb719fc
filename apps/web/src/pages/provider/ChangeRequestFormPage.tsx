import { isMinorField, MINOR_FIELDS, REGISTER_FIELD_LABELS, type RegisterField } from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { Link } from "react-router-dom";
import { errorMessage } from "../../api/problem";
import {
  type ProviderChangeResult,
  type RegisterRecord,
  useChangeOwn,
  useOwnRegister,
} from "../../api/register";
import { Alert } from "../../components/Alert";
import { ErrorSummary } from "../../components/ErrorSummary";
import { Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import {
  FORM_FIELD_LABELS,
  ReasonField,
  RegisterFieldsForm,
  toInput,
  useRegisterChange,
} from "../../components/RegisterForm";
import { formatDate } from "../../lib/format";

/** What an institution may ask to change: everything but 시군구, 개소일 and 고유번호 (kept by the 시군구). */
const PROVIDER_FIELDS: readonly RegisterField[] = [
  "name",
  "typeCode",
  "roadAddress",
  "addressDetail",
  "postalCode",
  "capacity",
  "status",
  "operatorKind",
  "operatorName",
  "corporationNo",
  "headName",
  "headAppointedOn",
  ...MINOR_FIELDS,
];

const CRUMBS = [{ label: "홈", to: "/provider" }, { label: "현황정보관리" }];

/** 기관 정보 변경 (CWSU): contacts at once, legally significant fields as a 변경신청 to the 시군구. */
export function ChangeRequestFormPage() {
  const query = useOwnRegister();
  const [result, setResult] = useState<ProviderChangeResult | null>(null);
  return (
    <>
      <PageHeader
        title="기관 정보 변경"
        breadcrumbs={CRUMBS}
        description={
          <p>
            전화번호·팩스·전자우편·홈페이지는 저장하면 바로 반영됩니다. 기관명·주소·유형·정원·시설장·운영
            주체·운영 상태는 <strong>변경신청</strong>으로 접수되어 관할 시군구가 승인하면 반영됩니다.
          </p>
        }
      />
      {result ? <ResultNotice result={result} /> : null}
      {query.isPending ? <Loading label="기관 정보를 불러오는 중입니다." /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <ChangeForm
          key={`${query.data.version}-${query.data.pendingChangeRequests}`}
          record={query.data}
          onDone={setResult}
        />
      ) : null}
    </>
  );
}

function ResultNotice({ result }: { result: ProviderChangeResult }) {
  return (
    <Alert tone="success" title="저장했습니다">
      {result.appliedFields.length > 0 ? (
        <p>
          {result.appliedFields.map((f) => REGISTER_FIELD_LABELS[f as RegisterField] ?? f).join(", ")}을(를)
          바로 반영했습니다.
        </p>
      ) : null}
      {result.changeRequest ? (
        <p data-testid="change-request-submitted">
          {result.changeRequest.changedFieldLabels.join(", ")} 변경신청을 접수했습니다(처리기한{" "}
          {formatDate(result.changeRequest.dueOn)}). 처리 결과는{" "}
          <Link to="/provider/change-requests">변경신청 내역</Link>에서 확인하세요.
        </p>
      ) : null}
    </Alert>
  );
}

function ChangeForm({
  record,
  onDone,
}: {
  record: RegisterRecord;
  onDone: (r: ProviderChangeResult) => void;
}) {
  const change = useChangeOwn();
  const { draft, set, errors, changed, check } = useRegisterChange({
    record,
    portal: "provider",
    answer: change,
    only: (f) => PROVIDER_FIELDS.includes(f),
  });
  const requested = changed.filter((f) => !isMinorField(f));

  if (record.status === "closed")
    return (
      <Alert tone="warning">
        <p>폐지된 기관의 정보는 변경할 수 없습니다(조회만 가능합니다).</p>
      </Alert>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending || changed.length === 0) return;
    if (!check()) return;
    try {
      const result = await change.mutateAsync({
        ...toInput(draft, [...changed, "reason"]),
        version: record.version,
      });
      onDone(result);
    } catch {
      // beside the fields, and above the buttons
    }
  };

  return (
    <form className="app-form" onSubmit={submit} noValidate>
      {record.pendingChangeRequests > 0 ? (
        <Alert tone="info">
          <p>
            처리 중인 변경신청이 {record.pendingChangeRequests}건 있습니다.{" "}
            <Link to="/provider/change-requests">변경신청 내역</Link>에서 확인하세요.
          </p>
        </Alert>
      ) : null}
      <ErrorSummary errors={errors} labels={FORM_FIELD_LABELS} />
      <RegisterFieldsForm
        draft={draft}
        set={set}
        errors={errors}
        show={(f) => (PROVIDER_FIELDS as readonly string[]).includes(f)}
        mark={(f) => (isMinorField(f) ? "저장 즉시 반영" : "변경신청(시군구 승인 후 반영)")}
      />
      {requested.length > 0 ? (
        <ReasonField
          label="변경신청 사유(필수)"
          hint={`변경신청 항목: ${requested.map((f) => REGISTER_FIELD_LABELS[f]).join(", ")}`}
          value={draft.reason}
          error={errors.reason}
          onChange={(v) => set({ reason: v })}
        />
      ) : null}
      {change.isError ? (
        <Alert tone="danger" live="alert">
          <p>{errorMessage(change.error)}</p>
        </Alert>
      ) : null}
      <p className="app-muted" aria-live="polite">
        {changed.length === 0
          ? "변경한 항목이 없습니다."
          : `즉시 반영: ${
              changed
                .filter(isMinorField)
                .map((f) => REGISTER_FIELD_LABELS[f])
                .join(", ") || "없음"
            } · 변경신청: ${requested.map((f) => REGISTER_FIELD_LABELS[f]).join(", ") || "없음"}`}
      </p>
      <div className="app-button-row">
        <button
          type="submit"
          className="krds-btn medium primary"
          disabled={change.isPending || changed.length === 0}
        >
          {change.isPending ? "저장 중…" : requested.length > 0 ? "변경신청" : "저장"}
        </button>
      </div>
    </form>
  );
}
