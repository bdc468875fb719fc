import { problem } from "../../platform/errors.ts";
import { sendXlsx } from "../../platform/excel.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import {
  routeGroup,
  sendCreated,
  sendDownload,
  sendRecord,
  sendUpdated,
  xlsxDownload,
} from "../../platform/routes.ts";
import { CLIENT_EDITORS, CLIENT_OFFICIAL_READERS, CLIENT_OFFICIAL_UNMASKERS } from "./clients.policy.ts";
import {
  admission,
  clientExportQuery,
  clientIdParams,
  clientItem,
  clientListQuery,
  clientListResponse,
  clientUpdate,
  discharge,
  institutionClientParams,
  institutionIdParams,
  unmaskBody,
  unmaskResponse,
} from "./clients.schemas.ts";
import * as service from "./clients.service.ts";

/** 이용자 관리: providers' side (CWSU). 주민등록번호 is always masked except through unmask. */
export function registerProviderClientRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["현황정보관리(CWSU) 이용자"],
    policy: rolePolicy(CLIENT_EDITORS, "own-institution"),
  });

  routes.get(
    "/api/provider/clients",
    {
      summary: "우리 기관 이용자 목록(재원/퇴소·이름, 주민등록번호 가림)",
      querystring: clientListQuery,
      response: { 200: clientListResponse },
    },
    (request) => asActor(request, (ctx) => service.listOwnClients(ctx, request.query)),
  );

  routes.get(
    "/api/provider/clients.xlsx",
    {
      summary: "이용자 목록 엑셀 다운로드(주민등록번호 가림, 사유 필수, 접속기록에 남음)",
      querystring: clientExportQuery,
      ...xlsxDownload,
    },
    (request, reply) =>
      sendDownload(request, reply, sendXlsx, (ctx) => service.exportOwnClients(ctx, request.query)),
  );

  routes.get(
    "/api/provider/clients/:id",
    { summary: "이용자 상세(주민등록번호 가림)", params: clientIdParams, response: { 200: clientItem } },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getOwnClient(ctx, request.params.id)),
  );

  routes.post(
    "/api/provider/clients",
    {
      summary: "입소 등록(생활시설은 정원 초과 불가)",
      body: admission,
      response: { 201: clientItem, 409: problem },
    },
    (request, reply) => sendCreated(request, reply, (ctx) => service.admit(ctx, request.body)),
  );

  routes.patch(
    "/api/provider/clients/:id",
    {
      summary: "이용자 이름 정정(사유 필수, If-Match 또는 version 필수)",
      params: clientIdParams,
      body: clientUpdate,
      response: { 200: clientItem, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        service.renameClient(ctx, request.params.id, request.body, version),
      ),
  );

  routes.post(
    "/api/provider/clients/:id/discharge",
    {
      summary: "퇴소 처리(If-Match 또는 version 필수)",
      params: clientIdParams,
      body: discharge,
      response: { 200: clientItem, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        service.dischargeClient(ctx, request.params.id, request.body, version),
      ),
  );

  routes.post(
    "/api/provider/clients/:id/unmask",
    {
      summary: "주민등록번호 보기(사유 필수, 접속기록에 남음)",
      params: clientIdParams,
      body: unmaskBody,
      response: { 200: unmaskResponse },
    },
    async (request, reply) => {
      reply.header("Cache-Control", "no-store");
      return asActor(request, (ctx) => service.unmaskOwnClient(ctx, request.params.id, request.body.reason));
    },
  );
}

/** 이용자 현황: officials' view (UWSI), masked; unmasking with a reason. */
export function registerOfficialClientRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["현황정보관리(UWSI) 이용자"],
    policy: rolePolicy(CLIENT_OFFICIAL_READERS, "jurisdiction"),
  });

  routes.get(
    "/api/official/institutions/:id/clients",
    {
      summary: "관할 기관의 이용자 목록(주민등록번호 가림)",
      params: institutionIdParams,
      querystring: clientListQuery,
      response: { 200: clientListResponse },
    },
    (request) =>
      asActor(request, (ctx) => service.listInstitutionClients(ctx, request.params.id, request.query)),
  );

  routes.get(
    "/api/official/institutions/:id/clients.xlsx",
    {
      summary: "관할 기관의 이용자 목록 엑셀 다운로드(주민등록번호 가림, 사유 필수, 접속기록에 남음)",
      params: institutionIdParams,
      querystring: clientExportQuery,
      ...xlsxDownload,
    },
    (request, reply) =>
      sendDownload(request, reply, sendXlsx, (ctx) =>
        service.exportInstitutionClients(ctx, request.params.id, request.query),
      ),
  );

  routes.withPolicy(rolePolicy(CLIENT_OFFICIAL_UNMASKERS, "jurisdiction")).post(
    "/api/official/institutions/:id/clients/:clientId/unmask",
    {
      summary: "이용자 주민등록번호 보기(사유 필수, 접속기록에 남음)",
      params: institutionClientParams,
      body: unmaskBody,
      response: { 200: unmaskResponse },
    },
    async (request, reply) => {
      reply.header("Cache-Control", "no-store");
      return asActor(request, (ctx) =>
        service.unmaskInstitutionClient(ctx, request.params.id, request.params.clientId, request.body.reason),
      );
    },
  );
}
