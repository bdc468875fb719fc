import { problem } from "../../platform/errors.ts";
import { type App, asActor, expectedVersion, sendWithVersion } from "../../platform/http.ts";
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

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

/** 재정 현황: providers' side (CWSU). A reported summary; the accounts are in the ERP. */
export function registerProviderFinanceRoutes(app: App) {
  const tags = ["현황정보관리(CWSU) 재정·보조금"];
  const read = { access: "roles", roles: FINANCE_READERS, scope: "own-institution" } as const;
  const edit = { access: "roles", roles: FINANCE_EDITORS, scope: "own-institution" } as const;

  app.get(
    "/api/provider/finances",
    {
      config: { policy: read },
      schema: {
        tags,
        summary: "우리 기관 연도별 재정·보조금 요약(합계·보조금 비율 포함, 최근 연도부터)",
        response: { 200: financeListResponse, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listOwnFinances(ctx)),
  );

  app.get(
    "/api/provider/finances/:id",
    {
      config: { policy: read },
      schema: {
        tags,
        summary: "한 회계연도의 재정 요약",
        params: financeIdParams,
        response: { 200: financeItem, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(reply, await asActor(request, (ctx) => service.getFinanceYear(ctx, request.params.id))),
  );

  app.post(
    "/api/provider/finances",
    {
      config: { policy: edit },
      schema: {
        tags,
        summary: "회계연도 재정 요약 등록(기관 관리자; 기관·연도마다 하나)",
        body: financeCreate,
        response: { 201: financeItem, ...errors, 409: problem },
      },
    },
    async (request, reply) => {
      const created = await asActor(request, (ctx) => service.createFinanceYear(ctx, request.body));
      reply.code(201);
      return sendWithVersion(reply, created);
    },
  );

  app.patch(
    "/api/provider/finances/:id",
    {
      config: { policy: edit },
      schema: {
        tags,
        summary: "재정 요약 수정(기관 관리자, If-Match 또는 version 필수)",
        params: financeIdParams,
        body: financeUpdate,
        response: { 200: financeItem, ...errors, 409: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request, request.body.version);
      const updated = await asActor(request, (ctx) =>
        service.updateFinanceYear(ctx, request.params.id, request.body, version),
      );
      return sendWithVersion(reply, updated);
    },
  );
}

/** 재정·보조금 현황: officials' read-only view (UWSI). */
export function registerOfficialFinanceRoutes(app: App) {
  app.get(
    "/api/official/institutions/:id/finances",
    {
      config: { policy: { access: "roles", roles: FINANCE_OFFICIAL_READERS, scope: "jurisdiction" } },
      schema: {
        tags: ["현황정보관리(UWSI) 재정·보조금"],
        summary: "관할 기관의 연도별 재정·보조금 요약(합계·보조금 비율, 조회 전용)",
        params: institutionIdParams,
        response: { 200: financeListResponse, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listInstitutionFinances(ctx, request.params.id)),
  );
}
