import { type FormEvent, useCallback, useState } from "react";
import { useNavigate } from "react-router-dom";
import { errorMessage, isApiError } from "../../api/problem";
import { useCreateInstitution } from "../../api/register";
import { Alert } from "../../components/Alert";
import { TextField } from "../../components/FormField";
import { PageHeader } from "../../components/PageHeader";
import {
  CREATE_FIELDS,
  type Draft,
  EMPTY_DRAFT,
  RegisterFieldsForm,
  toCreateInput,
} from "../../components/RegisterForm";

/** 기관 등록 (UWSI): a new institution in the official's jurisdiction. */
export function InstitutionRegisterPage() {
  const navigate = useNavigate();
  const create = useCreateInstitution();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const set = useCallback((patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch })), []);
  const errors = isApiError(create.error) ? create.error.fieldErrors : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    try {
      const created = await create.mutateAsync(toCreateInput(draft));
      navigate(`/official/institutions/${encodeURIComponent(created.id)}`);
    } catch {
      // shown beside the fields and above the buttons
    }
  };

  return (
    <>
      <PageHeader
        title="기관 등록"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "현황정보관리" }]}
        description={
          <p>관할 시군구에 새 사회복지시설·사회서비스 제공기관을 등록합니다. 시도는 시군구로 정해집니다.</p>
        }
      />
      <form className="app-form" onSubmit={submit} noValidate>
        <RegisterFieldsForm
          draft={draft}
          set={set}
          errors={errors}
          show={(f) => CREATE_FIELDS.includes(f)}
          chooseRegion
        />
        <TextField
          id="f-reason-create"
          label="등록 근거(선택)"
          value={draft.reason}
          maxLength={500}
          placeholder="예: 설치신고 수리(2026-11-20)"
          onChange={(e) => set({ reason: e.target.value })}
        />
        {create.isError ? (
          <Alert tone="danger" live="alert">
            <p>{errorMessage(create.error)}</p>
          </Alert>
        ) : null}
        <div className="app-button-row">
          <button type="button" className="krds-btn medium tertiary" onClick={() => navigate(-1)}>
            취소
          </button>
          <button type="submit" className="krds-btn medium primary" disabled={create.isPending}>
            {create.isPending ? "등록 중…" : "등록"}
          </button>
        </div>
      </form>
    </>
  );
}
