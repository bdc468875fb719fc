import { forgetSessions } from "../../platform/auth/sessions.ts";
import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import { routeGroup } from "../../platform/routes.ts";
import { forgetRegionCodes } from "./region-codes.ts";
import { REORGANISATION_ADMINS } from "./region-reorganisation.policy.ts";
import {
  applyBody,
  idParams,
  listQuery,
  listResponse,
  presetsResponse,
  previewBody,
  previewResponse,
  reorganisationDetail,
} from "./region-reorganisation.schemas.ts";
import * as service from "./region-reorganisation.service.ts";

/** 행정구역 개편 (system administrator, 행망): old → new region codes from a 시행일. */
export function registerRegionReorganisationRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["행정구역 개편"],
    policy: rolePolicy(REORGANISATION_ADMINS, "system"),
  });

  routes.get(
    "/api/admin/region-reorganisations",
    {
      summary: "적용한 행정구역 개편 목록(시행일 최근 순)",
      querystring: listQuery,
      response: { 200: listResponse },
    },
    (request) => asActor(request, (ctx) => service.listReorganisations(ctx, request.query)),
  );

  routes.get(
    "/api/admin/region-reorganisations/presets",
    {
      summary: "기준정보의 폐지 코드로 만든 개편 목록(시행일별, 적용 전 확인용)",
      response: { 200: presetsResponse },
    },
    async () => service.listPresets(),
  );

  routes.post(
    "/api/admin/region-reorganisations/preview",
    {
      summary: "개편 미리보기: 목록 검증, 옛 코드별 기관·담당자·처리 중 변경신청·미제출 현황보고 수",
      body: previewBody,
      response: { 200: previewResponse },
    },
    (request) => asActor(request, (ctx) => service.previewReorganisation(ctx, request.body)),
  );

  routes.post(
    "/api/admin/region-reorganisations",
    {
      summary: "행정구역 개편 적용(confirm: true 필수, 되돌릴 수 없음, Idempotency-Key 지원)",
      body: applyBody,
      response: { 201: reorganisationDetail, 409: problem, 422: problem },
    },
    async (request, reply) => {
      const applied = await asActor(request, (ctx) => service.applyReorganisation(ctx, request.body));
      // Committed: region filters and officials' scopes read the new codes from now on.
      forgetRegionCodes();
      forgetSessions("all");
      reply.code(201);
      return applied;
    },
  );

  routes.get(
    "/api/admin/region-reorganisations/:id",
    {
      summary: "행정구역 개편 상세(코드 변경, 옮긴 기관 수, 표별 처리 건수)",
      params: idParams,
      response: { 200: reorganisationDetail },
    },
    (request) => asActor(request, (ctx) => service.getReorganisation(ctx, request.params.id)),
  );
}
