import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { expect, inject } from "vitest";

export const DEMO_PASSWORD = "Welfare!2026";
const screenshotDir = join(import.meta.dirname, "..", "docs", "screenshots");
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--lang=ko-KR",
    ],
  });
}

export async function newPage(browser: Browser): Promise<Page> {
  // bypassCSP: the server's CSP (script-src 'self') would block the axe-core script the tests inject.
  const context = await browser.newContext({
    bypassCSP: true,
    baseURL: inject("baseUrl"),
    locale: "ko-KR",
    viewport: { width: 1366, height: 900 },
  });
  return context.newPage();
}

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("아이디").fill(username);
  await page.getByLabel("비밀번호").fill(password);
  await page.getByRole("button", { name: "로그인" }).click();
}

/**
 * Let running CSS transitions finish: a control just enabled or checked is still fading in (KRDS
 * transitions colours over 0.4 s), and axe or a screenshot would see a colour in between.
 */
async function settle(page: Page) {
  await page
    .waitForFunction(
      () => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== "running"),
      undefined,
      { timeout: 3000 },
    )
    .catch(() => undefined);
}

/**
 * Full-page screenshot kept in docs/screenshots so anyone can see what a user sees. An open dialog is
 * shot as the viewport (`fullPage: false`): its backdrop covers the viewport only.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.waitForLoadState("networkidle");
  await settle(page);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: options.fullPage ?? true });
}

/** axe-core in the page: no serious or critical WCAG 2.x A/AA violations. */
export async function expectAccessible(page: Page) {
  await settle(page);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      );
  });
  expect(violations).toEqual([]);
}

/** A date in Korea, `days` from today (YYYY-MM-DD). */
export function koreaDate(days = 0): string {
  return new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** KRDS draws a check box on its label and hides the input, so a user (and the test) clicks the label. */
export async function toggleCheck(checkbox: Locator, checked = true) {
  const id = await checkbox.getAttribute("id");
  if ((await checkbox.isChecked()) !== checked) await checkbox.page().locator(`label[for="${id}"]`).click();
  expect(await checkbox.isChecked()).toBe(checked);
}
