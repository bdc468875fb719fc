import type { App } from "../../platform/http.ts";
import {
  registerOfficialInstitutionRoutes,
  registerProviderInstitutionRoutes,
} from "./institutions.routes.ts";

export function registerInstitutionsModule(app: App, side: "official" | "provider") {
  if (side === "official") registerOfficialInstitutionRoutes(app);
  else registerProviderInstitutionRoutes(app);
}
