import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import { routeGroup } from "../../platform/routes.ts";
import { ACCESS_LOG_READERS } from "./access-log.policy.ts";
import { accessLogPage, accessLogQuery } from "./access-log.schemas.ts";
import { searchAccessLog } from "./access-log.service.ts";

export function registerAccessLogRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["접속기록"],
    policy: rolePolicy(ACCESS_LOG_READERS, "jurisdiction"),
    errors: { 400: problem, 401: problem, 403: problem },
  });
  routes.get(
    "/api/official/access-log",
    {
      summary: "접속기록 조회(감사 담당)",
      querystring: accessLogQuery,
      response: { 200: accessLogPage },
    },
    (request) => asActor(request, (ctx) => searchAccessLog(ctx, request.query)),
  );
}
