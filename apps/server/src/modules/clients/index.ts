import type { App } from "../../platform/http.ts";
import { registerOfficialClientRoutes, registerProviderClientRoutes } from "./clients.routes.ts";

export function registerClientsModule(app: App, side: "official" | "provider") {
  if (side === "official") registerOfficialClientRoutes(app);
  else registerProviderClientRoutes(app);
}
