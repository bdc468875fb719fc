import { type ReactNode, useState } from "react";
import { errorMessage } from "../api/problem";
import { useFormErrors } from "../lib/useFormErrors";
import { ConfirmDialog } from "./ConfirmDialog";
import { TextAreaField } from "./DispositionParts";
import { type Option, SelectField, TextField } from "./FormField";
import { ProblemAlert } from "./FormSection";

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
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(fields.map((f) => [f.name, f.initial ?? ""])),
  );
  const { errors, problem, passes, failed } = useFormErrors();
  const [pending, setPending] = useState(false);
  const visible = fields.filter((f) => !f.when || f.when(values));

  const confirm = async () => {
    if (!passes(props.check?.(values) ?? {})) return;
    setPending(true);
    try {
      await props.submit(values);
      onClose(props.success(values));
    } catch (error) {
      failed(error, errorMessage(error));
      setPending(false);
    }
  };

  return (
    <ConfirmDialog
      title={props.title}
      confirmLabel={pending ? "처리하는 중…" : props.confirmLabel}
      onConfirm={() => void confirm()}
      pending={pending}
      onCancel={() => onClose(null)}
      cancelTone="tertiary"
    >
      <div>{props.intro}</div>
      <ProblemAlert problem={problem} />
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
    </ConfirmDialog>
  );
}
