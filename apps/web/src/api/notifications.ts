/**
 * 통합알림 (the server's notifications module): the bell's count and list, read marks, each user's channels
 * per kind, and the administrator's message wording and delivery record. Types are read from the generated
 * paths (./openapi.ts).
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, compact, unwrap, unwrapEmpty } from "./client";
import type { BodyOf, QueryOf, Res } from "./openapi";

const LIST = "/api/notifications";
const UNREAD = "/api/notifications/unread-count";
const PREFERENCES = "/api/notifications/preferences";
const TEMPLATES = "/api/admin/notification-templates";
const DELIVERIES = "/api/admin/notification-deliveries";

export type NotificationPage = Res<typeof LIST, "get">;
export type NotificationItem = NotificationPage["items"][number];
export type NotificationQuery = QueryOf<typeof LIST, "get">;
export type NotificationKind = NotificationItem["kind"];
export type NotificationPreferences = Res<typeof PREFERENCES, "get">;
export type NotificationPreferenceKind = NotificationPreferences["kinds"][number];
export type PreferenceUpdate = BodyOf<typeof PREFERENCES, "put">;
export type PreferenceChange = PreferenceUpdate["preferences"][number];
export type NotificationTemplate = Res<typeof TEMPLATES, "get">["items"][number];
export type TemplateBody = BodyOf<"/api/admin/notification-templates/{kind}", "put">;
export type TemplatePreview = Res<"/api/admin/notification-templates/{kind}/preview", "post">;
export type DeliveryPage = Res<typeof DELIVERIES, "get">;
export type Delivery = DeliveryPage["items"][number];
export type DeliveryQuery = QueryOf<typeof DELIVERIES, "get">;

type Signal = AbortSignal | undefined;

/** How often the bell asks for the unread count (and the menu for the 내 할 일 count). */
export const POLL_MS = 60_000;

export const listNotifications = (query: NotificationQuery, signal?: Signal) =>
  unwrap(api.GET(LIST, { params: { query: compact(query) }, signal }));
export const getUnreadCount = (signal?: Signal) => unwrap(api.GET(UNREAD, { signal }));
export const markNotificationRead = (id: string) =>
  unwrapEmpty(api.POST("/api/notifications/{id}/read", { params: { path: { id } } }));
export const markAllNotificationsRead = () => unwrap(api.POST("/api/notifications/read-all"));
export const getPreferences = (signal?: Signal) => unwrap(api.GET(PREFERENCES, { signal }));
export const savePreferences = (body: PreferenceUpdate) => unwrap(api.PUT(PREFERENCES, { body }));
export const listTemplates = (signal?: Signal) => unwrap(api.GET(TEMPLATES, { signal }));
export const saveTemplate = (kind: NotificationKind, body: TemplateBody) =>
  unwrap(api.PUT("/api/admin/notification-templates/{kind}", { params: { path: { kind } }, body }));
export const previewTemplate = (kind: NotificationKind, body: { subject: string; body: string }) =>
  unwrap(api.POST("/api/admin/notification-templates/{kind}/preview", { params: { path: { kind } }, body }));
export const listDeliveries = (query: DeliveryQuery, signal?: Signal) =>
  unwrap(api.GET(DELIVERIES, { params: { query: compact(query) }, signal }));

export const notificationKeys = {
  all: ["notifications"] as const,
  unread: ["notifications", "unread"] as const,
  latest: ["notifications", "latest"] as const,
  list: (q: Omit<NotificationQuery, "cursor">) => ["notifications", "list", q] as const,
  preferences: ["notifications", "preferences"] as const,
  templates: ["admin", "notification-templates"] as const,
  deliveries: (q: DeliveryQuery) => ["admin", "notification-deliveries", q] as const,
};

/**
 * The bell's unread count: asked every minute and when the window gets the focus again. These polls do not
 * count as the user's activity (api/client.ts), so the idle timeout still ends an unattended session.
 */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => getUnreadCount(signal),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

/** The bell's popover: the latest few, read or not. */
export function useLatestNotifications(enabled: boolean, limit = 5) {
  return useQuery({
    queryKey: [...notificationKeys.latest, limit],
    queryFn: ({ signal }) => listNotifications({ limit }, signal),
    enabled,
    staleTime: 0,
  });
}

/** 알림: keyset pages appended by 더 보기. */
export function useNotificationList(query: Omit<NotificationQuery, "cursor">) {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(query),
    queryFn: ({ pageParam, signal }) => listNotifications({ ...query, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

/** Read marks change the count, the popover and the list alike. */
function useInvalidateNotifications() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: notificationKeys.all });
}

export function useMarkRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({ mutationFn: markNotificationRead, onSuccess: invalidate });
}

export function useMarkAllRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({ mutationFn: markAllNotificationsRead, onSuccess: invalidate });
}

export function usePreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: ({ signal }) => getPreferences(signal),
  });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: savePreferences,
    onSuccess: (saved) => client.setQueryData(notificationKeys.preferences, saved),
  });
}

export function useTemplates() {
  return useQuery({ queryKey: notificationKeys.templates, queryFn: ({ signal }) => listTemplates(signal) });
}

export function useSaveTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, body }: { kind: NotificationKind; body: TemplateBody }) => saveTemplate(kind, body),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.templates }),
  });
}

export function usePreviewTemplate() {
  return useMutation({
    mutationFn: ({ kind, subject, body }: { kind: NotificationKind; subject: string; body: string }) =>
      previewTemplate(kind, { subject, body }),
  });
}

export function useDeliveries(query: DeliveryQuery) {
  return useQuery({
    queryKey: notificationKeys.deliveries(query),
    queryFn: ({ signal }) => listDeliveries(query, signal),
    placeholderData: (previous) => previous,
  });
}
