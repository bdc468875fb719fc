import { problem } from "../../platform/errors.ts";
import { XLSX_TYPE } from "../../platform/excel.ts";
import { attachmentHeader } from "../../platform/files.ts";
import { type App, asActor, expectedVersion, sendWithVersion } from "../../platform/http.ts";
import { buildProgramWorkbook } from "./programs.excel.ts";
import {
  PROGRAM_CREATORS,
  PROGRAM_EDITORS,
  PROGRAM_OFFICIAL_READERS,
  PROGRAM_READERS,
} from "./programs.policy.ts";
import {
  institutionIdParams,
  programCreate,
  programEnd,
  programIdParams,
  programItem,
  programListQuery,
  programListResponse,
  programUpdate,
} from "./programs.schemas.ts";
import * as service from "./programs.service.ts";

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

/** 프로그램 관리: providers' side (CWSU). */
export function registerProviderProgramRoutes(app: App) {
  const tags = ["현황정보관리(CWSU) 프로그램"];
  const read = { access: "roles", roles: PROGRAM_READERS, scope: "own-institution" } as const;
  const edit = { access: "roles", roles: PROGRAM_EDITORS, scope: "own-institution" } as const;

  app.get(
    "/api/provider/programs",
    {
      config: { policy: read },
      schema: {
        tags,
        summary: "우리 기관 프로그램 목록(진행중/종료·분야·검색, 정렬, 페이지)",
        querystring: programListQuery,
        response: { 200: programListResponse, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listOwnPrograms(ctx, request.query)),
  );

  app.get(
    "/api/provider/programs/export.xlsx",
    {
      config: { policy: read },
      schema: {
        tags,
        summary: "프로그램 목록 엑셀 내려받기(목록과 같은 조건, 페이지 없이 전체)",
        querystring: programListQuery,
        produces: [XLSX_TYPE],
      },
    },
    async (request, reply) => {
      const { institution, items } = await asActor(request, (ctx) =>
        service.exportOwnPrograms(ctx, request.query),
      );
      const body = await buildProgramWorkbook(institution.name, items);
      return reply
        .type(XLSX_TYPE)
        .header("Cache-Control", "no-store")
        .header("Content-Disposition", attachmentHeader("프로그램_목록.xlsx", "programs"))
        .send(body);
    },
  );

  app.get(
    "/api/provider/programs/:id",
    {
      config: { policy: read },
      schema: {
        tags,
        summary: "프로그램 상세",
        params: programIdParams,
        response: { 200: programItem, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(reply, await asActor(request, (ctx) => service.getProgram(ctx, request.params.id))),
  );

  app.post(
    "/api/provider/programs",
    {
      config: { policy: { access: "roles", roles: PROGRAM_CREATORS, scope: "own-institution" } },
      schema: {
        tags,
        summary: "프로그램 등록",
        body: programCreate,
        response: { 201: programItem, ...errors, 409: problem },
      },
    },
    async (request, reply) => {
      const created = await asActor(request, (ctx) => service.createProgram(ctx, request.body));
      reply.code(201);
      return sendWithVersion(reply, created);
    },
  );

  app.patch(
    "/api/provider/programs/:id",
    {
      config: { policy: edit },
      schema: {
        tags,
        summary: "프로그램 수정(기관 관리자, If-Match 또는 version 필수)",
        params: programIdParams,
        body: programUpdate,
        response: { 200: programItem, ...errors, 409: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request, request.body.version);
      const updated = await asActor(request, (ctx) =>
        service.updateProgram(ctx, request.params.id, request.body, version),
      );
      return sendWithVersion(reply, updated);
    },
  );

  app.post(
    "/api/provider/programs/:id/end",
    {
      config: { policy: edit },
      schema: {
        tags,
        summary: "프로그램 종료 처리(삭제 대신 종료일 기록; 기관 관리자, If-Match 또는 version 필수)",
        params: programIdParams,
        body: programEnd,
        response: { 200: programItem, ...errors, 409: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request, request.body.version);
      const updated = await asActor(request, (ctx) =>
        service.endProgram(ctx, request.params.id, request.body, version),
      );
      return sendWithVersion(reply, updated);
    },
  );
}

/** 프로그램 현황: officials' read-only view (UWSI). */
export function registerOfficialProgramRoutes(app: App) {
  app.get(
    "/api/official/institutions/:id/programs",
    {
      config: { policy: { access: "roles", roles: PROGRAM_OFFICIAL_READERS, scope: "jurisdiction" } },
      schema: {
        tags: ["현황정보관리(UWSI) 프로그램"],
        summary: "관할 기관의 프로그램 목록(조회 전용)",
        params: institutionIdParams,
        querystring: programListQuery,
        response: { 200: programListResponse, ...errors },
      },
    },
    (request) =>
      asActor(request, (ctx) => service.listInstitutionPrograms(ctx, request.params.id, request.query)),
  );
}
