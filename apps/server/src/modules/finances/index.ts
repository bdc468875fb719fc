import type { App } from "../../platform/http.ts";
import { registerOfficialFinanceRoutes, registerProviderFinanceRoutes } from "./finances.routes.ts";

export function registerFinancesModule(app: App, side: "official" | "provider") {
  if (side === "official") registerOfficialFinanceRoutes(app);
  else registerProviderFinanceRoutes(app);
}
