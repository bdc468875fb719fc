import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  DEMO_PASSWORD,
  expectAccessible,
  koreaDate,
  launchBrowser,
  login,
  newPage,
  screenshot,
} from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  // 종로구 opens a report round for its institutions through the API, as its screen would, so the start
  // pages have a round to count (and provider.admin a report to submit).
  const official = await browser.newContext({ baseURL: inject("baseUrl") });
  const signIn = await official.request.post("/api/auth/login", {
    data: { username: "gu.jongno", password: DEMO_PASSWORD },
  });
  expect(signIn.ok()).toBe(true);
  const { csrfToken } = await signIn.json();
  const opened = await official.request.post("/api/official/status-reports", {
    headers: { "X-CSRF-Token": csrfToken },
    data: {
      title: `업무현황 확인용 현황보고 ${(Date.now() % 900) + 100}`,
      periodLabel: "2026년 4분기",
      dueOn: koreaDate(10),
      target: { mode: "all" },
    },
  });
  expect(opened.ok(), await opened.text()).toBe(true);
  await official.close();
});
afterAll(async () => {
  await browser?.close();
});

/** Signs in and waits for the start page's 업무현황 with its figures. */
async function startPage(username: string, portal: "official" | "provider"): Promise<Page> {
  const page = await newPage(browser);
  await login(page, username);
  await page.getByTestId(`portal-${portal}`).waitFor();
  await page.getByRole("heading", { level: 1, name: "업무현황" }).waitFor();
  await page.getByRole("list", { name: "주요 수치" }).waitFor();
  // The charts are drawn once their box has a width.
  await page.locator(".app-chart svg").first().waitFor();
  // The pointer rests where the login button was: away from the charts, so no tooltip shows.
  await page.mouse.move(0, 0);
  return page;
}

/** Every chart has a table beside it: the page has at least as many tables as charts. */
async function expectTablesForCharts(page: Page) {
  const charts = await page.locator(".app-chart").count();
  expect(charts).toBeGreaterThan(0);
  expect(await page.locator("section.app-dashboard-section table").count()).toBeGreaterThanOrEqual(charts);
  for (const svg of await page.locator(".app-chart svg[role='application']").all())
    expect(await svg.locator("title").textContent()).not.toBe("");
}

describe("업무현황: the officials' start page", () => {
  it("a 시군구 official sees the figures of 종로구, each a link to the list behind it", async () => {
    const page = await startPage("gu.jongno", "official");
    expect(await page.getByText("관할: 서울특별시 종로구").isVisible()).toBe(true);
    for (const title of [
      "분야·유형별 기관 현황",
      "지적사항·조치·행정처분",
      "현황보고 제출률",
      "변경신청 처리 대기(신청 후 경과 일수)",
    ])
      await page.getByRole("heading", { level: 2, name: title }).waitFor();
    expect(await page.getByRole("heading", { level: 2, name: /점검계획 진행$/ }).isVisible()).toBe(true);
    // No side-by-side table for a 시군구.
    expect(await page.getByRole("heading", { level: 2, name: "시군구별 현황" }).count()).toBe(0);
    await expectTablesForCharts(page);
    await expectAccessible(page);
    await screenshot(page, "70-dashboard-sigungu");

    // 기한 경과 조치 opens the corrective-action list on 기한 경과.
    const overdue = page.locator(".app-stat", { hasText: "기한 경과 조치" }).getByRole("link");
    await overdue.click();
    await page.waitForURL(/\/official\/inspections\/corrective-actions\?status=overdue/);
    await page.getByRole("heading", { level: 1, name: "시정·개선 조치" }).waitFor();
  });

  it("a table downloads as Excel", async () => {
    const page = await startPage("gu.jongno", "official");
    const section = page.locator("section", {
      has: page.getByRole("heading", { name: "분야·유형별 기관 현황" }),
    });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("button", { name: "엑셀 다운로드" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^업무현황_유형별_기관_현황_.*\.xlsx$/);
    await section.getByText(/파일\(\d+건\)을 내려받았습니다/).waitFor();
  });

  it("a 시도 official sees its 시군구s side by side", async () => {
    const page = await startPage("sido.seoul", "official");
    await page.getByRole("heading", { level: 2, name: "시군구별 현황" }).waitFor();
    const table = page.getByRole("region", { name: "시군구별 현황 표" });
    expect(await table.getByRole("rowheader", { name: "종로구" }).isVisible()).toBe(true);
    expect(await table.getByRole("rowheader", { name: "마포구" }).isVisible()).toBe(true);
    await expectTablesForCharts(page);
    await expectAccessible(page);
    await screenshot(page, "71-dashboard-sido");
    // 종로구's institutions open the register filtered by 종로구.
    await table
      .getByRole("row", { name: /종로구/ })
      .getByRole("link")
      .first()
      .click();
    await page.waitForURL(/\/official\/institutions\?sigungu=11110/);
  });

  it("the ministry sees the 시도s side by side", async () => {
    const page = await startPage("mohw", "official");
    await page.getByRole("heading", { level: 2, name: "시도별 현황" }).waitFor();
    const table = page.getByRole("region", { name: "시도별 현황 표" });
    expect(await table.getByRole("rowheader", { name: "서울특별시" }).isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, "72-dashboard-nation");
  });
});

describe("업무현황: the institution's start page", () => {
  it("provider.admin sees its deadlines, open findings and dispositions, and its register one click away", async () => {
    const page = await startPage("provider.admin", "provider");
    for (const title of ["다가오는 기한", "미종결 지적사항", "행정처분"])
      await page.getByRole("heading", { level: 2, name: title }).waitFor();
    expect(await page.locator(".app-stat", { hasText: "최근 평가등급" }).isVisible()).toBe(true);
    await expectTablesForCharts(page);
    await expectAccessible(page);
    await screenshot(page, "73-dashboard-institution");

    // The register moved to 기관 현황 in the menu.
    await page.getByRole("link", { name: "기관 현황" }).first().click();
    await page.waitForURL(/\/provider\/institution$/);
    await page.getByRole("heading", { level: 1, name: "기관 현황" }).waitFor();
  });
});
