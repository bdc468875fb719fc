import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { JOB_HISTORY_READERS } from "./admin-jobs.policy.ts";
import { jobPage, jobQuery } from "./admin-jobs.schemas.ts";
import { jobHistory } from "./admin-jobs.service.ts";

/** 작업 이력: what the job queue ran, when, and what failed (JobQueue.start grants the app role reading). */
export function registerAdminJobRoutes(app: App, labels: Readonly<Record<string, string>>) {
  app.get(
    "/api/admin/jobs",
    {
      config: { policy: { access: "roles", roles: JOB_HISTORY_READERS, scope: "system" } },
      schema: {
        tags: ["작업 대기열"],
        summary: "작업 실행 이력",
        querystring: jobQuery,
        response: { 200: jobPage, 400: problem, 401: problem, 403: problem },
      },
    },
    (request) => asActor(request, (ctx) => jobHistory(ctx, labels, request.query), { readOnly: true }),
  );
}
