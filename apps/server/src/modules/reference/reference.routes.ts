import { ROLES } from "@ssis/domain";
import { z } from "zod";
import { problem } from "../../platform/errors.ts";
import type { App } from "../../platform/http.ts";
import * as repo from "./reference.repository.ts";

const tags = ["기준정보"];
const policy = { access: "roles", roles: ROLES, scope: "reference" } as const;

export function registerReferenceRoutes(app: App) {
  app.get(
    "/api/reference/regions",
    {
      config: { policy },
      schema: {
        tags,
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
          401: problem,
        },
      },
    },
    async (request) => ({
      items: await repo.listCurrentRegions(app.db, request.query.includeAbolished === "true"),
    }),
  );

  app.get(
    "/api/reference/institution-types",
    {
      config: { policy },
      schema: {
        tags,
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
          401: problem,
        },
      },
    },
    async () => ({ items: await repo.listInstitutionTypes(app.db) }),
  );
}
