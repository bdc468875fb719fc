import type { App } from "../../platform/http.ts";
import { registerOfficialPlanRoutes } from "./inspection-plans.routes.ts";

/** 점검계획 (annual inspection plans and their targets): officials only. */
export function registerInspectionPlansModule(app: App) {
  registerOfficialPlanRoutes(app);
}
