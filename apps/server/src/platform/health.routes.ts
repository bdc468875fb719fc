import { z } from "zod";
import type { App } from "./http.ts";

export function registerHealthRoutes(app: App) {
  app.get(
    "/api/health",
    {
      config: { policy: { access: "public", reason: "상태 점검(로드밸런서·운영 모니터링)" } },
      schema: {
        tags: ["운영"],
        summary: "서버와 데이터베이스 상태",
        response: {
          200: z.object({
            status: z.literal("ok"),
            database: z.literal("up"),
            databaseKind: z.string(),
            zone: z.string(),
          }),
          503: z.object({ status: z.literal("degraded"), database: z.literal("down"), zone: z.string() }),
        },
      },
    },
    async (request, reply) => {
      const up = await request.server.db
        .query("select 1")
        .then(() => true)
        .catch(() => false);
      if (!up) return reply.code(503).send({ status: "degraded", database: "down", zone: app.config.zone });
      return {
        status: "ok" as const,
        database: "up" as const,
        databaseKind: app.db.kind,
        zone: app.config.zone,
      };
    },
  );

  app.get(
    "/api/ready",
    {
      config: { policy: { access: "public", reason: "준비 상태 점검(배포 시 트래픽 전환)" } },
      schema: {
        tags: ["운영"],
        summary: "요청을 받을 준비가 되었는지(데이터베이스, 마이그레이션, 기준정보)",
        response: {
          200: z.object({ ready: z.literal(true), migrations: z.number(), regions: z.number() }),
          503: z.object({ ready: z.literal(false), reason: z.string() }),
        },
      },
    },
    async (request, reply) => {
      try {
        const { rows } = await request.server.db.query<{ migrations: number; regions: number }>(
          "select (select count(*) from schema_migration) as migrations, (select count(*) from region) as regions",
        );
        const r = rows[0];
        if (!r || r.regions === 0)
          return reply
            .code(503)
            .send({ ready: false as const, reason: "기준정보(행정구역)가 적재되지 않았습니다." });
        return { ready: true as const, migrations: r.migrations, regions: r.regions };
      } catch {
        return reply.code(503).send({ ready: false as const, reason: "데이터베이스에 연결할 수 없습니다." });
      }
    },
  );
}
