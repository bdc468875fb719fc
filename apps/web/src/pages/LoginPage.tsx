import { type FormEvent, useRef, useState } from "react";
import { Navigate, useSearchParams } from "react-router-dom";
import { useLogin } from "../api/auth";
import { isApiError } from "../api/problem";
import { FullPageLoading } from "../auth/guards";
import { useSession } from "../auth/useSession";
import { Alert } from "../components/Alert";
import { TextField } from "../components/FormField";
import { usePageTitle } from "../lib/pageTitle";
import { belongsToZone, portalPath, safeReturnPath } from "../navigation/access";

type Field = "username" | "password";

export function LoginPage() {
  usePageTitle("로그인");
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get("next"));
  const login = useLogin();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (session.status === "loading") return <FullPageLoading />;
  if (session.status === "authenticated") {
    const zone = session.user.zone;
    const to = next && belongsToZone(next, zone) ? next : portalPath(zone);
    return <Navigate to={to} replace />;
  }

  const fail = (message: string, fields: Partial<Record<Field, string>>) => {
    setError((e) => ({ message, attempt: (e?.attempt ?? 0) + 1 }));
    setFieldErrors(fields);
    if (fields.username) usernameRef.current?.focus();
    else passwordRef.current?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    const fields: Partial<Record<Field, string>> = {};
    if (!username.trim()) fields.username = "아이디를 입력하세요.";
    if (!password) fields.password = "비밀번호를 입력하세요.";
    if (fields.username || fields.password) {
      fail("아이디와 비밀번호를 모두 입력하세요.", fields);
      return;
    }
    try {
      await login.mutateAsync({ username: username.trim(), password });
      // The session store now holds the user; the next render redirects to the portal.
    } catch (e) {
      setPassword("");
      if (isApiError(e)) {
        const serverFields: Partial<Record<Field, string>> = {};
        if (e.fieldErrors.username) serverFields.username = e.fieldErrors.username;
        if (e.fieldErrors.password) serverFields.password = e.fieldErrors.password;
        fail(e.code === "ACCOUNT_LOCKED" ? lockedMessage(e.detail) : e.detail, serverFields);
      } else {
        fail("로그인하지 못했습니다. 잠시 후 다시 시도해 주세요.", {});
      }
    }
  };

  return (
    <div className="app-login">
      <header className="app-login__header">
        <p className="app-brand">
          <span className="app-brand__name">차세대 사회보장정보시스템</span>
          {" · "}
          <span className="app-brand__sub">기관행정 업무지원</span>
        </p>
      </header>
      <main id="main-content" className="app-login__main" tabIndex={-1}>
        <div className="app-login__card">
          <h1 className="app-page-title">로그인</h1>
          <p className="app-login__intro">
            행복이음(공무원)과 희망이음(사회서비스 기관) 사용자가 함께 쓰는 로그인입니다. 로그인하면 소속에
            맞는 업무 화면으로 이동합니다.
          </p>
          {session.notice ? (
            <Alert tone="info" live="status">
              <p>{session.notice}</p>
            </Alert>
          ) : null}
          {error ? (
            <Alert key={error.attempt} tone="danger" live="alert" id="login-error">
              <p>{error.message}</p>
            </Alert>
          ) : null}
          <form
            className="app-form"
            noValidate
            onSubmit={onSubmit}
            aria-describedby={error ? "login-error" : undefined}
          >
            <TextField
              ref={usernameRef}
              id="username"
              label="아이디"
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              aria-required="true"
              value={username}
              error={fieldErrors.username}
              onChange={(e) => setUsername(e.target.value)}
            />
            <TextField
              ref={passwordRef}
              id="password"
              label="비밀번호"
              type="password"
              autoComplete="current-password"
              aria-required="true"
              value={password}
              error={fieldErrors.password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <button
              type="submit"
              className="krds-btn large primary app-login__submit"
              aria-busy={login.isPending}
            >
              로그인
            </button>
          </form>
          <p className="app-login__help">
            비밀번호 분실 시 또는 계정이 잠긴 경우 소속 기관의 시스템 관리자에게 문의하세요.
          </p>
          <p className="app-login__help app-muted">
            이 시스템은 인가된 사용자만 이용할 수 있으며, 모든 접속 및 개인정보 조회 기록은 관련 법령에 따라
            저장됩니다.
          </p>
        </div>
      </main>
    </div>
  );
}

function lockedMessage(detail: string): string {
  return detail.includes("관리자") ? detail : `${detail} 잠금 해제는 시스템 관리자에게 요청하세요.`;
}
