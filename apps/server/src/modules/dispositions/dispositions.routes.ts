import { z } from "zod";
import { problem } from "../../platform/errors.ts";
import { sendXlsx } from "../../platform/excel.ts";
import { readUpload, storedFileSchema } from "../../platform/files.ts";
import { type App, asActor } from "../../platform/http.ts";
import { sendPdf } from "../../platform/pdf.ts";
import { rolePolicy } from "../../platform/policy.ts";
import {
  errorResponses,
  pdfDownload,
  routeGroup,
  sendCreated,
  sendDownload,
  sendRecord,
  xlsxDownload,
} from "../../platform/routes.ts";
import {
  DISPOSITION_OFFICIALS,
  DISPOSITION_READERS,
  LADDER_ADMINISTRATORS,
  OPINION_SUBMITTERS,
} from "./dispositions.policy.ts";
import {
  appealBody,
  dateBody,
  decideBody,
  dispositionCreate,
  dispositionDetail,
  dispositionList,
  dispositionListQuery,
  historyResponse,
  idParams,
  keyParams,
  ladderTableCreate,
  ladderTableDetail,
  ladderTableList,
  opinionBody,
  preNoticeBody,
  previewBody,
  previewResponse,
  reasonBody,
} from "./dispositions.schemas.ts";
import * as service from "./dispositions.service.ts";

const errors = { ...errorResponses, 409: problem, 422: problem };
const noticeQuery = z.object({ kind: z.enum(["pre", "decision"]).default("decision") });

/** 행정처분: officials' side (UWDX). */
export function registerOfficialDispositionRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["기관관리감독(UWDX) 행정처분"],
    policy: rolePolicy(DISPOSITION_OFFICIALS, "jurisdiction"),
    errors,
  });
  const reference = routes.withPolicy(rolePolicy(DISPOSITION_OFFICIALS, "reference"));
  const ladderAdmin = routes.withPolicy(rolePolicy(LADDER_ADMINISTRATORS, "reference"));

  routes.post(
    "/api/official/dispositions/preview",
    {
      summary: "처분 미리보기: 위반 차수와 처분을 처분기준표로 계산(저장하지 않음; 이력은 전국 기준)",
      body: previewBody,
      response: { 200: previewResponse },
    },
    (request) => asActor(request, (ctx) => service.preview(ctx, request.body)),
  );
  reference.get(
    "/api/official/disposition-tables",
    { summary: "처분기준표 목록(법령별 판, 시행일, 확인 여부)", response: { 200: ladderTableList } },
    (request) => asActor(request, (ctx) => service.listTables(ctx)),
  );
  reference.get(
    "/api/official/disposition-tables/:key",
    {
      summary: "처분기준표 한 판(일반기준·개별기준)",
      params: keyParams,
      response: { 200: ladderTableDetail },
    },
    (request) => asActor(request, (ctx) => service.getTable(ctx, request.params.key)),
  );
  ladderAdmin.post(
    "/api/official/disposition-tables",
    {
      summary: "처분기준표 새 판 등록(보건복지부 관리자; 기존 판은 그 시행 기간의 위반행위에 계속 적용)",
      body: ladderTableCreate,
      response: { 201: ladderTableDetail },
    },
    async (request, reply) => {
      const table = await asActor(request, (ctx) => service.addTable(ctx, request.body.table));
      reply.code(201);
      return table;
    },
  );
  routes.get(
    "/api/official/dispositions",
    {
      summary: "행정처분 목록·행정처분대장(기간, 시군구, 법령, 처분, 상태, 정지 집행 중; 정렬; 페이지)",
      querystring: dispositionListQuery,
      response: { 200: dispositionList },
    },
    (request) => asActor(request, (ctx) => service.listDispositions(ctx, request.query)),
  );
  routes.get(
    "/api/official/dispositions.xlsx",
    {
      summary: "행정처분대장 엑셀 다운로드(목록과 같은 조건, 접속기록에 남음)",
      querystring: dispositionListQuery,
      ...xlsxDownload,
    },
    (request, reply) =>
      sendDownload(request, reply, sendXlsx, (ctx) => service.exportRegister(ctx, request.query)),
  );
  routes.post(
    "/api/official/dispositions",
    {
      summary:
        "처분안 작성(지적사항에서 또는 직접): 처분기준표가 제안한 처분을 확정하거나 사유와 함께 감경·가중",
      body: dispositionCreate,
      response: { 201: dispositionDetail },
    },
    (request, reply) => sendCreated(request, reply, (ctx) => service.createDisposition(ctx, request.body)),
  );
  routes.get(
    "/api/official/dispositions/:id",
    {
      summary: "처분 상세(관할 밖 처분은 조회만 가능, 조회는 접속기록에 남음)",
      params: idParams,
      response: { 200: dispositionDetail },
    },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getDisposition(ctx, request.params.id)),
  );
  routes.post(
    "/api/official/dispositions/:id/pre-notice",
    {
      summary: "사전통지(의견제출 기한은 통지일부터 10일 이상: 행정절차법 제21조)",
      params: idParams,
      body: preNoticeBody,
      response: { 200: dispositionDetail },
    },
    (request, reply) =>
      sendRecord(request, reply, (ctx) => service.preNotice(ctx, request.params.id, request.body)),
  );
  routes.post(
    "/api/official/dispositions/:id/decide",
    {
      summary: "처분 결정(의견제출 기한 경과 또는 의견 접수 후; 정지 처분은 기간 지정)",
      params: idParams,
      body: decideBody,
      response: { 200: dispositionDetail },
    },
    (request, reply) =>
      sendRecord(request, reply, (ctx) => service.decide(ctx, request.params.id, request.body)),
  );
  for (const [action, summary, body] of [
    ["execute", "집행 개시", dateBody],
    ["end", "집행 종료", dateBody],
    ["withdraw", "처분 철회(결정 전, 사유 필수)", reasonBody],
    ["cancel", "처분 취소(직권, 사유 필수): 이후 위반 차수에서 빠진다", reasonBody],
  ] as const)
    routes.post(
      `/api/official/dispositions/:id/${action}`,
      { summary, params: idParams, body, response: { 200: dispositionDetail } },
      (request, reply) =>
        sendRecord(request, reply, (ctx) =>
          service.simpleMove(
            ctx,
            request.params.id,
            action,
            request.body as { on?: string; reason?: string },
          ),
        ),
    );
  routes.post(
    "/api/official/dispositions/:id/report-to-ministry",
    {
      summary: "보건복지부 보고일 기록",
      params: idParams,
      body: dateBody,
      response: { 200: dispositionDetail },
    },
    (request, reply) =>
      sendRecord(request, reply, (ctx) => service.reportToMinistry(ctx, request.params.id, request.body)),
  );
  routes.post(
    "/api/official/dispositions/:id/appeal",
    {
      summary: "행정심판·행정소송 청구와 결과(인용 시 취소, 일부 인용 시 변경)",
      params: idParams,
      body: appealBody,
      response: { 200: dispositionDetail },
    },
    (request, reply) =>
      sendRecord(request, reply, (ctx) => service.recordAppeal(ctx, request.params.id, request.body)),
  );
  routes.get(
    "/api/official/dispositions/:id/notice.pdf",
    {
      summary: "사전통지서(kind=pre) 또는 행정처분서(kind=decision) PDF",
      params: idParams,
      querystring: noticeQuery,
      ...pdfDownload,
    },
    (request, reply) =>
      sendDownload(request, reply, sendPdf, (ctx) =>
        service.notice(ctx, request.params.id, request.query.kind),
      ),
  );
  reference.get(
    "/api/official/institutions/:id/disposition-history",
    {
      summary:
        "기관과 같은 운영자의 다른 기관의 행정처분 이력(전국, 관할 밖은 조회만; 조회는 접속기록에 남음)",
      params: idParams,
      response: { 200: historyResponse },
    },
    (request) => asActor(request, (ctx) => service.institutionHistory(ctx, request.params.id)),
  );
}

