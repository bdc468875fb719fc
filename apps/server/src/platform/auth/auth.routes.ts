import { z } from "zod";
import { AppError, problem } from "../errors.ts";
import { type App, requireActor, scoped } from "../http.ts";
import { loginBody, passwordChangeBody, sessionResponse } from "./auth.schemas.ts";
import { changePassword, describeUser, login } from "./auth.service.ts";
import { endSession, SESSION_COOKIE, touchSession } from "./sessions.ts";

const tags = ["인증"];

export function registerAuthRoutes(app: App) {
  const cookieOptions = {
    path: "/",
    httpOnly: true,
    sameSite: "strict" as const,
    secure: app.config.env === "production",
  };

  app.post(
    "/api/auth/login",
    {
      config: { policy: { access: "public", reason: "로그인" } },
      schema: {
        tags,
        summary: "아이디·비밀번호 로그인",
        body: loginBody,
        response: { 200: sessionResponse, 400: problem, 401: problem, 403: problem, 423: problem },
      },
    },
    async (request, reply) => {
      // Login CSRF: a cross-site form cannot send JSON, and a foreign Origin is refused.
      const origin = request.headers.origin;
      if (origin && new URL(origin).host !== request.headers.host)
        throw new AppError("CSRF_FAILED", 403, "다른 사이트에서 보낸 로그인 요청은 처리할 수 없습니다.");
      const result = await login(app.db, app.config, {
        ...request.body,
        clientIp: request.ip,
        userAgent: request.headers["user-agent"] ?? "",
        requestId: request.id,
      });
      reply.setCookie(SESSION_COOKIE, result.token, cookieOptions);
      return {
        user: result.user,
        csrfToken: result.csrfToken,
        idleTimeoutSeconds: app.config.sessionIdleSeconds,
      };
    },
  );

  app.get(
    "/api/auth/session",
    {
      config: { policy: { access: "authenticated", scope: "self" } },
      schema: { tags, summary: "현재 로그인 정보", response: { 200: sessionResponse, 401: problem } },
    },
    async (request) => {
      const actor = requireActor(request);
      return {
        user: await scoped(request, (ctx) => describeUser(ctx.tx, actor, request.mustChangePassword)),
        csrfToken: request.csrfToken ?? "",
        idleTimeoutSeconds: app.config.sessionIdleSeconds,
      };
    },
  );

  app.post(
    "/api/auth/keepalive",
    {
      config: { policy: { access: "authenticated", scope: "self" } },
      schema: {
        tags,
        summary: "세션 연장",
        response: { 200: z.object({ idleTimeoutSeconds: z.number() }), 401: problem },
      },
    },
    async (request) => {
      if (request.sessionTokenHash) await touchSession(app.db, request.sessionTokenHash);
      return { idleTimeoutSeconds: app.config.sessionIdleSeconds };
    },
  );

  app.post(
    "/api/auth/logout",
    {
      config: { policy: { access: "authenticated", scope: "self" } },
      schema: { tags, summary: "로그아웃", response: { 204: z.null(), 401: problem } },
    },
    async (request, reply) => {
      if (request.sessionTokenHash) await endSession(app.db, request.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/auth/password",
    {
      config: { policy: { access: "authenticated", scope: "self" } },
      schema: {
        tags,
        summary: "비밀번호 변경",
        body: passwordChangeBody,
        response: { 204: z.null(), 400: problem, 401: problem },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await scoped(request, (ctx) =>
        changePassword(
          { ...ctx, actor },
          { ...request.body, keepSessionHash: request.sessionTokenHash ?? "" },
        ),
      );
      return reply.code(204).send(null);
    },
  );
}
