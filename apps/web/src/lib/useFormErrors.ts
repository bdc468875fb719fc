import { useState } from "react";
import { isApiError } from "../api/problem";

/** field → message, as the form's own checks and the server's problem details give them */
export type FieldErrors = Record<string, string>;

/** A 409 on a record edited from a list: someone saved it first. */
export const refreshListAndRetry = (detail: string) => `${detail} 목록을 새로 고친 뒤 다시 수정하세요.`;

/**
 * A form's messages: each field's error beside its field and one message above the form. The form's own
 * checks (the server's rules, for instant feedback) go through `passes`; the server's answer through
 * `failed`, which keeps what was typed.
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);

  /** Shows the form's own checks and clears the last answer's message; true when nothing is left to fix. */
  const passes = (local: FieldErrors): boolean => {
    setErrors(local);
    setProblem(null);
    return Object.keys(local).length === 0;
  };

  /**
   * The server's refusal: its field errors beside the fields and its message above (`conflict` turns a 409's
   * message into what to do next); `fallback` when there was no answer to show.
   */
  const failed = (error: unknown, fallback: string, conflict?: (detail: string) => string) => {
    if (!answered(error, conflict)) setProblem(fallback);
  };

  /** The server's refusal shown on the form, as `failed`; false (and nothing shown) for any other failure. */
  const answered = (error: unknown, conflict?: (detail: string) => string): boolean => {
    if (!isApiError(error)) return false;
    setErrors({ ...error.fieldErrors });
    setProblem(error.status === 409 && conflict ? conflict(error.detail) : error.detail);
    return true;
  };

  /** Forgets one field's error (as it is edited). */
  const clear = (field: string) =>
    setErrors((all) => Object.fromEntries(Object.entries(all).filter(([f]) => f !== field)));

  return { errors, problem, setErrors, setProblem, passes, failed, answered, clear };
}
