import type { FormEvent, ReactNode } from "react";
import { Alert } from "./Alert";
import { Section } from "./Section";

/** The message above a form or in a dialog when the server refused (or did not answer). */
export function ProblemAlert({ problem }: { problem: string | null }) {
  return problem ? (
    <Alert tone="danger" live="alert">
      {problem}
    </Alert>
  ) : null;
}

/** A form's sending button: disabled and busy while the request runs, with what it is doing meanwhile. */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  form,
  size = "medium",
}: {
  pending: boolean;
  pendingLabel?: string;
  children: ReactNode;
  /** the form's id, for a button outside it (a dialog's actions) */
  form?: string;
  size?: "small" | "medium";
}) {
  return (
    <button
      type="submit"
      form={form}
      className={`krds-btn ${size} primary`}
      disabled={pending}
      aria-busy={pending || undefined}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

/** 저장 (or the form's own word) and 취소 under a form. */
export function FormButtons({
  pending,
  label = "저장",
  pendingLabel = "저장 중…",
  onCancel,
}: {
  pending: boolean;
  label?: string;
  pendingLabel?: string;
  onCancel: () => void;
}) {
  return (
    <div className="app-button-row">
      <SubmitButton pending={pending} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
      <button type="button" className="krds-btn medium tertiary" onClick={onCancel}>
        취소
      </button>
    </div>
  );
}

/**
 * A form that opens in a section of its page (등록, 수정): its title, the server's message, the fields and,
 * at the foot, the buttons the caller gives (usually FormButtons).
 */
export function FormSection({
  id,
  title,
  problem,
  onSubmit,
  children,
}: {
  id: string;
  title: ReactNode;
  problem: string | null;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}) {
  return (
    <Section id={id} title={title}>
      <ProblemAlert problem={problem} />
      <form className="app-form" onSubmit={onSubmit} noValidate>
        {children}
      </form>
    </Section>
  );
}
