import type { ReactNode } from "react";

/** What a cell's control needs: the id its label points to, and whether it is in error. */
export interface CellControlProps {
  id: string;
  "aria-invalid": true | undefined;
}

/**
 * A field in a cell of an editable table (점검 항목, 직종별 인원): its name for screen readers only (the
 * column says it to the eye), the control, and its error under it.
 */
export function CellField({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string | null;
  children: (control: CellControlProps) => ReactNode;
}) {
  return (
    <td>
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined })}
      {error ? <p className="form-hint-invalid">{error}</p> : null}
    </td>
  );
}
