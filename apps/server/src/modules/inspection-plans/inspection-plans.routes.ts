import { problem } from "../../platform/errors.ts";
import { type App, asActor, sendWithVersion } from "../../platform/http.ts";
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

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };

/** 점검계획: officials' side (UWDX), under the 지도점검 tag. */
export function registerOfficialPlanRoutes(app: App) {
  const tags = ["기관관리감독(UWDX) 지도점검"];
  const config = { policy: { access: "roles", roles: PLAN_OFFICIALS, scope: "jurisdiction" } as const };

  app.get(
    "/api/official/inspection-plans",
    {
      config,
      schema: {
        tags,
        summary: "점검계획 목록(연도·구분·상태, 정렬, 페이지)",
        querystring: planListQuery,
        response: { 200: planList, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listPlans(ctx, request.query)),
  );
  app.get(
    "/api/official/inspection-plans/candidates",
    {
      config,
      schema: {
        tags,
        summary: "점검 대상 후보(유형, 시군구, 최근 점검일, 평가등급, 미조치 지적)",
        querystring: candidateQuery,
        response: { 200: candidateList, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listCandidates(ctx, request.query)),
  );
  app.post(
    "/api/official/inspection-plans",
    {
      config,
      schema: {
        tags,
        summary: "점검계획 수립(대상 기관과 선정 사유, 점검 월)",
        body: planCreate,
        response: { 201: planDetail, ...errors },
      },
    },
    async (request, reply) => {
      const plan = await asActor(request, (ctx) => service.createPlan(ctx, request.body));
      reply.code(201);
      return sendWithVersion(reply, plan);
    },
  );
  app.get(
    "/api/official/inspection-plans/:id",
    {
      config,
      schema: {
        tags,
        summary: "점검계획 상세: 월별 진행, 대상 점검",
        params: idParams,
        response: { 200: planDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(reply, await asActor(request, (ctx) => service.getPlan(ctx, request.params.id))),
  );
  app.post(
    "/api/official/inspection-plans/:id/targets",
    {
      config,
      schema: {
        tags,
        summary: "작성 중인 점검계획에 대상 기관 추가",
        params: idParams,
        body: planTargetsAdd,
        response: { 200: planDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(
        reply,
        await asActor(request, (ctx) => service.addPlanTargets(ctx, request.params.id, request.body)),
      ),
  );
  app.post(
    "/api/official/inspection-plans/:id/approve",
    {
      config,
      schema: {
        tags,
        summary: "점검계획 승인",
        params: idParams,
        body: versionBody,
        response: { 200: planDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(
        reply,
        await asActor(request, (ctx) => service.approvePlan(ctx, request.params.id, request.body.version)),
      ),
  );
}
