import { ROLES } from "@ssis/domain";
import { z } from "zod";
import { problem } from "../../platform/errors.ts";
import type { App } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import { routeGroup } from "../../platform/routes.ts";
import * as repo from "./reference.repository.ts";

export function registerReferenceRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["기준정보"],
    policy: rolePolicy(ROLES, "reference"),
    errors: { 401: problem },
  });
  routes.get(
    "/api/reference/regions",
    {
      summary: "현행 행정구역(시도·시군구·일반구); includeAbolished=true면 폐지된 코드와 유효기간도",
      querystring: z.object({ includeAbolished: z.enum(["true", "false"]).optional() }),
      response: {
        200: z.object({
          items: z.array(
            z.object({
              code5: z.string(),
              level: z.enum(["sido", "sigungu", "gu"]),
              sidoCode: z.string(),
              sidoName: z.string(),
              sigunguName: z.string().nullable(),
              parentCode5: z.string().nullable(),
              validFrom: z.string(),
              validTo: z.string().nullable(),
            }),
          ),
        }),
        400: problem,
      },
    },
    async (request) => ({
      items: await repo.listCurrentRegions(app.db, request.query.includeAbolished === "true"),
    }),
  );

  routes.get(
    "/api/reference/institution-types",
    {
      summary: "사회복지시설·사회서비스 제공기관 유형",
      response: {
        200: z.object({
          items: z.array(
            z.object({
              code: z.string(),
              field: z.string(),
              typeName: z.string(),
              law: z.string(),
              residential: z.string(),
              evaluated: z.boolean(),
            }),
          ),
        }),
      },
    },
    async () => ({ items: await repo.listInstitutionTypes(app.db) }),
  );
}
