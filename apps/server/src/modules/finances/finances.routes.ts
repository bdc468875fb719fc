import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import { routeGroup, sendCreated, sendRecord, sendUpdated } from "../../platform/routes.ts";
import { FINANCE_EDITORS, FINANCE_OFFICIAL_READERS, FINANCE_READERS } from "./finances.policy.ts";
import {
  financeCreate,
  financeIdParams,
  financeItem,
  financeListResponse,
  financeUpdate,
  institutionIdParams,
} from "./finances.schemas.ts";
import * as service from "./finances.service.ts";

/** 재정 현황: providers' side (CWSU). A reported summary; the accounts are in the ERP. */
export function registerProviderFinanceRoutes(app: App) {
  const read = routeGroup(app, {
    tags: ["현황정보관리(CWSU) 재정·보조금"],
    policy: rolePolicy(FINANCE_READERS, "own-institution"),
  });
  const edit = read.withPolicy(rolePolicy(FINANCE_EDITORS, "own-institution"));

  read.get(
    "/api/provider/finances",
    {
      summary: "우리 기관 연도별 재정·보조금 요약(합계·보조금 비율 포함, 최근 연도부터)",
      response: { 200: financeListResponse },
    },
    (request) => asActor(request, (ctx) => service.listOwnFinances(ctx)),
  );

  read.get(
    "/api/provider/finances/:id",
    { summary: "한 회계연도의 재정 요약", params: financeIdParams, response: { 200: financeItem } },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getFinanceYear(ctx, request.params.id)),
  );

  edit.post(
    "/api/provider/finances",
    {
      summary: "회계연도 재정 요약 등록(기관 관리자; 기관·연도마다 하나)",
      body: financeCreate,
      response: { 201: financeItem, 409: problem },
    },
    (request, reply) => sendCreated(request, reply, (ctx) => service.createFinanceYear(ctx, request.body)),
  );

  edit.patch(
    "/api/provider/finances/:id",
    {
      summary: "재정 요약 수정(기관 관리자, If-Match 또는 version 필수)",
      params: financeIdParams,
      body: financeUpdate,
      response: { 200: financeItem, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        service.updateFinanceYear(ctx, request.params.id, request.body, version),
      ),
  );
}

/** 재정·보조금 현황: officials' read-only view (UWSI). */
export function registerOfficialFinanceRoutes(app: App) {
  routeGroup(app, {
    tags: ["현황정보관리(UWSI) 재정·보조금"],
    policy: rolePolicy(FINANCE_OFFICIAL_READERS, "jurisdiction"),
  }).get(
    "/api/official/institutions/:id/finances",
    {
      summary: "관할 기관의 연도별 재정·보조금 요약(합계·보조금 비율, 조회 전용)",
      params: institutionIdParams,
      response: { 200: financeListResponse },
    },
    (request) => asActor(request, (ctx) => service.listInstitutionFinances(ctx, request.params.id)),
  );
}
