import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launchBrowser, login, screenshot } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WIDTH = 1440;

/** A page at an office monitor's width (1,440 px), signed in. */
async function at1440(username: string): Promise<Page> {
  const context = await browser.newContext({
    bypassCSP: true,
    baseURL: inject("baseUrl"),
    locale: "ko-KR",
    viewport: { width: WIDTH, height: 900 },
  });
  const page = await context.newPage();
  await login(page, username);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  return page;
}

/** The document is no wider than the window: nothing is pushed off to the right. */
async function expectNoSidewaysScroll(page: Page) {
  await page.waitForLoadState("networkidle");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(WIDTH);
}

/**
 * Every column can be reached: the table fits its frame, or it scrolls inside the frame (not the page)
 * and its first column, which names the row, stays in view while it does.
 */
async function expectColumnsReachable(page: Page, testId: string, mustScroll = false) {
  const table = page.getByTestId(testId);
  await table.waitFor();
  const frame = table.locator("xpath=ancestor::*[contains(@class, 'krds-table-wrap')][1]");
  const sizes = await frame.evaluate((e) => ({
    client: e.clientWidth,
    scroll: e.scrollWidth,
    overflow: getComputedStyle(e).overflowX,
  }));
  expect(["auto", "scroll"]).toContain(sizes.overflow);
  const firstCell = table.locator("tbody tr").first().locator("th, td").first();
  expect(await firstCell.evaluate((e) => getComputedStyle(e).position)).toBe("sticky");
  if (mustScroll) expect(sizes.scroll).toBeGreaterThan(sizes.client);
  if (sizes.scroll <= sizes.client) return;
  const before = await firstCell.boundingBox();
  await frame.evaluate((e) => {
    e.scrollLeft = e.scrollWidth;
  });
  const after = await firstCell.boundingBox();
  expect(after?.x).toBeCloseTo(before?.x ?? -1, 0);
  await frame.evaluate((e) => {
    e.scrollLeft = 0;
  });
}

describe("layout at 1,440 px (issue 15)", () => {
  it("변경신청 처리 keeps a 100-character address without spaces, and its buttons, on the screen", async () => {
    // The institution asks for the change through the API, as its screen would.
    const provider = await browser.newContext({ baseURL: inject("baseUrl") });
    const signIn = await provider.request.post("/api/auth/login", {
      data: { username: "provider.mapo", password: DEMO_PASSWORD },
    });
    expect(signIn.ok()).toBe(true);
    const { csrfToken } = await signIn.json();
    const own = await (await provider.request.get("/api/provider/institution")).json();
    const longWord = "가나다라마바사아자차카타파하".repeat(8).slice(0, 100);
    const change = await provider.request.patch("/api/provider/institution", {
      headers: { "X-CSRF-Token": csrfToken },
      data: { version: own.version, addressDetail: longWord, reason: "상세주소 표기 변경에 따른 신청" },
    });
    expect(change.ok(), await change.text()).toBe(true);
    await provider.close();

    const page = await at1440("gu.mapo");
    await page.goto("/official/change-requests?status=submitted");
    const row = page.getByRole("row").filter({ hasText: longWord });
    await row.waitFor();
    await expectNoSidewaysScroll(page);
    for (const name of ["승인", "반려"]) {
      const box = await row.getByRole("button", { name, exact: false }).first().boundingBox();
      expect(box, name).not.toBeNull();
      expect((box?.x ?? WIDTH) + (box?.width ?? 0)).toBeLessThanOrEqual(WIDTH);
    }
    await expectAccessible(page);
    await screenshot(page, "80-layout-change-request-long-address-1440");
  });

  it("보건복지부 기관 현황 scrolls its table inside the frame with the 기관명 column kept", async () => {
    const page = await at1440("mohw");
    await page.goto("/official/institutions");
    await page.getByTestId("institution-table").waitFor();
    await expectNoSidewaysScroll(page);
    await expectColumnsReachable(page, "institution-table");
    await screenshot(page, "81-layout-mohw-institutions-1440");
  });

  it("the provider's 재정 현황 scrolls its table inside the frame with the 회계연도 column kept", async () => {
    const page = await at1440("provider.admin");
    await page.goto("/provider/finances");
    await page.getByTestId("finance-table").waitFor();
    await expectNoSidewaysScroll(page);
    await expectColumnsReachable(page, "finance-table", true);
    await screenshot(page, "82-layout-provider-finances-1440");
  });

  it("종사자 관리 has its pager on one row and a Korean, styled Excel file chooser", async () => {
    const page = await at1440("provider.admin");
    await page.goto("/provider/staff");
    const pager = page.getByRole("navigation", { name: /종사자.*페이지/ });
    await pager.waitFor();
    const previous = await pager.getByRole("button", { name: "이전" }).boundingBox();
    const next = await pager.getByRole("button", { name: "다음" }).boundingBox();
    expect(Math.abs((previous?.y ?? 0) - (next?.y ?? 100))).toBeLessThan(4);
    // The native control is there for keyboards and screen readers, drawn as a KRDS button in Korean.
    const input = page.getByLabel("엑셀 파일(.xlsx, 5MB 이하)");
    expect(await input.getAttribute("type")).toBe("file");
    expect((await input.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    await page.getByRole("button", { name: "올리기" }).waitFor();
    expect(await page.getByText("파일 선택", { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText("선택한 파일 없음").isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
    await screenshot(page, "83-layout-provider-staff-1440");
  });
});
