import { AGENCY_KINDS, type AgencyKind } from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { isApiError } from "../../api/problem";
import type { Region } from "../../api/reference";
import { useRegions } from "../../api/reference";
import {
  type AgencyDetail,
  type AgencyInput,
  createAgency,
  updateAgency,
  useAgency,
  useAgencyMutation,
} from "../../api/support-agencies";
import { useUser } from "../../auth/useSession";
import { Alert } from "../../components/Alert";
import { SelectField, TextField } from "../../components/FormField";
import { Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { sidoChoices } from "../../lib/regions";
import { useDraft } from "../../lib/useDraft";
import { useFormErrors } from "../../lib/useFormErrors";

interface CoverageRow {
  key: number;
  sidoCode: string;
  sigunguCode: string;
}
interface Draft {
  name: string;
  kind: string;
  sidoCode: string;
  address: string;
  phone: string;
  email: string;
  homepage: string;
  contactName: string;
  isActive: boolean;
  coverage: CoverageRow[];
}

let rowKey = 0;
const NATIONWIDE = "";

function draftOf(detail: AgencyDetail | null, defaultSido: string): Draft {
  return {
    name: detail?.name ?? "",
    kind: detail?.kind ?? "",
    sidoCode: detail ? (detail.sidoCode ?? NATIONWIDE) : defaultSido,
    address: detail?.address ?? "",
    phone: detail?.phone ?? "",
    email: detail?.email ?? "",
    homepage: detail?.homepage ?? "",
    contactName: detail?.contactName ?? "",
    isActive: detail?.isActive ?? true,
    coverage: (detail?.coverage ?? []).map((c) => ({
      key: ++rowKey,
      sidoCode: c.sidoCode,
      sigunguCode: c.sigunguCode ?? "",
    })),
  };
}

/** 지원기관 등록 (/official/support-agencies/new) and 수정 (/official/support-agencies/:id/edit). */
export function SupportAgencyFormPage() {
  const { id } = useParams();
  const detail = useAgency(id ?? "");
  if (!id) return <AgencyForm detail={null} />;
  if (detail.isPending) return <Loading label="지원기관 정보를 불러오는 중입니다." />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  return <AgencyForm key={detail.data.version} detail={detail.data} />;
}

function AgencyForm({ detail }: { detail: AgencyDetail | null }) {
  const user = useUser();
  const navigate = useNavigate();
  const regions = useRegions();
  const regionItems: Region[] = regions.data ?? [];
  const isSido = user.scope.kind === "sido";
  const ownSido = isSido ? (user.scope.code ?? "").slice(0, 2) : "";
  const { errors, problem, passes, failed } = useFormErrors();
  const { draft, set, bind } = useDraft<Draft>(() => draftOf(detail, ownSido), errors);
  const [conflict, setConflict] = useState(false);

  const allSidos = regionItems
    .filter((r) => r.level === "sido")
    .map((r) => ({ value: r.sidoCode, label: r.sidoName }));
  const coverageSidos = sidoChoices(regionItems, user.scope);
  // A 시도 official edits only the coverage in its own 시도; the rest is kept by the server as it is.
  const editable = (row: CoverageRow) => !isSido || row.sidoCode === ownSido;
  const sidoLabel = (code: string) => allSidos.find((s) => s.value === code)?.label ?? code;
  const sigunguOptions = (sido: string) =>
    regionItems
      .filter((r) => r.level === "sigungu" && r.sidoCode === sido)
      .map((r) => ({ value: r.code5, label: r.sigunguName ?? r.code5 }));
  const sigunguLabel = (code: string) => regionItems.find((r) => r.code5 === code)?.sigunguName ?? code;

  const setRow = (key: number, patch: Partial<CoverageRow>) =>
    set({ coverage: draft.coverage.map((r) => (r.key === key ? { ...r, ...patch } : r)) });

  const save = useAgencyMutation(async (): Promise<AgencyDetail> => {
    const body: AgencyInput = {
      name: draft.name.trim(),
      kind: draft.kind as AgencyKind,
      address: draft.address.trim() || null,
      phone: draft.phone.trim() || null,
      email: draft.email.trim() || null,
      homepage: draft.homepage.trim() || null,
      contactName: draft.contactName.trim() || null,
      coverage: draft.coverage
        .filter(editable)
        .filter((r) => r.sidoCode)
        .map((r) => ({ sidoCode: r.sidoCode, sigunguCode: r.sigunguCode || null })),
    };
    if (!isSido || !detail) body.sidoCode = draft.sidoCode || null;
    if (detail)
      return updateAgency(detail.id, { ...body, isActive: draft.isActive, version: detail.version });
    return createAgency(body);
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (draft.name.trim().length < 2) local.name = "기관명을 2자 이상 입력하세요.";
    if (!draft.kind) local.kind = "지원기관 유형을 선택하세요.";
    setConflict(false);
    if (!passes(local)) return;
    save.mutate(undefined, {
      onSuccess: (saved) =>
        navigate(`/official/support-agencies/${encodeURIComponent(saved.id)}`, {
          state: { notice: detail ? "지원기관 정보를 수정했습니다." : "지원기관을 등록했습니다." },
        }),
      onError: (error) => {
        failed(error, "저장하지 못했습니다. 잠시 후 다시 시도하세요.");
        setConflict(isApiError(error) && error.status === 409 && error.code === "VERSION_CONFLICT");
      },
    });
  };

  const title = detail ? "지원기관 수정" : "지원기관 등록";
  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[
          { label: "홈", to: "/official" },
          { label: "지원기관 관리", to: "/official/support-agencies" },
          ...(detail ? [{ label: detail.name, to: `/official/support-agencies/${detail.id}` }] : []),
        ]}
      />
      <form className="app-section" onSubmit={submit} noValidate aria-labelledby="agency-form-title">
        <h2 id="agency-form-title" className="app-section-title">
          기본 정보
        </h2>
        {problem ? (
          <Alert tone="danger" live="alert">
            {problem}
            {conflict ? (
              <>
                {" "}
                <Link to={`/official/support-agencies/${detail?.id ?? ""}`}>최신 내용 보기</Link>
              </>
            ) : null}
          </Alert>
        ) : null}
        <TextField id="name" label="기관명(필수)" {...bind("name")} maxLength={100} />
        <SelectField
          id="kind"
          label="유형(필수)"
          options={AGENCY_KINDS.map((k) => ({ value: k, label: k }))}
          placeholder="선택하세요"
          {...bind("kind")}
        />
        {isSido ? (
          <TextField
            id="sidoCode"
            label="소재 시도"
            value={draft.sidoCode ? sidoLabel(draft.sidoCode) : "전국"}
            readOnly
            hint="시도에서는 관할 시도의 지원기관만 등록·수정합니다."
            error={errors.sidoCode}
          />
        ) : (
          <SelectField
            id="sidoCode"
            label="소재 시도"
            options={allSidos}
            placeholder="전국(중앙 단위)"
            {...bind("sidoCode")}
            disabled={regions.isPending}
          />
        )}
        <TextField id="address" label="주소" {...bind("address")} maxLength={200} />
        <TextField id="phone" label="전화번호" {...bind("phone")} placeholder="예: 02-123-4567" />
        <TextField id="email" label="전자우편" type="email" {...bind("email")} />
        <TextField id="homepage" label="홈페이지" {...bind("homepage")} placeholder="https://" />
        <TextField id="contactName" label="담당자" {...bind("contactName")} maxLength={50} />
        {detail ? (
          <div className="form-group">
            <div className="krds-form-check">
              <input
                id="isActive"
                type="checkbox"
                checked={draft.isActive}
                onChange={(e) => set({ isActive: e.target.checked })}
              />
              <label htmlFor="isActive">운영 중(해제하면 새 배정을 받을 수 없습니다)</label>
            </div>
          </div>
        ) : null}

        <fieldset className="app-section">
          <legend className="app-section-title">사업 지역</legend>
          {errors.coverage ? <p className="form-hint-invalid">{errors.coverage}</p> : null}
          {draft.coverage.length === 0 ? <p className="app-muted">지정된 사업 지역이 없습니다.</p> : null}
          {draft.coverage.map((row, index) =>
            editable(row) ? (
              <div key={row.key} className="app-filter__grid">
                <SelectField
                  id={`coverage-${row.key}-sido`}
                  label={`사업 지역 ${index + 1} 시도`}
                  options={coverageSidos}
                  placeholder="선택하세요"
                  value={row.sidoCode}
                  error={errors[`coverage.${index}.sidoCode`]}
                  onChange={(e) => setRow(row.key, { sidoCode: e.target.value, sigunguCode: "" })}
                />
                <SelectField
                  id={`coverage-${row.key}-sigungu`}
                  label={`사업 지역 ${index + 1} 시군구`}
                  options={sigunguOptions(row.sidoCode)}
                  placeholder="시도 전체"
                  value={row.sigunguCode}
                  disabled={!row.sidoCode}
                  error={errors[`coverage.${index}.sigunguCode`]}
                  onChange={(e) => setRow(row.key, { sigunguCode: e.target.value })}
                />
                <div className="app-button-row">
                  <button
                    type="button"
                    className="krds-btn small tertiary"
                    onClick={() => set({ coverage: draft.coverage.filter((r) => r.key !== row.key) })}
                  >
                    사업 지역 {index + 1} 삭제
                  </button>
                </div>
              </div>
            ) : (
              <p key={row.key} className="app-muted">
                {sidoLabel(row.sidoCode)} {row.sigunguCode ? sigunguLabel(row.sigunguCode) : "전체"} (다른
                시도 지정, 수정 불가)
              </p>
            ),
          )}
          <button
            type="button"
            className="krds-btn small secondary"
            onClick={() =>
              set({
                coverage: [
                  ...draft.coverage,
                  {
                    key: ++rowKey,
                    sidoCode: coverageSidos.length === 1 ? (coverageSidos[0]?.value ?? "") : "",
                    sigunguCode: "",
                  },
                ],
              })
            }
          >
            사업 지역 추가
          </button>
        </fieldset>

        <div className="app-button-row">
          <Link
            to={detail ? `/official/support-agencies/${detail.id}` : "/official/support-agencies"}
            className="krds-btn medium tertiary"
          >
            취소
          </Link>
          <button type="submit" className="krds-btn medium primary" disabled={save.isPending}>
            {save.isPending ? "저장 중…" : detail ? "수정" : "등록"}
          </button>
        </div>
      </form>
    </>
  );
}
