import { Link } from "react-router-dom";
import { useOwnRounds } from "../../api/status-reports";
import { Alert } from "../../components/Alert";
import { DataTable } from "../../components/list/DataTable";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { formatDate, formatDateTime } from "../../lib/format";

/** 현황보고 (CWSU): the rounds our institution has to answer, with deadlines and reminders received. */
export function StatusReportInboxPage() {
  const rounds = useOwnRounds();
  const reminded = (rounds.data ?? []).filter((r) => r.state === "pending" && r.reminders.length > 0);

  return (
    <>
      <PageHeader
        title="현황보고"
        breadcrumbs={[{ label: "홈", to: "/provider" }, { label: "현황정보관리" }]}
        description={<p>담당 공무원이 요청한 현황보고입니다. 기한 안에 작성해 제출하세요.</p>}
      />
      {reminded.length > 0 ? (
        <Alert tone="warning" title="독촉을 받은 현황보고가 있습니다">
          <ul>
            {reminded.map((r) => (
              <li key={r.roundId}>
                {r.title}: {r.reminders[0]?.message} ({formatDateTime(r.reminders[0]?.sentAt)},{" "}
                {r.reminders[0]?.sentByName})
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <ListSection
        id="own-rounds"
        title="현황보고 목록"
        query={rounds}
        subject="현황보고"
        empty="요청받은 현황보고가 없습니다"
      >
        {(items) => (
          <DataTable
            label="현황보고 목록 표"
            caption="현황보고: 회차, 보고 기간, 요청 기관, 제출 기한, 상태, 독촉"
            columns={["회차", "보고 기간", "요청 기관", "제출 기한", "상태", "독촉"]}
          >
            {items.map((r) => (
              <tr key={r.roundId}>
                <th scope="row" className="app-cell-name">
                  <Link to={`/provider/status-reports/${r.roundId}`}>{r.title}</Link>
                </th>
                <td>{r.periodLabel}</td>
                <td>{r.scopeLabel}</td>
                <td className="app-nowrap">
                  {formatDate(r.dueOn)} ({r.dueLabel})
                </td>
                <td className="app-nowrap">
                  {r.stateLabel}
                  {r.state === "pending" && r.hasDraft ? " (임시저장)" : ""}
                </td>
                <td className="app-nowrap">{r.reminders.length > 0 ? `${r.reminders.length}회` : "-"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
    </>
  );
}