/** 행정처분: providers' side (CWOM). */
export function registerProviderDispositionRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["기관관리감독(CWOM) 행정처분"],
    policy: rolePolicy(DISPOSITION_READERS, "own-institution"),
    errors,
  });
  const submit = routes.withPolicy(rolePolicy(OPINION_SUBMITTERS, "own-institution"));

  routes.get(
    "/api/provider/dispositions",
    {
      summary: "우리 기관의 사전통지·행정처분",
      querystring: dispositionListQuery,
      response: { 200: dispositionList },
    },
    (request) => asActor(request, (ctx) => service.listMine(ctx, request.query)),
  );
  routes.get(
    "/api/provider/dispositions/:id",
    { summary: "처분 상세", params: idParams, response: { 200: dispositionDetail } },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getMine(ctx, request.params.id)),
  );
  submit.post(
    "/api/provider/dispositions/:id/opinion",
    {
      summary: "의견제출(기한까지)",
      params: idParams,
      body: opinionBody,
      response: { 200: dispositionDetail },
    },
    (request, reply) =>
      sendRecord(request, reply, (ctx) => service.submitOpinion(ctx, request.params.id, request.body)),
  );
  submit.post(
    "/api/provider/dispositions/:id/files",
    {
      summary: "의견제출 첨부(multipart, 필드 file)",
      params: idParams,
      consumes: ["multipart/form-data"],
      response: { 201: storedFileSchema, 413: problem, 415: problem },
    },
    async (request, reply) => {
      const file = await asActor(request, (ctx) =>
        service.attachOpinionFile(ctx, request.params.id, () => readUpload(request)),
      );
      reply.code(201);
      return file;
    },
  );
  routes.get(
    "/api/provider/dispositions/:id/notice.pdf",
    {
      summary: "사전통지서 또는 행정처분서 PDF",
      params: idParams,
      querystring: noticeQuery,
      ...pdfDownload,
    },
    (request, reply) =>
      sendDownload(request, reply, sendPdf, (ctx) =>
        service.noticeForMine(ctx, request.params.id, request.query.kind),
      ),
  );
}
