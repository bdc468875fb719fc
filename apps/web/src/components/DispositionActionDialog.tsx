import { type ReactNode, useRef, useState } from "react";
import { errorMessage, isApiError } from "../api/problem";
import { Alert } from "./Alert";
import { TextAreaField } from "./DispositionParts";
import { type Option, SelectField, TextField } from "./FormField";
import { Modal } from "./Modal";

export type Values = Record<string, string>;

export interface ActionField {
  /** the server's field name, so its field error lands beside this input */
  name: string;
  label: string;
  type: "date" | "text" | "textarea" | "select";
  initial?: string;
  hint?: ReactNode | ((values: Values) => ReactNode);
  min?: string | ((values: Values) => string | undefined);
  placeholder?: string;
  options?: Option[];
  /** shown only when this holds for the current values */
  when?: (values: Values) => boolean;
}

export interface ActionDialogProps {
  title: string;
  /** what the step does and that it cannot be undone */
  intro: ReactNode;
  fields: ActionField[];
  confirmLabel: string;
  /** the same rules the server applies, for instant feedback: field → message */
  check?: (values: Values) => Values;
  submit: (values: Values) => Promise<unknown>;
  success: (values: Values) => string;
  onClose: (message: string | null) => void;
}

/**
 * A step of the 행정처분 procedure behind a confirmation: the facts it needs (dates, reasons), local checks,
 * then the server's answer with its field errors beside the fields. Escape and 취소 leave everything as it was.
 */
export function DispositionActionDialog(props: ActionDialogProps) {
  const { fields, onClose } = props;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(fields.map((f) => [f.name, f.initial ?? ""])),
  );
  const [errors, setErrors] = useState<Values>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const visible = fields.filter((f) => !f.when || f.when(values));

  const confirm = async () => {
    const local = props.check?.(values) ?? {};
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length > 0) return;
    setPending(true);
    try {
      await props.submit(values);
      onClose(props.success(values));
    } catch (error) {
      if (isApiError(error)) {
        setErrors({ ...error.fieldErrors });
        setProblem(error.detail);
      } else setProblem(errorMessage(error));
      setPending(false);
    }
  };

  return (
    <Modal
      title={props.title}
      onEscape={() => onClose(null)}
      initialFocus={cancelRef}
      actions={
        <>
          <button
            ref={cancelRef}
            type="button"
            className="krds-btn medium tertiary"
            onClick={() => onClose(null)}
          >
            취소
          </button>
          <button
            type="button"
            className="krds-btn medium primary"
            disabled={pending}
            onClick={() => void confirm()}
          >
            {pending ? "처리하는 중…" : props.confirmLabel}
          </button>
        </>
      }
    >
      <div>{props.intro}</div>
      {problem ? (
        <Alert tone="danger" live="alert">
          {problem}
        </Alert>
      ) : null}
      {visible.map((f) => {
        const id = `action-${f.name}`;
        const hint = typeof f.hint === "function" ? f.hint(values) : f.hint;
        const set = (value: string) => setValues((v) => ({ ...v, [f.name]: value }));
        if (f.type === "textarea")
          return (
            <TextAreaField
              key={f.name}
              id={id}
              label={f.label}
              hint={hint}
              rows={3}
              maxLength={2000}
              placeholder={f.placeholder}
              value={values[f.name] ?? ""}
              error={errors[f.name]}
              onChange={(e) => set(e.target.value)}
            />
          );
        if (f.type === "select")
          return (
            <SelectField
              key={f.name}
              id={id}
              label={f.label}
              hint={hint}
              options={f.options ?? []}
              value={values[f.name] ?? ""}
              error={errors[f.name]}
              onChange={(e) => set(e.target.value)}
            />
          );
        return (
          <TextField
            key={f.name}
            id={id}
            label={f.label}
            type={f.type}
            hint={hint}
            placeholder={f.placeholder}
            min={typeof f.min === "function" ? f.min(values) : f.min}
            value={values[f.name] ?? ""}
            error={errors[f.name]}
            onChange={(e) => set(e.target.value)}
          />
        );
      })}
    </Modal>
  );
}
