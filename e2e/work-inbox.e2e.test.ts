import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "@ssis/db";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../apps/server/src/app.ts";
import { prepareDatabase } from "../apps/server/src/bootstrap.ts";
import { channelsFromConfig, deliverPending } from "../apps/server/src/modules/notifications/index.ts";
import { runDailySweep } from "../apps/server/src/modules/work-inbox/index.ts";
import { loadConfig } from "../apps/server/src/platform/config.ts";
import { WORK_INBOX } from "../apps/server/src/work.ts";
import { factories } from "../apps/server/test/factories.ts";
import { loginAs } from "../apps/server/test/helpers.ts";
import {
  expectAccessible,
  koreaDate,
  launchBrowser,
  login,
  newPage,
  screenshot,
  toggleCheck,
} from "./browser.ts";

/**
 * 내 할 일 and the bell (issue 17): an overdue corrective action reaches the 시군구 official's start page, menu
 * and bell, one click on the notice opens the finding, and the institution sees the same item. The daily sweep
 * must run as of the day after the deadline, so this file runs its own server in this process, on its own
 * embedded database, and calls the sweep itself (the run's server is another process).
 */

const FINDING = "운영일지 미작성(시험)";
const DUE_DAYS_AGO = 170;

let browser: Browser;
let db: Database;
let baseUrl: string;
let inspectionId: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "ssis-e2e-inbox-"));
  const config = loadConfig({
    NODE_ENV: "development",
    DATA_DIR: dataDir,
    DEMO_INSTITUTIONS: "150",
    LOG_LEVEL: "warn",
    JOBS: "off",
  });
  ({ db } = await prepareDatabase(config, () => undefined));
  const app = await buildApp({ config, db, logger: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  stop = async () => {
    await app.close();
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  };

  // The database owner's rights for the factories (as createTestApp gives them on the embedded database).
  const asOwner = async <T>(fn: (owner: Database) => Promise<T>): Promise<T> => {
    await db.exec("reset role");
    try {
      return await fn(db);
    } finally {
      await db.exec("set role ssis_app");
    }
  };
  const make = factories({ asOwner, login: (username) => loginAs(app, username) });
  const [account] = (
    await asOwner((owner) =>
      owner.query<{ scope_code: string }>(
        "select scope_code from app_user where username = 'provider.admin'",
      ),
    )
  ).rows;
  const institutionId = account?.scope_code ?? "";

  // Corrections of findings at provider.admin's institution (종로구), ordered by gu.jongno through the API
  // (the institution is notified), then the daily sweep of the day after each deadline (00:30 KST), which
  // tells the 시군구 and the institution that it is overdue.
  // Addresses on file, so the notices also go out by e-mail (written as files: no SMTP_URL).
  for (const [username, email, phone] of [
    ["gu.jongno", "jongno.welfare@example.kr", "010-2345-6789"],
    ["provider.admin", "happy.care@example.kr", "010-3456-7890"],
  ])
    await asOwner((owner) =>
      owner.query("update app_user set email = $2, phone = $3 where username = $1", [username, email, phone]),
    );
  const official = await loginAs(app, "gu.jongno");
  const overdueCorrection = async (title: string, daysAgo: number) => {
    const inspection = await make.inspection({ institutionId, status: "in_progress" });
    const { findingId } = await make.finding({ institutionId, status: "open", inspectionId: inspection });
    await asOwner((owner) =>
      owner.query("update inspection_finding set title = $2 where id = $1", [findingId, title]),
    );
    const ordered = await official.post(`/api/official/findings/${findingId}/corrective-action`, {
      outcome: "correction",
      instruction: "운영일지를 매일 작성하고 작성 결과를 제출할 것",
      noticeOn: koreaDate(-(daysAgo + 30)),
      dueOn: koreaDate(-daysAgo),
    });
    expect(ordered.statusCode, ordered.body).toBe(200);
    const written = await runDailySweep(db, WORK_INBOX, new Date(`${koreaDate(1 - daysAgo)}T00:30:00+09:00`));
    expect(written.corrective_action_due).toBeGreaterThanOrEqual(2);
    return inspection;
  };
  // Two notices for the official; the newest (listed first) is this test's 170-day-old correction.
  await overdueCorrection("종사자 교육 미실시(시험)", 30);
  inspectionId = await overdueCorrection(FINDING, DUE_DAYS_AGO);
  await deliverPending(db, channelsFromConfig(config));

  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stop?.();
});

async function signIn(username: string, portal: "official" | "provider"): Promise<Page> {
  const page = await newPage(browser, baseUrl);
  await login(page, username);
  await page.getByTestId(`portal-${portal}`).waitFor();
  return page;
}

