import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectAccessible,
  koreaDate,
  launchBrowser,
  login,
  newPage,
  screenshot,
  toggleCheck,
} from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** provider.admin's institution (the demo's first in 종로구). */
const OWN_INSTITUTION = "행복한노인요양원";

async function confirmDialog(page: Page, button: string) {
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  await dialog.getByRole("button", { name: button, exact: true }).click();
  await dialog.waitFor({ state: "detached" });
}

describe("현황보고: a round is opened, answered and chased", () => {
  it("gu.jongno opens a round; provider.admin submits; the official sees it and reminds one ticked pending institution", async () => {
    // A title of its own, so that other runs' rounds on the same server do not matter.
    const title = `4분기 현황보고 제${(Date.now() % 900) + 100}차`;

    // 1. The 시군구 official opens a round for every institution of 종로구, after the target preview.
    const official = await newPage(browser);
    await login(official, "gu.jongno");
    await official.getByTestId("portal-official").waitFor();
    await official.goto("/official/status-reports");
    await official.getByRole("button", { name: "회차 개설" }).click();
    await official.getByLabel("회차 제목").fill(title);
    await official.locator("#round-period-label").fill("2026년 4분기");
    await official.getByLabel("제출 기한").fill(koreaDate(14));
    await official.getByRole("button", { name: "대상 확인 후 개설" }).click();
    await confirmDialog(official, "개설");
    await official.getByRole("heading", { level: 1, name: title }).waitFor();
    const roundUrl = new URL(official.url()).pathname;
    expect(roundUrl).toMatch(/^\/official\/status-reports\/[0-9a-f-]{36}$/);

    // 2. The institution finds the round, checks the figures taken from its register and submits.
    const provider = await newPage(browser);
    await login(provider, "provider.admin");
    await provider.getByTestId("portal-provider").waitFor();
    await provider.goto("/provider/status-reports");
    await provider.getByRole("link", { name: title }).click();
    await provider.getByRole("heading", { level: 1, name: title }).waitFor();
    await provider.getByLabel("현원(필수)").waitFor();
    expect(await provider.getByLabel("현원(필수)").inputValue()).not.toBe("");
    // 프로그램 수 is not kept in the register yet, so the institution counts its programmes itself.
    await provider.getByLabel("프로그램 수(필수)").fill("3");
    await provider.getByLabel("특이사항").fill("4분기 중 야간 돌봄 인력 1명 충원 예정");
    await expectAccessible(provider);
    await screenshot(provider, "70-provider-status-report-form");
    await provider.getByRole("button", { name: "제출", exact: true }).click();
    await confirmDialog(provider, "제출");
    await provider.getByText("현황보고를 제출했습니다.").waitFor();

    // 3. The official sees it submitted, then ticks one pending institution and reminds only that one.
    await official.goto(roundUrl);
    const targets = official.getByRole("region", { name: "기관별 제출 현황 표" });
    await targets.waitFor();
    const ownRow = targets.getByRole("row").filter({ hasText: OWN_INSTITUTION });
    await expect.poll(async () => ownRow.textContent()).not.toContain("제출 대기");
    expect(await ownRow.textContent()).toContain("제출");
    expect(await ownRow.getByRole("checkbox").count()).toBe(0);

    await official.getByLabel("제출 상태").selectOption({ label: "미제출" });
    await official.getByRole("button", { name: "검색", exact: true }).click();
    await expect.poll(async () => (await targets.textContent()) ?? "").not.toContain(OWN_INSTITUTION);
    const picks = targets.getByRole("checkbox", { name: /독촉 대상으로 선택$/ });
    const pending = await picks.count();
    expect(pending).toBeGreaterThan(0);
    const selection = official.locator(".app-selection-bar .app-count");

    const pageAll = official.getByLabel("현재 페이지 전체 선택");
    await toggleCheck(pageAll, true);
    expect(await selection.textContent()).toContain(`${pending}곳 선택`);
    await toggleCheck(pageAll, false);
    expect(await selection.textContent()).toContain("0곳 선택");

    const first = picks.first();
    await toggleCheck(first, true);
    const label = await first.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? "");
    const pickedName = label.replace(/독촉 대상으로 선택$/, "").trim();
    expect(pickedName).not.toBe("");
    expect(await selection.textContent()).toContain("1곳 선택");
    await official.getByRole("button", { name: "선택한 기관 독촉" }).click();

    const dialog = official.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("선택한 미제출 기관 1곳");
    expect(await dialog.getByTestId("remind-selected-names").textContent()).toBe(pickedName);
    await expectAccessible(official);
    await screenshot(official, "71-official-status-report-remind-selected", { fullPage: false });
    await dialog.getByRole("button", { name: "1곳에 독촉 보내기" }).click();
    await official.getByText("선택한 기관 1곳에 독촉을 보냈습니다.").waitFor();

    // Only the ticked institution was reminded; the history says one institution.
    const remindedRow = targets.getByRole("row").filter({ hasText: pickedName });
    await expect.poll(async () => remindedRow.textContent()).toContain("1회");
    const reminded = await targets.getByRole("row").filter({ hasText: "1회" }).count();
    expect(reminded).toBe(1);
    expect(await official.getByRole("region", { name: "독촉 이력" }).textContent()).toContain("→ 1곳");
  });
});
