import { useSyncExternalStore } from "react";
import type { SessionUser } from "../api/auth";
import { type SessionState, sessionStore } from "../api/session";

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

/** The logged-in user; only for components rendered under RequireAuth. */
export function useUser(): SessionUser {
  const session = useSession();
  if (session.status !== "authenticated") throw new Error("useUser outside an authenticated route");
  return session.user;
}
