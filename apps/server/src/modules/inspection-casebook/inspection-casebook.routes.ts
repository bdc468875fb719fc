import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import { errorResponses, routeGroup } from "../../platform/routes.ts";
import { inspectionDetail } from "../inspections/index.ts";
import { CASEBOOK_OFFICIALS, CASEBOOK_READERS } from "./inspection-casebook.policy.ts";
import { casebookList, casebookQuery, casebookShare, idParams } from "./inspection-casebook.schemas.ts";
import * as service from "./inspection-casebook.service.ts";

const errors = { ...errorResponses, 409: problem };

/** 지적 사례집: officials' side (UWDX), under the 지도점검 tag. */
export function registerOfficialCasebookRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["기관관리감독(UWDX) 지도점검"],
    policy: rolePolicy(CASEBOOK_OFFICIALS, "jurisdiction"),
    errors,
  });
  const reference = routes.withPolicy(rolePolicy(CASEBOOK_OFFICIALS, "reference"));

  routes.post(
    "/api/official/findings/:id/casebook",
    {
      summary: "지적 사례집 공유(익명화한 내용) 또는 공유 해제",
      params: idParams,
      body: casebookShare,
      response: { 200: inspectionDetail },
    },
    (request) => asActor(request, (ctx) => service.shareToCasebook(ctx, request.params.id, request.body)),
  );
  reference.get(
    "/api/official/casebook",
    { summary: "지적 사례집(익명, 전국)", querystring: casebookQuery, response: { 200: casebookList } },
    (request) => asActor(request, (ctx) => service.casebook(ctx, request.query)),
  );
}

/** 지적 사례집: providers' side (CWOM), under the 지도점검 tag. */
export function registerProviderCasebookRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["기관관리감독(CWOM) 지도점검"],
    policy: rolePolicy(CASEBOOK_READERS, "reference"),
    errors,
  });

  routes.get(
    "/api/provider/casebook",
    { summary: "지적 사례집(익명, 전국)", querystring: casebookQuery, response: { 200: casebookList } },
    (request) => asActor(request, (ctx) => service.casebook(ctx, request.query)),
  );
}
