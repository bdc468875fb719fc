import type { ReactNode } from "react";

type Tone = "danger" | "info" | "success" | "warning";

interface AlertProps {
  tone?: Tone;
  title?: string;
  children: ReactNode;
  /**
   * "alert" for errors that must interrupt (assertive), "status" for confirmations and notices
   * (polite), "none" when the surrounding element already announces.
   */
  live?: "alert" | "status" | "none";
  id?: string;
}

export function Alert({ tone = "info", title, children, live = "status", id }: AlertProps) {
  const role = live === "none" ? undefined : live;
  return (
    <div id={id} className={`app-alert app-alert--${tone}`} role={role}>
      {title ? <p className="app-alert__title">{title}</p> : null}
      <div className="app-alert__body">{children}</div>
    </div>
  );
}

/** An always-present live region: screen readers announce what is put into it later. */
export function LiveRegion({ message, assertive = false }: { message: string | null; assertive?: boolean }) {
  return (
    <div className="sr-only" aria-live={assertive ? "assertive" : "polite"} aria-atomic="true">
      {message}
    </div>
  );
}

/** What the last action did ("…을 등록했습니다"), above the screen's content; nothing when there is none. */
export function Notice({ message }: { message: string | null }) {
  return message ? <Alert tone="success">{message}</Alert> : null;
}
