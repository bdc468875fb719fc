import { z } from "zod";
import { problem } from "../../platform/errors.ts";
import { sendXlsx, XLSX_TYPE } from "../../platform/excel.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import {
  routeGroup,
  sendCreated,
  sendDownload,
  sendRecord,
  sendUpdated,
  xlsxFile,
} from "../../platform/routes.ts";
import { REPORT_EDITORS, REPORT_SUBMITTERS, ROUND_OFFICIALS } from "./status-reports.policy.ts";
import {
  draftSave,
  openResponse,
  providerRoundDetail,
  providerRoundList,
  providerRoundParams,
  reminderResult,
  reminderSend,
  reportSubmit,
  roundDetail,
  roundIdParams,
  roundListQuery,
  roundListResponse,
  roundOpen,
  roundTargetParams,
  summaryResponse,
  targetDetail,
  targetExportQuery,
  targetFilter,
  targetListQuery,
  targetListResponse,
  targetPreview,
  versionBody,
} from "./status-reports.schemas.ts";
import * as service from "./status-reports.service.ts";

/** 현황보고 관리: officials' side (UWSI). */
export function registerOfficialStatusReportRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["현황정보관리(UWSI) 현황보고"],
    policy: rolePolicy(ROUND_OFFICIALS, "jurisdiction"),
  });

  routes.get(
    "/api/official/status-reports",
    {
      summary: "현황보고 회차 목록(상태·기간 필터, 페이지; 건수는 관할 구역 안의 대상 기준)",
      querystring: roundListQuery,
      response: { 200: roundListResponse },
    },
    (request) => asActor(request, (ctx) => service.listRounds(ctx, request.query)),
  );

  routes.post(
    "/api/official/status-reports/target-preview",
    {
      summary: "회차 개설 전 대상 기관 수 미리보기(시군구별)",
      body: z.object({ target: targetFilter }),
      response: { 200: targetPreview },
    },
    (request) => asActor(request, (ctx) => service.previewTargets(ctx, request.body.target)),
  );

  routes.post(
    "/api/official/status-reports",
    {
      summary: "현황보고 회차 개설(관할 구역의 운영 중인 기관 전체·분야/유형/시군구·기관 목록 중 선택)",
      body: roundOpen,
      response: { 201: openResponse, 409: problem },
    },
    (request, reply) => sendCreated(request, reply, (ctx) => service.openRound(ctx, request.body)),
  );

  routes.get(
    "/api/official/status-reports/:id",
    {
      summary: "회차 상세: 시도·시군구별 제출 현황, 독촉 이력",
      params: roundIdParams,
      response: { 200: roundDetail },
    },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getRound(ctx, request.params.id)),
  );

  routes.get(
    "/api/official/status-reports/:id/targets",
    {
      summary: "회차의 기관별 제출 현황(미제출·제출·지연, 시군구, 유형 필터; 정렬; 페이지)",
      params: roundIdParams,
      querystring: targetListQuery,
      response: { 200: targetListResponse },
    },
    (request) => asActor(request, (ctx) => service.listTargets(ctx, request.params.id, request.query)),
  );

  routes.get(
    "/api/official/status-reports/:id/targets.xlsx",
    {
      summary: "기관별 제출 현황 엑셀 다운로드(목록과 같은 조건, 접속기록에 남음)",
      params: roundIdParams,
      querystring: targetExportQuery,
      produces: [XLSX_TYPE],
      response: { 200: xlsxFile, 422: problem },
    },
    (request, reply) =>
      sendDownload(request, reply, sendXlsx, (ctx) =>
        service.exportTargets(ctx, request.params.id, request.query),
      ),
  );

  routes.get(
    "/api/official/status-reports/:id/targets/:institutionId",
    { summary: "한 기관의 제출 내용", params: roundTargetParams, response: { 200: targetDetail } },
    (request) =>
      asActor(request, (ctx) => service.getTarget(ctx, request.params.id, request.params.institutionId)),
  );

  routes.get(
    "/api/official/status-reports/:id/summary",
    {
      summary: "회차 집계: 시도·시군구별, 시설 유형별 대상·제출·제출률·정원·현원·종사자 합계",
      params: roundIdParams,
      response: { 200: summaryResponse },
    },
    (request) => asActor(request, (ctx) => service.summary(ctx, request.params.id)),
  );

  routes.post(
    "/api/official/status-reports/:id/reminders",
    {
      summary:
        "미제출 기관에 독촉(관할 구역의 미제출 기관 전체 또는 지정 기관; 기관 포털에 표시되며 전자우편·문자는 보내지 않음)",
      params: roundIdParams,
      body: reminderSend,
      response: { 201: reminderResult, 409: problem },
    },
    async (request, reply) => {
      const result = await asActor(request, (ctx) =>
        service.sendReminders(ctx, request.params.id, request.body),
      );
      reply.code(201);
      return result;
    },
  );

  routes.post(
    "/api/official/status-reports/:id/close",
    {
      summary:
        "회차 마감(개설한 기관, If-Match 또는 version 필수): 이후 제출 불가, 미제출 기관은 미제출로 남음",
      params: roundIdParams,
      body: versionBody,
      response: { 200: roundDetail, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body?.version, (ctx, version) =>
        service.closeRound(ctx, request.params.id, version),
      ),
  );
}

/** 현황보고: providers' side (CWSU). */
export function registerProviderStatusReportRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["현황정보관리(CWSU) 현황보고"],
    policy: rolePolicy(REPORT_EDITORS, "own-institution"),
  });
  const submit = routes.withPolicy(rolePolicy(REPORT_SUBMITTERS, "own-institution"));

  routes.get(
    "/api/provider/status-reports",
    {
      summary: "우리 기관의 현황보고 회차(제출 기한, 상태, 받은 독촉)",
      response: { 200: providerRoundList },
    },
    (request) => asActor(request, (ctx) => service.listOwnRounds(ctx)),
  );

  routes.get(
    "/api/provider/status-reports/:roundId",
    {
      summary: "현황보고 작성 화면(제출한 내용, 임시저장, 또는 기관 현황에서 가져온 값)",
      params: providerRoundParams,
      response: { 200: providerRoundDetail },
    },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getOwnRound(ctx, request.params.roundId)),
  );

  routes.post(
    "/api/provider/status-reports/:roundId/draft",
    {
      summary: "현황보고 임시저장(기관 관리자·실무자, If-Match 또는 version 필수)",
      params: providerRoundParams,
      body: draftSave,
      response: { 200: providerRoundDetail, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        service.saveDraft(ctx, request.params.roundId, request.body, version),
      ),
  );

  submit.post(
    "/api/provider/status-reports/:roundId/submit",
    {
      summary:
        "현황보고 제출(기관 관리자, If-Match 또는 version 필수; 제출 후 수정 불가, 기한 후 제출은 지연 제출)",
      params: providerRoundParams,
      body: reportSubmit,
      response: { 200: providerRoundDetail, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        service.submitReport(ctx, request.params.roundId, request.body, version),
      ),
  );
}
