export { registerReferenceRoutes as registerReferenceModule } from "./reference.routes.ts";
