import { z } from "zod";
import { AppError, problem } from "../errors.ts";
import { type App, asActor } from "../http.ts";
import { routeGroup } from "../routes.ts";
import { loginBody, passwordChangeBody, sessionResponse } from "./auth.schemas.ts";
import { changePassword, describeUser, login } from "./auth.service.ts";
import { endSession, SESSION_COOKIE, touchSession } from "./sessions.ts";

export function registerAuthRoutes(app: App) {
  const tags = ["인증"];
  const signIn = routeGroup(app, {
    tags,
    policy: { access: "public", reason: "로그인" },
    errors: { 400: problem, 401: problem, 403: problem },
  });
  const own = routeGroup(app, {
    tags,
    policy: { access: "authenticated", scope: "self" },
    errors: { 401: problem },
  });
  const cookieOptions = {
    path: "/",
    httpOnly: true,
    sameSite: "strict" as const,
    secure: app.config.env === "production",
  };

  signIn.post(
    "/api/auth/login",
    { summary: "아이디·비밀번호 로그인", body: loginBody, response: { 200: sessionResponse, 423: problem } },
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

  own.get(
    "/api/auth/session",
    { summary: "현재 로그인 정보", response: { 200: sessionResponse } },
    async (request) => ({
      user: await asActor(request, (ctx) => describeUser(ctx.tx, ctx.actor, request.mustChangePassword)),
      csrfToken: request.csrfToken ?? "",
      idleTimeoutSeconds: app.config.sessionIdleSeconds,
    }),
  );

  own.post(
    "/api/auth/keepalive",
    { summary: "세션 연장", response: { 200: z.object({ idleTimeoutSeconds: z.number() }) } },
    async (request) => {
      if (request.sessionTokenHash) await touchSession(app.db, request.sessionTokenHash);
      return { idleTimeoutSeconds: app.config.sessionIdleSeconds };
    },
  );

  own.post(
    "/api/auth/logout",
    { summary: "로그아웃", response: { 204: z.null() } },
    async (request, reply) => {
      if (request.sessionTokenHash) await endSession(app.db, request.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );

  own.post(
    "/api/auth/password",
    { summary: "비밀번호 변경", body: passwordChangeBody, response: { 204: z.null(), 400: problem } },
    async (request, reply) => {
      await asActor(request, (ctx) =>
        changePassword(ctx, { ...request.body, keepSessionHash: request.sessionTokenHash ?? "" }),
      );
      return reply.code(204).send(null);
    },
  );
}
