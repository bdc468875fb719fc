import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { ACCESS_LOG_READERS } from "./access-log.policy.ts";
import { accessLogPage, accessLogQuery } from "./access-log.schemas.ts";
import { searchAccessLog } from "./access-log.service.ts";

export function registerAccessLogRoutes(app: App) {
  app.get(
    "/api/official/access-log",
    {
      config: { policy: { access: "roles", roles: ACCESS_LOG_READERS, scope: "jurisdiction" } },
      schema: {
        tags: ["접속기록"],
        summary: "접속기록 조회(감사 담당)",
        querystring: accessLogQuery,
        response: { 200: accessLogPage, 400: problem, 401: problem, 403: problem },
      },
    },
    (request) => asActor(request, (ctx) => searchAccessLog(ctx, request.query)),
  );
}
