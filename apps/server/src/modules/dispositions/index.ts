import type { App } from "../../platform/http.ts";
import {
  registerOfficialDispositionRoutes,
  registerProviderDispositionRoutes,
} from "./dispositions.routes.ts";

/** 행정처분 (administrative dispositions): officials' UWDX side or providers' CWOM side. */
export function registerDispositionsModule(app: App, side: "official" | "provider") {
  if (side === "official") registerOfficialDispositionRoutes(app);
  else registerProviderDispositionRoutes(app);
}
export { dispositionInboxKinds, dispositionSweeps } from "./dispositions.inbox.ts";
