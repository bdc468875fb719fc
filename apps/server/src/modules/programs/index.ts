import type { App } from "../../platform/http.ts";
import { registerOfficialProgramRoutes, registerProviderProgramRoutes } from "./programs.routes.ts";

export function registerProgramsModule(app: App, side: "official" | "provider") {
  if (side === "official") registerOfficialProgramRoutes(app);
  else registerProviderProgramRoutes(app);
}
