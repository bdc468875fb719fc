import { z } from "zod";
import { problem } from "../../platform/errors.ts";
import { sendXlsx } from "../../platform/excel.ts";
import { readUpload, sendStoredFile } from "../../platform/files.ts";
import { type App, asActor } from "../../platform/http.ts";
import { sendPdf } from "../../platform/pdf.ts";
import { rolePolicy } from "../../platform/policy.ts";
import {
  errorResponses,
  fileDownload,
  pdfDownload,
  type RouteGroup,
  routeGroup,
  sendCreated,
  sendDownload,
  sendRecord,
  xlsxDownload,
} from "../../platform/routes.ts";
import { INSPECTION_OFFICIALS, INSPECTION_READERS } from "./inspections.policy.ts";
import * as provider from "./inspections.provider.service.ts";
import {
  documentParams,
  documentReview,
  fileItem,
  idParams,
  inspectionComplete,
  inspectionCreate,
  inspectionDetail,
  inspectionList,
  inspectionListQuery,
  inspectionSchedule,
  reasonBody,
  resultsSave,
  versionBody,
} from "./inspections.schemas.ts";
import * as service from "./inspections.service.ts";

const errors = { ...errorResponses, 409: problem };

/** 지도점검: officials' side (UWDX). */
export function registerOfficialInspectionRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["기관관리감독(UWDX) 지도점검"],
    policy: rolePolicy(INSPECTION_OFFICIALS, "jurisdiction"),
    errors,
  });

  routes.get(
    "/api/official/inspections",
    {
      summary: "지도점검 목록(기간, 시군구, 구분, 상태, 결과, 계획, 기관명; 정렬; 페이지)",
      querystring: inspectionListQuery,
      response: { 200: inspectionList },
    },
    (request) => asActor(request, (ctx) => service.listInspections(ctx, request.query)),
  );
  routes.get(
    "/api/official/inspections.xlsx",
    {
      summary: "지도점검 목록 엑셀 다운로드(목록과 같은 조건, 접속기록에 남음)",
      querystring: inspectionListQuery,
      ...xlsxDownload,
    },
    (request, reply) =>
      sendDownload(request, reply, sendXlsx, (ctx) => service.exportInspections(ctx, request.query)),
  );
  routes.post(
    "/api/official/inspections",
    {
      summary: "수시·특별 점검 등록(계획 밖의 한 기관)",
      body: inspectionCreate,
      response: { 201: inspectionDetail },
    },
    (request, reply) => sendCreated(request, reply, (ctx) => service.createInspection(ctx, request.body)),
  );
  routes.get(
    "/api/official/inspections/:id",
    {
      summary: "점검 상세: 점검표 결과, 사전 점검자료, 지적사항과 조치, 상태 이력",
      params: idParams,
      response: { 200: inspectionDetail },
    },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getInspection(ctx, request.params.id)),
  );
  routes.post(
    "/api/official/inspections/:id/schedule",
    {
      summary: "점검 일정·점검반·사전 통지(또는 불시)·사전 점검자료 요청",
      params: idParams,
      body: inspectionSchedule,
      response: { 200: inspectionDetail },
    },
    (request, reply) =>
      sendRecord(request, reply, (ctx) => service.scheduleInspection(ctx, request.params.id, request.body)),
  );
  routes.post(
    "/api/official/inspections/:id/documents/:documentId/review",
    {
      summary: "사전 점검자료 서면 검토(적정·보완 필요)",
      params: documentParams,
      body: documentReview,
      response: { 200: inspectionDetail },
    },
    (request, reply) =>
      sendRecord(request, reply, (ctx) =>
        service.reviewDocument(ctx, request.params.id, request.params.documentId, request.body),
      ),
  );
  for (const [action, summary, body] of [
    ["start", "점검 시작(현장 점검, 결과 입력 가능)", versionBody],
    ["reopen", "완료한 점검의 결과 다시 입력(사유 필수)", reasonBody],
    ["cancel", "점검 취소(사유 필수)", reasonBody],
    ["close", "점검 종결(모든 지적사항 종결 후)", versionBody],
  ] as const)
    routes.post(
      `/api/official/inspections/:id/${action}`,
      { summary, params: idParams, body, response: { 200: inspectionDetail } },
      (request, reply) =>
        sendRecord(request, reply, (ctx) =>
          service.simpleInspectionMove(ctx, request.params.id, action, request.body as { reason?: string }),
        ),
    );
  routes.put(
    "/api/official/inspections/:id/results",
    {
      summary: "항목별 점검 결과 저장(적합·부적합·해당 없음, 확인 내용)",
      params: idParams,
      body: resultsSave,
      response: { 200: inspectionDetail },
    },
    (request, reply) =>
      sendRecord(request, reply, (ctx) => service.saveResults(ctx, request.params.id, request.body)),
  );
  routes.post(
    "/api/official/inspections/:id/evidence",
    {
      summary: "점검 증빙(사진·문서) 첨부(multipart, 필드 file; 쿼리 itemCode로 항목 지정)",
      params: idParams,
      querystring: z.object({ itemCode: z.string().max(10).optional() }),
      consumes: ["multipart/form-data"],
      response: { 201: fileItem, 413: problem, 415: problem },
    },
    async (request, reply) => {
      const file = await asActor(request, (ctx) =>
        service.attachEvidence(
          ctx,
          request.params.id,
          () => readUpload(request),
          request.query.itemCode ?? null,
        ),
      );
      reply.code(201);
      return file;
    },
  );
  routes.post(
    "/api/official/inspections/:id/complete",
    {
      summary: "점검 완료(모든 항목에 결과가 있어야 함)",
      params: idParams,
      body: inspectionComplete,
      response: { 200: inspectionDetail },
    },
    (request, reply) =>
      sendRecord(request, reply, (ctx) => service.completeInspection(ctx, request.params.id, request.body)),
  );
  routes.post(
    "/api/official/inspections/:id/notify",
    {
      summary: "결과 통보(문서번호 부여, 기관에 공개)",
      params: idParams,
      body: versionBody,
      response: { 200: inspectionDetail },
    },
    (request, reply) =>
      sendRecord(request, reply, (ctx) =>
        service.notifyInspection(ctx, request.params.id, request.body.version),
      ),
  );
  registerNoticeAndFiles(routes, "official", "첨부파일 내려받기(접속기록에 남음)");
}

