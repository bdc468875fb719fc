import { NOTIFICATION_CHANNEL_LABELS } from "@ssis/domain";
import { type Delivery, type DeliveryQuery, useDeliveries } from "../../api/notifications";
import type { Option } from "../../components/FormField";
import { DataTable } from "../../components/list/DataTable";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { formatDateTime, formatNumber } from "../../lib/format";
import { useListParams } from "../../lib/listParams";

type Status = Delivery["status"];
type Channel = Delivery["channel"];

const STATUS: Record<Status, { label: string; tone: string }> = {
  pending: { label: "발송 대기", tone: "bg-light-gray" },
  sending: { label: "발송 중", tone: "bg-light-information" },
  sent: { label: "발송 완료", tone: "bg-light-success" },
  failed: { label: "실패", tone: "bg-light-danger" },
};
const STATUSES = Object.keys(STATUS) as Status[];
const CHANNELS: Channel[] = ["email", "sms"];
const STATUS_OPTIONS: Option[] = STATUSES.map((s) => ({ value: s, label: STATUS[s].label }));
const CHANNEL_OPTIONS: Option[] = CHANNELS.map((c) => ({ value: c, label: NOTIFICATION_CHANNEL_LABELS[c] }));

const LIMIT = 20;
/** "2026-12-08 11:54" */
const minute = (iso: string) => formatDateTime(iso).slice(0, 16);
const FILTERS = ["status", "channel"] as const;

/**
 * 알림 발송 기록 (system administrator): every e-mail and text message the outbox sent or tries to send, with
 * its status, attempts and last error; the address is masked.
 */
export function NotificationDeliveriesPage() {
  const list = useListParams({ filters: FILTERS });
  const query: DeliveryQuery = {
    status: STATUSES.find((s) => s === list.filters.status),
    channel: CHANNELS.find((c) => c === list.filters.channel),
    page: list.page,
    limit: LIMIT,
  };
  const deliveries = useDeliveries(query);

  return (
    <>
      <PageHeader
        title="알림 발송 기록"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "시스템" }]}
        description={
          <p>
            전자우편과 문자의 발송 기록입니다. 실패한 발송은 정해진 횟수까지 자동으로 다시 보냅니다. 받는 곳은
            일부를 가려 표시합니다.
          </p>
        }
      />
      <ListSection
        id="delivery-results"
        title="발송 목록"
        filter={
          <ListFilter list={list} label="발송 기록 검색" idPrefix="dlv">
            {(f) => (
              <>
                {f.select("status", "상태", STATUS_OPTIONS)}
                {f.select("channel", "수단", CHANNEL_OPTIONS)}
              </>
            )}
          </ListFilter>
        }
        query={deliveries}
        subject="발송 기록"
        loading="발송 기록을 불러오는 중입니다."
        empty="조건에 맞는 발송 기록이 없습니다"
        list={list}
        limit={LIMIT}
      >
        {(items) => (
          <DataTable
            label="알림 발송 기록 표"
            caption="알림 발송 기록: 알림과 종류, 수단, 받는 곳, 상태, 시도 횟수, 마지막 오류, 만든 일시와 보낸 일시"
            columns={[
              { header: "알림", className: "app-delivery-title" },
              "수단",
              "받는 곳",
              "상태",
              { header: "시도", className: "app-num" },
              "마지막 오류",
              "만든 일시 / 보낸 일시",
            ]}
            testId="delivery-table"
          >
            {items.map((d) => (
              <tr key={d.id}>
                <th scope="row" className="app-delivery-title">
                  {d.title}
                  <span className="app-delivery-kind">{d.kindLabel}</span>
                </th>
                <td className="app-nowrap">{NOTIFICATION_CHANNEL_LABELS[d.channel]}</td>
                <td className="app-nowrap">{d.address}</td>
                <td className="app-nowrap">
                  <span className={`krds-badge ${STATUS[d.status].tone}`}>{STATUS[d.status].label}</span>
                </td>
                <td className="app-num">{formatNumber(d.attempts)}회</td>
                <td>{d.lastError ? <span className="app-code">{d.lastError}</span> : "-"}</td>
                <td className="app-nowrap">
                  {minute(d.createdAt)}
                  <br />
                  {d.sentAt ? minute(d.sentAt) : "-"}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
    </>
  );
}
