import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import { errorResponses, routeGroup } from "../../platform/routes.ts";
import { CHECKLIST_OFFICIALS } from "./inspection-checklists.policy.ts";
import {
  checklistList,
  checklistVersionCreate,
  checklistVersionDetail,
  idParams,
} from "./inspection-checklists.schemas.ts";
import * as service from "./inspection-checklists.service.ts";

const errors = { ...errorResponses, 409: problem };

/** 점검표: officials' side (UWDX), under the 지도점검 tag. */
export function registerOfficialChecklistRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["기관관리감독(UWDX) 지도점검"],
    policy: rolePolicy(CHECKLIST_OFFICIALS, "reference"),
    errors,
  });

  routes.get(
    "/api/official/inspection-checklists",
    { summary: "점검표 목록(템플릿별 버전)", response: { 200: checklistList } },
    (request) => asActor(request, (ctx) => service.listChecklists(ctx)),
  );
  routes.get(
    "/api/official/inspection-checklists/:id",
    {
      summary: "점검표 버전의 항목(법적 근거, 위반 코드, 확인 여부)",
      params: idParams,
      response: { 200: checklistVersionDetail },
    },
    (request) => asActor(request, (ctx) => service.getChecklistVersion(ctx, request.params.id)),
  );
  routes.post(
    "/api/official/inspection-checklists",
    {
      summary: "점검표 수정: 새 버전을 만든다(기존 점검은 쓰던 버전을 유지)",
      body: checklistVersionCreate,
      response: { 201: checklistVersionDetail },
    },
    async (request, reply) => {
      reply.code(201);
      return asActor(request, (ctx) => service.createChecklistVersion(ctx, request.body));
    },
  );
}
