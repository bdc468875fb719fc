import { describe, expect, it } from "vitest";
import { authorityName, authorityTitle } from "./authority-title.ts";

describe("authorityTitle", () => {
  it.each([
    ["sigungu", "서울특별시", "종로구", "서울특별시 종로구청장", "서울특별시 종로구"],
    ["sigungu", "경기도", "수원시", "경기도 수원시장", "경기도 수원시"],
    ["sigungu", "경상북도", "군위군", "경상북도 군위군수", "경상북도 군위군"],
    ["sigungu", "세종특별자치시", "세종특별자치시", "세종특별자치시장", "세종특별자치시"],
    ["sido", "강원특별자치도", null, "강원특별자치도지사", "강원특별자치도"],
    ["sido", "전남광주통합특별시", null, "전남광주통합특별시장", "전남광주통합특별시"],
  ])("%s %s %s → %s", (kind, sidoName, sigunguName, title, name) => {
    expect(authorityTitle(kind, { sidoName, sigunguName })).toBe(title);
    expect(authorityName(title)).toBe(name);
  });

  it("signs for the Minister at the national level", () => {
    expect(authorityTitle("nation", null)).toBe("보건복지부장관");
    expect(authorityName("보건복지부장관")).toBe("보건복지부");
  });
});
