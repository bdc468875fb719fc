import { useSyncExternalStore } from "react";
import { type SessionState, sessionStore } from "../api/session";
import type { SessionUser } from "../api/types";

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

/** The logged-in user; only for components rendered under RequireAuth. */
export function useUser(): SessionUser {
  const session = useSession();
  if (session.status !== "authenticated") throw new Error("useUser outside an authenticated route");
  return session.user;
}
