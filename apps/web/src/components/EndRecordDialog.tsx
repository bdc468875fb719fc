import { koreaToday } from "@ssis/domain";
import { type ReactNode, useState } from "react";
import { useFormErrors } from "../lib/useFormErrors";
import { ConfirmDialog } from "./ConfirmDialog";
import { TextField } from "./FormField";
import { ProblemAlert } from "./FormSection";

export interface EndInput {
  date: string;
  reason: string;
}

interface FieldSpec {
  id: string;
  /** the server's field name, so its field errors land beside this input */
  field: string;
  label: string;
}

export interface EndRecordDialogProps {
  title: string;
  confirmLabel: string;
  /** who or what ends, and that it cannot be undone */
  intro: ReactNode;
  date: FieldSpec;
  /** omitted when the end needs no reason (e.g. a programme) */
  reason?: FieldSpec & { missing: string };
  /** the same rules the server applies, for instant feedback: field → message */
  check: (input: EndInput) => Record<string, string>;
  mutation: {
    isPending: boolean;
    mutate: (input: EndInput, options: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  };
  success: (input: EndInput) => string;
  failure: string;
  onClose: (message: string | null) => void;
}

/**
 * Ending a record with a date (and a reason): 퇴사, 퇴소, 프로그램 종료. Irreversible, so it is a
 * confirmation dialog; local checks first, then the server's field errors beside the fields.
 */
export function EndRecordDialog(props: EndRecordDialogProps) {
  const { date: dateField, reason: reasonField, mutation, onClose } = props;
  const [date, setDate] = useState(koreaToday());
  const [reason, setReason] = useState("");
  const { errors, problem, passes, failed } = useFormErrors();

  const confirm = () => {
    const input = { date, reason: reason.trim() };
    const local = props.check(input);
    if (reasonField && input.reason.length < 2) local[reasonField.field] = reasonField.missing;
    if (!passes(local)) return;
    mutation.mutate(input, {
      onSuccess: () => onClose(props.success(input)),
      onError: (error) => failed(error, props.failure),
    });
  };

  return (
    <ConfirmDialog
      title={props.title}
      confirmLabel={props.confirmLabel}
      onConfirm={confirm}
      pending={mutation.isPending}
      onCancel={() => onClose(null)}
      cancelTone="tertiary"
    >
      <p>{props.intro}</p>
      <ProblemAlert problem={problem} />
      <TextField
        id={dateField.id}
        label={dateField.label}
        type="date"
        value={date}
        error={errors[dateField.field]}
        onChange={(e) => setDate(e.target.value)}
      />
      {reasonField ? (
        <TextField
          id={reasonField.id}
          label={reasonField.label}
          value={reason}
          error={errors[reasonField.field]}
          onChange={(e) => setReason(e.target.value)}
        />
      ) : null}
    </ConfirmDialog>
  );
}
