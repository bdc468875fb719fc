import { problem } from "../../platform/errors.ts";
import { type App, asActor, expectedVersion, sendWithVersion } from "../../platform/http.ts";
import { AGENCY_REGISTER_KEEPERS, AGENCY_REGISTER_READERS, AGENCY_STAFF } from "./support-agencies.policy.ts";
import {
  agencyCreate,
  agencyDetail,
  agencyIdParams,
  agencyListQuery,
  agencyListResponse,
  agencyUpdate,
  assignedInstitutionSummary,
  assignmentCreate,
  assignmentEnd,
  assignmentItem,
  assignmentParams,
  institutionIdParams,
  ownAgency,
  ownAssignments,
} from "./support-agencies.schemas.ts";
import * as service from "./support-agencies.service.ts";

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const tags = ["지원기관정보(CWAM)"];

/** 지원기관 관리 on the officials' side (행망): the register kept by 보건복지부 and the 시도. */
export function registerOfficialSupportAgencyRoutes(app: App) {
  app.get(
    "/api/official/support-agencies",
    {
      config: { policy: { access: "roles", roles: AGENCY_REGISTER_READERS, scope: "jurisdiction" } },
      schema: {
        tags,
        summary: "지원기관 목록(유형·시도·기관명 필터, 정렬, 페이지)",
        querystring: agencyListQuery,
        response: { 200: agencyListResponse, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listAgencies(ctx, request.query)),
  );

  app.post(
    "/api/official/support-agencies",
    {
      config: { policy: { access: "roles", roles: AGENCY_REGISTER_KEEPERS, scope: "jurisdiction" } },
      schema: {
        tags,
        summary: "지원기관 등록(보건복지부: 전국, 시도: 관할 시도)",
        body: agencyCreate,
        response: { 201: agencyDetail, ...errors, 409: problem },
      },
    },
    async (request, reply) => {
      const created = await asActor(request, (ctx) => service.createAgency(ctx, request.body));
      reply.code(201);
      return sendWithVersion(reply, created);
    },
  );

  app.get(
    "/api/official/support-agencies/:id",
    {
      config: { policy: { access: "roles", roles: AGENCY_REGISTER_READERS, scope: "jurisdiction" } },
      schema: {
        tags,
        summary: "지원기관 상세(사업 지역, 담당자 계정, 관할 기관 배정 현황·이력)",
        params: agencyIdParams,
        response: { 200: agencyDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(reply, await asActor(request, (ctx) => service.getAgency(ctx, request.params.id))),
  );

  app.patch(
    "/api/official/support-agencies/:id",
    {
      config: { policy: { access: "roles", roles: AGENCY_REGISTER_KEEPERS, scope: "jurisdiction" } },
      schema: {
        tags,
        summary: "지원기관 수정(If-Match 또는 version 필수)",
        params: agencyIdParams,
        body: agencyUpdate,
        response: { 200: agencyDetail, ...errors, 409: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request, request.body.version);
      const updated = await asActor(request, (ctx) =>
        service.updateAgency(ctx, request.params.id, request.body, version),
      );
      return sendWithVersion(reply, updated);
    },
  );

  app.post(
    "/api/official/support-agencies/:id/assignments",
    {
      config: { policy: { access: "roles", roles: AGENCY_REGISTER_KEEPERS, scope: "jurisdiction" } },
      schema: {
        tags,
        summary: "배정 등록(관할 기관만, 시작일 ≤ 종료일)",
        params: agencyIdParams,
        body: assignmentCreate,
        response: { 201: assignmentItem, ...errors, 409: problem },
      },
    },
    async (request, reply) => {
      const created = await asActor(request, (ctx) =>
        service.createAssignment(ctx, request.params.id, request.body),
      );
      reply.code(201);
      return sendWithVersion(reply, created);
    },
  );

  app.post(
    "/api/official/support-agencies/:id/assignments/:assignmentId/end",
    {
      config: { policy: { access: "roles", roles: AGENCY_REGISTER_KEEPERS, scope: "jurisdiction" } },
      schema: {
        tags,
        summary: "배정 종료(종료일·사유, If-Match 또는 version 필수; 배정은 삭제하지 않음)",
        params: assignmentParams,
        body: assignmentEnd,
        response: { 200: assignmentItem, ...errors, 409: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request, request.body.version);
      const ended = await asActor(request, (ctx) =>
        service.endAssignment(ctx, request.params.id, request.params.assignmentId, request.body, version),
      );
      return sendWithVersion(reply, ended);
    },
  );
}

/** 지원기관정보 on the providers' side (인망): the support agency's own staff. */
export function registerProviderSupportAgencyRoutes(app: App) {
  app.get(
    "/api/provider/agency",
    {
      config: { policy: { access: "roles", roles: AGENCY_STAFF, scope: "assigned" } },
      schema: { tags, summary: "우리 지원기관 정보", response: { 200: ownAgency, ...errors } },
    },
    (request) => asActor(request, (ctx) => service.getOwnAgency(ctx)),
  );

  app.get(
    "/api/provider/agency/assignments",
    {
      config: { policy: { access: "roles", roles: AGENCY_STAFF, scope: "assigned" } },
      schema: {
        tags,
        summary: "우리 기관의 배정 현황·이력(목적, 기간)",
        response: { 200: ownAssignments, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listOwnAssignments(ctx)),
  );

  app.get(
    "/api/provider/agency/institutions/:id",
    {
      config: { policy: { access: "roles", roles: AGENCY_STAFF, scope: "assigned" } },
      schema: {
        tags,
        summary: "배정 기관 요약(배정 기간 중에만; 종사자·이용자 정보 없음)",
        params: institutionIdParams,
        response: { 200: assignedInstitutionSummary, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.getAssignedInstitution(ctx, request.params.id)),
  );
}
