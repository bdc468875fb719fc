import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { keepalive, signOut } from "../api/auth";
import { errorMessage } from "../api/problem";
import { NOTICE_IDLE_LOGOUT, NOTICE_LOGGED_OUT } from "../api/session";
import { useIdleCountdown } from "./useIdleCountdown";

/** How long before the idle timeout the warning opens (2 minutes). */
export const WARNING_SECONDS = 120;

interface SessionControls {
  remaining: number | null;
  extending: boolean;
  extendError: string | null;
  extend: () => Promise<void>;
  logout: () => Promise<void>;
}

const SessionControlsContext = createContext<SessionControls | null>(null);

export function SessionControlsProvider({ children }: { children: ReactNode }) {
  const remaining = useIdleCountdown();
  const [extending, setExtending] = useState(false);
  const [extendError, setExtendError] = useState<string | null>(null);

  const extend = useCallback(async () => {
    setExtending(true);
    setExtendError(null);
    try {
      await keepalive();
    } catch (error) {
      setExtendError(errorMessage(error));
    } finally {
      setExtending(false);
    }
  }, []);

  const logout = useCallback(() => signOut(NOTICE_LOGGED_OUT, false), []);

  // At zero the session is over: back to the login page, which shows why.
  useEffect(() => {
    if (remaining === 0) void signOut(NOTICE_IDLE_LOGOUT, true);
  }, [remaining]);

  const value = useMemo(
    () => ({ remaining, extending, extendError, extend, logout }),
    [remaining, extending, extendError, extend, logout],
  );
  return <SessionControlsContext.Provider value={value}>{children}</SessionControlsContext.Provider>;
}

export function useSessionControls(): SessionControls {
  const value = useContext(SessionControlsContext);
  if (!value) throw new Error("useSessionControls outside SessionControlsProvider");
  return value;
}
