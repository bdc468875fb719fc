/**
 * 사업자등록번호 / 고유번호 (10 digits). The last digit is a check digit: weights 1,3,7,1,3,7,1,3,5 over
 * the first nine, plus the carry of the ninth digit × 5 (국세청 사업자등록번호 체계; domain.md §3).
 */
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

/** A number as typed, without its hyphens and spaces (220-81-62517, 130111-0006246, 900101-1234567). */
export function withoutSeparators(input: string): string {
  return input.replace(/[-\s]/g, "");
}

/** Whether the number is `length` digits whose last is the check digit `checkDigit` computes of the others. */
export function endsInCheckDigit(
  input: string,
  length: number,
  checkDigit: (body: string) => number,
): boolean {
  const digits = withoutSeparators(input);
  return (
    digits.length === length &&
    /^\d+$/.test(digits) &&
    checkDigit(digits.slice(0, -1)) === Number(digits.at(-1))
  );
}

export const normalizeBusinessNumber = withoutSeparators;

export function isValidBusinessNumber(input: string): boolean {
  return endsInCheckDigit(input, 10, businessNumberCheckDigit);
}

/** The check digit that completes nine digits (also used by the synthetic-data generator). */
export function businessNumberCheckDigit(nineDigits: string): number {
  const d = [...nineDigits].map(Number);
  const weighted = WEIGHTS.reduce<number>((sum, w, i) => sum + (d[i] ?? 0) * w, 0);
  const carry = Math.floor(((d[8] ?? 0) * 5) / 10);
  return (10 - ((weighted + carry) % 10)) % 10;
}

export function formatBusinessNumber(input: string): string {
  const d = normalizeBusinessNumber(input);
  return d.length === 10 ? `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}` : input;
}
