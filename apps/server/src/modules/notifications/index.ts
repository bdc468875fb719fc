/** 통합알림: the one door other modules and the composition root use. */
import { onAccountLocked } from "../../platform/auth/auth.service.ts";
import { seoulDateTime } from "../../platform/excel.ts";
import type { App } from "../../platform/http.ts";
import { registerNotificationRoutes } from "./notifications.routes.ts";
import { notify } from "./notifications.service.ts";

export { type Channels, channelsFromConfig, type MessageChannel } from "./channels.ts";
export { deliverPending } from "./delivery.ts";
export { type NotifyEvent, notify, onNoticesWritten, type Recipient } from "./notifications.service.ts";

/** The bell's routes, and the events that platform code raises (an account that locks). */
export function registerNotificationsModule(app: App, options: { admin: boolean }) {
  registerNotificationRoutes(app, options);
  onAccountLocked((ctx, user) =>
    notify(ctx, {
      kind: "account_locked",
      recipients: [{ users: [user.userId] }],
      variables: { username: user.username, lockedAt: seoulDateTime(new Date()) },
      object: { type: "account", id: user.userId },
    }),
  );
}