/** The start page's 내 할 일 shows the overdue correction with its days past the deadline. */
async function expectOverdueOnStartPage(page: Page, title: string) {
  await page.getByRole("heading", { level: 1, name: "업무현황" }).waitFor();
  const summary = page.getByTestId("work-inbox-summary");
  const row = summary.getByRole("row", { name: new RegExp(title.replace(/[()]/g, "\\$&")) });
  await row.waitFor();
  expect(await row.textContent()).toContain(`${DUE_DAYS_AGO}일 경과`);
  expect(await row.getByText("경과", { exact: true }).isVisible()).toBe(true);
}

describe("내 할 일 and the bell", () => {
  it("a 시군구 official sees the overdue correction on the start page and in the bell, and one click opens the finding", async () => {
    const page = await signIn("gu.jongno", "official");
    await expectOverdueOnStartPage(page, `시정 조치 기한 경과: ${FINDING}`);

    // The menu's 내 할 일 comes first, with its count and the overdue part.
    const nav = page.locator("nav.app-side-nav");
    expect(await nav.locator("a.lnb-link").first().textContent()).toBe("내 할 일");
    const count = page.getByTestId("work-inbox-count");
    await count.waitFor();
    expect(await count.textContent()).toMatch(/경과 \d+/);

    // The bell says how many are unread, and lists the notice of the sweep.
    const bell = page.getByTestId("notification-bell");
    await page.waitForFunction(() =>
      /^알림 \d+건 읽지 않음$/.test(
        document.querySelector("[data-testid=notification-bell]")?.getAttribute("aria-label") ?? "",
      ),
    );
    await bell.click();
    const panel = page.getByTestId("notification-panel");
    await panel.waitFor();
    const notice = panel.getByRole("link", { name: /시정 조치 기한이 지났습니다/ }).first();
    await notice.waitFor();
    expect(await bell.getAttribute("aria-expanded")).toBe("true");
    await expectAccessible(page);
    await screenshot(page, "90-bell-popover", { fullPage: false });

    // One click: marked read, and the inspection opens on its 지적사항 tab with the finding.
    await notice.click();
    await page.waitForURL(
      (u) => u.pathname === `/official/inspections/${inspectionId}` && u.search === "?tab=findings",
    );
    const tab = page.getByRole("tab", { name: /^지적사항/ });
    await tab.waitFor();
    expect(await tab.getAttribute("aria-selected")).toBe("true");
    await page.getByText(FINDING).first().waitFor();
  });

  it("the official's 내 할 일 filters by 기한 상태 and links each item", async () => {
    const page = await signIn("gu.jongno", "official");
    await page.locator("nav.app-side-nav").getByRole("link", { name: "내 할 일" }).click();
    await page.getByRole("heading", { level: 1, name: "내 할 일" }).waitFor();
    const table = page.getByTestId("work-inbox-table");
    await table.waitFor();
    await page.getByLabel("기한 상태").selectOption("overdue");
    await page.getByRole("button", { name: "검색" }).click();
    await page.waitForURL(/state=overdue/);
    await table.getByRole("link", { name: `시정 조치 기한 경과: ${FINDING}` }).waitFor();
    for (const badge of await table.locator("tbody tr td:first-child").allTextContents())
      expect(badge).toBe("경과");
    // A kind's link narrows the list to it.
    await page
      .getByRole("navigation", { name: "업무 종류" })
      .getByRole("link", { name: /^시정 조치 기한 경과/ })
      .click();
    await page.waitForURL(/kind=corrective_action_overdue/);
    await expectAccessible(page);
    await screenshot(page, "93-official-work-inbox");
  });

  it("알림 lists the notices with a filter and marks them read; 알림 설정 saves the channels", async () => {
    const page = await signIn("gu.jongno", "official");
    await page.goto("/account/notifications");
    await page.getByRole("heading", { level: 1, name: "알림" }).waitFor();
    const list = page.getByRole("list", { name: "알림 목록" });
    await list.waitFor();
    expect(await list.textContent()).toContain("시정 조치 기한이 지났습니다");
    await expectAccessible(page);
    await screenshot(page, "91-notifications");

    await page.getByRole("button", { name: "모두 읽음 표시" }).click();
    await page.getByText(/건을 읽음으로 표시했습니다/).waitFor();
    await page.waitForFunction(
      () =>
        document.querySelector("[data-testid=notification-bell]")?.getAttribute("aria-label") ===
        "알림, 읽지 않은 알림 없음",
    );
    // 읽지 않은 알림만: none left.
    await toggleCheck(page.getByLabel("읽지 않은 알림만"));
    await page.getByRole("button", { name: "검색" }).click();
    await page.getByText("읽지 않은 알림이 없습니다").waitFor();

    await page.goto("/account/notification-settings");
    await page.getByRole("heading", { level: 1, name: "알림 설정" }).waitFor();
    const table = page.getByTestId("preference-table");
    await table.waitFor();
    const sms = page.getByLabel("시정 조치 기한 경과 문자");
    await toggleCheck(sms, !(await sms.isChecked()));
    await page.getByRole("button", { name: "저장" }).click();
    await page.getByText("알림 설정을 저장했습니다.").waitFor();
    await expectAccessible(page);
    await screenshot(page, "92-notification-settings");
  });

  it("the institution's start page shows the same item, and its 내 할 일 and bell too", async () => {
    const page = await signIn("provider.admin", "provider");
    await expectOverdueOnStartPage(page, `조치 결과 제출: ${FINDING}`);
    await page.waitForFunction(() =>
      /^알림 \d+건 읽지 않음$/.test(
        document.querySelector("[data-testid=notification-bell]")?.getAttribute("aria-label") ?? "",
      ),
    );
    await page.locator("nav.app-side-nav").getByRole("link", { name: "내 할 일" }).click();
    await page.getByRole("heading", { level: 1, name: "내 할 일" }).waitFor();
    await page
      .getByTestId("work-inbox-table")
      .getByRole("link", { name: `조치 결과 제출: ${FINDING}` })
      .click();
    await page.waitForURL((u) => u.pathname === `/provider/inspections/${inspectionId}`);
    await page.goBack();
    await page.getByTestId("work-inbox-table").waitFor();
    await expectAccessible(page);
    await screenshot(page, "94-provider-work-inbox");
  });

  it("the administrator edits a message with its variables, previews and saves it; deliveries are listed", async () => {
    const page = await signIn("sysadmin", "official");
    await page.locator("nav.app-side-nav").getByRole("link", { name: "알림 문구 관리" }).click();
    await page.getByRole("heading", { level: 1, name: "알림 문구 관리" }).waitFor();
    await page.getByRole("link", { name: /^수정\W*시정 조치 기한 경과$/ }).click();
    await page.getByRole("heading", { level: 2, name: "문구 수정: 시정 조치 기한 경과" }).waitFor();
    const body = page.getByLabel("본문");
    await body.fill("조치 기한이 지났습니다. 기한: ");
    await page.getByRole("button", { name: /^조치 기한/ }).click();
    expect(await body.inputValue()).toBe("조치 기한이 지났습니다. 기한: {{dueOn}}");
    // An unknown variable is refused beside its field, before anything is sent.
    await body.fill("{{모름}} {{unknown}}");
    await page.getByRole("button", { name: "저장" }).click();
    await page.getByText("쓸 수 없는 변수입니다: {{unknown}}").waitFor();
    await body.fill(
      "{{institutionName}}의 '{{findingTitle}}' 조치 기한({{dueOn}})이 지났습니다. 결과를 확인해 주십시오.",
    );
    await page.getByRole("button", { name: "미리보기" }).click();
    const preview = page.getByTestId("template-preview");
    await preview.waitFor();
    expect(await preview.textContent()).not.toContain("{{");
    await page.getByRole("button", { name: "저장" }).click();
    await page.getByText("「시정 조치 기한 경과」 문구를 저장했습니다.").waitFor();
    const row = page.getByTestId("template-table").getByRole("row", { name: /시정 조치 기한 경과/ });
    await row.getByText("변경됨").waitFor();
    await expectAccessible(page);
    await screenshot(page, "95-admin-notification-templates");

    await page.locator("nav.app-side-nav").getByRole("link", { name: "알림 발송 기록" }).click();
    await page.getByRole("heading", { level: 1, name: "알림 발송 기록" }).waitFor();
    const deliveries = page.getByTestId("delivery-table");
    await deliveries.waitFor();
    expect(await deliveries.textContent()).toContain("발송 완료");
    // The address is masked.
    expect(await deliveries.textContent()).not.toContain("jongno.welfare@example.kr");
    await page.getByLabel("상태").selectOption("failed");
    await page.getByRole("button", { name: "검색" }).click();
    await page.getByText("조건에 맞는 발송 기록이 없습니다").waitFor();
    await page.getByRole("button", { name: "초기화" }).click();
    await deliveries.waitFor();
    await expectAccessible(page);
    await screenshot(page, "96-admin-notification-deliveries");
  });
});
