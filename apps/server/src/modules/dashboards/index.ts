import type { App } from "../../platform/http.ts";
import {
  registerInstitutionDashboardRoutes,
  registerJurisdictionDashboardRoutes,
} from "./dashboards.routes.ts";

/** 업무현황 (issue 17): the officials' start page by jurisdiction and the institutions' own. */
export function registerDashboardsModule(app: App, side: "official" | "provider") {
  if (side === "official") registerJurisdictionDashboardRoutes(app);
  else registerInstitutionDashboardRoutes(app);
}
