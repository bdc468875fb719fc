import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import { errorResponses, routeGroup, sendCreated, sendRecord } from "../../platform/routes.ts";
import { PLAN_OFFICIALS } from "./inspection-plans.policy.ts";
import {
  candidateList,
  candidateQuery,
  idParams,
  planCreate,
  planDetail,
  planList,
  planListQuery,
  planTargetsAdd,
  versionBody,
} from "./inspection-plans.schemas.ts";
import * as service from "./inspection-plans.service.ts";

const errors = { ...errorResponses, 409: problem };

/** 점검계획: officials' side (UWDX), under the 지도점검 tag. */
export function registerOfficialPlanRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["기관관리감독(UWDX) 지도점검"],
    policy: rolePolicy(PLAN_OFFICIALS, "jurisdiction"),
    errors,
  });

  routes.get(
    "/api/official/inspection-plans",
    {
      summary: "점검계획 목록(연도·구분·상태, 정렬, 페이지)",
      querystring: planListQuery,
      response: { 200: planList },
    },
    (request) => asActor(request, (ctx) => service.listPlans(ctx, request.query)),
  );
  routes.get(
    "/api/official/inspection-plans/candidates",
    {
      summary: "점검 대상 후보(유형, 시군구, 최근 점검일, 평가등급, 미조치 지적)",
      querystring: candidateQuery,
      response: { 200: candidateList },
    },
    (request) => asActor(request, (ctx) => service.listCandidates(ctx, request.query)),
  );
  routes.post(
    "/api/official/inspection-plans",
    {
      summary: "점검계획 수립(대상 기관과 선정 사유, 점검 월)",
      body: planCreate,
      response: { 201: planDetail },
    },
    (request, reply) => sendCreated(request, reply, (ctx) => service.createPlan(ctx, request.body)),
  );
  routes.get(
    "/api/official/inspection-plans/:id",
    { summary: "점검계획 상세: 월별 진행, 대상 점검", params: idParams, response: { 200: planDetail } },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getPlan(ctx, request.params.id)),
  );
  routes.post(
    "/api/official/inspection-plans/:id/targets",
    {
      summary: "작성 중인 점검계획에 대상 기관 추가",
      params: idParams,
      body: planTargetsAdd,
      response: { 200: planDetail },
    },
    (request, reply) =>
      sendRecord(request, reply, (ctx) => service.addPlanTargets(ctx, request.params.id, request.body)),
  );
  routes.post(
    "/api/official/inspection-plans/:id/approve",
    { summary: "점검계획 승인", params: idParams, body: versionBody, response: { 200: planDetail } },
    (request, reply) =>
      sendRecord(request, reply, (ctx) => service.approvePlan(ctx, request.params.id, request.body.version)),
  );
}
