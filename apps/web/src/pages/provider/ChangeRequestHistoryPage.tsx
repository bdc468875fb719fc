import { useState } from "react";
import { errorMessage } from "../../api/problem";
import { type ChangeRequest, useOwnChangeRequests, useWithdrawChangeRequest } from "../../api/register";
import { useUser } from "../../auth/useSession";
import { ChangeList, REQUEST_STATUS_OPTIONS, RequestStatusBadge } from "../../components/ChangeRequestParts";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { DataTable } from "../../components/list/DataTable";
import type { Outcome } from "../../components/list/ListExcel";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { formatDate, formatDateTime } from "../../lib/format";
import { useListParams } from "../../lib/listParams";

const LIMIT = 20;

/** 변경신청 내역 (CWSU): the institution's requests, their outcome and the official's reason. */
export function ChangeRequestHistoryPage() {
  const user = useUser();
  const list = useListParams({ filters: ["status"] });
  const status = REQUEST_STATUS_OPTIONS.find((o) => o.value === list.filters.status)?.value;
  const requests = useOwnChangeRequests({
    status,
    sort: "-requested_at",
    offset: (list.page - 1) * LIMIT,
    limit: LIMIT,
  });
  const withdraw = useWithdrawChangeRequest();
  const [confirming, setConfirming] = useState<ChangeRequest | null>(null);
  const [result, setResult] = useState<Outcome | null>(null);
  const canWithdraw = user.role === "provider_admin";

  return (
    <>
      <PageHeader
        title="변경신청 내역"
        breadcrumbs={[{ label: "홈", to: "/provider" }, { label: "현황정보관리" }]}
        description={
          <p>우리 기관이 낸 변경신청과 시군구의 처리 결과입니다. 처리 중인 신청은 철회할 수 있습니다.</p>
        }
      />
      <ListFilter list={list} label="변경신청 검색" idPrefix="own">
        {(f) => f.select("status", "상태", REQUEST_STATUS_OPTIONS)}
      </ListFilter>
      <ListSection
        id="own-requests"
        title="신청 목록"
        query={requests}
        outcome={result}
        subject="변경신청"
        empty="변경신청 내역이 없습니다"
        list={list}
        limit={LIMIT}
      >
        {(items) => (
          <DataTable
            label="변경신청 내역 표"
            testId="own-change-requests"
            caption="변경신청 내역: 신청일, 신청 내용, 신청 사유, 처리기한, 상태, 처리 의견, 철회"
            columns={["신청일", "신청 내용", "신청 사유", "처리기한", "상태", "처리 의견", "철회"]}
          >
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
          </DataTable>
        )}
      </ListSection>
      {confirming ? (
        <ConfirmDialog
          title="변경신청 철회"
          confirmLabel="철회"
          pending={withdraw.isPending}
          onCancel={() => setConfirming(null)}
          onConfirm={async () => {
            try {
              await withdraw.mutateAsync({ id: confirming.id, version: confirming.version });
              setResult({ tone: "success", text: "변경신청을 철회했습니다." });
            } catch (error) {
              setResult({ tone: "danger", text: errorMessage(error) });
            } finally {
              setConfirming(null);
            }
          }}
        >
          <p>이 변경신청을 철회합니다. 철회한 신청은 다시 처리할 수 없습니다.</p>
          <ChangeList changes={confirming.changes} before={confirming.before} />
        </ConfirmDialog>
      ) : null}
    </>
  );
}
