import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../errors.ts";
import { csrfMatches, resumeSession, SESSION_COOKIE } from "./sessions.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** What a user who must change an administrator's password may still do. */
const PASSWORD_CHANGE_ROUTES = new Set([
  "GET /api/auth/session",
  "POST /api/auth/keepalive",
  "POST /api/auth/password",
  "POST /api/auth/logout",
]);

/** The policy layer's gate: session, idle timeout, CSRF on state changes, and the route's roles. */
export async function authenticate(request: FastifyRequest, reply: FastifyReply) {
  const policy = request.routeOptions.config?.policy;
  // Without a policy this is the 404 handler or the API documentation: every other /api route was refused
  // at registration when it had none (app.ts, onRoute).
  if (!policy || policy.access === "public") return;

  const token = request.cookies[SESSION_COOKIE];
  const session = token
    ? await resumeSession(request.server.db, token, request.server.config.sessionIdleSeconds, {
        touch: request.routeOptions.config.passive !== true,
      })
    : null;
  if (session === "expired") {
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    throw new AppError(
      "SESSION_EXPIRED",
      401,
      "장시간 사용하지 않아 자동으로 로그아웃되었습니다. 다시 로그인하세요.",
    );
  }
  if (!session) throw new AppError("UNAUTHENTICATED", 401, "로그인이 필요합니다.");
  request.actor = session.actor;
  request.sessionTokenHash = session.tokenHash;
  request.csrfToken = session.csrfToken;
  request.mustChangePassword = session.mustChangePassword;

  if (
    !SAFE_METHODS.has(request.method) &&
    !csrfMatches(session.csrfToken, headerValue(request, "x-csrf-token"))
  )
    throw new AppError(
      "CSRF_FAILED",
      403,
      "보안 토큰이 없거나 만료되었습니다. 화면을 새로 고친 뒤 다시 시도하세요.",
    );

  if (
    session.mustChangePassword &&
    !PASSWORD_CHANGE_ROUTES.has(`${request.method} ${request.routeOptions.url}`)
  )
    throw new AppError(
      "PASSWORD_CHANGE_REQUIRED",
      403,
      "관리자가 정한 초기 비밀번호입니다. 비밀번호를 변경한 뒤 이용하세요.",
    );

  if (policy.access === "roles" && !policy.roles.includes(session.actor.role))
    throw new AppError("FORBIDDEN", 403, "이 기능을 사용할 권한이 없습니다.");
}

function headerValue(request: FastifyRequest, name: string): string | undefined {
  const v = request.headers[name];
  return typeof v === "string" ? v : undefined;
}
