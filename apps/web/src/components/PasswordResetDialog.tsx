import { type FormEvent, useRef, useState } from "react";
import type { AdminUser } from "../api/admin-users";
import { useResetUserPassword } from "../api/admin-users";
import { isApiError } from "../api/problem";
import { Alert } from "./Alert";
import { ConfirmDialog } from "./ConfirmDialog";
import { Modal } from "./Modal";
import { NewPasswordFields, newPasswordErrors } from "./NewPasswordFields";

type Field = "newPassword" | "newPasswordConfirm";
type Errors = Partial<Record<Field, string>>;

const FORM_ID = "password-reset-form";

/**
 * 비밀번호 초기화 by the system administrator: the new initial password (checked against the rules as it
 * is typed, every error beside its field), then a confirmation, since the old password and the user's
 * sessions end for good. `onClose` gets the success message, or null when cancelled.
 */
export function PasswordResetDialog({
  user,
  onClose,
}: {
  user: Pick<AdminUser, "id" | "username" | "name">;
  onClose: (message: string | null) => void;
}) {
  const reset = useResetUserPassword();
  const [step, setStep] = useState<"enter" | "confirm">("enter");
  const [values, setValues] = useState<Record<Field, string>>({ newPassword: "", newPasswordConfirm: "" });
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const who = `${user.name}(${user.username})`;

  const set = (field: Field, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const toConfirm = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    const e: Errors = newPasswordErrors(values, user.username, "새 초기 비밀번호");
    setErrors(e);
    setProblem(null);
    if (e.newPassword) passwordRef.current?.focus();
    else if (e.newPasswordConfirm) confirmRef.current?.focus();
    else setStep("confirm");
  };

  const submit = () => {
    if (reset.isPending) return;
    reset.mutate(
      { id: user.id, newPassword: values.newPassword },
      {
        onSuccess: () =>
          onClose(
            `${who} 계정의 비밀번호를 초기화했습니다. 사용자는 다음 로그인 때 새 초기 비밀번호로 로그인한 뒤 ` +
              "비밀번호를 변경해야 합니다. 계정 잠금도 해제되어 바로 로그인할 수 있습니다. " +
              "새 초기 비밀번호는 사용자에게 안전한 방법으로 따로 알려 주세요.",
          ),
        onError: (error) => {
          if (isApiError(error) && error.fieldErrors.newPassword) {
            // The server's rule (e.g. the published development password) belongs beside the field.
            setErrors({ newPassword: error.fieldErrors.newPassword });
            setProblem(null);
            setStep("enter");
          } else setProblem(isApiError(error) ? error.detail : "비밀번호를 초기화하지 못했습니다.");
        },
      },
    );
  };

  if (step === "confirm")
    return (
      <ConfirmDialog
        title="비밀번호 초기화 확인"
        confirmLabel="초기화"
        onConfirm={submit}
        pending={reset.isPending}
        onCancel={() => onClose(null)}
        cancelTone="tertiary"
        extra={
          <button type="button" className="krds-btn medium secondary" onClick={() => setStep("enter")}>
            이전
          </button>
        }
      >
        <p>{who} 계정의 비밀번호를 초기화하시겠습니까? 되돌릴 수 없습니다.</p>
        <ul className="app-rule-list">
          <li>지금 쓰는 비밀번호로는 더 이상 로그인할 수 없고, 로그인 중인 화면은 모두 로그아웃됩니다.</li>
          <li>계정이 잠겨 있으면 잠금도 해제됩니다.</li>
          <li>사용자는 다음 로그인 때 새 초기 비밀번호를 자신의 비밀번호로 변경해야 합니다.</li>
        </ul>
        {problem ? (
          <Alert tone="danger" live="alert">
            <p>{problem}</p>
          </Alert>
        ) : null}
      </ConfirmDialog>
    );

  return (
    <Modal
      title="비밀번호 초기화"
      size="md"
      onEscape={() => onClose(null)}
      initialFocus={passwordRef}
      actions={
        <>
          <button type="button" className="krds-btn medium tertiary" onClick={() => onClose(null)}>
            취소
          </button>
          <button type="submit" form={FORM_ID} className="krds-btn medium primary">
            다음
          </button>
        </>
      }
    >
      <p>{who} 계정의 새 초기 비밀번호를 정합니다.</p>
      <form id={FORM_ID} className="app-form" noValidate onSubmit={toConfirm}>
        <NewPasswordFields
          ids={["reset-new-password", "reset-new-password-confirm"]}
          what="새 초기 비밀번호"
          username={user.username}
          values={values}
          errors={errors}
          set={set}
          refs={{ newPassword: passwordRef, newPasswordConfirm: confirmRef }}
        />
      </form>
    </Modal>
  );
}
