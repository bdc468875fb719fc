import { useRef, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { errorMessage } from "../../api/problem";
import { type ChangeRequest, useOwnChangeRequests, useWithdrawChangeRequest } from "../../api/register";
import { useUser } from "../../auth/useSession";
import { Alert } from "../../components/Alert";
import { ChangeList, REQUEST_STATUS_OPTIONS, RequestStatusBadge } from "../../components/ChangeRequestParts";
import { SelectField } from "../../components/FormField";
import { EmptyState, Loading } from "../../components/Loading";
import { Modal } from "../../components/Modal";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";

const LIMIT = 20;

/** 변경신청 내역 (CWSU): the institution's requests, their outcome and the official's reason. */
export function ChangeRequestHistoryPage() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const status = REQUEST_STATUS_OPTIONS.find((o) => o.value === params.get("status"))?.value;
  const offset = Math.max(0, Number(params.get("offset") ?? 0) || 0);
  const list = useOwnChangeRequests({ status, sort: "-requested_at", offset, limit: LIMIT });
  const withdraw = useWithdrawChangeRequest();
  const [confirming, setConfirming] = useState<ChangeRequest | null>(null);
  const [result, setResult] = useState<{ tone: "success" | "danger"; message: string } | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const canWithdraw = user.role === "provider_admin";

  const set = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title="변경신청 내역"
        breadcrumbs={[{ label: "홈", to: "/provider" }, { label: "현황정보관리" }]}
        description={
          <p>우리 기관이 낸 변경신청과 시군구의 처리 결과입니다. 처리 중인 신청은 철회할 수 있습니다.</p>
        }
      />
      <div className="app-filter">
        <SelectField
          id="own-status"
          label="상태"
          options={REQUEST_STATUS_OPTIONS}
          placeholder="전체"
          value={status ?? ""}
          onChange={(e) => set({ status: e.target.value, offset: "" })}
        />
      </div>
      {result ? (
        <Alert tone={result.tone} live={result.tone === "danger" ? "alert" : "status"}>
          <p>{result.message}</p>
        </Alert>
      ) : null}
      <section className="app-section" aria-labelledby="own-requests">
        <div className="app-list-header">
          <h2 id="own-requests" className="app-section-title">
            신청 목록
          </h2>
          <p className="app-count">
            총 <strong>{formatNumber(total)}</strong>건
          </p>
        </div>
        {list.isPending ? <Loading label="변경신청 내역을 불러오는 중입니다." /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && items.length === 0 ? <EmptyState>변경신청 내역이 없습니다</EmptyState> : null}
        {items.length > 0 ? (
          <div className="krds-table-wrap">
            <table className="tbl col data app-table" data-testid="own-change-requests">
              <caption className="sr-only">
                변경신청 내역: 신청일, 신청 내용, 신청 사유, 처리기한, 상태, 처리 의견, 철회
              </caption>
              <thead>
                <tr>
                  <th scope="col">신청일</th>
                  <th scope="col">신청 내용</th>
                  <th scope="col">신청 사유</th>
                  <th scope="col">처리기한</th>
                  <th scope="col">상태</th>
                  <th scope="col">처리 의견</th>
                  <th scope="col">철회</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.id}>
                    <td className="app-nowrap">{formatDateTime(r.requestedAt)}</td>
                    <td>
                      <ChangeList changes={r.changes} before={r.before} />
                    </td>
                    <td className="app-break">{r.reason}</td>
                    <td className="app-nowrap">
                      {formatDate(r.dueOn)}
                      {r.isOverdue ? <span className="krds-badge bg-light-danger"> 기한 경과</span> : null}
                    </td>
                    <td>
                      <RequestStatusBadge request={r} />
                    </td>
                    <td className="app-break">
                      {r.decidedAt ? (
                        <>
                          {r.decisionReason ?? "-"}
                          <br />
                          <span className="app-muted">
                            {r.decidedByName} · {formatDateTime(r.decidedAt)}
                          </span>
                        </>
                      ) : (
                        "-"
                      )}
                    </td>
                    <td>
                      {canWithdraw && r.status === "submitted" ? (
                        <button
                          type="button"
                          className="krds-btn xsmall secondary"
                          onClick={() => {
                            setResult(null);
                            setConfirming(r);
                          }}
                        >
                          철회
                        </button>
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
              onClick={() => set({ offset: String(Math.max(0, offset - LIMIT)) })}
            >
              이전
            </button>
            <button
              type="button"
              className="krds-btn small secondary"
              disabled={offset + LIMIT >= total}
              onClick={() => set({ offset: String(offset + LIMIT) })}
            >
              다음
            </button>
          </div>
        ) : null}
      </section>
      {confirming ? (
        <Modal
          title="변경신청 철회"
          onEscape={() => setConfirming(null)}
          initialFocus={cancelRef}
          actions={
            <>
              <button
                ref={cancelRef}
                type="button"
                className="krds-btn medium secondary"
                onClick={() => setConfirming(null)}
              >
                취소
              </button>
              <button
                type="button"
                className="krds-btn medium primary"
                disabled={withdraw.isPending}
                onClick={async () => {
                  try {
                    await withdraw.mutateAsync({ id: confirming.id, version: confirming.version });
                    setResult({ tone: "success", message: "변경신청을 철회했습니다." });
                  } catch (error) {
                    setResult({ tone: "danger", message: errorMessage(error) });
                  } finally {
                    setConfirming(null);
                  }
                }}
              >
                철회
              </button>
            </>
          }
        >
          <p>이 변경신청을 철회합니다. 철회한 신청은 다시 처리할 수 없습니다.</p>
          <ChangeList changes={confirming.changes} before={confirming.before} />
        </Modal>
      ) : null}
    </>
  );
}
