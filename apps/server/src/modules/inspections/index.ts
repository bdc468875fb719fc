import type { App } from "../../platform/http.ts";
import { registerOfficialInspectionRoutes, registerProviderInspectionRoutes } from "./inspections.routes.ts";

// What the other 지도점검 modules (plans, findings, case book) use of an inspection: nothing else.
export {
  CORRECTIVE_SELECT,
  type CorrectiveRow,
  correctiveOfFindings,
  FINDING_SELECT,
  type FindingRow,
  toCorrectiveItem,
  toFindingItem,
} from "./inspections.findings-view.ts";
export { getMyInspection } from "./inspections.provider.service.ts";
export type { InspectionRow } from "./inspections.repository.ts";
export {
  type CorrectiveItem,
  correctiveItem,
  fileItem,
  findingItem,
  inspectionDetail,
  inspectionItem,
  type ReasonBody,
  reasonBody,
  sigungu,
} from "./inspections.schemas.ts";
export {
  createPlannedInspections,
  findInspection,
  getInspection,
  inspectionsOfPlan,
  institutionsOfPlan,
  logTransition,
  moveInspection,
  requireInspection,
  targetsInScope,
  touchInspection,
  type Upload,
} from "./inspections.service.ts";

/** 지도점검 (guidance inspections): officials' UWDX side or providers' CWOM side. */
export function registerInspectionsModule(app: App, side: "official" | "provider") {
  if (side === "official") registerOfficialInspectionRoutes(app);
  else registerProviderInspectionRoutes(app);
}
