import { useEffect, useState } from "react";
import { useSession } from "./useSession";

/** Seconds until the server's idle timeout ends the session (null when not logged in). */
export function useIdleCountdown(): number | null {
  const session = useSession();
  const [now, setNow] = useState(() => Date.now());
  const active = session.status === "authenticated";
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [active]);
  if (session.status !== "authenticated") return null;
  const deadline = session.lastActivityAt + session.idleTimeoutSeconds * 1000;
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}
