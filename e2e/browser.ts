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

/** A page of its own browser context, on the run's server unless a test started its own (`baseURL`). */
export async function newPage(browser: Browser, baseURL = inject("baseUrl")): Promise<Page> {
  // bypassCSP: the server's CSP (script-src 'self') would block the axe-core script the tests inject.
  const context = await browser.newContext({
    bypassCSP: true,
    baseURL,
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
  expect(latinWords(await pageText(page)), `영문 낱말이 화면에 있습니다 (${name})`).toEqual([]);
}

/**
 * Latin-letter words a screen may show: login names (ids), units and the names of file formats and
 * things users know by their Latin name. Anything else on a screen is an English word or an internal code
 * that should have been a Korean label; a code shown as a secondary detail is marked `.app-code` (or, in
 * an `<option>`, `data-code`) and not read.
 */
const LATIN_ALLOWED = new Set([
  // demo login names (README), shown as ids
  "mohw",
  "sido.seoul",
  "gu.jongno",
  "gu.mapo",
  "eval.agency",
  "evaluator",
  "support.seoul",
  "provider.admin",
  "provider.staff",
  "provider.mapo",
  "auditor",
  "sysadmin",
  // the account e2e/accounts.e2e.test.ts creates (shown in 사용자 관리 to later tests of the same run)
  "trainee.jongno",
  // common abbreviations (file formats: FILE_FORMAT below)
  "PDF",
  "Excel",
  "IP",
  "ID",
  // units
  "m",
  "km",
  "kg",
  "KB",
  "MB",
  // 사회복지시설 평가 등급 (the grades are named by these letters)
  "A",
  "B",
  "C",
  "D",
  "F",
]);

/**
 * Data, not words: a web or e-mail address cited as a source, and a record's identifier (a UUID, as the
 * access log shows what was read).
 */
const DATA_TOKEN =
  /@|=|:\/\/|^www\.|^[a-z0-9-]+(\.[a-z0-9-]+)*\.(kr|com|net|org|co)(\/|$)|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** File formats, by their names or as a file name's extension (증빙.png), in either case. */
const FILE_FORMAT = /^(pdf|hwp|hwpx|doc|docx|xls|xlsx|ppt|pptx|txt|csv|jpg|jpeg|png|gif|zip)$/i;

/** A countdown to a deadline as Koreans write it (D-14, D-day). */
const D_DAY = /^D[-+](\d+|day)$/;

/** The Latin-letter words of a text not in the allow-list. */
export function latinWords(text: string): string[] {
  const found = new Set<string>();
  for (const token of text.split(/[\s,;()[\]{}<>"'“”‘’·…|]+/)) {
    if (!/[A-Za-z]/.test(token) || DATA_TOKEN.test(token) || D_DAY.test(token)) continue;
    // a file's name (증빙사진.png, what was uploaded) is data
    if (FILE_FORMAT.test(token.split(".").at(-1) ?? "") && token.includes(".")) continue;
    for (const word of token.match(/[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*/g) ?? [])
      if (!LATIN_ALLOWED.has(word) && !FILE_FORMAT.test(word)) found.add(word);
  }
  return [...found].sort();
}

/** What a user reads: the body's rendered text without the codes marked as secondary detail. */
function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const hidden = [...document.querySelectorAll<HTMLElement>(".app-code")].map((e) => ({
      e,
      was: e.style.display,
    }));
    for (const { e } of hidden) e.style.display = "none";
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a user reads (hidden text is not)
    let text = document.body.innerText;
    for (const { e, was } of hidden) e.style.display = was;
    for (const option of document.querySelectorAll("option[data-code]"))
      text = text.replaceAll(option.getAttribute("data-code") ?? "", "");
    return text;
  });
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
