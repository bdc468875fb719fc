import type { App } from "../../platform/http.ts";
import {
  registerOfficialSupportAgencyRoutes,
  registerProviderSupportAgencyRoutes,
} from "./support-agencies.routes.ts";

export function registerSupportAgenciesModule(app: App, side: "official" | "provider") {
  if (side === "official") registerOfficialSupportAgencyRoutes(app);
  else registerProviderSupportAgencyRoutes(app);
}
export { supportAgencySweeps } from "./support-agencies.inbox.ts";
