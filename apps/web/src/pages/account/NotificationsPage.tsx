import { Link } from "react-router-dom";
import {
  type NotificationKind,
  useMarkAllRead,
  useMarkRead,
  useNotificationList,
  usePreferences,
} from "../../api/notifications";
import { errorMessage } from "../../api/problem";
import { useUser } from "../../auth/useSession";
import { Alert } from "../../components/Alert";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import {
  NOTIFICATION_SETTINGS_PATH,
  NotificationEntry,
  useOpenNotification,
} from "../../components/NotificationParts";
import { PageHeader } from "../../components/PageHeader";
import { formatNumber } from "../../lib/format";
import { useListParams } from "../../lib/listParams";
import { portalPath } from "../../navigation/access";

const FILTERS = ["unread", "kind"] as const;
const LIMIT = 20;

/** 알림: every notice the user received, newest first, 20 at a time (더 보기); read marks one by one or all. */
export function NotificationsPage() {
  const user = useUser();
  const list = useListParams({ filters: FILTERS });
  // The kinds this account receives, as 알림 설정 lists them.
  const kinds = usePreferences().data?.kinds ?? [];
  const kind: NotificationKind | undefined = kinds.find((k) => k.kind === list.filters.kind)?.kind;
  const notices = useNotificationList({
    unread: list.filters.unread === "true" ? "true" : undefined,
    kind,
    limit: LIMIT,
  });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const openNotice = useOpenNotification();
  const pages = notices.data?.pages ?? [];
  const items = notices.data ? pages.flatMap((p) => p.items) : undefined;
  const unread = pages[0]?.unreadCount;
  const failure = markRead.error ?? markAll.error;

  return (
    <>
      <PageHeader
        title="알림"
        breadcrumbs={[{ label: "홈", to: portalPath(user.zone) }, { label: "내 정보" }]}
        description={
          <p>
            업무 처리와 기한에 관해 받은 알림입니다. 제목을 누르면 읽음으로 표시되고 해당 화면이 열립니다.
            전자우편·문자로 받을 알림은 <Link to={NOTIFICATION_SETTINGS_PATH}>알림 설정</Link>에서 고릅니다.
          </p>
        }
      />
      {markAll.data ? (
        <Alert tone="success">{formatNumber(markAll.data.updated)}건을 읽음으로 표시했습니다.</Alert>
      ) : null}
      {failure ? (
        <Alert tone="danger" live="alert">
          {errorMessage(failure)}
        </Alert>
      ) : null}
      <ListSection
        id="notification-results"
        title="받은 알림"
        filter={
          <ListFilter list={list} label="알림 검색" idPrefix="noti">
            {(f) => (
              <>
                {f.select(
                  "kind",
                  "종류",
                  kinds.map((k) => ({ value: k.kind, label: k.label })),
                )}
                {f.check("unread", "읽지 않은 알림만")}
              </>
            )}
          </ListFilter>
        }
        query={{
          isPending: notices.isPending,
          isError: notices.isError,
          error: notices.error,
          refetch: notices.refetch,
        }}
        items={items}
        count={items ? { shown: items.length, more: notices.hasNextPage } : false}
        subject="알림"
        loading="알림을 불러오는 중입니다."
        empty={list.filters.unread === "true" ? "읽지 않은 알림이 없습니다" : "받은 알림이 없습니다"}
        beside={
          unread !== undefined ? (
            <p className="app-muted" data-testid="unread-count">
              읽지 않음 {formatNumber(unread)}건
            </p>
          ) : null
        }
        actions={
          <button
            type="button"
            className="krds-btn small secondary"
            disabled={!unread || markAll.isPending}
            aria-busy={markAll.isPending || undefined}
            onClick={() => markAll.mutate()}
          >
            모두 읽음 표시
          </button>
        }
      >
        {(rows) => (
          <>
            <ul className="app-notice-list" aria-label="알림 목록">
              {rows.map((item) => (
                <li key={item.id}>
                  <NotificationEntry
                    item={item}
                    onOpen={openNotice}
                    showBody
                    actions={
                      item.readAt ? null : (
                        <button
                          type="button"
                          className="krds-btn xsmall tertiary"
                          disabled={markRead.isPending && markRead.variables === item.id}
                          onClick={() => markRead.mutate(item.id)}
                        >
                          읽음 표시<span className="sr-only">: {item.title}</span>
                        </button>
                      )
                    }
                  />
                </li>
              ))}
            </ul>
            {notices.hasNextPage ? (
              <div className="app-more">
                <button
                  type="button"
                  className="krds-btn medium secondary"
                  disabled={notices.isFetchingNextPage}
                  aria-busy={notices.isFetchingNextPage || undefined}
                  onClick={() => void notices.fetchNextPage()}
                >
                  {notices.isFetchingNextPage ? "불러오는 중…" : "더 보기"}
                </button>
              </div>
            ) : null}
          </>
        )}
      </ListSection>
    </>
  );
}
