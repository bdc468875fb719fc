import { z } from "zod";
import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { NOTIFICATION_ADMINS } from "./notifications.policy.ts";
import {
  deliveryPage,
  deliveryQuery,
  markedRead,
  notificationIdParams,
  notificationListQuery,
  notificationPage,
  preferenceList,
  preferenceUpdate,
  templateBody,
  templateItem,
  templateList,
  templateParams,
  templatePreview,
  templatePreviewBody,
  unreadCount,
} from "./notifications.schemas.ts";
import * as service from "./notifications.service.ts";

const own = { policy: { access: "authenticated", scope: "self" } } as const;
const admin = { policy: { access: "roles", roles: NOTIFICATION_ADMINS, scope: "system" } } as const;
const tags = ["알림"];

/** The bell and its list are every signed-in user's own (both portals); wording and deliveries the admin's. */
export function registerNotificationRoutes(app: App, options: { admin: boolean }) {
  app.get(
    "/api/notifications",
    {
      config: own,
      schema: {
        tags,
        summary: "내 알림 목록",
        querystring: notificationListQuery,
        response: { 200: notificationPage, 400: problem, 401: problem },
      },
    },
    (request) => asActor(request, (ctx) => service.listMine(ctx, request.query)),
  );
  app.get(
    "/api/notifications/unread-count",
    {
      config: { ...own, passive: true },
      schema: { tags, summary: "읽지 않은 알림 수", response: { 200: unreadCount, 401: problem } },
    },
    (request) => asActor(request, (ctx) => service.unreadCount(ctx), { readOnly: true }),
  );
  app.post(
    "/api/notifications/:id/read",
    {
      config: own,
      schema: {
        tags,
        summary: "알림 읽음 표시",
        params: notificationIdParams,
        response: { 204: z.null(), 400: problem, 401: problem, 404: problem },
      },
    },
    async (request, reply) => {
      await asActor(request, (ctx) => service.markOneRead(ctx, request.params.id));
      return reply.code(204).send(null);
    },
  );
  app.post(
    "/api/notifications/read-all",
    {
      config: own,
      schema: { tags, summary: "모든 알림 읽음 표시", response: { 200: markedRead, 401: problem } },
    },
    (request) => asActor(request, (ctx) => service.markAllRead(ctx)),
  );
  app.get(
    "/api/notifications/preferences",
    {
      config: own,
      schema: { tags, summary: "알림 수신 설정", response: { 200: preferenceList, 401: problem } },
    },
    (request) => asActor(request, (ctx) => service.preferences(ctx)),
  );
  app.put(
    "/api/notifications/preferences",
    {
      config: own,
      schema: {
        tags,
        summary: "알림 수신 설정 변경",
        body: preferenceUpdate,
        response: { 200: preferenceList, 400: problem, 401: problem },
      },
    },
    (request) => asActor(request, (ctx) => service.updatePreferences(ctx, request.body)),
  );
  if (!options.admin) return;
  app.get(
    "/api/admin/notification-templates",
    {
      config: admin,
      schema: {
        tags,
        summary: "알림 문구 목록",
        response: { 200: templateList, 401: problem, 403: problem },
      },
    },
    (request) => asActor(request, (ctx) => service.listTemplates(ctx)),
  );
  app.put(
    "/api/admin/notification-templates/:kind",
    {
      config: admin,
      schema: {
        tags,
        summary: "알림 문구 변경",
        params: templateParams,
        body: templateBody,
        response: { 200: templateItem, 400: problem, 401: problem, 403: problem, 409: problem },
      },
    },
    (request) => asActor(request, (ctx) => service.saveTemplate(ctx, request.params.kind, request.body)),
  );
  app.post(
    "/api/admin/notification-templates/:kind/preview",
    {
      config: admin,
      schema: {
        tags,
        summary: "알림 문구 미리보기",
        params: templateParams,
        body: templatePreviewBody,
        response: { 200: templatePreview, 400: problem, 401: problem, 403: problem },
      },
    },
    (request) => service.previewTemplate(request.params.kind, request.body),
  );
  app.get(
    "/api/admin/notification-deliveries",
    {
      config: admin,
      schema: {
        tags,
        summary: "알림 발송 기록",
        querystring: deliveryQuery,
        response: { 200: deliveryPage, 400: problem, 401: problem, 403: problem },
      },
    },
    (request) => asActor(request, (ctx) => service.listDeliveries(ctx, request.query)),
  );
}
