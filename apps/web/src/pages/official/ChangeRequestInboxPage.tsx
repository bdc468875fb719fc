import { type FormEvent, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { errorMessage, isApiError } from "../../api/problem";
import { useRegions } from "../../api/reference";
import {
  type ChangeRequest,
  type ChangeRequestQuery,
  useChangeRequestInbox,
  useDecideChangeRequest,
} from "../../api/register";
import { useUser } from "../../auth/useSession";
import { Alert, LiveRegion } from "../../components/Alert";
import { ChangeList, REQUEST_STATUS_OPTIONS, RequestStatusBadge } from "../../components/ChangeRequestParts";
import { describedBy, FieldShell, LimitedTextarea, SelectField, TextField } from "../../components/FormField";
import { EmptyState, Loading } from "../../components/Loading";
import { Modal } from "../../components/Modal";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";
import { sidoChoices, sigunguChoices } from "../../lib/regions";

const LIMIT = 20;

type Decision = { request: ChangeRequest; action: "approve" | "return" };

/** 변경신청 처리 (UWSI): the institutions' change requests in the official's jurisdiction. */
export function ChangeRequestInboxPage() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const canDecide = user.role === "sigungu_official" || user.role === "sido_official";
  const status = REQUEST_STATUS_OPTIONS.find((o) => o.value === params.get("status"))?.value;
  const sortParam = params.get("sort");
  const sort: ChangeRequestQuery["sort"] =
    sortParam === "-due_on" || sortParam === "-requested_at" ? sortParam : "due_on";
  const offset = Math.max(0, Number(params.get("offset") ?? 0) || 0);
  const query: ChangeRequestQuery = {
    status,
    overdue: params.get("overdue") === "true" ? "true" : undefined,
    q: params.get("q") ?? undefined,
    sigungu: params.get("sigungu") ?? undefined,
    sort,
    offset,
    limit: LIMIT,
  };
  const list = useChangeRequestInbox(query);
  const decide = useDecideChangeRequest();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [result, setResult] = useState<{ tone: "success" | "danger"; message: string } | null>(null);

  const apply = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!("offset" in patch)) next.delete("offset");
    setParams(next);
  };
  const total = list.data?.total ?? 0;
  const items = list.data?.items ?? [];

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
      <InboxFilter key={params.toString()} params={params} onSearch={apply} />
      {result ? (
        <Alert tone={result.tone} live={result.tone === "danger" ? "alert" : "status"}>
          <p>{result.message}</p>
        </Alert>
      ) : null}
      <section className="app-section" aria-labelledby="inbox-results">
        <div className="app-list-header">
          <h2 id="inbox-results" className="app-section-title">
            변경신청 목록
          </h2>
          <p className="app-count" data-testid="change-request-total">
            총 <strong>{formatNumber(total)}</strong>건
          </p>
          <div className="app-sort">
            <label htmlFor="inbox-sort">정렬</label>
            <select
              id="inbox-sort"
              className="krds-form-select small"
              value={sort}
              onChange={(e) => apply({ sort: e.target.value === "due_on" ? "" : e.target.value })}
            >
              <option value="due_on">처리기한 빠른순</option>
              <option value="-due_on">처리기한 늦은순</option>
              <option value="-requested_at">신청일 최근순</option>
            </select>
          </div>
        </div>
        <LiveRegion message={list.isSuccess ? `변경신청 총 ${formatNumber(total)}건` : null} />
        {list.isPending ? <Loading label="변경신청을 불러오는 중입니다." /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && items.length === 0 ? <EmptyState>조회된 변경신청이 없습니다</EmptyState> : null}
        {items.length > 0 ? (
          <div className="krds-table-wrap">
            <table className="tbl col data app-table" data-testid="change-request-table">
              <caption className="sr-only">
                변경신청 목록: 기관명, 시군구, 신청 내용, 신청 사유, 신청인·신청일, 처리기한, 상태, 처리
              </caption>
              <thead>
                <tr>
                  <th scope="col">기관명</th>
                  <th scope="col">시군구</th>
                  <th scope="col">신청 내용</th>
                  <th scope="col">신청 사유</th>
                  <th scope="col">신청인·신청일</th>
                  <th scope="col">처리기한</th>
                  <th scope="col">상태</th>
                  <th scope="col">처리</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        ) : null}
        {total > LIMIT ? (
          <div className="app-more">
            <button
              type="button"
              className="krds-btn small secondary"
              disabled={offset === 0}
              onClick={() => apply({ offset: String(Math.max(0, offset - LIMIT)) })}
            >
              이전
            </button>
            <p className="app-muted">
              {formatNumber(offset + 1)}–{formatNumber(Math.min(total, offset + LIMIT))} /{" "}
              {formatNumber(total)}건
            </p>
            <button
              type="button"
              className="krds-btn small secondary"
              disabled={offset + LIMIT >= total}
              onClick={() => apply({ offset: String(offset + LIMIT) })}
            >
              다음
            </button>
          </div>
        ) : null}
      </section>
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
                message: `${decision.request.institutionName}의 변경신청을 ${decision.action === "approve" ? "승인하여 등록사항에 반영했습니다" : "반려했습니다"}.`,
              });
              setDecision(null);
            } catch (error) {
              if (!(isApiError(error) && error.fieldErrors.reason)) {
                setResult({ tone: "danger", message: errorMessage(error) });
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
  const cancelRef = useRef<HTMLButtonElement>(null);
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
    <Modal
      title={isReturn ? "변경신청 반려" : "변경신청 승인"}
      onEscape={onCancel}
      initialFocus={isReturn ? undefined : cancelRef}
      actions={
        <>
          <button ref={cancelRef} type="button" className="krds-btn medium secondary" onClick={onCancel}>
            취소
          </button>
          <button type="button" className="krds-btn medium primary" disabled={pending} onClick={confirm}>
            {pending ? "처리 중…" : isReturn ? "반려" : "승인"}
          </button>
        </>
      }
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
    </Modal>
  );
}

