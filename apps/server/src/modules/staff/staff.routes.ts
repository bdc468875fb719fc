import { AppError, problem } from "../../platform/errors.ts";
import { sendXlsx, XLSX_TYPE } from "../../platform/excel.ts";
import { attachmentHeader } from "../../platform/files.ts";
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

/** 종사자 관리: providers' side (CWSU). */
export function registerProviderStaffRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["현황정보관리(CWSU) 종사자"],
    policy: rolePolicy(STAFF_EDITORS, "own-institution"),
  });
  const reference = routes.withPolicy(rolePolicy(STAFF_EDITORS, "reference"));

  routes.get(
    "/api/provider/staff",
    {
      summary: "우리 기관 종사자 목록(재직/퇴직·직종·이름, 정렬, 페이지)",
      querystring: staffListQuery,
      response: { 200: staffListResponse },
    },
    (request) => asActor(request, (ctx) => service.listOwnStaff(ctx, request.query)),
  );

  routes.get(
    "/api/provider/staff.xlsx",
    {
      summary: "종사자 목록 엑셀 다운로드(목록과 같은 조건, 사유 필수, 접속기록에 남음)",
      querystring: staffExportQuery,
      ...xlsxDownload,
    },
    (request, reply) =>
      sendDownload(request, reply, sendXlsx, (ctx) => service.exportOwnStaff(ctx, request.query)),
  );

  reference.get(
    "/api/provider/staff/job-types",
    { summary: "종사자 직종 코드", response: { 200: jobTypesResponse } },
    async (request) => ({
      items: await asActor(request, (ctx) => service.listJobTypes(ctx)),
    }),
  );

  reference.get(
    "/api/provider/staff/template.xlsx",
    { summary: "종사자 일괄등록 엑셀 양식(코드 설명 시트 포함)", produces: [XLSX_TYPE] },
    async (request, reply) => {
      const jobTypes = await asActor(request, (ctx) => service.listJobTypes(ctx));
      const body = await buildStaffTemplate(jobTypes);
      return reply
        .type(XLSX_TYPE)
        .header("Content-Disposition", attachmentHeader("종사자_일괄등록_양식.xlsx", "staff-template"))
        .send(body);
    },
  );

  routes.post(
    "/api/provider/staff/import",
    {
      summary: "종사자 엑셀 일괄등록(multipart, 파일 필드 file): 모든 행이 올바를 때만 한꺼번에 저장",
      consumes: ["multipart/form-data"],
      response: { 200: importReport, 422: importReport, 409: problem, 413: problem },
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

  routes.get(
    "/api/provider/staff/:id",
    { summary: "종사자 상세", params: staffIdParams, response: { 200: staffItem } },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getStaff(ctx, request.params.id)),
  );

  routes.post(
    "/api/provider/staff",
    { summary: "종사자 등록", body: staffCreate, response: { 201: staffItem, 409: problem } },
    (request, reply) => sendCreated(request, reply, (ctx) => service.createStaff(ctx, request.body)),
  );

  routes.patch(
    "/api/provider/staff/:id",
    {
      summary: "종사자 정보 수정(If-Match 또는 version 필수)",
      params: staffIdParams,
      body: staffUpdate,
      response: { 200: staffItem, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        service.updateStaff(ctx, request.params.id, request.body, version),
      ),
  );

  routes.withPolicy(rolePolicy(STAFF_ENDERS, "own-institution")).post(
    "/api/provider/staff/:id/end",
    {
      summary: "퇴사 처리(기관 관리자, If-Match 또는 version 필수)",
      params: staffIdParams,
      body: staffEnd,
      response: { 200: staffItem, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        service.endEmployment(ctx, request.params.id, request.body, version),
      ),
  );
}

/** 종사자 현황: officials' read-only view (UWSI). */
export function registerOfficialStaffRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["현황정보관리(UWSI) 종사자"],
    policy: rolePolicy(STAFF_OFFICIAL_READERS, "jurisdiction"),
  });

  routes.get(
    "/api/official/institutions/:id/staff.xlsx",
    {
      summary: "관할 기관의 종사자 목록 엑셀 다운로드(사유 필수, 접속기록에 남음)",
      params: institutionIdParams,
      querystring: staffExportQuery,
      ...xlsxDownload,
    },
    (request, reply) =>
      sendDownload(request, reply, sendXlsx, (ctx) =>
        service.exportInstitutionStaff(ctx, request.params.id, request.query),
      ),
  );

  routes.get(
    "/api/official/institutions/:id/staff",
    {
      summary: "관할 기관의 종사자 목록(조회 전용)",
      params: institutionIdParams,
      querystring: staffListQuery,
      response: { 200: staffListResponse },
    },
    (request) =>
      asActor(request, (ctx) => service.listInstitutionStaff(ctx, request.params.id, request.query)),
  );
}
