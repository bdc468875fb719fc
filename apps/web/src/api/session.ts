/**
 * The client side of the login session: who is logged in, the CSRF token sent with every state
 * change, and when the server's idle timer was last refreshed (by any API call). Kept outside React
 * so the fetch middleware can read and update it; React reads it with useSyncExternalStore.
 */
import type { SessionResponse, SessionUser } from "./auth";

export type SessionState =
  | { status: "loading" }
  | {
      status: "anonymous";
      /** shown on the login page (why the user is there) */
      notice: string | null;
      /** whether the login page should offer to return to the page the user was on */
      returnable: boolean;
    }
  | {
      status: "authenticated";
      user: SessionUser;
      csrfToken: string;
      idleTimeoutSeconds: number;
      /** epoch ms of the start of the last API request the server answered (not with 401) */
      lastActivityAt: number;
    };

export const NOTICE_IDLE_LOGOUT = "장시간 사용하지 않아 자동으로 로그아웃되었습니다.";
export const NOTICE_SESSION_LOST = "로그인 정보가 만료되었습니다. 다시 로그인해 주세요.";
export const NOTICE_LOGGED_OUT = "로그아웃되었습니다.";

let state: SessionState = { status: "loading" };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  signIn(body: SessionResponse, at = Date.now()): void {
    set({
      status: "authenticated",
      user: body.user,
      csrfToken: body.csrfToken,
      idleTimeoutSeconds: body.idleTimeoutSeconds,
      lastActivityAt: at,
    });
  },
  /** Any answered request refreshes the server's idle timer. */
  markActivity(at: number): void {
    if (state.status === "authenticated" && at > state.lastActivityAt) set({ ...state, lastActivityAt: at });
  },
  setIdleTimeout(seconds: number, at: number): void {
    if (state.status === "authenticated")
      set({ ...state, idleTimeoutSeconds: seconds, lastActivityAt: Math.max(at, state.lastActivityAt) });
  },
  /**
   * Whether the user must first replace a password an administrator set: true when the server answers
   * PASSWORD_CHANGE_REQUIRED, false once the user has changed it (the server then lets every route through).
   */
  setMustChangePassword(value: boolean): void {
    if (state.status === "authenticated" && state.user.mustChangePassword !== value)
      set({ ...state, user: { ...state.user, mustChangePassword: value } });
  },
  signOut(notice: string | null = null, returnable = true): void {
    set({ status: "anonymous", notice, returnable });
  },
  csrfToken(): string | null {
    return state.status === "authenticated" ? state.csrfToken : null;
  },
  isAuthenticated(): boolean {
    return state.status === "authenticated";
  },
};

export function currentUser(): SessionUser | null {
  return state.status === "authenticated" ? state.user : null;
}
