import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, login, newPage, screenshot } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("행정구역 개편 (시스템): a mapping is checked and previewed before anything moves", () => {
  // Preview only: applying would move codes that every other test on this server relies on.
  it("sysadmin loads the 군위군 mapping from the reference data and previews it; a wrong code is named in Korean", async () => {
    const page = await newPage(browser);
    await login(page, "sysadmin");
    await page.getByTestId("portal-official").waitFor();
    await page.getByRole("link", { name: "행정구역 개편" }).click();
    await page.getByRole("heading", { level: 1, name: "행정구역 개편" }).waitFor();

    // 1. A code that does not exist is reported beside its row.
    await page.getByLabel("1번 줄 옛 코드").fill("99999");
    await page.getByLabel("1번 줄 새 코드").fill("27720");
    await page.getByLabel("시행일(필수)").fill("2023-07-01");
    await page.getByRole("button", { name: "미리보기" }).click();
    const preview = page.getByRole("region", { name: "미리보기" });
    await preview.getByText(/목록에 오류가 \d+건 있습니다/).waitFor();
    expect(await page.getByRole("button", { name: "적용" }).isDisabled()).toBe(true);

    // 2. The reference data's 2023-07-01 mapping (경상북도 군위군 → 대구광역시 군위군) previews cleanly.
    const preset = page.getByLabel("기준정보에서 불러오기");
    const value = await preset.locator("option").filter({ hasText: "군위군" }).first().getAttribute("value");
    await preset.selectOption(value ?? "");
    await page.getByRole("button", { name: "목록 불러오기" }).click();
    expect(await page.getByLabel("1번 줄 옛 코드").inputValue()).toBe("47720");
    expect(await page.getByLabel("제목(필수)").inputValue()).toContain("군위군");
    await page.getByRole("button", { name: "미리보기" }).click();
    const table = preview.getByRole("region", { name: "옛 코드별 옮겨질 자료 표" });
    await table.getByText("경상북도 군위군 (47720)").waitFor();
    expect(await table.textContent()).toContain("대구광역시 군위군 (27720)");
    expect(await preview.textContent()).not.toMatch(/목록에 오류가/);
    // Every table that moves is named in Korean.
    expect(await preview.textContent()).not.toMatch(/[a-z]+_[a-z_]+/);
    expect(await page.getByRole("button", { name: "적용" }).isEnabled()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, "76-official-region-reorganisation-preview");
  });
});
