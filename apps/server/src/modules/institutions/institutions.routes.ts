import { PassThrough } from "node:stream";
import { z } from "zod";
import { problem } from "../../platform/errors.ts";
import { XLSX_TYPE } from "../../platform/excel.ts";
import { attachmentHeader } from "../../platform/files.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import { routeGroup, sendRecord } from "../../platform/routes.ts";
import {
  AGENCY_READERS,
  PROVIDER_READERS,
  REGISTER_EXPORTERS,
  REGISTER_READERS,
} from "./institutions.policy.ts";
import {
  exportQuery,
  idParams,
  institutionDetail,
  institutionSummary,
  listQuery,
  listResponse,
} from "./institutions.schemas.ts";
import type { ExportStart } from "./institutions.service.ts";
import * as service from "./institutions.service.ts";

/** 현황정보관리: officials' side (UWSI). */
export function registerOfficialInstitutionRoutes(app: App) {
  const read = routeGroup(app, {
    tags: ["현황정보관리(UWSI)"],
    policy: rolePolicy(REGISTER_READERS, "jurisdiction"),
  });
  const exporters = read.withPolicy(rolePolicy(REGISTER_EXPORTERS, "jurisdiction"));

  read.get(
    "/api/official/institutions",
    {
      summary: "관할 기관 목록(필터·정렬·커서 페이징)",
      querystring: listQuery,
      response: { 200: listResponse },
    },
    (request) =>
      asActor(request, (ctx) => service.listInstitutions(ctx, request.query), {
        genericPlans: true,
        readOnly: true,
      }),
  );

  exporters.get(
    "/api/official/institutions/export.xlsx",
    {
      summary: "관할 기관 목록 엑셀 다운로드(목록과 같은 조건, 사유 필수, 최대 100,000건)",
      querystring: exportQuery,
      produces: [XLSX_TYPE],
      response: {
        200: z.unknown().describe("엑셀 파일(.xlsx): 1번 시트 기관 현황, 2번 시트 조회 조건"),
        422: problem,
      },
    },
    async (request, reply) => {
      // The file streams from the request's transaction: the reply starts once the checks have passed and
      // ends once the access log entry is committed: the file never sits whole in memory, and a finished
      // download is logged before the client sees its end.
      const body = new PassThrough();
      // Fastify reports a stream's failure itself; this only keeps one before it listens from going uncaught.
      body.on("error", () => undefined);
      let started = false;
      const head = await new Promise<ExportStart>((resolve, reject) => {
        asActor(request, (ctx) =>
          service.exportInstitutions(ctx, request.query, body, (h) => {
            started = true;
            resolve(h);
          }),
        ).then(
          () => {
            if (!body.destroyed) body.end();
          },
          (error: unknown) => {
            if (!started) reject(error);
            else {
              // Too late for an error answer: cut the download, so the client sees it failed.
              request.log.error({ err: error }, "institution export failed while streaming");
              body.destroy(error instanceof Error ? error : new Error(String(error)));
            }
          },
        );
      });
      return reply
        .type(XLSX_TYPE)
        .header("Cache-Control", "no-store")
        .header("X-Total-Count", String(head.total))
        .header("Content-Disposition", attachmentHeader(head.fileName, "institutions"))
        .send(body);
    },
  );

  read.get(
    "/api/official/institutions/:id",
    { summary: "기관 상세", params: idParams, response: { 200: institutionDetail } },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getInstitution(ctx, request.params.id)),
  );
}

/** 현황정보관리: providers' side (CWSU), and support agencies' view (CWAM). */
export function registerProviderInstitutionRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["현황정보관리(CWSU)"],
    policy: rolePolicy(PROVIDER_READERS, "own-institution"),
  });
  const agency = routeGroup(app, {
    tags: ["지원기관정보(CWAM)"],
    policy: rolePolicy(AGENCY_READERS, "assigned"),
  });

  routes.get(
    "/api/provider/institution",
    { summary: "우리 기관 현황", response: { 200: institutionDetail } },
    (request, reply) => sendRecord(request, reply, (ctx) => service.getOwnInstitution(ctx)),
  );

  agency.get(
    "/api/provider/agency/institutions",
    {
      summary: "배정된 기관 요약 목록",
      response: { 200: z.object({ items: z.array(institutionSummary) }) },
    },
    async (request) => {
      const page = await asActor(request, (ctx) =>
        service.listInstitutions(ctx, { sort: "name", limit: 200 }),
      );
      return { items: page.items };
    },
  );
}
