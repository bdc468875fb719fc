import { z } from "zod";
import { problem } from "../../platform/errors.ts";
import { sendXlsx } from "../../platform/excel.ts";
import { readUpload } from "../../platform/files.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import {
  errorResponses,
  routeGroup,
  sendCreated,
  sendDownload,
  xlsxDownload,
} from "../../platform/routes.ts";
import { fileItem, inspectionDetail, reasonBody } from "../inspections/index.ts";
import { CORRECTIVE_REPORTERS, FINDING_OFFICIALS, FINDING_READERS } from "./inspection-findings.policy.ts";
import {
  correctiveList,
  correctiveListQuery,
  correctiveOrder,
  correctiveSubmit,
  findingCreate,
  findingDetail,
  idParams,
  remindBody,
  verificationBody,
} from "./inspection-findings.schemas.ts";
import * as service from "./inspection-findings.service.ts";

const errors = { ...errorResponses, 409: problem };

/** 지적사항과 시정·개선 조치: officials' side (UWDX), under the 지도점검 tag. */
export function registerOfficialFindingRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["기관관리감독(UWDX) 지도점검"],
    policy: rolePolicy(FINDING_OFFICIALS, "jurisdiction"),
    errors,
  });

  routes.post(
    "/api/official/inspections/:id/findings",
    {
      summary: "지적사항 등록(심각도, 위반 코드)",
      params: idParams,
      body: findingCreate,
      response: { 201: inspectionDetail },
    },
    (request, reply) =>
      sendCreated(request, reply, (ctx) => service.addFinding(ctx, request.params.id, request.body)),
  );
  routes.post(
    "/api/official/findings/:id/corrective-action",
    {
      summary: "지적사항의 조치 요구(현지시정·주의·경고·시정·개선·행정처분·보조금 환수·과태료·고발, 기한)",
      params: idParams,
      body: correctiveOrder,
      response: { 200: inspectionDetail },
    },
    (request) => asActor(request, (ctx) => service.orderCorrective(ctx, request.params.id, request.body)),
  );
  routes.get(
    "/api/official/findings/:id",
    {
      summary: "지적사항 하나(기관, 적발일, 조치): 행정처분으로 이어질 때 읽는다",
      params: idParams,
      response: { 200: findingDetail },
    },
    (request) => asActor(request, (ctx) => service.getFinding(ctx, request.params.id)),
  );
  routes.post(
    "/api/official/findings/:id/withdraw",
    {
      summary: "지적사항 취소(조치 요구 전, 사유 필수)",
      params: idParams,
      body: reasonBody,
      response: { 200: inspectionDetail },
    },
    (request) => asActor(request, (ctx) => service.withdrawFinding(ctx, request.params.id, request.body)),
  );
  routes.get(
    "/api/official/corrective-actions",
    {
      summary: "시정·개선 조치 목록(미종결·기한 경과·보고 접수; 시군구별 집계)",
      querystring: correctiveListQuery,
      response: { 200: correctiveList },
    },
    (request) => asActor(request, (ctx) => service.listCorrective(ctx, request.query)),
  );
  routes.get(
    "/api/official/corrective-actions.xlsx",
    {
      summary: "시정·개선 조치 목록 엑셀 다운로드",
      querystring: correctiveListQuery,
      ...xlsxDownload,
    },
    (request, reply) =>
      sendDownload(request, reply, sendXlsx, (ctx) => service.exportCorrective(ctx, request.query)),
  );
  routes.post(
    "/api/official/corrective-actions/remind",
    {
      summary: "조치 결과 보고 독촉(선택한 조치)",
      body: remindBody,
      response: { 200: z.object({ reminded: z.number(), skipped: z.array(z.string()) }) },
    },
    (request) => asActor(request, (ctx) => service.remindCorrective(ctx, request.body)),
  );
  routes.post(
    "/api/official/corrective-actions/:id/accept",
    {
      summary: "조치 결과 확인(승인): 지적사항이 종결된다",
      params: idParams,
      body: verificationBody,
      response: { 200: inspectionDetail },
    },
    (request) =>
      asActor(request, (ctx) => service.verifyCorrective(ctx, request.params.id, "accept", request.body)),
  );
  routes.post(
    "/api/official/corrective-actions/:id/return",
    {
      summary: "조치 결과 보완 요구(사유 필수)",
      params: idParams,
      body: reasonBody,
      response: { 200: inspectionDetail },
    },
    (request) =>
      asActor(request, (ctx) => service.verifyCorrective(ctx, request.params.id, "return", request.body)),
  );
  routes.post(
    "/api/official/corrective-actions/:id/confirm",
    {
      summary: "현지시정·행정처분·과태료·고발의 처리 결과 기록(확인 완료)",
      params: idParams,
      body: reasonBody,
      response: { 200: inspectionDetail },
    },
    (request) =>
      asActor(request, (ctx) => service.verifyCorrective(ctx, request.params.id, "confirm", request.body)),
  );
}

/** 시정·개선 조치: providers' side (CWOM), under the 지도점검 tag. */
export function registerProviderFindingRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["기관관리감독(CWOM) 지도점검"],
    policy: rolePolicy(FINDING_READERS, "own-institution"),
    errors,
  });
  const report = routes.withPolicy(rolePolicy(CORRECTIVE_REPORTERS, "own-institution"));

  routes.get(
    "/api/provider/corrective-actions",
    {
      summary: "우리 기관의 시정·개선 조치와 기한",
      response: { 200: z.object({ items: z.array(correctiveList.shape.items.element) }) },
    },
    (request) => asActor(request, (ctx) => service.myCorrectiveActions(ctx)),
  );
  report.post(
    "/api/provider/corrective-actions/:id/files",
    {
      summary: "조치 결과 증빙 첨부(multipart, 필드 file)",
      params: idParams,
      consumes: ["multipart/form-data"],
      response: { 201: fileItem, 413: problem, 415: problem },
    },
    async (request, reply) => {
      const file = await asActor(request, (ctx) =>
        service.attachCorrectiveFile(ctx, request.params.id, () => readUpload(request)),
      );
      reply.code(201);
      return file;
    },
  );
  report.post(
    "/api/provider/corrective-actions/:id/submit",
    {
      summary: "조치 결과 보고(기한 후 보고는 지연으로 표시)",
      params: idParams,
      body: correctiveSubmit,
      response: { 200: inspectionDetail },
    },
    (request) => asActor(request, (ctx) => service.submitCorrective(ctx, request.params.id, request.body)),
  );
}
