import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { inspectionDetail } from "../inspections/index.ts";
import { CASEBOOK_OFFICIALS, CASEBOOK_READERS } from "./inspection-casebook.policy.ts";
import { casebookList, casebookQuery, casebookShare, idParams } from "./inspection-casebook.schemas.ts";
import * as service from "./inspection-casebook.service.ts";

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

/** 지적 사례집: officials' side (UWDX), under the 지도점검 tag. */
export function registerOfficialCasebookRoutes(app: App) {
  const tags = ["기관관리감독(UWDX) 지도점검"];
  const config = { policy: { access: "roles", roles: CASEBOOK_OFFICIALS, scope: "jurisdiction" } as const };
  const referenceConfig = {
    policy: { access: "roles", roles: CASEBOOK_OFFICIALS, scope: "reference" } as const,
  };

  app.post(
    "/api/official/findings/:id/casebook",
    {
      config,
      schema: {
        tags,
        summary: "지적 사례집 공유(익명화한 내용) 또는 공유 해제",
        params: idParams,
        body: casebookShare,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.shareToCasebook(ctx, request.params.id, request.body)),
  );
  app.get(
    "/api/official/casebook",
    {
      config: referenceConfig,
      schema: {
        tags,
        summary: "지적 사례집(익명, 전국)",
        querystring: casebookQuery,
        response: { 200: casebookList, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.casebook(ctx, request.query)),
  );
}

/** 지적 사례집: providers' side (CWOM), under the 지도점검 tag. */
export function registerProviderCasebookRoutes(app: App) {
  const tags = ["기관관리감독(CWOM) 지도점검"];

  app.get(
    "/api/provider/casebook",
    {
      config: { policy: { access: "roles", roles: CASEBOOK_READERS, scope: "reference" } as const },
      schema: {
        tags,
        summary: "지적 사례집(익명, 전국)",
        querystring: casebookQuery,
        response: { 200: casebookList, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.casebook(ctx, request.query)),
  );
}
