/** 작업 이력: the job queue's history for the system administrator. */
export { registerAdminJobRoutes as registerAdminJobsModule } from "./admin-jobs.routes.ts";
