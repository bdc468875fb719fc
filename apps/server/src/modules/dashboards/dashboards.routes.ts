import { sendXlsx, XLSX_TYPE } from "../../platform/excel.ts";
import { type App, asActor, requireActor } from "../../platform/http.ts";
import { routeGroup, xlsxFile } from "../../platform/routes.ts";
import { INSTITUTION_DASHBOARD_READERS, JURISDICTION_DASHBOARD_READERS } from "./dashboards.policy.ts";
import {
  institutionDashboard,
  institutionExportQuery,
  jurisdictionDashboard,
  jurisdictionExportQuery,
} from "./dashboards.schemas.ts";
import * as service from "./dashboards.service.ts";

/** 업무현황: the officials' start page, by jurisdiction. */
export function registerJurisdictionDashboardRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["업무현황"],
    policy: { access: "roles", roles: JURISDICTION_DASHBOARD_READERS, scope: "jurisdiction" },
  });
  routes.get(
    "/api/official/dashboards/jurisdiction",
    {
      operationId: "getJurisdictionDashboard",
      summary: "관할 업무현황(기관·지도점검·처분·현황보고·변경신청; 시도는 시군구별, 보건복지부는 시도별)",
      response: { 200: jurisdictionDashboard },
    },
    (request) =>
      service.sharedJurisdictionDashboard(
        requireActor(request),
        request.server.config.dashboardCacheSeconds,
        () => asActor(request, (ctx) => service.jurisdictionDashboard(ctx), { readOnly: true }),
      ),
  );
  routes.get(
    "/api/official/dashboards/jurisdiction.xlsx",
    {
      operationId: "downloadJurisdictionDashboardExcel",
      summary: "관할 업무현황의 표 하나를 엑셀로 내려받기(2번 시트: 관할·기준일)",
      querystring: jurisdictionExportQuery,
      produces: [XLSX_TYPE],
      response: { 200: xlsxFile },
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        await asActor(request, (ctx) => service.exportJurisdictionTable(ctx, request.query.table)),
      ),
  );
}

/** 업무현황: the institution's start page. */
export function registerInstitutionDashboardRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["업무현황(기관)"],
    policy: { access: "roles", roles: INSTITUTION_DASHBOARD_READERS, scope: "own-institution" },
  });
  routes.get(
    "/api/provider/dashboards/institution",
    {
      operationId: "getProviderInstitutionDashboard",
      summary: "우리 기관 업무현황(다가오는 기한, 미종결 지적사항, 행정처분, 최근 평가등급)",
      response: { 200: institutionDashboard },
    },
    (request) => asActor(request, (ctx) => service.institutionDashboard(ctx), { readOnly: true }),
  );
  routes.get(
    "/api/provider/dashboards/institution.xlsx",
    {
      operationId: "downloadProviderInstitutionDashboardExcel",
      summary: "우리 기관 업무현황의 표 하나를 엑셀로 내려받기(2번 시트: 기관·기준일)",
      querystring: institutionExportQuery,
      produces: [XLSX_TYPE],
      response: { 200: xlsxFile },
    },
    async (request, reply) =>
      sendXlsx(
        reply,
        await asActor(request, (ctx) => service.exportInstitutionTable(ctx, request.query.table)),
      ),
  );
}
