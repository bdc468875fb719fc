import { useState } from "react";
import { Link } from "react-router-dom";
import { errorMessage, isApiError } from "../../api/problem";
import { useRegions } from "../../api/reference";
import {
  type ChangeRequest,
  type ChangeRequestQuery,
  useChangeRequestInbox,
  useDecideChangeRequest,
} from "../../api/register";
import { useUser } from "../../auth/useSession";
import { ChangeList, REQUEST_STATUS_OPTIONS, RequestStatusBadge } from "../../components/ChangeRequestParts";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { describedBy, FieldShell, LimitedTextarea } from "../../components/FormField";
import { DataTable } from "../../components/list/DataTable";
import type { Outcome } from "../../components/list/ListExcel";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { formatDate, formatDateTime } from "../../lib/format";
import { useListParams } from "../../lib/listParams";
import { sidoChoices, sigunguChoices } from "../../lib/regions";

const LIMIT = 20;
const SORTS: { value: NonNullable<ChangeRequestQuery["sort"]>; label: string }[] = [
  { value: "due_on", label: "처리기한 빠른순" },
  { value: "-due_on", label: "처리기한 늦은순" },
  { value: "-requested_at", label: "신청일 최근순" },
];

type Decision = { request: ChangeRequest; action: "approve" | "return" };

