import { describe, expect, it } from "vitest";
import { businessNumberCheckDigit, formatBusinessNumber, isValidBusinessNumber } from "./business-number.ts";

describe("사업자등록번호 check digit", () => {
  it("accepts a number whose last digit matches (국세청 1,3,7,1,3,7,1,3,5 weights)", () => {
    // 220-81-62517 is a widely published valid example.
    expect(isValidBusinessNumber("2208162517")).toBe(true);
    expect(isValidBusinessNumber("220-81-62517")).toBe(true);
  });
  it("refuses a wrong check digit, wrong length and non-digits", () => {
    expect(isValidBusinessNumber("2208162518")).toBe(false);
    expect(isValidBusinessNumber("220816251")).toBe(false);
    expect(isValidBusinessNumber("22081625170")).toBe(false);
    expect(isValidBusinessNumber("22O8162517")).toBe(false);
  });
  it("counts the carry of the ninth digit × 5", () => {
    // ninth digit 9 → 45 → carry 4 changes the check digit
    const nine = "123456789";
    const digit = businessNumberCheckDigit(nine);
    expect(isValidBusinessNumber(`${nine}${digit}`)).toBe(true);
    expect(isValidBusinessNumber(`${nine}${(digit + 1) % 10}`)).toBe(false);
  });
  it("formats as 3-2-5", () => {
    expect(formatBusinessNumber("2208162517")).toBe("220-81-62517");
  });
});
