import type { App } from "../../platform/http.ts";
import {
  registerOfficialFindingRoutes,
  registerProviderFindingRoutes,
} from "./inspection-findings.routes.ts";

export { findingForDisposition, linkCorrectiveAction } from "./inspection-findings.repository.ts";
export { requireFinding, setCasebookEntry } from "./inspection-findings.service.ts";

/** 지적사항과 시정·개선 조치 (findings of an inspection and what the institution must do about them). */
export function registerInspectionFindingsModule(app: App, side: "official" | "provider") {
  if (side === "official") registerOfficialFindingRoutes(app);
  else registerProviderFindingRoutes(app);
}
export { findingInboxKinds } from "./inspection-findings.inbox.ts";
