import { problem } from "../../platform/errors.ts";
import { type App, asActor, expectedVersion, sendWithVersion } from "../../platform/http.ts";
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

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const writeErrors = { ...errors, 409: problem, 428: problem };

/** 현황정보관리(UWSI): registering, changing, history, as-of, and the change-request inbox. */
export function registerOfficialRegisterRoutes(app: App) {
  const tags = ["현황정보관리(UWSI)"];
  const readers = { policy: { access: "roles", roles: REGISTER_READERS, scope: "jurisdiction" } } as const;
  const editors = { policy: { access: "roles", roles: REGISTER_EDITORS, scope: "jurisdiction" } } as const;

  app.post(
    "/api/official/institutions",
    {
      config: editors,
      schema: {
        tags,
        summary: "기관 신규 등록(시도는 시군구에서 정함; 상태 이력과 변경이력 '신규 등록' 기록)",
        body: createInstitutionBody,
        response: { 201: registerRecord, ...errors },
      },
    },
    async (request, reply) => {
      const created = await asActor(request, (ctx) => service.registerInstitution(ctx, request.body));
      reply.code(201).header("Location", `/api/official/institutions/${created.id}`);
      return sendWithVersion(reply, created);
    },
  );

  app.get(
    "/api/official/institutions/:id/register",
    {
      config: readers,
      schema: {
        tags,
        summary: "기관 등록사항(변경 화면용: 모든 등록 항목과 버전)",
        params: idParams,
        response: { 200: registerRecord, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(reply, await asActor(request, (ctx) => service.getRegister(ctx, request.params.id))),
  );

  app.patch(
    "/api/official/institutions/:id",
    {
      config: editors,
      schema: {
        tags,
        summary:
          "기관 정보 변경(If-Match 또는 version 필수; 법적 중요 항목 변경 시 사유 필수; 폐지 기관은 변경 불가)",
        params: idParams,
        body: changeInstitutionBody,
        response: { 200: registerRecord, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request, request.body.version);
      const updated = await asActor(request, (ctx) =>
        service.changeInstitution(ctx, request.params.id, request.body, version),
      );
      return sendWithVersion(reply, updated);
    },
  );

  app.get(
    "/api/official/institutions/:id/history",
    {
      config: readers,
      schema: {
        tags,
        summary: "기관 변경이력(최근순, 변경 전·후 전체 등록사항)",
        params: idParams,
        querystring: pageQuery,
        response: { 200: historyPage, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listHistory(ctx, request.params.id, request.query)),
  );

  app.get(
    "/api/official/institutions/:id/as-of/:date",
    {
      config: readers,
      schema: {
        tags,
        summary: "기준일 현재의 등록사항(그날 끝 시점, 한국 시간)",
        params: asOfParams,
        response: { 200: asOfResponse, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.getAsOf(ctx, request.params.id, request.params.date)),
  );

  const requestReaders = {
    policy: { access: "roles", roles: CHANGE_REQUEST_READERS, scope: "jurisdiction" },
  } as const;
  const deciders = {
    policy: { access: "roles", roles: CHANGE_REQUEST_DECIDERS, scope: "jurisdiction" },
  } as const;

  app.get(
    "/api/official/change-requests",
    {
      config: requestReaders,
      schema: {
        tags,
        summary: "변경신청 처리함(상태·기한 경과·기관명·시군구 필터, 처리기한순)",
        querystring: changeRequestQuery,
        response: { 200: changeRequestPage, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listChangeRequests(ctx, request.query)),
  );

  app.get(
    "/api/official/change-requests/:id",
    {
      config: requestReaders,
      schema: {
        tags,
        summary: "변경신청 상세",
        params: idParams,
        response: { 200: changeRequestItem, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(
        reply,
        await asActor(request, (ctx) => service.getChangeRequest(ctx, request.params.id)),
      ),
  );

  app.post(
    "/api/official/change-requests/:id/approve",
    {
      config: deciders,
      schema: {
        tags,
        summary: "변경신청 승인(같은 트랜잭션에서 등록사항에 반영하고 변경이력 기록)",
        params: idParams,
        body: approveBody,
        response: { 200: changeRequestItem, ...writeErrors },
      },
    },
    (request) =>
      asActor(request, (ctx) => service.approveChangeRequest(ctx, request.params.id, request.body)),
  );

  app.post(
    "/api/official/change-requests/:id/return",
    {
      config: deciders,
      schema: {
        tags,
        summary: "변경신청 반려(사유 필수)",
        params: idParams,
        body: returnBody,
        response: { 200: changeRequestItem, ...writeErrors },
      },
    },
    (request) => asActor(request, (ctx) => service.returnChangeRequest(ctx, request.params.id, request.body)),
  );
}

/** 현황정보관리(CWSU): the institution's own changes and change requests. */
export function registerProviderRegisterRoutes(app: App) {
  const tags = ["현황정보관리(CWSU)"];
  const readers = { policy: { access: "roles", roles: PROVIDER_READERS, scope: "own-institution" } } as const;
  const editors = { policy: { access: "roles", roles: PROVIDER_EDITORS, scope: "own-institution" } } as const;

  app.get(
    "/api/provider/institution/register",
    {
      config: readers,
      schema: {
        tags,
        summary: "우리 기관 등록사항(변경 화면용)",
        response: { 200: registerRecord, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(reply, await asActor(request, (ctx) => service.getOwnRegister(ctx))),
  );

  app.patch(
    "/api/provider/institution",
    {
      config: editors,
      schema: {
        tags,
        summary:
          "우리 기관 정보 변경(연락처 등은 즉시 반영, 법적 중요 항목은 변경신청으로 접수; If-Match 또는 version 필수)",
        body: providerChangeBody,
        response: { 200: providerChangeResponse, ...writeErrors },
      },
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

  app.get(
    "/api/provider/change-requests",
    {
      config: readers,
      schema: {
        tags,
        summary: "우리 기관 변경신청 내역(처리 결과와 사유)",
        querystring: changeRequestQuery,
        response: { 200: changeRequestPage, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listChangeRequests(ctx, request.query, true)),
  );

  app.get(
    "/api/provider/change-requests/:id",
    {
      config: readers,
      schema: {
        tags,
        summary: "변경신청 상세",
        params: idParams,
        response: { 200: changeRequestItem, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.getChangeRequest(ctx, request.params.id)),
  );

  app.post(
    "/api/provider/change-requests/:id/withdraw",
    {
      config: editors,
      schema: {
        tags,
        summary: "변경신청 철회(처리 중인 신청만)",
        params: idParams,
        body: withdrawBody,
        response: { 200: changeRequestItem, ...writeErrors },
      },
    },
    (request) =>
      asActor(request, (ctx) => service.withdrawChangeRequest(ctx, request.params.id, request.body)),
  );
}
