/** 내 할 일: the work inbox of both portals and the daily deadline sweep, built from declared kinds. */
export { registerWorkInboxRoutes as registerWorkInboxModule } from "./work-inbox.routes.ts";
export { remindOverdue, runDailySweep, type WorkInbox } from "./work-inbox.service.ts";
