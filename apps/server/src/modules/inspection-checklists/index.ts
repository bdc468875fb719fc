import type { App } from "../../platform/http.ts";
import { registerOfficialChecklistRoutes } from "./inspection-checklists.routes.ts";

export type { ChecklistItemRow } from "./inspection-checklists.repository.ts";
export { VIOLATION_CODE, violationCode } from "./inspection-checklists.schemas.ts";
export { checklistItems, requireChecklistVersion } from "./inspection-checklists.service.ts";

/** 점검표 (versioned inspection checklists): officials only. */
export function registerInspectionChecklistsModule(app: App) {
  registerOfficialChecklistRoutes(app);
}
