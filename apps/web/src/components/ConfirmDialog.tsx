import { type ReactNode, type RefObject, useRef } from "react";
import { Modal } from "./Modal";

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** the answer that takes the step; omitted when there is nothing left to confirm (only 닫기) */
  confirmLabel?: ReactNode;
  onConfirm?: () => void;
  /** the step is running: the confirming button is disabled and busy */
  pending?: boolean;
  /** Escape and the cancelling button */
  onCancel: () => void;
  cancelLabel?: string;
  /** the KRDS tone of the cancelling button */
  cancelTone?: "secondary" | "tertiary";
  /** buttons between the cancelling and the confirming one (이전) */
  extra?: ReactNode;
  /**
   * where focus starts: the cancelling button (the least harmful answer) unless given; "first" for the
   * dialog's first field (a dialog that asks for a text before the step)
   */
  initialFocus?: RefObject<HTMLElement | null> | "first";
  size?: "sm" | "md";
}

/** A dialog that asks before a step: the cancelling answer first, then the one that takes the step. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  pending = false,
  onCancel,
  cancelLabel = "취소",
  cancelTone = "secondary",
  extra,
  initialFocus,
  size,
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal
      title={title}
      size={size}
      onEscape={onCancel}
      initialFocus={initialFocus === "first" ? undefined : (initialFocus ?? cancelRef)}
      actions={
        <>
          <button
            ref={cancelRef}
            type="button"
            className={`krds-btn medium ${cancelTone}`}
            onClick={onCancel}
          >
            {cancelLabel}
          </button>
          {extra}
          {onConfirm ? (
            <button
              type="button"
              className="krds-btn medium primary"
              disabled={pending}
              aria-busy={pending || undefined}
              onClick={onConfirm}
            >
              {confirmLabel}
            </button>
          ) : null}
        </>
      }
    >
      {children}
    </Modal>
  );
}
