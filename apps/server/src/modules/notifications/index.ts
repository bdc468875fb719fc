/** 통합알림: the one door other modules and the composition root use. */
export { type Channels, channelsFromConfig, type MessageChannel } from "./channels.ts";
export { deliverPending } from "./delivery.ts";
export { registerNotificationRoutes as registerNotificationsModule } from "./notifications.routes.ts";
export { type NotifyEvent, notify, onNoticesWritten, type Recipient } from "./notifications.service.ts";
