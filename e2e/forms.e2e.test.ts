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

async function official(username = "gu.jongno") {
  const page = await newPage(browser);
  await login(page, username);
  await page.getByTestId("portal-official").waitFor();
  return page;
}

/** How often a text appears in what the user reads. */
async function timesShown(page: Page, text: string) {
  // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is what the user reads
  const body = await page.evaluate(() => document.body.innerText);
  return body.split(text).length - 1;
}

describe("form messages, filters and length limits (issue 15)", () => {
  it("shows the server's message for 점검계획 연도 1999 once, beside the field, with the dialog closed", async () => {
    const page = await official();
    await page.goto("/official/inspections/plans/new");
    await page.getByLabel("계획 제목(필수)").fill("연도 확인용 계획");
    await page.getByLabel("계획 연도(필수)").fill("1999");
    await expect.poll(() => page.getByLabel("점검표(필수)").inputValue()).not.toBe("");
    await page.getByRole("button", { name: "계획 저장" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByRole("button", { name: "계획 저장" }).click();
    // The dialog closes so the message is seen where it belongs, and only there.
    await dialog.waitFor({ state: "detached" });
    const fieldError = page.locator("#plan-year-input-error");
    await fieldError.waitFor();
    const message = (await fieldError.textContent()) ?? "";
    expect(message).toMatch(/2,?000/);
    expect(await timesShown(page, message)).toBe(1);
    // The summary above the form points to the fields; it is shown once and does not repeat them.
    const alerts = await page.getByRole("alert").allTextContents();
    expect(alerts.filter((a) => a.includes("입력값을 확인하세요"))).toHaveLength(1);
    expect(alerts.some((a) => a.includes(message))).toBe(false);
    await screenshot(page, "57-official-inspection-plan-year-error");
  });
});
