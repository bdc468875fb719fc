import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { CHECKLIST_OFFICIALS } from "./inspection-checklists.policy.ts";
import {
  checklistList,
  checklistVersionCreate,
  checklistVersionDetail,
  idParams,
} from "./inspection-checklists.schemas.ts";
import * as service from "./inspection-checklists.service.ts";

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

/** 점검표: officials' side (UWDX), under the 지도점검 tag. */
export function registerOfficialChecklistRoutes(app: App) {
  const tags = ["기관관리감독(UWDX) 지도점검"];
  const referenceConfig = {
    policy: { access: "roles", roles: CHECKLIST_OFFICIALS, scope: "reference" } as const,
  };

  app.get(
    "/api/official/inspection-checklists",
    {
      config: referenceConfig,
      schema: { tags, summary: "점검표 목록(템플릿별 버전)", response: { 200: checklistList, ...errors } },
    },
    (request) => asActor(request, (ctx) => service.listChecklists(ctx)),
  );
  app.get(
    "/api/official/inspection-checklists/:id",
    {
      config: referenceConfig,
      schema: {
        tags,
        summary: "점검표 버전의 항목(법적 근거, 위반 코드, 확인 여부)",
        params: idParams,
        response: { 200: checklistVersionDetail, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.getChecklistVersion(ctx, request.params.id)),
  );
  app.post(
    "/api/official/inspection-checklists",
    {
      config: referenceConfig,
      schema: {
        tags,
        summary: "점검표 수정: 새 버전을 만든다(기존 점검은 쓰던 버전을 유지)",
        body: checklistVersionCreate,
        response: { 201: checklistVersionDetail, ...errors },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return asActor(request, (ctx) => service.createChecklistVersion(ctx, request.body));
    },
  );
}
