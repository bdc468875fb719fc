import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, login, newPage, screenshot } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("종사자 관리 (CWSU)", () => {
  it("a provider administrator ends an employment after a confirmation that checks the reason", async () => {
    const page = await newPage(browser);
    await login(page, "provider.admin");
    await page.getByTestId("portal-provider").waitFor();
    await page.goto("/provider/staff");
    const endButton = page.getByRole("button", { name: /^퇴사 처리/ }).first();
    await endButton.waitFor();
    const label = (await endButton.textContent()) ?? "";
    const name = /\((.+)\)/.exec(label)?.[1] ?? "";
    expect(name).not.toBe("");
    await endButton.click();

    const dialog = page.getByRole("alertdialog");
    await dialog.getByRole("button", { name: "퇴사 처리" }).click();
    await dialog.getByText("퇴사 사유를 2자 이상 입력하세요.").waitFor();
    await screenshot(page, "22-provider-staff-end-dialog");

    await dialog.getByLabel("퇴사 사유").fill("개인 사정에 의한 퇴직");
    await dialog.getByRole("button", { name: "퇴사 처리" }).click();
    await page.getByText(`${name} 님을`).waitFor();
    expect(await page.getByRole("alertdialog").count()).toBe(0);
  });
});
