import type { App } from "../../platform/http.ts";
import { registerOfficialInspectionRoutes, registerProviderInspectionRoutes } from "./inspections.routes.ts";

/** 지도점검 (guidance inspections): officials' UWDX side or providers' CWOM side. */
export function registerInspectionsModule(app: App, side: "official" | "provider") {
  if (side === "official") registerOfficialInspectionRoutes(app);
  else registerProviderInspectionRoutes(app);
}
