/**
 * Password rules. KISA 「패스워드 선택 및 이용 안내서」 and the 개인정보의 안전성 확보조치 기준 해설서:
 * at least 10 characters of two kinds, or at least 8 characters of three kinds (영문 대문자·소문자,
 * 숫자, 특수문자). We also refuse the user ID inside the password and runs of 4 identical or sequential
 * characters, which the same guidance names as easily guessed.
 */
export interface PasswordCheck {
  ok: boolean;
  problems: string[];
}

export const PASSWORD_MAX_LENGTH = 64;

/**
 * Passwords printed where anyone can read them (the README's development password of the demo accounts).
 * No real account may have one; a production server refuses to start while any account does.
 */
export const PUBLISHED_PASSWORDS: readonly string[] = ["Welfare!2026"];

export function checkPassword(password: string, username?: string): PasswordCheck {
  const problems: string[] = [];
  const kinds = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const length = [...password].length;
  if (length > PASSWORD_MAX_LENGTH) problems.push(`비밀번호는 ${PASSWORD_MAX_LENGTH}자 이하로 입력하세요.`);
  const longEnough = (length >= 10 && kinds >= 2) || (length >= 8 && kinds >= 3);
  if (!longEnough)
    problems.push(
      "비밀번호는 영문 대·소문자, 숫자, 특수문자 중 2종류 이상 10자 이상 또는 3종류 이상 8자 이상이어야 합니다.",
    );
  if (/\s/.test(password)) problems.push("비밀번호에 공백을 쓸 수 없습니다.");
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    problems.push("비밀번호에 아이디를 포함할 수 없습니다.");
  if (hasRun(password, 4)) problems.push("같은 문자나 연속된 문자를 4자 이상 이어 쓸 수 없습니다.");
  if (PUBLISHED_PASSWORDS.includes(password))
    problems.push("공개된 개발용 비밀번호는 쓸 수 없습니다. 다른 비밀번호를 입력하세요.");
  return { ok: problems.length === 0, problems };
}

function hasRun(text: string, runLength: number): boolean {
  const codes = [...text].map((c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i + runLength <= codes.length; i++) {
    const window = codes.slice(i, i + runLength);
    const steps = window.slice(1).map((c, j) => c - (window[j] ?? 0));
    if (steps.every((d) => d === 0) || steps.every((d) => d === 1) || steps.every((d) => d === -1))
      return true;
  }
  return false;
}
