import type { App } from "../../platform/http.ts";
import {
  registerOfficialInstitutionRoutes,
  registerProviderInstitutionRoutes,
} from "./institutions.routes.ts";

// The institution-in-scope lookup every module that works on one institution uses.
export {
  findInstitutionInScope,
  type InstitutionInScope,
  institutionInScope,
  ownInstitution,
  ownInstitutionId,
  refuseIfClosed,
} from "./institutions.in-scope.ts";

export function registerInstitutionsModule(app: App, side: "official" | "provider") {
  if (side === "official") registerOfficialInstitutionRoutes(app);
  else registerProviderInstitutionRoutes(app);
}
