/**
 * Every call the web makes to the server. Screens use these through ./queries.ts; nothing else in the
 * app talks HTTP.
 */
import { api, compact, unwrap, unwrapEmpty } from "./client";
import { isApiError } from "./problem";
import { sessionStore } from "./session";
import type {
  AccessLogPage,
  AccessLogQuery,
  AdminUserPage,
  AdminUserQuery,
  AgencyInstitutionList,
  InstitutionDetail,
  InstitutionPage,
  InstitutionQuery,
  InstitutionType,
  LoginRequest,
  OfficialDashboard,
  PasswordChangeRequest,
  Region,
  SessionResponse,
} from "./types";

type Signal = AbortSignal | undefined;

// ── auth ────────────────────────────────────────────────────────────────────
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

// ── official (행망) ──────────────────────────────────────────────────────────
export function getOfficialDashboard(signal?: Signal): Promise<OfficialDashboard> {
  return unwrap(api.GET("/api/official/dashboard", { signal }));
}

export function listOfficialInstitutions(query: InstitutionQuery, signal?: Signal): Promise<InstitutionPage> {
  return unwrap(api.GET("/api/official/institutions", { params: { query: compact(query) }, signal }));
}

export function getOfficialInstitution(id: string, signal?: Signal): Promise<InstitutionDetail> {
  return unwrap(api.GET("/api/official/institutions/{id}", { params: { path: { id } }, signal }));
}

export function listAccessLog(query: AccessLogQuery, signal?: Signal): Promise<AccessLogPage> {
  return unwrap(api.GET("/api/official/access-log", { params: { query: compact(query) }, signal }));
}

// ── system administration ───────────────────────────────────────────────────
export function listUsers(query: AdminUserQuery, signal?: Signal): Promise<AdminUserPage> {
  return unwrap(api.GET("/api/admin/users", { params: { query: compact(query) }, signal }));
}

export function unlockUser(id: string): Promise<void> {
  return unwrapEmpty(api.POST("/api/admin/users/{id}/unlock", { params: { path: { id } } }));
}

/** 비밀번호 초기화: a new initial password, changed by the user at the next login; the lock goes too. */
export function resetUserPassword(id: string, newPassword: string): Promise<void> {
  return unwrapEmpty(
    api.POST("/api/admin/users/{id}/reset-password", { params: { path: { id } }, body: { newPassword } }),
  );
}

// ── provider (인망) ──────────────────────────────────────────────────────────
export function getProviderInstitution(signal?: Signal): Promise<InstitutionDetail> {
  return unwrap(api.GET("/api/provider/institution", { signal }));
}

export function listAgencyInstitutions(signal?: Signal): Promise<AgencyInstitutionList> {
  return unwrap(api.GET("/api/provider/agency/institutions", { signal }));
}

// ── reference data ──────────────────────────────────────────────────────────
export async function listRegions(signal?: Signal): Promise<Region[]> {
  return (await unwrap(api.GET("/api/reference/regions", { signal }))).items;
}

export async function listInstitutionTypes(signal?: Signal): Promise<InstitutionType[]> {
  return (await unwrap(api.GET("/api/reference/institution-types", { signal }))).items;
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
