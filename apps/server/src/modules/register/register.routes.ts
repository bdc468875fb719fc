import { problem } from "../../platform/errors.ts";
import { type App, asActor, expectedVersion, sendWithVersion } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import { routeGroup, sendRecord, sendUpdated } from "../../platform/routes.ts";
import {
  CHANGE_REQUEST_DECIDERS,
  CHANGE_REQUEST_READERS,
  PROVIDER_EDITORS,
  PROVIDER_READERS,
  REGISTER_EDITORS,
  REGISTER_READERS,
} from "./register.policy.ts";
import {
  approveBody,
  asOfParams,
  asOfResponse,
  changeInstitutionBody,
  changeRequestItem,
  changeRequestPage,
  changeRequestQuery,
  createInstitutionBody,
  historyPage,
  idParams,
  pageQuery,
  providerChangeBody,
  providerChangeResponse,
  registerRecord,
  returnBody,
  withdrawBody,
} from "./register.schemas.ts";
import * as service from "./register.service.ts";

/** 현황정보관리(UWSI): registering, changing, history, as-of, and the change-request inbox. */
export function registerOfficialRegisterRoutes(app: App) {
  const read = routeGroup(app, {
    tags: ["현황정보관리(UWSI)"],
    policy: rolePolicy(REGISTER_READERS, "jurisdiction"),
  });
  const edit = read.withPolicy(rolePolicy(REGISTER_EDITORS, "jurisdiction"));

  edit.post(
    "/api/official/institutions",
    {
      summary: "기관 신규 등록(시도는 시군구에서 정함; 상태 이력과 변경이력 '신규 등록' 기록)",
      body: createInstitutionBody,
      response: { 201: registerRecord },
    },
    async (request, reply) => {
      const created = await asActor(request, (ctx) => service.registerInstitution(ctx, request.body));
      reply.code(201).header("Location", `/api/official/institutions/${created.id}`);
      return sendWithVersion(reply, created);
    },
  );

  read.get(
    "/api/official/institutions/:id/register",
    {
      summary: "기관 등록사항(변경 화면용: 모든 등록 항목과 버전)",
      params: idParams,
      response: { 200: registerRecord },
    },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getRegister(ctx, request.params.id)),
  );

  edit.patch(
    "/api/official/institutions/:id",
    {
      summary:
        "기관 정보 변경(If-Match 또는 version 필수; 법적 중요 항목 변경 시 사유 필수; 폐지 기관은 변경 불가)",
      params: idParams,
      body: changeInstitutionBody,
      response: { 200: registerRecord, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        service.changeInstitution(ctx, request.params.id, request.body, version),
      ),
  );

  read.get(
    "/api/official/institutions/:id/history",
    {
      summary: "기관 변경이력(최근순, 변경 전·후 전체 등록사항)",
      params: idParams,
      querystring: pageQuery,
      response: { 200: historyPage },
    },
    (request) => asActor(request, (ctx) => service.listHistory(ctx, request.params.id, request.query)),
  );

  read.get(
    "/api/official/institutions/:id/as-of/:date",
    {
      summary: "기준일 현재의 등록사항(그날 끝 시점, 한국 시간)",
      params: asOfParams,
      response: { 200: asOfResponse },
    },
    (request) => asActor(request, (ctx) => service.getAsOf(ctx, request.params.id, request.params.date)),
  );

  const requestRead = read.withPolicy(rolePolicy(CHANGE_REQUEST_READERS, "jurisdiction"));
  const decide = read.withPolicy(rolePolicy(CHANGE_REQUEST_DECIDERS, "jurisdiction"));

  requestRead.get(
    "/api/official/change-requests",
    {
      summary: "변경신청 처리함(상태·기한 경과·기관명·시군구 필터, 처리기한순)",
      querystring: changeRequestQuery,
      response: { 200: changeRequestPage },
    },
    (request) => asActor(request, (ctx) => service.listChangeRequests(ctx, request.query)),
  );

  requestRead.get(
    "/api/official/change-requests/:id",
    { summary: "변경신청 상세", params: idParams, response: { 200: changeRequestItem } },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getChangeRequest(ctx, request.params.id)),
  );

  decide.post(
    "/api/official/change-requests/:id/approve",
    {
      summary: "변경신청 승인(같은 트랜잭션에서 등록사항에 반영하고 변경이력 기록)",
      params: idParams,
      body: approveBody,
      response: { 200: changeRequestItem, 409: problem, 428: problem },
    },
    (request) =>
      asActor(request, (ctx) => service.approveChangeRequest(ctx, request.params.id, request.body)),
  );

  decide.post(
    "/api/official/change-requests/:id/return",
    {
      summary: "변경신청 반려(사유 필수)",
      params: idParams,
      body: returnBody,
      response: { 200: changeRequestItem, 409: problem, 428: problem },
    },
    (request) => asActor(request, (ctx) => service.returnChangeRequest(ctx, request.params.id, request.body)),
  );
}

/** 현황정보관리(CWSU): the institution's own changes and change requests. */
export function registerProviderRegisterRoutes(app: App) {
  const read = routeGroup(app, {
    tags: ["현황정보관리(CWSU)"],
    policy: rolePolicy(PROVIDER_READERS, "own-institution"),
  });
  const edit = read.withPolicy(rolePolicy(PROVIDER_EDITORS, "own-institution"));

  read.get(
    "/api/provider/institution/register",
    { summary: "우리 기관 등록사항(변경 화면용)", response: { 200: registerRecord } },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getOwnRegister(ctx)),
  );

  edit.patch(
    "/api/provider/institution",
    {
      summary:
        "우리 기관 정보 변경(연락처 등은 즉시 반영, 법적 중요 항목은 변경신청으로 접수; If-Match 또는 version 필수)",
      body: providerChangeBody,
      response: { 200: providerChangeResponse, 409: problem, 428: problem },
    },
    async (request, reply) => {
      const version = expectedVersion(request, request.body.version);
      const result = await asActor(request, (ctx) =>
        service.changeOwnInstitution(ctx, request.body, version),
      );
      reply.header("ETag", `"${result.institution.version}"`);
      return result;
    },
  );

  read.get(
    "/api/provider/change-requests",
    {
      summary: "우리 기관 변경신청 내역(처리 결과와 사유)",
      querystring: changeRequestQuery,
      response: { 200: changeRequestPage },
    },
    (request) => asActor(request, (ctx) => service.listChangeRequests(ctx, request.query, true)),
  );

  read.get(
    "/api/provider/change-requests/:id",
    { summary: "변경신청 상세", params: idParams, response: { 200: changeRequestItem } },
    (request) => asActor(request, (ctx) => service.getChangeRequest(ctx, request.params.id)),
  );

  edit.post(
    "/api/provider/change-requests/:id/withdraw",
    {
      summary: "변경신청 철회(처리 중인 신청만)",
      params: idParams,
      body: withdrawBody,
      response: { 200: changeRequestItem, 409: problem, 428: problem },
    },
    (request) =>
      asActor(request, (ctx) => service.withdrawChangeRequest(ctx, request.params.id, request.body)),
  );
}
