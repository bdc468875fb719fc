import { z } from "zod";
import { problem } from "../../platform/auth/auth.schemas.ts";
import { sendXlsx, XLSX_TYPE } from "../../platform/excel.ts";
import { sendStoredFile } from "../../platform/files.ts";
import { type App, asActor, sendWithVersion } from "../../platform/http.ts";
import { sendPdf } from "../../platform/pdf.ts";
import { CORRECTIVE_REPORTERS, INSPECTION_OFFICIALS, INSPECTION_READERS } from "./inspections.policy.ts";
import {
  candidateList,
  candidateQuery,
  casebookList,
  casebookQuery,
  casebookShare,
  checklistList,
  checklistVersionCreate,
  checklistVersionDetail,
  correctiveList,
  correctiveListQuery,
  correctiveOrder,
  correctiveSubmit,
  documentParams,
  documentReview,
  fileItem,
  findingCreate,
  findingDetail,
  idParams,
  inspectionComplete,
  inspectionCreate,
  inspectionDetail,
  inspectionList,
  inspectionListQuery,
  inspectionSchedule,
  planCreate,
  planDetail,
  planList,
  planListQuery,
  planTargetsAdd,
  reasonBody,
  remindBody,
  resultsSave,
  verificationBody,
  versionBody,
} from "./inspections.schemas.ts";
import * as service from "./inspections.service.ts";

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem };
const fileErrors = { ...errors, 413: problem, 415: problem };
const xlsx = { 200: z.unknown().describe("엑셀 파일(.xlsx)"), ...errors };

