import type { App } from "../../platform/http.ts";
import { registerOfficialStaffRoutes, registerProviderStaffRoutes } from "./staff.routes.ts";

export function registerStaffModule(app: App, side: "official" | "provider") {
  if (side === "official") registerOfficialStaffRoutes(app);
  else registerProviderStaffRoutes(app);
}