function InboxFilter({
  params,
  onSearch,
}: {
  params: URLSearchParams;
  onSearch: (p: Record<string, string>) => void;
}) {
  const user = useUser();
  const regions = useRegions();
  const [draft, setDraft] = useState({
    status: params.get("status") ?? "",
    overdue: params.get("overdue") === "true",
    q: params.get("q") ?? "",
    sigungu: params.get("sigungu") ?? "",
  });
  const sido = sidoChoices(regions.data ?? [], user.scope);
  const sigunguOptions =
    sido.length === 1 ? sigunguChoices(regions.data ?? [], user.scope, sido[0]?.value ?? "") : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch({
      status: draft.status,
      overdue: draft.overdue ? "true" : "",
      q: draft.q.trim(),
      sigungu: draft.sigungu,
    });
  };
  return (
    <search className="app-filter" aria-label="변경신청 검색">
      <form onSubmit={submit}>
        <div className="app-filter__grid">
          <SelectField
            id="cr-status"
            label="상태"
            options={REQUEST_STATUS_OPTIONS}
            placeholder="전체"
            value={draft.status}
            onChange={(e) => setDraft((d) => ({ ...d, status: e.target.value }))}
          />
          <TextField
            id="cr-q"
            label="기관명"
            type="search"
            value={draft.q}
            onChange={(e) => setDraft((d) => ({ ...d, q: e.target.value }))}
          />
          {sigunguOptions.length > 1 ? (
            <SelectField
              id="cr-sigungu"
              label="시군구"
              options={sigunguOptions}
              placeholder="전체"
              value={draft.sigungu}
              onChange={(e) => setDraft((d) => ({ ...d, sigungu: e.target.value }))}
            />
          ) : null}
          <div className="form-group">
            <div className="krds-form-check">
              <input
                type="checkbox"
                id="cr-overdue"
                checked={draft.overdue}
                onChange={(e) => setDraft((d) => ({ ...d, overdue: e.target.checked }))}
              />
              <label htmlFor="cr-overdue">처리기한 경과만</label>
            </div>
          </div>
        </div>
        <div className="app-button-row app-filter__actions">
          <button
            type="button"
            className="krds-btn medium tertiary"
            onClick={() => onSearch({ status: "", overdue: "", q: "", sigungu: "" })}
          >
            초기화
          </button>
          <button type="submit" className="krds-btn medium primary">
            검색
          </button>
        </div>
      </form>
    </search>
  );
}
