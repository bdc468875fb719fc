import { useState } from "react";

/** The keys of a form's values that are typed text (a row list or a check box is bound by hand). */
type TextKey<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F] & string;

/**
 * A form's values as typed, and each text field's binding: its value, its error (from the form's checks or
 * the server, see useFormErrors) and the change that sets it.
 */
export function useDraft<F extends object>(
  initial: F | (() => F),
  errors: Readonly<Record<string, string>> = {},
) {
  const [draft, setDraft] = useState<F>(initial);
  const set = (patch: Partial<F>) => setDraft((d) => ({ ...d, ...patch }));
  const bind = <K extends TextKey<F>>(key: K) => ({
    value: draft[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) =>
      setDraft((d) => ({ ...d, [key]: event.target.value })),
  });
  return { draft, set, bind };
}
