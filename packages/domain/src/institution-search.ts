/**
 * How officials search the register (현황정보관리): by a fragment of the name or the road address, by 초성
 * (the leading consonants, e.g. "ㅈㄹㄴㅇ" for 종로노인요양원) or by the 사업자등록번호/고유번호.
 * The database computes initials with the SQL function `hangul_initials` (migration 0004) and keeps them in
 * the stored column institution.name_initials (0011); `toInitials` is the same rule in TypeScript, so the
 * screen and the tests agree with the index.
 */
import { normalizeBusinessNumber } from "./business-number.ts";

/** The 19 leading consonants in Unicode order (가 = 0xAC00; each 초성 spans 21 × 28 = 588 syllables). */
export const HANGUL_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
const SYLLABLES_PER_INITIAL = 588;

export const SEARCH_TERM_MAX_LENGTH = 100;

/** Each complete syllable becomes its 초성, whitespace is dropped, anything else is kept as it is. */
export function toInitials(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FIRST_SYLLABLE && code <= LAST_SYLLABLE)
      out += HANGUL_INITIALS[Math.floor((code - FIRST_SYLLABLE) / SYLLABLES_PER_INITIAL)];
    else if (!/\s/.test(ch)) out += ch;
  }
  return out;
}

export function isInitialsOnly(text: string): boolean {
  const compact = text.replace(/\s+/g, "");
  return compact.length > 0 && [...compact].every((ch) => HANGUL_INITIALS.includes(ch));
}

export type InstitutionSearchTerm =
  | { kind: "initials"; initials: string }
  | { kind: "businessNo"; digits: string }
  | { kind: "text"; text: string };

/**
 * Reads what the official typed. Only consonants → 초성 search; ten digits (with or without the usual
 * hyphens, 123-45-67890) → exact 사업자등록번호; anything else → a fragment of the name or address.
 * Blank input is no search at all.
 */
export function parseInstitutionSearch(input: string | undefined | null): InstitutionSearchTerm | null {
  const text = (input ?? "").trim().replace(/\s+/g, " ");
  if (!text) return null;
  if (isInitialsOnly(text)) return { kind: "initials", initials: text.replace(/\s/g, "") };
  if (/^\d{3}-?\d{2}-?\d{5}$/.test(text))
    return { kind: "businessNo", digits: normalizeBusinessNumber(text) };
  return { kind: "text", text };
}

/** Escapes LIKE's wildcards so "100%" finds the characters, not everything. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
