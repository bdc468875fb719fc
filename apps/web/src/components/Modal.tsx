import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useId, useRef } from "react";
import { createPortal } from "react-dom";

interface ModalProps {
  title: string;
  children: ReactNode;
  actions: ReactNode;
  /** Escape key; dialogs that must be answered map it to their least harmful answer. */
  onEscape: () => void;
  initialFocus?: RefObject<HTMLElement | null>;
  /** KRDS dialog width: "sm" for a question, "md" for a short form with rules beside its fields */
  size?: "sm" | "md";
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * KRDS modal (.krds-modal) as an alert dialog: every use asks the user to decide (session expiry,
 * confirmation). While open, the rest of the page (#root) is inert and hidden from
 * assistive technology, focus stays inside, and on close focus returns where it was.
 */
export function Modal({ title, children, actions, onEscape, initialFocus, size = "sm" }: ModalProps) {
  const titleId = useId();
  const bodyId = useId();
  const contentRef = useRef<HTMLDivElement>(null);
  const escapeRef = useRef(onEscape);
  escapeRef.current = onEscape;

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = document.getElementById("root");
    root?.setAttribute("inert", "");
    root?.setAttribute("aria-hidden", "true");
    const target = initialFocus?.current ?? contentRef.current?.querySelector<HTMLElement>(FOCUSABLE);
    (target ?? contentRef.current)?.focus();
    return () => {
      root?.removeAttribute("inert");
      root?.removeAttribute("aria-hidden");
      if (previous?.isConnected) previous.focus();
    };
  }, [initialFocus]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      escapeRef.current();
      return;
    }
    if (event.key !== "Tab" || !contentRef.current) return;
    const items = [...contentRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <section
      className="krds-modal shown in"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
    >
      <div className="modal-back in" />
      <div className={`modal-dialog modal-${size}`}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: keyboard handling for the focus trap and Escape */}
        <div className="modal-content" ref={contentRef} tabIndex={-1} onKeyDown={onKeyDown}>
          <div className="modal-header">
            <h2 id={titleId} className="modal-title">
              {title}
            </h2>
          </div>
          <div className="modal-conts">
            <div className="conts-area" id={bodyId}>
              {children}
            </div>
          </div>
          <div className="modal-btn btn-wrap">{actions}</div>
        </div>
      </div>
    </section>,
    document.body,
  );
}
