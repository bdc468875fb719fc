import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import { routeGroup, sendCreated, sendRecord, sendUpdated } from "../../platform/routes.ts";
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

const tags = ["지원기관정보(CWAM)"];

/** 지원기관 관리 on the officials' side (행망): the register kept by 보건복지부 and the 시도. */
export function registerOfficialSupportAgencyRoutes(app: App) {
  const read = routeGroup(app, {
    tags,
    policy: rolePolicy(AGENCY_REGISTER_READERS, "jurisdiction"),
  });
  const keep = read.withPolicy(rolePolicy(AGENCY_REGISTER_KEEPERS, "jurisdiction"));

  read.get(
    "/api/official/support-agencies",
    {
      summary: "지원기관 목록(유형·시도·기관명 필터, 정렬, 페이지)",
      querystring: agencyListQuery,
      response: { 200: agencyListResponse },
    },
    (request) => asActor(request, (ctx) => service.listAgencies(ctx, request.query)),
  );

  keep.post(
    "/api/official/support-agencies",
    {
      summary: "지원기관 등록(보건복지부: 전국, 시도: 관할 시도)",
      body: agencyCreate,
      response: { 201: agencyDetail, 409: problem },
    },
    (request, reply) => sendCreated(request, reply, (ctx) => service.createAgency(ctx, request.body)),
  );

  read.get(
    "/api/official/support-agencies/:id",
    {
      summary: "지원기관 상세(사업 지역, 담당자 계정, 관할 기관 배정 현황·이력)",
      params: agencyIdParams,
      response: { 200: agencyDetail },
    },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getAgency(ctx, request.params.id)),
  );

  keep.patch(
    "/api/official/support-agencies/:id",
    {
      summary: "지원기관 수정(If-Match 또는 version 필수)",
      params: agencyIdParams,
      body: agencyUpdate,
      response: { 200: agencyDetail, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        service.updateAgency(ctx, request.params.id, request.body, version),
      ),
  );

  keep.post(
    "/api/official/support-agencies/:id/assignments",
    {
      summary: "배정 등록(관할 기관만, 시작일 ≤ 종료일)",
      params: agencyIdParams,
      body: assignmentCreate,
      response: { 201: assignmentItem, 409: problem },
    },
    (request, reply) =>
      sendCreated(request, reply, (ctx) => service.createAssignment(ctx, request.params.id, request.body)),
  );

  keep.post(
    "/api/official/support-agencies/:id/assignments/:assignmentId/end",
    {
      summary: "배정 종료(종료일·사유, If-Match 또는 version 필수; 배정은 삭제하지 않음)",
      params: assignmentParams,
      body: assignmentEnd,
      response: { 200: assignmentItem, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        service.endAssignment(ctx, request.params.id, request.params.assignmentId, request.body, version),
      ),
  );
}

/** 지원기관정보 on the providers' side (인망): the support agency's own staff. */
export function registerProviderSupportAgencyRoutes(app: App) {
  const routes = routeGroup(app, {
    tags,
    policy: rolePolicy(AGENCY_STAFF, "assigned"),
  });

  routes.get(
    "/api/provider/agency",
    { summary: "우리 지원기관 정보", response: { 200: ownAgency } },
    (request) => asActor(request, (ctx) => service.getOwnAgency(ctx)),
  );

  routes.get(
    "/api/provider/agency/assignments",
    { summary: "우리 기관의 배정 현황·이력(목적, 기간)", response: { 200: ownAssignments } },
    (request) => asActor(request, (ctx) => service.listOwnAssignments(ctx)),
  );

  routes.get(
    "/api/provider/agency/institutions/:id",
    {
      summary: "배정 기관 요약(배정 기간 중에만; 종사자·이용자 정보 없음)",
      params: institutionIdParams,
      response: { 200: assignedInstitutionSummary },
    },
    (request) => asActor(request, (ctx) => service.getAssignedInstitution(ctx, request.params.id)),
  );
}
