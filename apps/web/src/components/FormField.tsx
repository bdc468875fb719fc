import { type ChangeEvent, type ComponentPropsWithRef, type ReactNode, useRef, useState } from "react";

interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
  className?: string;
}

export function describedBy(id: string, hint: unknown, error: unknown, count?: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, count ? `${id}-count` : null, error ? `${id}-error` : null].filter(
    Boolean,
  );
  return ids.length > 0 ? ids.join(" ") : undefined;
}

// ── length limits ───────────────────────────────────────────────────────────
// HTML `maxLength` cuts what is typed or pasted without a word. A limited field here takes everything,
// shows how much of the limit is used and says beside the field when the text is too long; the server
// refuses the same length with the same limit.

/** Fields this long or longer show a counter ("37/200"); shorter ones only the error when over. */
const COUNTER_FROM = 50;

export function lengthError(length: number, max: number): string | null {
  return length > max
    ? `${max.toLocaleString("ko-KR")}자까지 입력할 수 있습니다(지금 ${length.toLocaleString("ko-KR")}자). ${(length - max).toLocaleString("ko-KR")}자를 줄이세요.`
    : null;
}

/** KRDS textarea counter: characters used / the limit; red when over. */
export function LengthCounter({ id, length, max }: { id: string; length: number; max: number }) {
  return (
    <p className="textarea-count app-length-count" id={`${id}-count`}>
      <span className="sr-only">입력한 글자 수 </span>
      <span className="count-now">{length.toLocaleString("ko-KR")}</span>
      <span className="count-total">/{max.toLocaleString("ko-KR")}</span>
    </p>
  );
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value : value == null ? "" : String(value);
}

/** Counts a controlled or uncontrolled control's text. */
function useLength(value: unknown, defaultValue: unknown) {
  const [typed, setTyped] = useState(textOf(defaultValue));
  const length = value !== undefined ? textOf(value).length : typed.length;
  return { length, track: (text: string) => setTyped(text) };
}

type LimitedProps<T extends "input" | "textarea"> = ComponentPropsWithRef<T> & {
  /** the server's limit: counted and checked here, never cut */
  maxLength?: number;
  /** an error the caller shows for this field (shown instead of the length error) */
  error?: string | null;
};

/**
 * What a limited control shares (LimitedTextarea, LimitedInput): its length, the too-long message, and the
 * props that tie them to the control (invalid, described by the counter and the message, counted as typed).
 */
function useLimit<E extends HTMLInputElement | HTMLTextAreaElement>(
  props: Pick<
    LimitedProps<"input">,
    "id" | "value" | "defaultValue" | "aria-describedby" | "aria-invalid"
  > & {
    onChange?: (event: ChangeEvent<E>) => void;
  },
  maxLength: number | undefined,
  error: string | null | undefined,
  counter: boolean,
) {
  const { length, track } = useLength(props.value, props.defaultValue);
  const id = props.id ?? "text";
  const tooLong = maxLength !== undefined ? lengthError(length, maxLength) : null;
  const shown = error ?? tooLong;
  return {
    id,
    length,
    tooLong,
    shown,
    control: {
      "aria-invalid": shown ? true : props["aria-invalid"],
      "aria-describedby":
        [props["aria-describedby"], counter ? `${id}-count` : null, tooLong && !error ? `${id}-length` : null]
          .filter(Boolean)
          .join(" ") || undefined,
      onChange: (event: ChangeEvent<E>) => {
        track(event.target.value);
        props.onChange?.(event);
      },
    },
    message:
      tooLong && !error ? (
        <p className="form-hint-invalid" id={`${id}-length`}>
          {tooLong}
        </p>
      ) : null,
  };
}

/**
 * A `<textarea>` with a length limit that never cuts: the counter below it and, when the text is longer,
 * an error beside it. Drop-in for `<textarea maxLength=…>`; the id is needed for the counter's name.
 */
export function LimitedTextarea({ maxLength, error, ...props }: LimitedProps<"textarea">) {
  const limit = useLimit(props, maxLength, error, Boolean(maxLength));
  return (
    <div className={`textarea-wrap${limit.shown ? " is-error" : ""}`}>
      <textarea {...props} {...limit.control} />
      {maxLength !== undefined || limit.tooLong ? (
        <div className="textarea-bottom">
          {limit.message}
          {maxLength !== undefined ? (
            <LengthCounter id={limit.id} length={limit.length} max={maxLength} />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** An `<input>` with a length limit that never cuts (see LimitedTextarea); a counter for long limits only. */
export function LimitedInput({ maxLength, error, ...props }: LimitedProps<"input">) {
  const counter = maxLength !== undefined && maxLength >= COUNTER_FROM;
  const limit = useLimit(props, maxLength, error, counter);
  return (
    <>
      <input {...props} {...limit.control} />
      {limit.message}
      {counter ? <LengthCounter id={limit.id} length={limit.length} max={maxLength} /> : null}
    </>
  );
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

export function TextField({
  id,
  name,
  label,
  hint,
  error,
  groupClassName,
  maxLength,
  ...input
}: TextFieldProps) {
  // A limit is counted and checked, never cut (see LimitedInput); its error shows where the field's does.
  const { length, track } = useLength(input.value, input.defaultValue);
  const tooLong = maxLength !== undefined ? lengthError(length, maxLength) : null;
  const shown = error ?? tooLong;
  const counter = maxLength !== undefined && maxLength >= COUNTER_FROM && input.type !== "search";
  return (
    <FieldShell id={id} label={label} hint={hint} error={shown} className={groupClassName}>
      <input
        id={id}
        name={name ?? id}
        className="krds-input"
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(id, hint, shown, counter)}
        {...input}
        onChange={(e) => {
          track(e.target.value);
          input.onChange?.(e);
        }}
      />
      {counter ? <LengthCounter id={id} length={length} max={maxLength} /> : null}
    </FieldShell>
  );
}

type TextAreaFieldProps = Omit<ComponentPropsWithRef<"textarea">, "id"> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
};

/** A KRDS form group around a textarea whose length limit is counted, never cut (LimitedTextarea). */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  rows = 3,
  className = "krds-input",
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <LimitedTextarea
        id={id}
        name={id}
        rows={rows}
        className={className}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        error={error}
        {...textarea}
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

/**
 * A file chooser in Korean: the native control stays (keyboards, screen readers) but is drawn as a KRDS
 * button and the chosen file's name, since the browser's own "Choose File" speaks the browser's language.
 * Put it in a `form-conts app-upload` container.
 */
export function FilePicker({
  id,
  accept,
  file,
  onFile,
  describedBy: described,
  invalid,
}: {
  id: string;
  accept: string;
  file: File | null;
  onFile: (file: File | null) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={ref}
        id={id}
        type="file"
        className="app-file-input"
        accept={accept}
        aria-describedby={described}
        aria-invalid={invalid || undefined}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
      <button
        type="button"
        className="krds-btn small tertiary app-file-button"
        aria-hidden="true"
        tabIndex={-1}
        onClick={() => ref.current?.click()}
      >
        파일 선택
      </button>
      <span className="app-file-name" aria-hidden="true">
        {file ? file.name : "선택한 파일 없음"}
      </span>
    </>
  );
}

/** A small choice in a list's toolbar (점검 영역, 진행 상태): its label beside it, "전체" first. */
export function InlineSelect({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="app-inline-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className={`krds-form-select small${value ? " completed" : ""}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">전체</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
