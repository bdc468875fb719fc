import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy.ts";

describe("password rules", () => {
  it("accepts 10 characters of two kinds and 8 of three kinds", () => {
    expect(checkPassword("hwpqrtzm47").ok).toBe(true);
    expect(checkPassword("Abxy!92q").ok).toBe(true);
  });
  it("refuses 9 characters of two kinds and 7 of three kinds", () => {
    expect(checkPassword("hwpqrtz47").ok).toBe(false);
    expect(checkPassword("Abx!92q").ok).toBe(false);
  });
  it("refuses a password that contains the user ID", () => {
    const r = checkPassword("Hong!gildong7", "gildong");
    expect(r.ok).toBe(false);
    expect(r.problems.join()).toContain("아이디");
  });
  it("refuses runs of four identical or sequential characters", () => {
    expect(checkPassword("Xy!1aaaa9Z").ok).toBe(false);
    expect(checkPassword("Xy!1234q9Z").ok).toBe(false);
    expect(checkPassword("Xy!123q9Zw").ok).toBe(true);
  });
  it("refuses white space and overlong passwords", () => {
    expect(checkPassword("Abc def!92q").ok).toBe(false);
    expect(checkPassword(`Ab!9${"xq".repeat(31)}`).ok).toBe(false);
  });
});
