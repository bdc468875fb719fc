import type { App } from "../../platform/http.ts";
import {
  registerOfficialCasebookRoutes,
  registerProviderCasebookRoutes,
} from "./inspection-casebook.routes.ts";

/** 지적 사례집 (the anonymised case book of findings, read nationwide). */
export function registerInspectionCasebookModule(app: App, side: "official" | "provider") {
  if (side === "official") registerOfficialCasebookRoutes(app);
  else registerProviderCasebookRoutes(app);
}
