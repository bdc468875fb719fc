import type { IncomingMessage, ServerResponse } from "node:http";
import type { Database } from "@ssis/db";
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./config.ts";
import type { Actor, ActorCtx } from "./context.ts";
import { type Ctx, inScope, type ScopeOptions } from "./context.ts";
import { AppError, validationFailed } from "./errors.ts";
import type { RoutePolicy } from "./policy.ts";
import { INT32_MAX } from "./validation-messages.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
    /**
     * A request the screen makes by itself (the bell's and the menu's counts, polled): it does not count as
     * the user's activity, so a screen left open still reaches the idle timeout.
     */
    passive?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionTokenHash: string | null;
    csrfToken: string | null;
    mustChangePassword: boolean;
  }
  interface FastifyInstance {
    db: Database;
    config: Config;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** Runs a use case for this request: one transaction, scoped to the signed-in user. */
export function scoped<T>(
  request: FastifyRequest,
  fn: (ctx: Ctx) => Promise<T>,
  options?: ScopeOptions,
): Promise<T> {
  return inScope(
    request.server.db,
    { actor: request.actor, clientIp: request.ip, requestId: request.id, config: request.server.config },
    fn,
    options,
  );
}

/**
 * The one way into a use case for the signed-in user (every route but login and health): one transaction,
 * scoped to the actor, who must be signed in.
 */
export function asActor<T>(
  request: FastifyRequest,
  fn: (ctx: ActorCtx) => Promise<T>,
  options?: ScopeOptions,
): Promise<T> {
  return scoped(request, (ctx) => fn({ ...ctx, actor: requireActor(request) }), options);
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("UNAUTHENTICATED", 401, "로그인이 필요합니다.");
  return request.actor;
}

/**
 * The version the client read, from If-Match ("3" or W/"3") or the body's `version` field. Updates without
 * one are refused, so nobody overwrites a change they never saw.
 */
export function expectedVersion(request: FastifyRequest, bodyVersion?: number): number {
  const header = request.headers["if-match"];
  const match = typeof header === "string" ? /^(?:W\/)?"?(\d+)"?$/.exec(header.trim()) : null;
  const version = match ? Number(match[1]) : bodyVersion;
  if (version === undefined || !Number.isInteger(version))
    throw new AppError(
      "VERSION_REQUIRED",
      428,
      "수정하려면 조회한 자료의 버전이 필요합니다. 화면을 새로 고친 뒤 다시 시도하세요.",
    );
  if (version < 1 || version > INT32_MAX)
    throw validationFailed([
      { field: "version", message: "버전이 올바르지 않습니다. 화면을 새로 고친 뒤 다시 시도하세요." },
    ]);
  return version;
}

export function sendWithVersion<T extends { version: number }>(reply: FastifyReply, body: T): T {
  reply.header("ETag", `"${body.version}"`);
  return body;
}