/** 지도점검: providers' side (CWOM). */
export function registerProviderInspectionRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["기관관리감독(CWOM) 지도점검"],
    policy: rolePolicy(INSPECTION_READERS, "own-institution"),
    errors,
  });

  routes.get(
    "/api/provider/inspections",
    {
      summary: "우리 기관의 지도점검(통지된 점검과 결과)",
      querystring: inspectionListQuery,
      response: { 200: inspectionList },
    },
    (request) => asActor(request, (ctx) => provider.listMyInspections(ctx, request.query)),
  );
  routes.get(
    "/api/provider/inspections/:id",
    {
      summary: "점검 상세: 일정, 요청 자료, 결과 통보 후 항목 결과·지적사항·조치 기한",
      params: idParams,
      response: { 200: inspectionDetail },
    },
    (request, reply) => sendRecord(request, reply, (ctx) => provider.getMyInspection(ctx, request.params.id)),
  );
  routes.post(
    "/api/provider/inspections/:id/documents/:documentId",
    {
      summary: "사전 점검자료 제출(multipart, 필드 file)",
      params: documentParams,
      consumes: ["multipart/form-data"],
      response: { 200: inspectionDetail, 413: problem, 415: problem },
    },
    (request) =>
      asActor(request, (ctx) =>
        provider.submitDocument(ctx, request.params.id, request.params.documentId, () => readUpload(request)),
      ),
  );
  registerNoticeAndFiles(routes, "provider", "첨부파일 내려받기(우리 기관이 제출한 자료)");
}

/** An inspection's result notice and files: one route each per side; what a side may read is the service's. */
function registerNoticeAndFiles(routes: RouteGroup, side: "official" | "provider", fileSummary: string) {
  routes.get(
    `/api/${side}/inspections/:id/result-notice.pdf`,
    { summary: "지도점검 결과 통지서(PDF)", params: idParams, ...pdfDownload },
    (request, reply) =>
      sendDownload(request, reply, sendPdf, (ctx) => service.resultNotice(ctx, request.params.id, side)),
  );
  routes.get(
    `/api/${side}/files/:id`,
    { summary: fileSummary, params: idParams, ...fileDownload },
    (request, reply) =>
      sendDownload(request, reply, sendStoredFile, (ctx) =>
        service.downloadFile(ctx, request.params.id, side),
      ),
  );
}
