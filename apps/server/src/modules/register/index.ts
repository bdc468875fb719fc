import type { App } from "../../platform/http.ts";
import { registerOfficialRegisterRoutes, registerProviderRegisterRoutes } from "./register.routes.ts";
import { registerSettingRoutes } from "./register-settings.ts";

/** 현황정보관리: registering and changing institutions, change requests, change history and as-of views. */
export function registerRegisterModule(app: App, side: "official" | "provider") {
  if (side === "official") {
    registerOfficialRegisterRoutes(app);
    registerSettingRoutes(app);
  } else registerProviderRegisterRoutes(app);
}
export { registerInboxKinds } from "./register.inbox.ts";
