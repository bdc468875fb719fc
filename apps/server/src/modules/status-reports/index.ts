import type { App } from "../../platform/http.ts";
import {
  registerOfficialStatusReportRoutes,
  registerProviderStatusReportRoutes,
} from "./status-reports.routes.ts";

/** 현황보고 (status report rounds): officials' UWSI side or providers' CWSU side. */
export function registerStatusReportsModule(app: App, side: "official" | "provider") {
  if (side === "official") registerOfficialStatusReportRoutes(app);
  else registerProviderStatusReportRoutes(app);
}
export { statusReportInboxKinds } from "./status-reports.inbox.ts";
