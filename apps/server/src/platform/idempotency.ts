import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "./errors.ts";
import type { App } from "./http.ts";

const HEADER = "idempotency-key";
const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;
// Keys are remembered for a day (IETF draft-ietf-httpapi-idempotency-key-header suggests 24 hours).
const RETENTION = "24 hours";

/**
 * Creating requests (POST) may carry an Idempotency-Key: a retry with the same key returns the first answer
 * and creates nothing twice; the same key with a different body is refused.
 */
export function registerIdempotency(app: App) {
  app.addHook("preHandler", async (request: FastifyRequest, reply: FastifyReply) => {
    const key = request.headers[HEADER];
    if (request.method !== "POST" || typeof key !== "string" || !request.actor) return;
    if (!KEY_PATTERN.test(key))
      throw new AppError(
        "VALIDATION_FAILED",
        400,
        "Idempotency-Key는 8~128자의 영문, 숫자, -_.: 로 입력하세요.",
      );
    const requestHash = createHash("sha256")
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest("hex");
    const db = request.server.db;
    await db.query(
      `delete from idempotency_key where user_id = $1 and key = $2 and created_at < now() - interval '${RETENTION}'`,
      [request.actor.userId, key],
    );
    const inserted = await db.query(
      `insert into idempotency_key (user_id, key, method, path, request_hash) values ($1, $2, $3, $4, $5)
       on conflict do nothing`,
      [request.actor.userId, key, request.method, request.url, requestHash],
    );
    if (inserted.rowCount === 1) {
      request.idempotencyKey = key;
      return;
    }
    const { rows } = await db.query<{
      request_hash: string;
      status_code: number | null;
      response_body: string | null;
    }>(
      "select request_hash, status_code, response_body from idempotency_key where user_id = $1 and key = $2",
      [request.actor.userId, key],
    );
    const stored = rows[0];
    if (!stored)
      throw new AppError(
        "IDEMPOTENCY_CONFLICT",
        409,
        "같은 요청을 처리하고 있습니다. 잠시 후 다시 시도하세요.",
      );
    if (stored.request_hash !== requestHash)
      throw new AppError(
        "IDEMPOTENCY_KEY_REUSED",
        422,
        "이미 다른 요청에 사용한 Idempotency-Key입니다. 새 요청에는 새 키를 사용하세요.",
      );
    if (stored.status_code === null)
      throw new AppError(
        "IDEMPOTENCY_CONFLICT",
        409,
        "같은 요청을 처리하고 있습니다. 잠시 후 다시 시도하세요.",
      );
    reply.header("Idempotent-Replayed", "true");
    reply
      .code(stored.status_code)
      .type("application/json")
      .send(stored.response_body ?? "");
    return reply;
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const key = request.idempotencyKey;
    if (!key || !request.actor) return payload;
    if (reply.statusCode < 300) {
      await request.server.db.query(
        "update idempotency_key set status_code = $3, response_body = $4 where user_id = $1 and key = $2",
        [request.actor.userId, key, reply.statusCode, typeof payload === "string" ? payload : ""],
      );
    } else {
      // A failed attempt stores nothing: the client may correct the input and retry with the same key.
      await request.server.db.query("delete from idempotency_key where user_id = $1 and key = $2", [
        request.actor.userId,
        key,
      ]);
    }
    return payload;
  });
}

declare module "fastify" {
  interface FastifyRequest {
    idempotencyKey?: string;
  }
}
