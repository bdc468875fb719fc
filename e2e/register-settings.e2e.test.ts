import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, login, newPage, screenshot } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LABEL = "변경신청 처리기한(일)";
/** The default the other tests rely on (migration 0004). */
const DEFAULT_DAYS = 7;

async function openSettings(username = "sysadmin"): Promise<Page> {
  const page = await newPage(browser);
  await login(page, username);
  await page.getByTestId("portal-official").waitFor();
  await page.getByRole("link", { name: "등록부 설정" }).click();
  await page.getByRole("heading", { level: 1, name: "등록부 설정" }).waitFor();
  return page;
}

const row = (page: Page) => page.getByTestId("register-settings").getByRole("row").filter({ hasText: LABEL });

/** The value cell of the deadline's row, as a number. */
async function shownValue(page: Page): Promise<number> {
  return Number(((await row(page).getByRole("cell").first().textContent()) ?? "").trim());
}

/** Change the deadline through the form and its confirmation; returns the success notice. */
async function changeTo(page: Page, value: number) {
  await row(page)
    .getByRole("button", { name: `변경 (${LABEL})` })
    .click();
  await page.getByLabel("새 값(필수)").fill(String(value));
  await page.getByRole("button", { name: "저장", exact: true }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.getByRole("button", { name: "변경", exact: true }).click();
  await dialog.waitFor({ state: "detached" });
}

describe("등록부 설정 (시스템): the system administrator keeps the change-request deadline", () => {
  it("sysadmin changes the deadline after a confirmation; a change by someone else in between is refused in Korean", async () => {
    const page = await openSettings();
    try {
      await expect.poll(() => shownValue(page)).toBe(DEFAULT_DAYS);

      // 1. Out of range: refused at the field, before anything is sent.
      await row(page)
        .getByRole("button", { name: `변경 (${LABEL})` })
        .click();
      const input = page.getByLabel("새 값(필수)");
      await input.fill("0");
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await page.getByText("1~90 사이의 값을 입력하세요.").waitFor();

      // 2. 10 days, confirmed with the value before and after; the list shows it saved.
      await input.fill("10");
      await page.getByRole("button", { name: "저장", exact: true }).click();
      const dialog = page.getByRole("alertdialog");
      expect(await dialog.textContent()).toContain(`「${LABEL}」 값을 바꿉니다: ${DEFAULT_DAYS} → 10`);
      await dialog.getByRole("button", { name: "변경", exact: true }).click();
      await page.getByText(`「${LABEL}」 값을 바꾸었습니다: ${DEFAULT_DAYS} → 10`).waitFor();
      await expect.poll(() => shownValue(page)).toBe(10);
      await expectAccessible(page);
      await screenshot(page, "79-official-register-settings");

      // 3. Another administrator changes it while this one is typing: 409, in Korean, the typed value kept.
      await row(page)
        .getByRole("button", { name: `변경 (${LABEL})` })
        .click();
      await input.fill(String(DEFAULT_DAYS));
      const other = await openSettings();
      await changeTo(other, 8);
      await expect.poll(() => shownValue(other)).toBe(8);

      await page.getByRole("button", { name: "저장", exact: true }).click();
      await page.getByRole("alertdialog").getByRole("button", { name: "변경", exact: true }).click();
      await page.getByText("다른 관리자가 먼저 설정을 바꾸었습니다.", { exact: false }).waitFor();
      expect(await input.inputValue()).toBe(String(DEFAULT_DAYS));
      await expect.poll(() => shownValue(page)).toBe(8);

      // Saving again replaces the other administrator's 8, as the confirmation now says.
      await page.getByRole("button", { name: "저장", exact: true }).click();
      expect(await page.getByRole("alertdialog").textContent()).toContain(`8 → ${DEFAULT_DAYS}`);
      await page.getByRole("alertdialog").getByRole("button", { name: "변경", exact: true }).click();
      await page.getByText(`「${LABEL}」 값을 바꾸었습니다: 8 → ${DEFAULT_DAYS}`).waitFor();
      await expect.poll(() => shownValue(page)).toBe(DEFAULT_DAYS);
    } finally {
      // Other tests rely on the default deadline: put it back whatever happened above.
      const check = await openSettings();
      if ((await shownValue(check)) !== DEFAULT_DAYS) await changeTo(check, DEFAULT_DAYS);
      await expect.poll(() => shownValue(check)).toBe(DEFAULT_DAYS);
    }
  });
});
