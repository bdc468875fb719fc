/**
 * 로그인·세션·비밀번호 변경 (the server's platform/auth routes). Types are read from the generated paths
 * (./openapi.ts); signing in and out also updates the local session store (./session.ts).
 */
import { useMutation } from "@tanstack/react-query";
import { api, unwrap, unwrapEmpty } from "./client";
import type { BodyOf, Res } from "./openapi";
import { isApiError } from "./problem";
import { sessionStore } from "./session";

export type SessionResponse = Res<"/api/auth/session", "get">;
export type SessionUser = SessionResponse["user"];
export type LoginRequest = BodyOf<"/api/auth/login", "post">;
export type KeepaliveResponse = Res<"/api/auth/keepalive", "post">;
export type PasswordChangeRequest = BodyOf<"/api/auth/password", "post">;

export async function login(body: LoginRequest): Promise<SessionResponse> {
  const at = Date.now();
  const session = await unwrap(api.POST("/api/auth/login", { body }));
  sessionStore.signIn(session, at);
  return session;
}

/** Restores the session from the cookie (and refreshes the server's idle timer). */
export async function fetchSession(): Promise<SessionResponse> {
  const at = Date.now();
  const session = await unwrap(api.GET("/api/auth/session"));
  sessionStore.signIn(session, at);
  return session;
}

export async function keepalive(): Promise<void> {
  const at = Date.now();
  const body = await unwrap(api.POST("/api/auth/keepalive"));
  sessionStore.setIdleTimeout(body.idleTimeoutSeconds, at);
}

export async function changePassword(body: PasswordChangeRequest): Promise<void> {
  await unwrapEmpty(api.POST("/api/auth/password", { body }));
  // An administrator's initial password, if it was one, is gone: the server lets every route through again.
  sessionStore.setMustChangePassword(false);
}

let restoring: Promise<void> | null = null;

/** Called once at start-up: is there a session cookie already? */
export function restoreSession(): Promise<void> {
  restoring ??= fetchSession().then(
    () => undefined,
    (error: unknown) => {
      const lost = isApiError(error) && error.status !== 401 ? error.detail : null;
      sessionStore.signOut(lost);
    },
  );
  return restoring;
}

/** Ends the session locally at once, then on the server (best effort: it may have expired already). */
export async function signOut(notice: string | null, returnable: boolean): Promise<void> {
  const token = sessionStore.csrfToken();
  if (!token) return;
  sessionStore.signOut(notice, returnable);
  try {
    await unwrapEmpty(api.POST("/api/auth/logout", { headers: { "X-CSRF-Token": token } }));
  } catch {
    // Already gone on the server (idle timeout) or unreachable; the local sign-out is what matters.
  }
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
