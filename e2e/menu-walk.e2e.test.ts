import type { Role } from "@ssis/domain";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { menuFor, OFFICIAL_MENU, PROVIDER_MENU } from "../apps/web/src/navigation/menu.ts";
import { DEMO_PASSWORD, launchBrowser, login, newPage } from "./browser.ts";

/**
 * Every README login, on its own portal, clicks through every item of its side menu. A console error, an
 * uncaught page error or a server answer of 500 or more on any page fails the login's walk, with the page
 * named (issue 15). The side menu must also offer exactly what the menu data gives the role.
 */
const LOGINS: { username: string; role: Role; portal: "official" | "provider" }[] = [
  { username: "mohw", role: "mohw_official", portal: "official" },
  { username: "sido.seoul", role: "sido_official", portal: "official" },
  { username: "gu.jongno", role: "sigungu_official", portal: "official" },
  { username: "gu.mapo", role: "sigungu_official", portal: "official" },
  { username: "eval.agency", role: "eval_agency_staff", portal: "official" },
  { username: "evaluator", role: "evaluator", portal: "provider" },
  { username: "support.seoul", role: "support_agency_staff", portal: "provider" },
  { username: "provider.admin", role: "provider_admin", portal: "provider" },
  { username: "provider.staff", role: "provider_staff", portal: "provider" },
  { username: "provider.mapo", role: "provider_admin", portal: "provider" },
  { username: "auditor", role: "auditor", portal: "official" },
  { username: "sysadmin", role: "system_admin", portal: "official" },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await unlockDemoAccounts();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Another test in the same run locks a demo account on purpose (five wrong passwords); the system
 * administrator unlocks it first, as a user would ask them to.
 */
async function unlockDemoAccounts() {
  const page = await newPage(browser);
  await login(page, "sysadmin");
  await page.getByTestId("portal-official").waitFor();
  const session = await (await page.request.get("/api/auth/session")).json();
  const users = await (await page.request.get("/api/admin/users?locked=true&limit=100")).json();
  for (const user of users.items as { id: string; username: string }[])
    if (LOGINS.some((l) => l.username === user.username)) {
      const res = await page.request.post(`/api/admin/users/${user.id}/unlock`, {
        headers: { "X-CSRF-Token": session.csrfToken },
      });
      expect(res.ok(), `${user.username} 잠금 해제: ${await res.text()}`).toBe(true);
    }
  await page.context().close();
}

/**
 * What went wrong on the page since the walk started: console errors, page errors, 5xx answers. Also
 * counts the requests in flight: a menu click is a client-side navigation, after which Playwright's
 * "networkidle" load state has long been reached, so the walk waits for the page's own requests instead.
 */
function watch(page: Page) {
  const problems: string[] = [];
  let where = "로그인 직후";
  const inFlight = new Set<unknown>();
  page.on("request", (r) => inFlight.add(r));
  page.on("requestfinished", (r) => inFlight.delete(r));
  page.on("requestfailed", (r) => inFlight.delete(r));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`[${where}] 콘솔 오류: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`[${where}] 페이지 오류: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 500) problems.push(`[${where}] ${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return {
    problems,
    at: (label: string) => {
      where = label;
    },
    /** Until no request has been in flight for 0.3 s (at most 15 s). */
    idle: async () => {
      const deadline = Date.now() + 15_000;
      let quietSince = Date.now();
      while (Date.now() < deadline) {
        if (inFlight.size > 0) quietSince = Date.now();
        else if (Date.now() - quietSince >= 300) return;
        await page.waitForTimeout(100);
      }
    },
  };
}

describe("every menu item as every README login", () => {
  for (const account of LOGINS)
    it(`${account.username}: every menu item opens without a console error, a page error or a 5xx`, async () => {
      const page = await newPage(browser);
      await login(page, account.username, DEMO_PASSWORD);
      await page.getByTestId(`portal-${account.portal}`).waitFor();
      // Listen from the portal on: the login page's own session probe answers 401 by design.
      const seen = watch(page);

      const nav = page.locator("nav.app-side-nav");
      await nav.waitFor();
      const links = await nav
        .locator("a.lnb-link")
        .evaluateAll((as) =>
          as.map((a) => ({ label: a.textContent?.trim() ?? "", to: a.getAttribute("href") ?? "" })),
        );
      const expected = menuFor(
        account.portal === "official" ? OFFICIAL_MENU : PROVIDER_MENU,
        account.role,
      ).flatMap((g) => g.items.map((i) => ({ label: i.label, to: i.to })));
      expect(links).toEqual(expected);

      for (const link of links) {
        seen.at(`${link.label} ${link.to}`);
        await nav.locator(`a.lnb-link[href="${link.to}"]`).click();
        await page.waitForURL((u) => u.pathname === link.to);
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        await seen.idle();
      }
      expect(seen.problems, seen.problems.join("\n")).toEqual([]);
      await page.context().close();
    });
});
