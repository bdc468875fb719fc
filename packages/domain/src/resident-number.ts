import { withoutSeparators } from "./business-number.ts";
/**
 * 주민등록번호 (13 digits: YYMMDD-SXXXXXX). Sensitive (개인정보 보호법 제24조, 고유식별정보): validate,
 * store encrypted, show masked (domain.md §9).
 *
 * - The 7th digit gives sex and century: 9/0 → 1800s, 1/2 → 1900s, 3/4 → 2000s; 5–8 are the same centuries
 *   for 외국인등록번호 (5/6 → 1900s, 7/8 → 2000s).
 * - Numbers issued under the 1975 scheme end in a check digit over the first twelve digits: weights
 *   2,3,4,5,6,7,8,9,2,3,4,5 and check = (11 − sum mod 11) mod 10.
 * - Since October 2020 the last six digits of a newly issued number (birth, naturalisation, change of number)
 *   are random ("임의번호"): no region code and no check digit (주민등록법 시행규칙 제2조 개정, 행정안전부
 *   press release 2019-12-17; described at https://librewiki.net/wiki/주민등록번호 "2020년 10월 이후 출생·등록:
 *   성별 + 임의번호" and https://eknowhow.kr/새로운-주민등록번호-부여-체계 "2020년 10월 … 6개 자리를 임의의
 *   번호로"). We take 2020-10-05, the date the amended rule took effect, as the cut-over.
 *   Consequences: for anyone born on or after the cut-over the check digit does not apply at all; for anyone
 *   born before it a wrong check digit does not prove the number false (a number changed or first registered
 *   after the cut-over, e.g. on naturalisation or late birth registration, is random too), so it is reported
 *   as `mismatch` for the user to confirm against the ID card, never silently accepted and never a hard error.
 * - 외국인등록번호 (5–8) use a different check rule that we have not verified: not applied.
 */
export const RANDOM_NUMBER_SCHEME_FROM = "2020-10-05";

const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;

const CENTURY: Record<string, { century: number; sex: "male" | "female"; foreigner: boolean }> = {
  "9": { century: 1800, sex: "male", foreigner: false },
  "0": { century: 1800, sex: "female", foreigner: false },
  "1": { century: 1900, sex: "male", foreigner: false },
  "2": { century: 1900, sex: "female", foreigner: false },
  "3": { century: 2000, sex: "male", foreigner: false },
  "4": { century: 2000, sex: "female", foreigner: false },
  "5": { century: 1900, sex: "male", foreigner: true },
  "6": { century: 1900, sex: "female", foreigner: true },
  "7": { century: 2000, sex: "male", foreigner: true },
  "8": { century: 2000, sex: "female", foreigner: true },
};

export type CheckDigitResult = "valid" | "mismatch" | "not-applicable";

export type ResidentNumberCheck =
  | { ok: false; message: string }
  | {
      ok: true;
      /** The 13 digits without the hyphen. */
      digits: string;
      birthDate: string;
      sex: "male" | "female";
      foreigner: boolean;
      checkDigit: CheckDigitResult;
    };

export const normalizeResidentNumber = withoutSeparators;

export function residentNumberCheckDigit(twelveDigits: string): number {
  const sum = WEIGHTS.reduce<number>((acc, w, i) => acc + Number(twelveDigits[i] ?? 0) * w, 0);
  return (11 - (sum % 11)) % 10;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Validates format, century digit and birth date (a real date, not after `today`, YYYY-MM-DD), and reports
 * whether the check digit applies and matches. Messages are Korean, for the field beside the input.
 */
export function checkResidentNumber(input: string, today: string): ResidentNumberCheck {
  const digits = normalizeResidentNumber(input);
  if (!/^\d{13}$/.test(digits))
    return { ok: false, message: "주민등록번호는 숫자 13자리입니다(예: 900101-1234567)." };
  const code = CENTURY[digits[6] as string];
  if (!code) return { ok: false, message: "주민등록번호 뒷자리 첫 숫자가 올바르지 않습니다." };
  const year = code.century + Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return { ok: false, message: "주민등록번호 앞자리의 생년월일이 실제 날짜가 아닙니다." };
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  if (birthDate > today) return { ok: false, message: "주민등록번호의 생년월일이 오늘 이후입니다." };
  let checkDigit: CheckDigitResult = "not-applicable";
  if (!code.foreigner && birthDate < RANDOM_NUMBER_SCHEME_FROM)
    checkDigit = residentNumberCheckDigit(digits.slice(0, 12)) === Number(digits[12]) ? "valid" : "mismatch";
  return { ok: true, digits, birthDate, sex: code.sex, foreigner: code.foreigner, checkDigit };
}

/** The message shown when the check digit does not match and the user has not confirmed the number. */
export const CHECK_DIGIT_MISMATCH_MESSAGE =
  "주민등록번호의 검증번호(마지막 자리)가 맞지 않습니다. 2020년 10월 이후 새로 부여·변경된 번호는 다를 수 있으니, 신분증과 대조한 뒤 '번호 확인'을 선택하세요.";

/** 900101-1234567 → 900101-1******: birth date and the sex digit only (domain.md §9). */
export function maskResidentNumber(input: string): string {
  const d = normalizeResidentNumber(input);
  if (d.length !== 13) return "******-*******";
  return `${d.slice(0, 6)}-${d[6]}******`;
}

export function formatResidentNumber(input: string): string {
  const d = normalizeResidentNumber(input);
  return d.length === 13 ? `${d.slice(0, 6)}-${d.slice(6)}` : input;
}
