export { registerAccessLogRoutes as registerAccessLogModule } from "./access-log.routes.ts";
