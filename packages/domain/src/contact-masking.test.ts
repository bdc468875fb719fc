import { describe, expect, it } from "vitest";
import { maskEmail, maskPhone } from "./contact-masking.ts";

describe("contact masking", () => {
  it("keeps two letters and the domain of an e-mail", () => {
    expect(maskEmail("official@jongno.go.kr")).toBe("of***@jongno.go.kr");
    expect(maskEmail("a@b.kr")).toBe("***@b.kr");
    expect(maskEmail("broken")).toBe("***");
  });
  it("keeps the last four digits of a phone number", () => {
    expect(maskPhone("010-1234-5678")).toBe("010-****-5678");
    expect(maskPhone("01012345678")).toBe("010-****-5678");
    expect(maskPhone("12")).toBe("***");
  });
});
