import { z } from "zod";
import { problem } from "../../platform/errors.ts";
import { sendXlsx, XLSX_TYPE } from "../../platform/excel.ts";
import { readUpload } from "../../platform/files.ts";
import { type App, asActor, sendWithVersion } from "../../platform/http.ts";
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

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };
const fileErrors = { ...errors, 413: problem, 415: problem };
const xlsx = { 200: z.unknown().describe("엑셀 파일(.xlsx)"), ...errors };

/** 지적사항과 시정·개선 조치: officials' side (UWDX), under the 지도점검 tag. */
export function registerOfficialFindingRoutes(app: App) {
  const tags = ["기관관리감독(UWDX) 지도점검"];
  const config = { policy: { access: "roles", roles: FINDING_OFFICIALS, scope: "jurisdiction" } as const };

  app.post(
    "/api/official/inspections/:id/findings",
    {
      config,
      schema: {
        tags,
        summary: "지적사항 등록(심각도, 위반 코드)",
        params: idParams,
        body: findingCreate,
        response: { 201: inspectionDetail, ...errors },
      },
    },
    async (request, reply) => {
      const detail = await asActor(request, (ctx) =>
        service.addFinding(ctx, request.params.id, request.body),
      );
      reply.code(201);
      return sendWithVersion(reply, detail);
    },
  );
  app.post(
    "/api/official/findings/:id/corrective-action",
    {
      config,
      schema: {
        tags,
        summary: "지적사항의 조치 요구(현지시정·주의·경고·시정·개선·행정처분·보조금 환수·과태료·고발, 기한)",
        params: idParams,
        body: correctiveOrder,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.orderCorrective(ctx, request.params.id, request.body)),
  );
  app.get(
    "/api/official/findings/:id",
    {
      config,
      schema: {
        tags,
        summary: "지적사항 하나(기관, 적발일, 조치): 행정처분으로 이어질 때 읽는다",
        params: idParams,
        response: { 200: findingDetail, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.getFinding(ctx, request.params.id)),
  );
  app.post(
    "/api/official/findings/:id/withdraw",
    {
      config,
      schema: {
        tags,
        summary: "지적사항 취소(조치 요구 전, 사유 필수)",
        params: idParams,
        body: reasonBody,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.withdrawFinding(ctx, request.params.id, request.body)),
  );
  app.get(
    "/api/official/corrective-actions",
    {
      config,
      schema: {
        tags,
        summary: "시정·개선 조치 목록(미종결·기한 경과·보고 접수; 시군구별 집계)",
        querystring: correctiveListQuery,
        response: { 200: correctiveList, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listCorrective(ctx, request.query)),
  );
  app.get(
    "/api/official/corrective-actions.xlsx",
    {
      config,
      schema: {
        tags,
        summary: "시정·개선 조치 목록 엑셀 다운로드",
        querystring: correctiveListQuery,
        produces: [XLSX_TYPE],
        response: xlsx,
      },
    },
    async (request, reply) =>
      sendXlsx(reply, await asActor(request, (ctx) => service.exportCorrective(ctx, request.query))),
  );
  app.post(
    "/api/official/corrective-actions/remind",
    {
      config,
      schema: {
        tags,
        summary: "조치 결과 보고 독촉(선택한 조치)",
        body: remindBody,
        response: { 200: z.object({ reminded: z.number(), skipped: z.array(z.string()) }), ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.remindCorrective(ctx, request.body)),
  );
  app.post(
    "/api/official/corrective-actions/:id/accept",
    {
      config,
      schema: {
        tags,
        summary: "조치 결과 확인(승인): 지적사항이 종결된다",
        params: idParams,
        body: verificationBody,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    (request) =>
      asActor(request, (ctx) => service.verifyCorrective(ctx, request.params.id, "accept", request.body)),
  );
  app.post(
    "/api/official/corrective-actions/:id/return",
    {
      config,
      schema: {
        tags,
        summary: "조치 결과 보완 요구(사유 필수)",
        params: idParams,
        body: reasonBody,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    (request) =>
      asActor(request, (ctx) => service.verifyCorrective(ctx, request.params.id, "return", request.body)),
  );
  app.post(
    "/api/official/corrective-actions/:id/confirm",
    {
      config,
      schema: {
        tags,
        summary: "현지시정·행정처분·과태료·고발의 처리 결과 기록(확인 완료)",
        params: idParams,
        body: reasonBody,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    (request) =>
      asActor(request, (ctx) => service.verifyCorrective(ctx, request.params.id, "confirm", request.body)),
  );
}

/** 시정·개선 조치: providers' side (CWOM), under the 지도점검 tag. */
export function registerProviderFindingRoutes(app: App) {
  const tags = ["기관관리감독(CWOM) 지도점검"];
  const config = {
    policy: { access: "roles", roles: FINDING_READERS, scope: "own-institution" } as const,
  };
  const reporterConfig = {
    policy: { access: "roles", roles: CORRECTIVE_REPORTERS, scope: "own-institution" } as const,
  };

  app.get(
    "/api/provider/corrective-actions",
    {
      config,
      schema: {
        tags,
        summary: "우리 기관의 시정·개선 조치와 기한",
        response: { 200: z.object({ items: z.array(correctiveList.shape.items.element) }), ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.myCorrectiveActions(ctx)),
  );
  app.post(
    "/api/provider/corrective-actions/:id/files",
    {
      config: reporterConfig,
      schema: {
        tags,
        summary: "조치 결과 증빙 첨부(multipart, 필드 file)",
        params: idParams,
        consumes: ["multipart/form-data"],
        response: { 201: fileItem, ...fileErrors },
      },
    },
    async (request, reply) => {
      const file = await asActor(request, (ctx) =>
        service.attachCorrectiveFile(ctx, request.params.id, () => readUpload(request)),
      );
      reply.code(201);
      return file;
    },
  );
  app.post(
    "/api/provider/corrective-actions/:id/submit",
    {
      config: reporterConfig,
      schema: {
        tags,
        summary: "조치 결과 보고(기한 후 보고는 지연으로 표시)",
        params: idParams,
        body: correctiveSubmit,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.submitCorrective(ctx, request.params.id, request.body)),
  );
}
