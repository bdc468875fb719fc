import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launchBrowser, login, newPage, screenshot } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("login page", () => {
  it("shows the Korean login form, accessibly", async () => {
    const page = await newPage(browser);
    await page.goto("/login");
    await expect(page.getByRole("button", { name: "로그인" }).isVisible()).resolves.toBe(true);
    expect(await page.getAttribute("html", "lang")).toBe("ko");
    await expectAccessible(page);
    await screenshot(page, "01-login");
  });

  it("shows a Korean error for a wrong password and keeps the typed ID", async () => {
    const page = await newPage(browser);
    await login(page, "gu.jongno", "Wrong!pass123");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("아이디 또는 비밀번호가 올바르지 않습니다");
    expect(await page.getByLabel("아이디").inputValue()).toBe("gu.jongno");
    await screenshot(page, "02-login-wrong-password");
  });

  it("keeps a locked account locked, even with the right password", async () => {
    const page = await newPage(browser);
    for (let i = 0; i < 5; i++) {
      await login(page, "evaluator", `Wrong!pass${i}z`);
      await page.getByRole("alert").waitFor();
    }
    // A wrong password on a locked account reads as on an unknown name: the lock tells nobody the name exists.
    expect(await page.getByRole("alert").textContent()).toContain("아이디 또는 비밀번호가 올바르지 않습니다");
    await login(page, "evaluator", DEMO_PASSWORD);
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("잠겼습니다");
    expect(page.url()).toContain("/login");
    await screenshot(page, "03-login-locked");
  });
});

describe("officials' portal (행복이음)", () => {
  it("a 시군구 official lands in the officials' portal with the jurisdiction shown", async () => {
    const page = await newPage(browser);
    await login(page, "gu.jongno");
    await page.getByTestId("portal-official").waitFor();
    const text = await page.getByTestId("portal-official").textContent();
    expect(text).toContain("서울특별시 종로구");
    expect(text).toContain("박담당");
    await expectAccessible(page);
    await screenshot(page, "10-official-dashboard");

    await page.goto("/official/institutions");
    await page.getByRole("table").waitFor();
    const rows = await page.getByRole("row").count();
    expect(rows).toBeGreaterThan(1);
    await expectAccessible(page);
    await screenshot(page, "11-official-institutions");

    await page.getByRole("table").getByRole("link").first().click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectAccessible(page);
    await screenshot(page, "12-official-institution-detail");
  });

  it("the auditor searches the access log; the system administrator manages accounts", async () => {
    const auditorPage = await newPage(browser);
    await login(auditorPage, "auditor");
    await auditorPage.getByTestId("portal-official").waitFor();
    await auditorPage.goto("/official/access-log");
    await auditorPage.getByRole("table").waitFor();
    // What was done and to what, in Korean; the filters are choices from the same code tables.
    await auditorPage.getByLabel("수행 업무").selectOption({ label: "로그인" });
    await auditorPage.getByLabel("대상 유형").selectOption({ label: "접속(세션)" });
    await auditorPage.getByRole("button", { name: "검색" }).click();
    await auditorPage.waitForURL(/action=login/);
    await auditorPage.getByRole("table").waitFor();
    const cells = await auditorPage
      .getByTestId("access-log-table")
      .locator("tbody td:nth-child(6)")
      .allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    expect(new Set(cells)).toEqual(new Set(["로그인"]));
    await screenshot(auditorPage, "13-official-access-log");

    const adminPage = await newPage(browser);
    await login(adminPage, "sysadmin");
    await adminPage.getByTestId("portal-official").waitFor();
    await adminPage.goto("/official/admin/users");
    await adminPage.getByRole("table").waitFor();
    expect(await adminPage.getByRole("table").textContent()).toContain("gu.jongno");
    await screenshot(adminPage, "14-official-admin-users");
  });
});

describe("providers' portal (희망이음)", () => {
  it("a provider administrator lands in the providers' portal of its institution", async () => {
    const page = await newPage(browser);
    await login(page, "provider.admin");
    await page.getByTestId("portal-provider").waitFor();
    const text = await page.getByTestId("portal-provider").textContent();
    expect(text).toContain("오시설");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectAccessible(page);
    await screenshot(page, "20-provider-home");

    await page.goto("/official/institutions");
    await page.getByTestId("portal-provider").waitFor();
    expect(page.url()).not.toContain("/official");
  });

  it("support agency staff see their assigned institutions", async () => {
    const page = await newPage(browser);
    await login(page, "support.seoul");
    await page.getByTestId("portal-provider").waitFor();
    await page.goto("/provider/agency");
    await page.getByTestId("institution-table").waitFor();
    // The demo's first institution (행복한노인요양원, 종로구) is assigned to 서울특별시사회서비스원.
    expect(await page.getByTestId("institution-table").textContent()).toContain("행복한노인요양원");
    await screenshot(page, "21-provider-agency");
  });

  it("an unknown page shows the Korean 404 page", async () => {
    const page = await newPage(browser);
    await page.goto("/no/such/page");
    await page.getByText("요청하신 페이지를 찾을 수 없습니다").waitFor();
    await screenshot(page, "30-not-found");
  });
});
