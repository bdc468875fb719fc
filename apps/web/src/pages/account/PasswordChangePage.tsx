import { type FormEvent, useRef, useState } from "react";
import { useNavigate } from "react-router-dom";
import { useChangePassword } from "../../api/auth";
import { isApiError } from "../../api/problem";
import { useUser } from "../../auth/useSession";
import { Alert } from "../../components/Alert";
import { TextField } from "../../components/FormField";
import { NewPasswordFields, newPasswordErrors } from "../../components/NewPasswordFields";
import { PageHeader } from "../../components/PageHeader";
import { portalPath } from "../../navigation/access";

type Field = "currentPassword" | "newPassword" | "newPasswordConfirm";
type Errors = Partial<Record<Field, string>>;

/** Why a user whose password an administrator set (new account, reset) is here and nowhere else. */
const PASSWORD_CHANGE_REQUIRED_MESSAGE =
  "관리자가 정한 초기 비밀번호입니다. 새 비밀번호로 바꾼 뒤 이용할 수 있습니다.";

export function PasswordChangePage() {
  const user = useUser();
  const navigate = useNavigate();
  // The guard (auth/guards.tsx) keeps such a user on this page until the change succeeds.
  const required = user.mustChangePassword;
  const change = useChangePassword();
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: "",
    newPassword: "",
    newPasswordConfirm: "",
  });
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const refs = {
    currentPassword: useRef<HTMLInputElement>(null),
    newPassword: useRef<HTMLInputElement>(null),
    newPasswordConfirm: useRef<HTMLInputElement>(null),
  };

  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setDone(false);
  };

  const validate = (): Errors => {
    const e: Errors = newPasswordErrors(values, user.username, "새 비밀번호");
    if (!values.currentPassword) e.currentPassword = "현재 비밀번호를 입력하세요.";
    if (!e.newPassword && values.newPassword === values.currentPassword)
      e.newPassword = "새 비밀번호는 현재 비밀번호와 달라야 합니다.";
    return e;
  };

  const focusFirst = (e: Errors) => {
    const first = (["currentPassword", "newPassword", "newPasswordConfirm"] as const).find((f) => e[f]);
    if (first) refs[first].current?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    setDone(false);
    const e = validate();
    setErrors(e);
    if (Object.keys(e).length > 0) {
      setSummary("입력 내용을 확인해 주세요.");
      focusFirst(e);
      return;
    }
    try {
      await change.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      if (required) {
        // Every page opens now; the user starts at the portal's home.
        navigate(portalPath(user.zone), { replace: true });
        return;
      }
      setValues({ currentPassword: "", newPassword: "", newPasswordConfirm: "" });
      setErrors({});
      setSummary(null);
      setDone(true);
    } catch (error) {
      if (isApiError(error)) {
        const fieldErrors: Errors = {};
        for (const f of ["currentPassword", "newPassword"] as const)
          if (error.fieldErrors[f]) fieldErrors[f] = error.fieldErrors[f];
        setErrors(fieldErrors);
        setSummary(error.detail);
        focusFirst(fieldErrors);
      } else {
        setSummary("비밀번호를 변경하지 못했습니다. 잠시 후 다시 시도해 주세요.");
      }
    }
  };

  return (
    <>
      <PageHeader
        title="비밀번호 변경"
        breadcrumbs={[
          // No way home until the password is changed (the guard would send the user back here).
          required ? { label: "홈" } : { label: "홈", to: portalPath(user.zone) },
          { label: "내 정보" },
        ]}
        description={
          required ? (
            <p>처음 로그인했거나 관리자가 비밀번호를 초기화했습니다.</p>
          ) : (
            <p>개인정보 보호를 위해 비밀번호를 주기적으로 변경해 주세요.</p>
          )
        }
      />
      {required ? (
        <Alert tone="warning" title="비밀번호 변경 필요" live="none">
          <p data-testid="password-change-required">{PASSWORD_CHANGE_REQUIRED_MESSAGE}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" live="status">
          <p>비밀번호가 변경되었습니다. 다음 로그인부터 새 비밀번호를 사용하세요.</p>
        </Alert>
      ) : null}
      {summary ? (
        <Alert tone="danger" live="alert">
          <p>{summary}</p>
        </Alert>
      ) : null}
      <form className="app-form app-form--narrow" noValidate onSubmit={onSubmit}>
        <TextField
          ref={refs.currentPassword}
          id="currentPassword"
          label="현재 비밀번호"
          type="password"
          autoComplete="current-password"
          aria-required="true"
          hint={required ? "관리자에게 받은 초기 비밀번호를 입력하세요." : undefined}
          value={values.currentPassword}
          error={errors.currentPassword}
          onChange={(e) => set("currentPassword", e.target.value)}
        />
        <NewPasswordFields
          ids={["newPassword", "newPasswordConfirm"]}
          what="새 비밀번호"
          username={user.username}
          values={values}
          errors={errors}
          set={set}
          refs={refs}
        />
        <div className="app-button-row">
          <button type="submit" className="krds-btn medium primary" aria-busy={change.isPending || undefined}>
            비밀번호 변경
          </button>
        </div>
      </form>
    </>
  );
}
