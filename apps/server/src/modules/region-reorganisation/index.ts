export { currentRegionCodesFor, forgetRegionCodes } from "./region-codes.ts";
export { registerRegionReorganisationRoutes as registerRegionReorganisationModule } from "./region-reorganisation.routes.ts";
