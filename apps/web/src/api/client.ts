import { QueryClient } from "@tanstack/react-query";
import createClient, { type Middleware } from "openapi-fetch";
import { ApiError, isApiError, toProblem } from "./problem";
import type { paths } from "./schema";
import { NOTICE_SESSION_LOST, sessionStore } from "./session";

/** Endpoints whose 401 is an answer about credentials, not a lost session. */
const AUTH_PROBES = new Set(["/api/auth/login", "/api/auth/session"]);

/**
 * Polls that run without the user (the bell's unread count, the menu's 내 할 일 count): their answers do not
 * count as activity, so the idle countdown, and the logout at its end, still come to an unattended screen.
 */
const POLLS = new Set([
  "/api/notifications/unread-count",
  "/api/official/work-inbox/count",
  "/api/provider/work-inbox/count",
]);

const startedAt = new Map<string, number>();

/** The server's answer to every route but the session's own while the password must be changed. */
export const PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

async function problemCode(response: Response): Promise<string | undefined> {
  try {
    return toProblem(await response.clone().json())?.code;
  } catch {
    return undefined;
  }
}

const sessionMiddleware: Middleware = {
  onRequest({ request, id }) {
    startedAt.set(id, Date.now());
    if (request.method !== "GET" && request.method !== "HEAD") {
      const token = sessionStore.csrfToken();
      if (token) request.headers.set("X-CSRF-Token", token);
    }
    return request;
  },
  async onResponse({ response, id, schemaPath }) {
    const at = startedAt.get(id) ?? Date.now();
    startedAt.delete(id);
    if (response.status === 401) {
      if (!AUTH_PROBES.has(schemaPath) && sessionStore.isAuthenticated()) {
        sessionStore.signOut(NOTICE_SESSION_LOST);
      }
    } else if (!POLLS.has(schemaPath)) {
      // The server refreshed its idle timer when it received the request; count from the start.
      sessionStore.markActivity(at);
    }
    // An administrator's password is still in use: the guard (auth/guards.tsx) opens the change page.
    if (response.status === 403 && (await problemCode(response)) === PASSWORD_CHANGE_REQUIRED)
      sessionStore.setMustChangePassword(true);
    return response;
  },
  onError({ id }) {
    startedAt.delete(id);
  },
};

export const api = createClient<paths>({
  baseUrl: "",
  credentials: "same-origin",
  headers: { Accept: "application/json, application/problem+json" },
});
api.use(sessionMiddleware);

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Run an openapi-fetch call and return its data, or throw ApiError (problem details, network failure).
 * Use for 200 responses with a body; `unwrapEmpty` for 204.
 */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await settle(call);
  if (!response.ok) throw new ApiError(response.status, toProblem(error));
  if (data === undefined) throw new ApiError(response.status, { detail: "서버 응답이 비어 있습니다." });
  return data;
}

export async function unwrapEmpty(call: Promise<Result<unknown>>): Promise<void> {
  const { error, response } = await settle(call);
  if (!response.ok) throw new ApiError(response.status, toProblem(error));
}

async function settle<T>(call: Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call;
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw ApiError.network();
  }
}

/** Drop empty filter values so the query string carries only what the user chose. */
export function compact<T extends Record<string, unknown>>(query: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

// ── TanStack Query ───────────────────────────────────────────────────────────
/** Rows per page of the keyset-paged lists. */
export const PAGE_SIZE = 20;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A background refetch would refresh the server's idle timer behind the user's back.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: 30_000,
        retry: (failures, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 1,
      },
      mutations: { retry: false },
    },
  });
}
