import { z } from "zod";
import { AppError, problem } from "../../platform/errors.ts";
import { sendXlsx, XLSX_TYPE } from "../../platform/excel.ts";
import { attachmentHeader } from "../../platform/files.ts";
import { type App, asActor, expectedVersion, sendWithVersion } from "../../platform/http.ts";
import { buildStaffTemplate } from "./staff.excel.ts";
import { STAFF_EDITORS, STAFF_ENDERS, STAFF_OFFICIAL_READERS } from "./staff.policy.ts";
import {
  importReport,
  institutionIdParams,
  jobTypesResponse,
  staffCreate,
  staffEnd,
  staffExportQuery,
  staffIdParams,
  staffItem,
  staffListQuery,
  staffListResponse,
  staffUpdate,
} from "./staff.schemas.ts";
import * as service from "./staff.service.ts";

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

/** 종사자 관리: providers' side (CWSU). */
export function registerProviderStaffRoutes(app: App) {
  const tags = ["현황정보관리(CWSU) 종사자"];
  const policy = { access: "roles", roles: STAFF_EDITORS, scope: "own-institution" } as const;

  app.get(
    "/api/provider/staff",
    {
      config: { policy },
      schema: {
        tags,
        summary: "우리 기관 종사자 목록(재직/퇴직·직종·이름, 정렬, 페이지)",
        querystring: staffListQuery,
        response: { 200: staffListResponse, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listOwnStaff(ctx, request.query)),
  );

  app.get(
    "/api/provider/staff.xlsx",
    {
      config: { policy },
      schema: {
        tags,
        summary: "종사자 목록 엑셀 다운로드(목록과 같은 조건, 사유 필수, 접속기록에 남음)",
        querystring: staffExportQuery,
        produces: [XLSX_TYPE],
        response: { 200: z.unknown().describe("엑셀 파일(.xlsx)"), ...errors },
      },
    },
    async (request, reply) =>
      sendXlsx(reply, await asActor(request, (ctx) => service.exportOwnStaff(ctx, request.query))),
  );

  app.get(
    "/api/provider/staff/job-types",
    {
      config: { policy: { access: "roles", roles: STAFF_EDITORS, scope: "reference" } },
      schema: { tags, summary: "종사자 직종 코드", response: { 200: jobTypesResponse, ...errors } },
    },
    async (request) => ({
      items: await asActor(request, (ctx) => service.listJobTypes(ctx)),
    }),
  );

  app.get(
    "/api/provider/staff/template.xlsx",
    {
      config: { policy: { access: "roles", roles: STAFF_EDITORS, scope: "reference" } },
      schema: { tags, summary: "종사자 일괄등록 엑셀 양식(코드 설명 시트 포함)", produces: [XLSX_TYPE] },
    },
    async (request, reply) => {
      const jobTypes = await asActor(request, (ctx) => service.listJobTypes(ctx));
      const body = await buildStaffTemplate(jobTypes);
      return reply
        .type(XLSX_TYPE)
        .header("Content-Disposition", attachmentHeader("종사자_일괄등록_양식.xlsx", "staff-template"))
        .send(body);
    },
  );

  app.post(
    "/api/provider/staff/import",
    {
      config: { policy },
      schema: {
        tags,
        summary: "종사자 엑셀 일괄등록(multipart, 파일 필드 file): 모든 행이 올바를 때만 한꺼번에 저장",
        consumes: ["multipart/form-data"],
        response: { 200: importReport, 422: importReport, ...errors, 409: problem, 413: problem },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError("VALIDATION_FAILED", 400, "엑셀 파일을 첨부하세요.");
      const file = await request.file();
      if (!file)
        throw new AppError("VALIDATION_FAILED", 400, "엑셀 파일을 첨부하세요.", {
          errors: [{ field: "file", message: "엑셀 파일을 첨부하세요." }],
        });
      const data = await file.toBuffer();
      const report = await asActor(request, (ctx) => service.importStaff(ctx, data));
      return reply.code(report.ok ? 200 : 422).send(report);
    },
  );

  app.get(
    "/api/provider/staff/:id",
    {
      config: { policy },
      schema: {
        tags,
        summary: "종사자 상세",
        params: staffIdParams,
        response: { 200: staffItem, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(reply, await asActor(request, (ctx) => service.getStaff(ctx, request.params.id))),
  );

  app.post(
    "/api/provider/staff",
    {
      config: { policy },
      schema: {
        tags,
        summary: "종사자 등록",
        body: staffCreate,
        response: { 201: staffItem, ...errors, 409: problem },
      },
    },
    async (request, reply) => {
      const created = await asActor(request, (ctx) => service.createStaff(ctx, request.body));
      reply.code(201);
      return sendWithVersion(reply, created);
    },
  );

  app.patch(
    "/api/provider/staff/:id",
    {
      config: { policy },
      schema: {
        tags,
        summary: "종사자 정보 수정(If-Match 또는 version 필수)",
        params: staffIdParams,
        body: staffUpdate,
        response: { 200: staffItem, ...errors, 409: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request, request.body.version);
      const updated = await asActor(request, (ctx) =>
        service.updateStaff(ctx, request.params.id, request.body, version),
      );
      return sendWithVersion(reply, updated);
    },
  );

  app.post(
    "/api/provider/staff/:id/end",
    {
      config: { policy: { access: "roles", roles: STAFF_ENDERS, scope: "own-institution" } },
      schema: {
        tags,
        summary: "퇴사 처리(기관 관리자, If-Match 또는 version 필수)",
        params: staffIdParams,
        body: staffEnd,
        response: { 200: staffItem, ...errors, 409: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request, request.body.version);
      const updated = await asActor(request, (ctx) =>
        service.endEmployment(ctx, request.params.id, request.body, version),
      );
      return sendWithVersion(reply, updated);
    },
  );
}

/** 종사자 현황: officials' read-only view (UWSI). */
export function registerOfficialStaffRoutes(app: App) {
  app.get(
    "/api/official/institutions/:id/staff.xlsx",
    {
      config: { policy: { access: "roles", roles: STAFF_OFFICIAL_READERS, scope: "jurisdiction" } },
      schema: {
        tags: ["현황정보관리(UWSI) 종사자"],
        summary: "관할 기관의 종사자 목록 엑셀 다운로드(사유 필수, 접속기록에 남음)",
        params: institutionIdParams,
        querystring: staffExportQuery,
        produces: [XLSX_TYPE],
        response: { 200: z.unknown().describe("엑셀 파일(.xlsx)"), ...errors },
      },
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        await asActor(request, (ctx) =>
          service.exportInstitutionStaff(ctx, request.params.id, request.query),
        ),
      ),
  );

  app.get(
    "/api/official/institutions/:id/staff",
    {
      config: { policy: { access: "roles", roles: STAFF_OFFICIAL_READERS, scope: "jurisdiction" } },
      schema: {
        tags: ["현황정보관리(UWSI) 종사자"],
        summary: "관할 기관의 종사자 목록(조회 전용)",
        params: institutionIdParams,
        querystring: staffListQuery,
        response: { 200: staffListResponse, ...errors },
      },
    },
    (request) =>
      asActor(request, (ctx) => service.listInstitutionStaff(ctx, request.params.id, request.query)),
  );
}
