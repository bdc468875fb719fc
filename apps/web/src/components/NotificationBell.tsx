import { useEffect, useId, useRef, useState } from "react";
import { Link, useLocation } from "react-router-dom";
import { useLatestNotifications, useMarkAllRead, useUnreadCount } from "../api/notifications";
import { formatNumber } from "../lib/format";
import { Loading } from "./Loading";
import { NOTIFICATIONS_PATH, NotificationEntry, useOpenNotification } from "./NotificationParts";
import { QueryError } from "./QueryError";

/** The bell's name for screen readers, with the unread count ("알림 3건 읽지 않음"). */
export function bellLabel(unread: number | undefined): string {
  if (unread === undefined) return "알림";
  return unread > 0 ? `알림 ${formatNumber(unread)}건 읽지 않음` : "알림, 읽지 않은 알림 없음";
}

function BellIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * The header's bell: the unread count (asked every minute and when the window is focused again) and, on
 * click, the latest five notices, each a link that marks it read and opens its object; 모두 읽음 and 전체 보기.
 * A disclosure, not a menu: Tab moves through its links and buttons, Escape or a click outside closes it.
 */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const unread = useUnreadCount();
  const latest = useLatestNotifications(open);
  const markAll = useMarkAllRead();
  const location = useLocation();
  const count = unread.data?.count;
  const openNotice = useOpenNotification(() => setOpen(false));

  // Another page: the popover closes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => setOpen(false), [location.pathname, location.search]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const items = latest.data?.items ?? [];
  const unreadNow = latest.data?.unreadCount ?? count ?? 0;
  return (
    <div className="app-bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="app-bell__button"
        aria-label={bellLabel(count)}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        data-testid="notification-bell"
        onClick={() => setOpen((o) => !o)}
      >
        <BellIcon />
      </button>
      {/* Beside the button, not in it: the button's name says the count in words. */}
      {count ? (
        <span className="app-bell__count" aria-hidden="true">
          {count > 99 ? "99+" : formatNumber(count)}
        </span>
      ) : null}
      {open ? (
        <section
          id={panelId}
          className="app-bell__panel"
          aria-labelledby={titleId}
          data-testid="notification-panel"
        >
          <div className="app-bell__head">
            <p className="app-bell__title" id={titleId}>
              알림
            </p>
            <p className="app-bell__unread">읽지 않음 {formatNumber(unreadNow)}건</p>
          </div>
          {latest.isPending ? <Loading label="알림을 불러오는 중입니다." /> : null}
          {latest.isError ? <QueryError error={latest.error} onRetry={() => void latest.refetch()} /> : null}
          {latest.data && items.length === 0 ? (
            <p className="app-bell__empty">받은 알림이 없습니다.</p>
          ) : null}
          {items.length > 0 ? (
            <ul className="app-bell__list" aria-label="최근 알림">
              {items.map((item) => (
                <li key={item.id}>
                  <NotificationEntry item={item} onOpen={openNotice} showBody />
                </li>
              ))}
            </ul>
          ) : null}
          <div className="app-bell__foot">
            <button
              type="button"
              className="krds-btn small tertiary"
              disabled={unreadNow === 0 || markAll.isPending}
              aria-busy={markAll.isPending || undefined}
              onClick={() => markAll.mutate()}
            >
              모두 읽음
            </button>
            <Link to={NOTIFICATIONS_PATH} className="krds-btn small secondary">
              전체 보기
            </Link>
          </div>
        </section>
      ) : null}
    </div>
  );
}
