import { checkPassword } from "@ssis/domain";
import type { RefObject } from "react";
import { TextField } from "./FormField";
import { PasswordPolicyFeedback, PasswordRules } from "./PasswordRules";

export interface NewPassword {
  newPassword: string;
  newPasswordConfirm: string;
}

/**
 * A new password and its confirmation, by the server's rules (checkPassword): `what` names it in the
 * messages ("새 비밀번호", "새 초기 비밀번호").
 */
export function newPasswordErrors(values: NewPassword, username: string, what: string): Partial<NewPassword> {
  const errors: Partial<NewPassword> = {};
  if (!values.newPassword) errors.newPassword = `${what}를 입력하세요.`;
  else {
    const check = checkPassword(values.newPassword, username);
    if (!check.ok) errors.newPassword = check.problems.join(" ");
  }
  if (!values.newPasswordConfirm) errors.newPasswordConfirm = `${what}를 한 번 더 입력하세요.`;
  else if (values.newPasswordConfirm !== values.newPassword)
    errors.newPasswordConfirm = `${what}와 확인 입력이 일치하지 않습니다.`;
  return errors;
}

/** The two fields of a new password: the rules beside the first, checked as it is typed. */
export function NewPasswordFields({
  ids,
  what,
  username,
  values,
  errors,
  set,
  refs,
}: {
  ids: readonly [string, string];
  what: string;
  username: string;
  values: NewPassword;
  errors: Partial<NewPassword>;
  set: (field: keyof NewPassword, value: string) => void;
  refs: {
    newPassword: RefObject<HTMLInputElement | null>;
    newPasswordConfirm: RefObject<HTMLInputElement | null>;
  };
}) {
  return (
    <>
      <TextField
        ref={refs.newPassword}
        id={ids[0]}
        label={what}
        type="password"
        autoComplete="new-password"
        aria-required="true"
        value={values.newPassword}
        error={errors.newPassword}
        hint={<PasswordRules />}
        onChange={(e) => set("newPassword", e.target.value)}
      />
      <PasswordPolicyFeedback password={values.newPassword} username={username} />
      <TextField
        ref={refs.newPasswordConfirm}
        id={ids[1]}
        label={`${what} 확인`}
        type="password"
        autoComplete="new-password"
        aria-required="true"
        value={values.newPasswordConfirm}
        error={errors.newPasswordConfirm}
        onChange={(e) => set("newPasswordConfirm", e.target.value)}
      />
    </>
  );
}
