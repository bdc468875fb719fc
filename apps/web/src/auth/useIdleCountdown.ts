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
  // `now` may lag the last request by up to a tick; never show more than the full timeout.
  return Math.min(session.idleTimeoutSeconds, Math.max(0, Math.ceil((deadline - now) / 1000)));
}