/** 지도점검: officials' side (UWDX). */
export function registerOfficialInspectionRoutes(app: App) {
  const tags = ["기관관리감독(UWDX) 지도점검"];
  const config = { policy: { access: "roles", roles: INSPECTION_OFFICIALS, scope: "jurisdiction" } as const };
  const referenceConfig = {
    policy: { access: "roles", roles: INSPECTION_OFFICIALS, scope: "reference" } as const,
  };

  // ── checklists ──
  app.get(
    "/api/official/inspection-checklists",
    {
      config: referenceConfig,
      schema: { tags, summary: "점검표 목록(템플릿별 버전)", response: { 200: checklistList, ...errors } },
    },
    (request) => asActor(request, (ctx) => service.listChecklists(ctx)),
  );
  app.get(
    "/api/official/inspection-checklists/:id",
    {
      config: referenceConfig,
      schema: {
        tags,
        summary: "점검표 버전의 항목(법적 근거, 위반 코드, 확인 여부)",
        params: idParams,
        response: { 200: checklistVersionDetail, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.getChecklistVersion(ctx, request.params.id)),
  );
  app.post(
    "/api/official/inspection-checklists",
    {
      config: referenceConfig,
      schema: {
        tags,
        summary: "점검표 수정: 새 버전을 만든다(기존 점검은 쓰던 버전을 유지)",
        body: checklistVersionCreate,
        response: { 201: checklistVersionDetail, ...errors },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return asActor(request, (ctx) => service.createChecklistVersion(ctx, request.body));
    },
  );

  // ── plans ──
  app.get(
    "/api/official/inspection-plans",
    {
      config,
      schema: {
        tags,
        summary: "점검계획 목록(연도·구분·상태, 정렬, 페이지)",
        querystring: planListQuery,
        response: { 200: planList, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listPlans(ctx, request.query)),
  );
  app.get(
    "/api/official/inspection-plans/candidates",
    {
      config,
      schema: {
        tags,
        summary: "점검 대상 후보(유형, 시군구, 최근 점검일, 평가등급, 미조치 지적)",
        querystring: candidateQuery,
        response: { 200: candidateList, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listCandidates(ctx, request.query)),
  );
  app.post(
    "/api/official/inspection-plans",
    {
      config,
      schema: {
        tags,
        summary: "점검계획 수립(대상 기관과 선정 사유, 점검 월)",
        body: planCreate,
        response: { 201: planDetail, ...errors },
      },
    },
    async (request, reply) => {
      const plan = await asActor(request, (ctx) => service.createPlan(ctx, request.body));
      reply.code(201);
      return sendWithVersion(reply, plan);
    },
  );
  app.get(
    "/api/official/inspection-plans/:id",
    {
      config,
      schema: {
        tags,
        summary: "점검계획 상세: 월별 진행, 대상 점검",
        params: idParams,
        response: { 200: planDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(reply, await asActor(request, (ctx) => service.getPlan(ctx, request.params.id))),
  );
  app.post(
    "/api/official/inspection-plans/:id/targets",
    {
      config,
      schema: {
        tags,
        summary: "작성 중인 점검계획에 대상 기관 추가",
        params: idParams,
        body: planTargetsAdd,
        response: { 200: planDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(
        reply,
        await asActor(request, (ctx) => service.addPlanTargets(ctx, request.params.id, request.body)),
      ),
  );
  app.post(
    "/api/official/inspection-plans/:id/approve",
    {
      config,
      schema: {
        tags,
        summary: "점검계획 승인",
        params: idParams,
        body: versionBody,
        response: { 200: planDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(
        reply,
        await asActor(request, (ctx) => service.approvePlan(ctx, request.params.id, request.body.version)),
      ),
  );

  // ── inspections ──
  app.get(
    "/api/official/inspections",
    {
      config,
      schema: {
        tags,
        summary: "지도점검 목록(기간, 시군구, 구분, 상태, 결과, 계획, 기관명; 정렬; 페이지)",
        querystring: inspectionListQuery,
        response: { 200: inspectionList, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listInspections(ctx, request.query)),
  );
  app.get(
    "/api/official/inspections.xlsx",
    {
      config,
      schema: {
        tags,
        summary: "지도점검 목록 엑셀 다운로드(목록과 같은 조건, 접속기록에 남음)",
        querystring: inspectionListQuery,
        produces: [XLSX_TYPE],
        response: xlsx,
      },
    },
    async (request, reply) =>
      sendXlsx(reply, await asActor(request, (ctx) => service.exportInspections(ctx, request.query))),
  );
  app.post(
    "/api/official/inspections",
    {
      config,
      schema: {
        tags,
        summary: "수시·특별 점검 등록(계획 밖의 한 기관)",
        body: inspectionCreate,
        response: { 201: inspectionDetail, ...errors },
      },
    },
    async (request, reply) => {
      const detail = await asActor(request, (ctx) => service.createInspection(ctx, request.body));
      reply.code(201);
      return sendWithVersion(reply, detail);
    },
  );
  app.get(
    "/api/official/inspections/:id",
    {
      config,
      schema: {
        tags,
        summary: "점검 상세: 점검표 결과, 사전 점검자료, 지적사항과 조치, 상태 이력",
        params: idParams,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(reply, await asActor(request, (ctx) => service.getInspection(ctx, request.params.id))),
  );
  app.post(
    "/api/official/inspections/:id/schedule",
    {
      config,
      schema: {
        tags,
        summary: "점검 일정·점검반·사전 통지(또는 불시)·사전 점검자료 요청",
        params: idParams,
        body: inspectionSchedule,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(
        reply,
        await asActor(request, (ctx) => service.scheduleInspection(ctx, request.params.id, request.body)),
      ),
  );
  app.post(
    "/api/official/inspections/:id/documents/:documentId/review",
    {
      config,
      schema: {
        tags,
        summary: "사전 점검자료 서면 검토(적정·보완 필요)",
        params: documentParams,
        body: documentReview,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(
        reply,
        await asActor(request, (ctx) =>
          service.reviewDocument(ctx, request.params.id, request.params.documentId, request.body),
        ),
      ),
  );
  for (const [action, summary, body] of [
    ["start", "점검 시작(현장 점검, 결과 입력 가능)", versionBody],
    ["reopen", "완료한 점검의 결과 다시 입력(사유 필수)", reasonBody],
    ["cancel", "점검 취소(사유 필수)", reasonBody],
    ["close", "점검 종결(모든 지적사항 종결 후)", versionBody],
  ] as const)
    app.post(
      `/api/official/inspections/:id/${action}`,
      {
        config,
        schema: { tags, summary, params: idParams, body, response: { 200: inspectionDetail, ...errors } },
      },
      async (request, reply) =>
        sendWithVersion(
          reply,
          await asActor(request, (ctx) =>
            service.simpleInspectionMove(ctx, request.params.id, action, request.body as { reason?: string }),
          ),
        ),
    );
  app.put(
    "/api/official/inspections/:id/results",
    {
      config,
      schema: {
        tags,
        summary: "항목별 점검 결과 저장(적합·부적합·해당 없음, 확인 내용)",
        params: idParams,
        body: resultsSave,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(
        reply,
        await asActor(request, (ctx) => service.saveResults(ctx, request.params.id, request.body)),
      ),
  );
  app.post(
    "/api/official/inspections/:id/evidence",
    {
      config,
      schema: {
        tags,
        summary: "점검 증빙(사진·문서) 첨부(multipart, 필드 file; 쿼리 itemCode로 항목 지정)",
        params: idParams,
        querystring: z.object({ itemCode: z.string().max(10).optional() }),
        consumes: ["multipart/form-data"],
        response: { 201: fileItem, ...fileErrors },
      },
    },
    async (request, reply) => {
      const file = await asActor(request, (ctx) =>
        service.attachEvidence(ctx, request.params.id, request, request.query.itemCode ?? null),
      );
      reply.code(201);
      return file;
    },
  );
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
    "/api/official/inspections/:id/complete",
    {
      config,
      schema: {
        tags,
        summary: "점검 완료(모든 항목에 결과가 있어야 함)",
        params: idParams,
        body: inspectionComplete,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(
        reply,
        await asActor(request, (ctx) => service.completeInspection(ctx, request.params.id, request.body)),
      ),
  );
  app.post(
    "/api/official/inspections/:id/notify",
    {
      config,
      schema: {
        tags,
        summary: "결과 통보(문서번호 부여, 기관에 공개)",
        params: idParams,
        body: versionBody,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(
        reply,
        await asActor(request, (ctx) =>
          service.notifyInspection(ctx, request.params.id, request.body.version),
        ),
      ),
  );
  app.get(
    "/api/official/inspections/:id/result-notice.pdf",
    {
      config,
      schema: {
        tags,
        summary: "지도점검 결과 통지서(PDF)",
        params: idParams,
        produces: ["application/pdf"],
        response: { 200: z.unknown().describe("PDF"), ...errors },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await asActor(request, (ctx) => service.resultNotice(ctx, request.params.id, "official")),
      ),
  );

  // ── findings and corrective actions ──
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
  app.post(
    "/api/official/findings/:id/casebook",
    {
      config,
      schema: {
        tags,
        summary: "지적 사례집 공유(익명화한 내용) 또는 공유 해제",
        params: idParams,
        body: casebookShare,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.shareToCasebook(ctx, request.params.id, request.body)),
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
  app.get(
    "/api/official/files/:id",
    {
      config,
      schema: {
        tags,
        summary: "첨부파일 내려받기(접속기록에 남음)",
        params: idParams,
        response: { 200: z.unknown().describe("파일"), ...errors },
      },
    },
    async (request, reply) =>
      sendStoredFile(
        reply,
        await asActor(request, (ctx) => service.downloadFile(ctx, request.params.id, "official")),
      ),
  );
  app.get(
    "/api/official/casebook",
    {
      config: referenceConfig,
      schema: {
        tags,
        summary: "지적 사례집(익명, 전국)",
        querystring: casebookQuery,
        response: { 200: casebookList, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.casebook(ctx, request.query)),
  );
}

/** 지도점검: providers' side (CWOM). */
export function registerProviderInspectionRoutes(app: App) {
  const tags = ["기관관리감독(CWOM) 지도점검"];
  const config = {
    policy: { access: "roles", roles: INSPECTION_READERS, scope: "own-institution" } as const,
  };
  const reporterConfig = {
    policy: { access: "roles", roles: CORRECTIVE_REPORTERS, scope: "own-institution" } as const,
  };

  app.get(
    "/api/provider/inspections",
    {
      config,
      schema: {
        tags,
        summary: "우리 기관의 지도점검(통지된 점검과 결과)",
        querystring: inspectionListQuery,
        response: { 200: inspectionList, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listMyInspections(ctx, request.query)),
  );
  app.get(
    "/api/provider/inspections/:id",
    {
      config,
      schema: {
        tags,
        summary: "점검 상세: 일정, 요청 자료, 결과 통보 후 항목 결과·지적사항·조치 기한",
        params: idParams,
        response: { 200: inspectionDetail, ...errors },
      },
    },
    async (request, reply) =>
      sendWithVersion(
        reply,
        await asActor(request, (ctx) => service.getMyInspection(ctx, request.params.id)),
      ),
  );
  app.post(
    "/api/provider/inspections/:id/documents/:documentId",
    {
      config,
      schema: {
        tags,
        summary: "사전 점검자료 제출(multipart, 필드 file)",
        params: documentParams,
        consumes: ["multipart/form-data"],
        response: { 200: inspectionDetail, ...fileErrors },
      },
    },
    (request) =>
      asActor(request, (ctx) =>
        service.submitDocument(ctx, request.params.id, request.params.documentId, request),
      ),
  );
  app.get(
    "/api/provider/inspections/:id/result-notice.pdf",
    {
      config,
      schema: {
        tags,
        summary: "지도점검 결과 통지서(PDF)",
        params: idParams,
        produces: ["application/pdf"],
        response: { 200: z.unknown().describe("PDF"), ...errors },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await asActor(request, (ctx) => service.resultNotice(ctx, request.params.id, "provider")),
      ),
  );
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
        service.attachCorrectiveFile(ctx, request.params.id, request),
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
  app.get(
    "/api/provider/files/:id",
    {
      config,
      schema: {
        tags,
        summary: "첨부파일 내려받기(우리 기관이 제출한 자료)",
        params: idParams,
        response: { 200: z.unknown().describe("파일"), ...errors },
      },
    },
    async (request, reply) =>
      sendStoredFile(
        reply,
        await asActor(request, (ctx) => service.downloadFile(ctx, request.params.id, "provider")),
      ),
  );
  app.get(
    "/api/provider/casebook",
    {
      config: { policy: { access: "roles", roles: INSPECTION_READERS, scope: "reference" } as const },
      schema: {
        tags,
        summary: "지적 사례집(익명, 전국)",
        querystring: casebookQuery,
        response: { 200: casebookList, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.casebook(ctx, request.query)),
  );
}
