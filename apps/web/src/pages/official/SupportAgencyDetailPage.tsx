import { ASSIGNMENT_PURPOSES, earliestEndDate, koreaToday } from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { Link, useLocation, useParams } from "react-router-dom";
import type { InstitutionSummary } from "../../api/institutions";
import { listOfficialInstitutions } from "../../api/institutions";
import { isApiError } from "../../api/problem";
import {
  type AgencyDetail,
  type Assignment,
  createAssignment,
  endAssignment,
  useAgency,
  useAgencyMutation,
} from "../../api/support-agencies";
import { useUser } from "../../auth/useSession";
import { Alert, Notice } from "../../components/Alert";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FieldShell, TextField } from "../../components/FormField";
import { ProblemAlert } from "../../components/FormSection";
import { KeyValueTable } from "../../components/KeyValueTable";
import { EmptyState, Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { ActiveBadge, AssignmentTable, period } from "../../components/SupportAgencyParts";
import { formatDateTime, formatNumber, orEmpty } from "../../lib/format";
import { useDraft } from "../../lib/useDraft";
import { useFormErrors } from "../../lib/useFormErrors";
import { canOpen } from "../../navigation/access";

/** 지원기관 상세: 기본 정보, 사업 지역, 담당자 계정, 배정 현황·이력, 배정 등록·종료. */
export function SupportAgencyDetailPage() {
  const { id = "" } = useParams();
  const location = useLocation();
  const user = useUser();
  const query = useAgency(id);
  const [notice, setNotice] = useState<string | null>(
    (location.state as { notice?: string } | null)?.notice ?? null,
  );
  const [assigning, setAssigning] = useState(false);
  const [ending, setEnding] = useState<Assignment | null>(null);

  if (query.isPending) return <Loading label="지원기관 정보를 불러오는 중입니다." />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const a = query.data;
  const canEdit = a.canEdit && canOpen(user, "officialSupportAgencyEdit");
  const current = a.assignments.filter((x) => x.status !== "ended");
  const past = a.assignments.filter((x) => x.status === "ended");

  return (
    <>
      <PageHeader
        title={a.name}
        breadcrumbs={[
          { label: "홈", to: "/official" },
          { label: "지원기관 관리", to: "/official/support-agencies" },
        ]}
        actions={
          canEdit ? (
            <>
              <Link
                to={`/official/support-agencies/${encodeURIComponent(a.id)}/edit`}
                className="krds-btn medium secondary"
              >
                정보 수정
              </Link>
              <button
                type="button"
                className="krds-btn medium primary"
                disabled={!a.isActive}
                onClick={() => {
                  setNotice(null);
                  setAssigning(true);
                }}
              >
                배정 등록
              </button>
            </>
          ) : null
        }
      />
      <Notice message={notice} />
      {!a.isActive ? (
        <Alert tone="warning">운영을 중단한 지원기관입니다. 새로 배정할 수 없습니다.</Alert>
      ) : null}

      <Section id="agency-general" title="기본 정보">
        <KeyValueTable
          caption={`${a.name} 기본 정보`}
          rows={[
            ["기관명", a.name],
            ["유형", a.kind],
            ["운영 여부", <ActiveBadge key="active" isActive={a.isActive} />],
            ["소재 시도", orEmpty(a.sidoName)],
            ["주소", orEmpty(a.address)],
            ["전화번호", orEmpty(a.phone)],
            ["전자우편", orEmpty(a.email)],
            ["홈페이지", orEmpty(a.homepage)],
            ["담당자", orEmpty(a.contactName)],
            ["최종 수정", formatDateTime(a.updatedAt)],
          ]}
        />
      </Section>

      <Section id="agency-coverage" title="사업 지역">
        {a.coverage.length === 0 ? (
          <EmptyState>지정된 사업 지역이 없습니다</EmptyState>
        ) : (
          <ul className="app-list">
            {a.coverage.map((c) => (
              <li key={`${c.sidoCode}-${c.sigunguCode ?? ""}`}>
                {c.sigunguCode ? c.label : `${c.label} 전체`}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="agency-staff" title={<>담당자 계정 ({formatNumber(a.staff.length)}명)</>}>
        {a.staff.length === 0 ? (
          <EmptyState>등록된 담당자 계정이 없습니다</EmptyState>
        ) : (
          <DataTable
            label="담당자 계정 표"
            caption={<>{a.name} 담당자 계정: 성명, 아이디, 상태</>}
            columns={["성명", "아이디", "상태"]}
          >
            {a.staff.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td>{s.username}</td>
                <td>{s.isActive ? "사용" : "사용 중지"}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <p className="app-muted">담당자 계정은 시스템 관리자가 사용자 관리에서 발급합니다.</p>
      </Section>

      <Section id="agency-current" title={<>지원 중·예정 배정 ({formatNumber(current.length)}건)</>}>
        <p className="app-muted">관할 구역 안의 기관에 대한 배정만 표시합니다.</p>
        {current.length === 0 ? (
          <EmptyState>지원 중이거나 예정된 배정이 없습니다</EmptyState>
        ) : (
          <AssignmentTable
            items={current}
            caption="지원 중·예정 배정"
            institutionLink={(x) => `/official/institutions/${encodeURIComponent(x.institutionId)}`}
            actions={
              canEdit
                ? (x) => (
                    <button
                      type="button"
                      className="krds-btn small secondary"
                      onClick={() => {
                        setNotice(null);
                        setEnding(x as Assignment);
                      }}
                    >
                      배정 종료
                    </button>
                  )
                : undefined
            }
          />
        )}
      </Section>

      <Section id="agency-past" title={<>종료된 배정 ({formatNumber(past.length)}건)</>}>
        {past.length === 0 ? (
          <EmptyState>종료된 배정이 없습니다</EmptyState>
        ) : (
          <AssignmentTable
            items={past}
            caption="종료된 배정"
            institutionLink={(x) => `/official/institutions/${encodeURIComponent(x.institutionId)}`}
          />
        )}
      </Section>

      {assigning ? (
        <AssignDialog
          agency={a}
          onClose={(message) => {
            setAssigning(false);
            if (message) setNotice(message);
          }}
        />
      ) : null}
      {ending ? (
        <EndDialog
          agency={a}
          assignment={ending}
          onClose={(message) => {
            setEnding(null);
            if (message) setNotice(message);
          }}
        />
      ) : null}
    </>
  );
}

/** 배정 등록: pick an institution of the official's jurisdiction by name, a purpose and the period. */
function AssignDialog({
  agency,
  onClose,
}: {
  agency: AgencyDetail;
  onClose: (message: string | null) => void;
}) {
  const [term, setTerm] = useState("");
  const [results, setResults] = useState<InstitutionSummary[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [picked, setPicked] = useState<InstitutionSummary | null>(null);
  const { errors, problem, setErrors, setProblem, passes, failed } = useFormErrors();
  const { draft, bind } = useDraft(
    { purpose: ASSIGNMENT_PURPOSES[0], startsOn: koreaToday(), endsOn: "" },
    errors,
  );
  const save = useAgencyMutation(() =>
    createAssignment(agency.id, {
      institutionId: picked?.id ?? "",
      purpose: draft.purpose.trim(),
      startsOn: draft.startsOn,
      endsOn: draft.endsOn || null,
    }),
  );

  const search = async (event?: FormEvent) => {
    event?.preventDefault();
    if (term.trim().length < 1) {
      setErrors({ search: "기관명을 입력하세요." });
      return;
    }
    setErrors({});
    setSearching(true);
    try {
      const page = await listOfficialInstitutions({ q: term.trim(), sort: "name", limit: 20 });
      setResults(page.items.filter((i) => i.status !== "closed"));
    } catch (e) {
      setProblem(isApiError(e) ? e.detail : "기관을 검색하지 못했습니다.");
    } finally {
      setSearching(false);
    }
  };

  const confirm = () => {
    const local: Record<string, string> = {};
    if (!picked) local.institutionId = "배정할 기관을 선택하세요.";
    if (draft.purpose.trim().length < 2) local.purpose = "배정 목적을 2자 이상 입력하세요.";
    if (!draft.startsOn) local.startsOn = "시작일을 입력하세요.";
    if (draft.endsOn && draft.startsOn && draft.endsOn < draft.startsOn)
      local.endsOn = "종료일은 시작일과 같거나 그 이후여야 합니다.";
    if (!passes(local)) return;
    save.mutate(undefined, {
      onSuccess: (created) => onClose(`${created.institutionName}을(를) ${period(created)} 배정했습니다.`),
      onError: (error) => failed(error, "배정을 등록하지 못했습니다."),
    });
  };

  return (
    <ConfirmDialog
      title="배정 등록"
      confirmLabel="배정 등록"
      onConfirm={confirm}
      pending={save.isPending}
      onCancel={() => onClose(null)}
      cancelTone="tertiary"
    >
      <p>
        <strong>{agency.name}</strong>에 지원 대상 기관을 배정합니다. 관할 구역의 기관만 검색됩니다.
      </p>
      <ProblemAlert problem={problem} />
      <TextField
        id="assign-search"
        label="기관 검색"
        type="search"
        value={term}
        placeholder="기관명 또는 초성"
        error={errors.search}
        onChange={(e) => setTerm(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") void search(e);
        }}
      />
      <div className="app-button-row">
        <button
          type="button"
          className="krds-btn small secondary"
          onClick={() => void search()}
          disabled={searching}
        >
          {searching ? "검색 중…" : "검색"}
        </button>
      </div>
      <FieldShell id="assign-institution" label="배정 기관(필수)" error={errors.institutionId}>
        {results === null ? (
          <p className="app-muted" id="assign-institution">
            기관명을 검색한 뒤 선택하세요.
          </p>
        ) : results.length === 0 ? (
          <p className="app-muted" id="assign-institution">
            검색된 기관이 없습니다.
          </p>
        ) : (
          <select
            id="assign-institution"
            className="krds-form-select"
            size={Math.min(6, results.length + 1)}
            value={picked?.id ?? ""}
            onChange={(e) => setPicked(results.find((r) => r.id === e.target.value) ?? null)}
          >
            {results.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name} ({r.sigunguName}, {r.typeName}
                {r.latestGrade ? `, ${r.latestGrade}등급` : ""})
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <TextField
        id="assign-purpose"
        label="배정 목적(필수)"
        list="assign-purpose-options"
        {...bind("purpose")}
        maxLength={100}
      />
      <datalist id="assign-purpose-options">
        {ASSIGNMENT_PURPOSES.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <TextField id="assign-startsOn" label="시작일(필수)" type="date" {...bind("startsOn")} />
      <TextField
        id="assign-endsOn"
        label="종료일"
        type="date"
        {...bind("endsOn")}
        hint="비워 두면 종료일 없이 배정합니다."
      />
    </ConfirmDialog>
  );
}

/** 배정 종료: a date and a reason, confirmed; the assignment is kept in the history. */
function EndDialog({
  agency,
  assignment,
  onClose,
}: {
  agency: AgencyDetail;
  assignment: Assignment;
  onClose: (message: string | null) => void;
}) {
  const earliest = earliestEndDate(assignment.startsOn, koreaToday());
  const { errors, problem, passes, failed } = useFormErrors();
  const { draft, bind } = useDraft({ endsOn: earliest, reason: "" }, errors);
  const end = useAgencyMutation(() =>
    endAssignment(agency.id, assignment.id, {
      endsOn: draft.endsOn,
      reason: draft.reason.trim(),
      version: assignment.version,
    }),
  );
  const confirm = () => {
    const local: Record<string, string> = {};
    if (!draft.endsOn) local.endsOn = "종료일을 입력하세요.";
    else if (draft.endsOn < earliest) local.endsOn = `종료일은 ${earliest} 이후여야 합니다.`;
    if (draft.reason.trim().length < 2) local.reason = "종료 사유를 2자 이상 입력하세요.";
    if (!passes(local)) return;
    end.mutate(undefined, {
      onSuccess: () => onClose(`${assignment.institutionName} 배정을 ${draft.endsOn} 자로 종료했습니다.`),
      onError: (error) => failed(error, "배정을 종료하지 못했습니다."),
    });
  };
  return (
    <ConfirmDialog
      title="배정 종료"
      confirmLabel="배정 종료"
      onConfirm={confirm}
      pending={end.isPending}
      onCancel={() => onClose(null)}
      cancelTone="tertiary"
    >
      <p>
        <strong>{assignment.institutionName}</strong>({assignment.purpose}, {period(assignment)}) 배정을
        종료합니다. 종료일 다음 날부터 {agency.name} 담당자는 이 기관의 정보를 볼 수 없으며, 종료는 되돌릴 수
        없습니다.
      </p>
      <p className="app-muted">
        {earliest} 로 종료하면 즉시 종료됩니다. 지난 기간은 소급하여 종료할 수 없습니다.
      </p>
      <ProblemAlert problem={problem} />
      <TextField
        id="end-endsOn"
        label="종료일(이 날까지 지원)"
        type="date"
        min={earliest}
        {...bind("endsOn")}
      />
      <TextField id="end-reason" label="종료 사유(필수)" {...bind("reason")} maxLength={200} />
    </ConfirmDialog>
  );
}
