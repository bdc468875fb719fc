import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, koreaDate, launchBrowser, login, newPage, screenshot } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("프로그램·재정 (CWSU): the institution records a programme and a year's finances", () => {
  it("provider.admin adds a programme and finds it in the list", async () => {
    const name = `치매예방 인지놀이 ${(Date.now() % 90) + 10}기`;
    const page = await newPage(browser);
    await login(page, "provider.admin");
    await page.getByTestId("portal-provider").waitFor();
    await page.goto("/provider/programs");
    await page.getByRole("button", { name: "프로그램 등록" }).click();
    const form = page.getByRole("region", { name: "프로그램 등록" });
    await form.getByLabel("프로그램명").fill(name);
    await form.getByLabel("분야").selectOption({ label: "건강" });
    await form.getByLabel("대상").fill("경도인지장애 입소자");
    await form.getByLabel("시작일").fill(koreaDate(-30));
    await form.getByLabel("월 운영 횟수(회)").fill("8");
    await form.getByLabel("참여 인원(명)").fill("12");
    await form.getByLabel("재원").selectOption({ label: "보조금" });
    await form.getByLabel("내용").fill("주 2회 회상·인지 자극 활동");
    await form.getByRole("button", { name: "저장" }).click();
    await page.getByText(`${name} 프로그램을 등록했습니다.`).waitFor();

    const row = page
      .getByRole("region", { name: "프로그램 목록 표" })
      .getByRole("row")
      .filter({ hasText: name });
    await row.waitFor();
    const text = (await row.textContent()) ?? "";
    expect(text).toContain("건강");
    expect(text).toContain("8회");
    expect(text).toContain("12명");
    await expectAccessible(page);
    await screenshot(page, "77-provider-programs");
  });

  it("provider.admin adds a year's finance summary; totals and the subsidy share follow the amounts", async () => {
    const page = await newPage(browser);
    await login(page, "provider.admin");
    await page.getByTestId("portal-provider").waitFor();
    await page.goto("/provider/finances");
    const years = page.getByRole("region", { name: "연도별 재정 요약 표" });
    await years.waitFor();
    // A past year not reported yet (the demo data has the last few).
    const shown = (await years.getByRole("rowheader").allTextContents()).join(" ");
    let year = Number(koreaDate().slice(0, 4)) - 1;
    while (shown.includes(`${year}년`)) year -= 1;

    await page.getByRole("button", { name: "회계연도 등록" }).click();
    const form = page.getByRole("region", { name: "회계연도 재정 요약 등록" });
    await form.getByLabel("회계연도").fill(String(year));
    const amounts: [string, string][] = [
      ["보조금(국비)(원)", "120,000,000"],
      ["보조금(지방비)(원)", "80,000,000"],
      ["법인전입금(원)", "10,000,000"],
      ["후원금(원)", "15,000,000"],
      ["이용료(본인부담금)(원)", "70,000,000"],
      ["기타 수입(원)", "5,000,000"],
      ["인건비(원)", "210,000,000"],
      ["운영비(원)", "50,000,000"],
      ["사업비(원)", "30,000,000"],
      ["기타 지출(원)", "0"],
    ];
    for (const [label, value] of amounts) await form.getByLabel(label, { exact: true }).fill(value);
    // 200,000,000 of 300,000,000 is subsidy: 66.7%; 세입 300,000,000 − 세출 290,000,000.
    await form.getByText("보조금 비율 66.7%").waitFor();
    await form.getByText("차액(세입−세출) 10,000,000원").waitFor();
    await form.getByLabel("비고").fill("결산 확정 전 추정치");
    await form.getByRole("button", { name: "저장" }).click();
    await page.getByText(`${year}년 재정 요약을 등록했습니다.`).waitFor();

    const row = years.getByRole("row").filter({ hasText: `${year}년` });
    await row.waitFor();
    expect(await row.textContent()).toContain("300,000,000원");
    expect(await row.textContent()).toContain("66.7%");
    await expectAccessible(page);
    await screenshot(page, "78-provider-finances");
  });
});
