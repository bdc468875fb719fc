import { useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useNavigate } from "react-router-dom";
import { markNotificationRead, type NotificationItem, notificationKeys } from "../api/notifications";
import { formatDateTime } from "../lib/format";
import "../styles/work.css";

export const NOTIFICATIONS_PATH = "/account/notifications";
export const NOTIFICATION_SETTINGS_PATH = "/account/notification-settings";

/** When a notice came: "방금 전", "5분 전", "3시간 전", then its date and time in Korea. */
export function formatWhen(iso: string, now = Date.now()): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000);
  if (Number.isNaN(minutes)) return iso;
  if (minutes < 1) return "방금 전";
  if (minutes < 60) return `${minutes}분 전`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)}시간 전`;
  return formatDateTime(iso).slice(0, 16);
}

/**
 * Opening a notice: it is marked read (in the background, the count follows) and its object opens. The mark
 * is sent before leaving, so it is not lost with the popover that asked for it.
 */
export function useOpenNotification(onOpen?: () => void) {
  const client = useQueryClient();
  const navigate = useNavigate();
  return (item: NotificationItem) => {
    if (!item.readAt)
      void markNotificationRead(item.id)
        .catch(() => undefined)
        .then(() => client.invalidateQueries({ queryKey: notificationKeys.all }));
    onOpen?.();
    if (item.link) navigate(item.link);
  };
}

/**
 * One notice: the unread marker, its title (a link to what it is about, which marks it read), its kind and
 * time, and optionally its text and actions.
 */
export function NotificationEntry({
  item,
  onOpen,
  showBody = false,
  actions,
}: {
  item: NotificationItem;
  onOpen: (item: NotificationItem) => void;
  showBody?: boolean;
  actions?: ReactNode;
}) {
  const unread = !item.readAt;
  return (
    <div className={`app-notice${unread ? " is-unread" : ""}`} data-testid="notification">
      <span className="app-notice__mark" aria-hidden="true" />
      <p className="app-notice__title">
        {unread ? <span className="sr-only">읽지 않음, </span> : null}
        {item.link ? (
          <Link
            to={item.link}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              onOpen(item);
            }}
          >
            {item.title}
          </Link>
        ) : (
          item.title
        )}
      </p>
      <p className="app-notice__meta">
        {item.kindLabel} · <time dateTime={item.createdAt}>{formatWhen(item.createdAt)}</time>
      </p>
      {showBody ? <p className="app-notice__body">{item.body}</p> : null}
      {actions ? <div className="app-notice__actions">{actions}</div> : null}
    </div>
  );
}
