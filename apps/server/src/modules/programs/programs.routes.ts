import { problem } from "../../platform/errors.ts";
import { XLSX_TYPE } from "../../platform/excel.ts";
import { attachmentHeader } from "../../platform/files.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import { routeGroup, sendCreated, sendRecord, sendUpdated } from "../../platform/routes.ts";
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

/** 프로그램 관리: providers' side (CWSU). */
export function registerProviderProgramRoutes(app: App) {
  const read = routeGroup(app, {
    tags: ["현황정보관리(CWSU) 프로그램"],
    policy: rolePolicy(PROGRAM_READERS, "own-institution"),
  });
  const edit = read.withPolicy(rolePolicy(PROGRAM_EDITORS, "own-institution"));

  read.get(
    "/api/provider/programs",
    {
      summary: "우리 기관 프로그램 목록(진행중/종료·분야·검색, 정렬, 페이지)",
      querystring: programListQuery,
      response: { 200: programListResponse },
    },
    (request) => asActor(request, (ctx) => service.listOwnPrograms(ctx, request.query)),
  );

  read.get(
    "/api/provider/programs/export.xlsx",
    {
      summary: "프로그램 목록 엑셀 내려받기(목록과 같은 조건, 페이지 없이 전체)",
      querystring: programListQuery,
      produces: [XLSX_TYPE],
    },
    async (request, reply) => {
      const { institution, items } = await asActor(request, (ctx) =>
        service.exportOwnPrograms(ctx, request.query),
      );
      const body = await buildProgramWorkbook(institution.name, request.query, items);
      return reply
        .type(XLSX_TYPE)
        .header("Cache-Control", "no-store")
        .header("Content-Disposition", attachmentHeader("프로그램_목록.xlsx", "programs"))
        .send(body);
    },
  );

  read.get(
    "/api/provider/programs/:id",
    { summary: "프로그램 상세", params: programIdParams, response: { 200: programItem } },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getProgram(ctx, request.params.id)),
  );

  read
    .withPolicy(rolePolicy(PROGRAM_CREATORS, "own-institution"))
    .post(
      "/api/provider/programs",
      { summary: "프로그램 등록", body: programCreate, response: { 201: programItem, 409: problem } },
      (request, reply) => sendCreated(request, reply, (ctx) => service.createProgram(ctx, request.body)),
    );

  edit.patch(
    "/api/provider/programs/:id",
    {
      summary: "프로그램 수정(기관 관리자, If-Match 또는 version 필수)",
      params: programIdParams,
      body: programUpdate,
      response: { 200: programItem, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        service.updateProgram(ctx, request.params.id, request.body, version),
      ),
  );

  edit.post(
    "/api/provider/programs/:id/end",
    {
      summary: "프로그램 종료 처리(삭제 대신 종료일 기록; 기관 관리자, If-Match 또는 version 필수)",
      params: programIdParams,
      body: programEnd,
      response: { 200: programItem, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        service.endProgram(ctx, request.params.id, request.body, version),
      ),
  );
}

/** 프로그램 현황: officials' read-only view (UWSI). */
export function registerOfficialProgramRoutes(app: App) {
  routeGroup(app, {
    tags: ["현황정보관리(UWSI) 프로그램"],
    policy: rolePolicy(PROGRAM_OFFICIAL_READERS, "jurisdiction"),
  }).get(
    "/api/official/institutions/:id/programs",
    {
      summary: "관할 기관의 프로그램 목록(조회 전용)",
      params: institutionIdParams,
      querystring: programListQuery,
      response: { 200: programListResponse },
    },
    (request) =>
      asActor(request, (ctx) => service.listInstitutionPrograms(ctx, request.params.id, request.query)),
  );
}
