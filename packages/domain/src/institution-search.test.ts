import { getChoseong } from "es-hangul";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  escapeLikePattern,
  HANGUL_INITIALS,
  isInitialsOnly,
  parseInstitutionSearch,
  toInitials,
} from "./institution-search.ts";

describe("toInitials", () => {
  it("turns each syllable into its 초성 and drops spaces", () => {
    expect(toInitials("종로노인요양원")).toBe("ㅈㄹㄴㅇㅇㅇㅇ");
    expect(toInitials("마포 장애인 복지관")).toBe("ㅁㅍㅈㅇㅇㅂㅈㄱ");
  });

  it("covers the first and last syllables and the double consonants", () => {
    expect(toInitials("가")).toBe("ㄱ");
    expect(toInitials("깋")).toBe("ㄱ");
    expect(toInitials("까")).toBe("ㄲ");
    expect(toInitials("힣")).toBe("ㅎ");
    expect(toInitials("빠싸짜")).toBe("ㅃㅆㅉ");
  });

  it("keeps letters, digits, lone jamo and signs as they are", () => {
    expect(toInitials("(사)행복 2센터 A동")).toBe("(ㅅ)ㅎㅂ2ㅅㅌAㄷ");
    expect(toInitials("ㄱㄴ")).toBe("ㄱㄴ");
  });

  it("agrees with es-hangul on every string of complete syllables", () => {
    const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCodePoint(c));
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 1, maxLength: 20 }), (chars) => {
        const word = chars.join("");
        expect(toInitials(word)).toBe(getChoseong(word));
      }),
    );
  });
});

describe("parseInstitutionSearch", () => {
  it("treats blank input as no search", () => {
    expect(parseInstitutionSearch("")).toBeNull();
    expect(parseInstitutionSearch("   ")).toBeNull();
    expect(parseInstitutionSearch(undefined)).toBeNull();
  });

  it("reads consonants only as a 초성 search, spaces ignored", () => {
    expect(parseInstitutionSearch("ㅈㄹ ㄴㅇ")).toEqual({ kind: "initials", initials: "ㅈㄹㄴㅇ" });
    expect(parseInstitutionSearch("ㄲ")).toEqual({ kind: "initials", initials: "ㄲ" });
  });

  it("reads a mix of syllables and consonants as text", () => {
    expect(parseInstitutionSearch("종로ㄴㅇ")).toEqual({ kind: "text", text: "종로ㄴㅇ" });
  });

  it("does not take vowels or compound finals for 초성", () => {
    expect(isInitialsOnly("ㅏ")).toBe(false);
    expect(isInitialsOnly("ㄳ")).toBe(false);
    expect(HANGUL_INITIALS).toHaveLength(19);
  });

  it("reads ten digits, with or without hyphens, as a 사업자등록번호", () => {
    expect(parseInstitutionSearch("123-45-67890")).toEqual({ kind: "businessNo", digits: "1234567890" });
    expect(parseInstitutionSearch("1234567890")).toEqual({ kind: "businessNo", digits: "1234567890" });
  });

  it("reads nine or eleven digits as text, not as a number", () => {
    expect(parseInstitutionSearch("123456789")).toEqual({ kind: "text", text: "123456789" });
    expect(parseInstitutionSearch("12345678901")).toEqual({ kind: "text", text: "12345678901" });
  });

  it("collapses inner whitespace of a text search", () => {
    expect(parseInstitutionSearch("  종로   노인 ")).toEqual({ kind: "text", text: "종로 노인" });
  });
});

describe("escapeLikePattern", () => {
  it("escapes the LIKE wildcards and the escape character", () => {
    expect(escapeLikePattern("100%_a\\b")).toBe("100\\%\\_a\\\\b");
    expect(escapeLikePattern("종로")).toBe("종로");
  });
});
