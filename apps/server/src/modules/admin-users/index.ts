export { registerAdminUserRoutes as registerAdminUsersModule } from "./admin-users.routes.ts";