/** 변경신청 처리 (UWSI): the institutions' change requests in the official's jurisdiction. */
export function ChangeRequestInboxPage() {
  const user = useUser();
  const regions = useRegions();
  const canDecide = user.role === "sigungu_official" || user.role === "sido_official";
  const list = useListParams({ filters: ["status", "q", "sigungu", "overdue"], sorts: SORTS });
  const { filters } = list;
  const requests = useChangeRequestInbox({
    status: REQUEST_STATUS_OPTIONS.find((o) => o.value === filters.status)?.value,
    overdue: filters.overdue === "true" ? "true" : undefined,
    q: filters.q.trim() || undefined,
    sigungu: filters.sigungu || undefined,
    sort: list.sort,
    offset: (list.page - 1) * LIMIT,
    limit: LIMIT,
  });
  const decide = useDecideChangeRequest();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [result, setResult] = useState<Outcome | null>(null);
  const sido = sidoChoices(regions.data ?? [], user.scope);
  const sigunguOptions =
    sido.length === 1 ? sigunguChoices(regions.data ?? [], user.scope, sido[0]?.value ?? "") : [];

  return (
    <>
      <PageHeader
        title="변경신청 처리"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "현황정보관리" }]}
        description={
          <p>
            기관이 신청한 법정 사항(기관명·주소·유형·정원·시설장·운영 주체·상태) 변경을 승인하거나 사유를 붙여
            반려합니다. 승인하면 등록사항에 바로 반영되고 변경이력에 남습니다.
          </p>
        }
      />
      <ListFilter list={list} label="변경신청 검색" idPrefix="cr">
        {(f) => (
          <>
            {f.select("status", "상태", REQUEST_STATUS_OPTIONS)}
            {f.text("q", "기관명")}
            {sigunguOptions.length > 1 ? f.select("sigungu", "시군구", sigunguOptions) : null}
            {f.check("overdue", "처리기한 경과만")}
          </>
        )}
      </ListFilter>
      <ListSection
        id="inbox-results"
        title="변경신청 목록"
        query={requests}
        outcome={result}
        count={{ total: requests.data?.total, testId: "change-request-total" }}
        subject="변경신청"
        empty="조회된 변경신청이 없습니다"
        list={list}
        sortId="inbox-sort"
        limit={LIMIT}
      >
        {(items) => (
          <DataTable
            label="변경신청 목록 표"
            testId="change-request-table"
            caption="변경신청 목록: 기관명, 시군구, 신청 내용, 신청 사유, 신청인·신청일, 처리기한, 상태, 처리"
            columns={[
              "기관명",
              "시군구",
              "신청 내용",
              "신청 사유",
              { header: "신청인·신청일", sort: "requested_at" },
              { header: "처리기한", sort: "due_on" },
              "상태",
              "처리",
            ]}
            sorting={list}
          >
            {items.map((r) => (
              <tr
                key={r.id}
                data-overdue={r.isOverdue || undefined}
                style={
                  r.isOverdue
                    ? { background: "var(--krds-light-color-surface-danger-subtler, #fdefec)" }
                    : undefined
                }
              >
                <th scope="row">
                  <Link to={`/official/institutions/${encodeURIComponent(r.institutionId)}`}>
                    {r.institutionName}
                  </Link>
                </th>
                <td>{r.sigunguName}</td>
                <td>
                  <ChangeList changes={r.changes} before={r.before} />
                </td>
                <td className="app-break">{r.reason}</td>
                <td className="app-nowrap">
                  {r.requestedByName}
                  <br />
                  {formatDateTime(r.requestedAt)}
                </td>
                <td className="app-nowrap">
                  {formatDate(r.dueOn)}
                  {r.isOverdue ? (
                    <>
                      {" "}
                      <span className="krds-badge bg-danger">기한 경과</span>
                    </>
                  ) : null}
                </td>
                <td>
                  <RequestStatusBadge request={r} />
                  {r.decisionReason ? <p className="app-muted">{r.decisionReason}</p> : null}
                </td>
                <td className="app-nowrap">
                  {canDecide && r.status === "submitted" ? (
                    <div className="app-button-row">
                      <button
                        type="button"
                        className="krds-btn xsmall primary"
                        aria-label={`${r.institutionName} 변경신청 승인`}
                        onClick={() => {
                          setResult(null);
                          setDecision({ request: r, action: "approve" });
                        }}
                      >
                        승인
                      </button>
                      <button
                        type="button"
                        className="krds-btn xsmall secondary"
                        aria-label={`${r.institutionName} 변경신청 반려`}
                        onClick={() => {
                          setResult(null);
                          setDecision({ request: r, action: "return" });
                        }}
                      >
                        반려
                      </button>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
      {decision ? (
        <DecisionDialog
          decision={decision}
          pending={decide.isPending}
          error={decide.error}
          onCancel={() => {
            decide.reset();
            setDecision(null);
          }}
          onConfirm={async (reason) => {
            try {
              await decide.mutateAsync({
                id: decision.request.id,
                action: decision.action,
                reason,
                version: decision.request.version,
              });
              setResult({
                tone: "success",
                text: `${decision.request.institutionName}의 변경신청을 ${decision.action === "approve" ? "승인하여 등록사항에 반영했습니다" : "반려했습니다"}.`,
              });
              setDecision(null);
            } catch (error) {
              if (!(isApiError(error) && error.fieldErrors.reason)) {
                setResult({ tone: "danger", text: errorMessage(error) });
                setDecision(null);
              }
            }
          }}
        />
      ) : null}
    </>
  );
}

function DecisionDialog({
  decision,
  pending,
  error,
  onCancel,
  onConfirm,
}: {
  decision: Decision;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const isReturn = decision.action === "return";
  const fieldError =
    (missing ? "반려 사유를 입력하세요." : null) ??
    (isApiError(error) ? error.fieldErrors.reason : undefined);
  const confirm = () => {
    if (isReturn && !reason.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim());
  };
  return (
    <ConfirmDialog
      title={isReturn ? "변경신청 반려" : "변경신청 승인"}
      confirmLabel={pending ? "처리 중…" : isReturn ? "반려" : "승인"}
      pending={pending}
      onConfirm={confirm}
      onCancel={onCancel}
      initialFocus={isReturn ? "first" : undefined}
    >
      <p>
        <strong>{decision.request.institutionName}</strong>의 변경신청을{" "}
        {isReturn ? "반려합니다." : "승인합니다."}
      </p>
      <ChangeList changes={decision.request.changes} before={decision.request.before} />
      {isReturn ? (
        <FieldShell id="return-reason" label="반려 사유(필수)" error={fieldError}>
          <LimitedTextarea
            id="return-reason"
            className="krds-input"
            rows={3}
            maxLength={500}
            required
            value={reason}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy("return-reason", null, fieldError)}
            onChange={(e) => {
              setMissing(false);
              setReason(e.target.value);
            }}
          />
        </FieldShell>
      ) : (
        <p>승인하면 등록사항에 바로 반영되고, 신청과 승인이 변경이력에 함께 남습니다.</p>
      )}
    </ConfirmDialog>
  );
}
