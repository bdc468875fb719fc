import type { ComponentPropsWithRef, ReactNode } from "react";

interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
  className?: string;
}

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** KRDS form group: label, control, hint and the field's error beside it. */
export function FieldShell({ id, label, hint, error, children, className }: FieldShellProps) {
  return (
    <div className={`form-group${className ? ` ${className}` : ""}`}>
      <div className="form-tit">
        <label htmlFor={id}>{label}</label>
      </div>
      <div className={`form-conts${error ? " is-error" : ""}`}>{children}</div>
      {hint ? (
        <div className="form-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="form-hint-invalid" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = Omit<ComponentPropsWithRef<"input">, "id" | "name"> & {
  id: string;
  name?: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  groupClassName?: string;
};

export function TextField({ id, name, label, hint, error, groupClassName, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={groupClassName}>
      <input
        id={id}
        name={name ?? id}
        className="krds-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
}

type SelectFieldProps = Omit<ComponentPropsWithRef<"select">, "id" | "name"> & {
  id: string;
  name?: string;
  label: string;
  options: Option[];
  /** label of the empty choice ("전체"); omit for no empty choice */
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null;
  groupClassName?: string;
};

export function SelectField({
  id,
  name,
  label,
  options,
  placeholder,
  hint,
  error,
  groupClassName,
  ...select
}: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={groupClassName}>
      <select
        id={id}
        name={name ?? id}
        className={`krds-form-select${select.value ? " completed" : ""}${error ? " is-error" : ""}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
