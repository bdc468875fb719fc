import { checkPassword } from "@ssis/domain";

/** The password rules of packages/domain's checkPassword, as users read them. */
const RULES = [
  "영문 대·소문자, 숫자, 특수문자 중 2종류 이상을 조합하여 10자 이상, 또는 3종류 이상을 조합하여 8자 이상",
  "64자 이하, 공백 사용 불가",
  "아이디를 포함할 수 없음",
  "같은 문자나 연속된 문자(예: 1111, 1234, 영문자도 같음)를 4자 이상 이어 쓸 수 없음",
  "공개된 개발용 비밀번호는 쓸 수 없음",
];

/** The rules as a field's hint. */
export function PasswordRules() {
  return (
    // One block beside the hint's icon (KRDS lays a hint out as a row).
    <div>
      <p>비밀번호 규칙</p>
      <ul className="app-rule-list">
        {RULES.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </div>
  );
}

/** What the typed password still lacks, as it is typed (the server checks the same rules). */
export function PasswordPolicyFeedback({ password, username }: { password: string; username: string }) {
  const policy = password ? checkPassword(password, username) : null;
  return (
    <div className="app-policy-feedback" aria-live="polite" data-testid="password-policy-feedback">
      {policy ? (
        policy.ok ? (
          <p className="app-ok-text">사용할 수 있는 비밀번호입니다.</p>
        ) : (
          <ul className="app-problem-list">
            {policy.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
