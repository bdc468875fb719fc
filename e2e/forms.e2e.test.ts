import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, login, newPage, screenshot } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function official(username = "gu.jongno") {
  const page = await newPage(browser);
  await login(page, username);
  await page.getByTestId("portal-official").waitFor();
  return page;
}

/** How often a text appears in what the user reads. */
async function timesShown(page: Page, text: string) {
  // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is what the user reads
  const body = await page.evaluate(() => document.body.innerText);
  return body.split(text).length - 1;
}

describe("form messages, filters and length limits (issue 15)", () => {
  it("shows the server's message for 점검계획 연도 1999 once, beside the field, with the dialog closed", async () => {
    const page = await official();
    await page.goto("/official/inspections/plans/new");
    await page.getByLabel("계획 제목(필수)").fill("연도 확인용 계획");
    await page.getByLabel("계획 연도(필수)").fill("1999");
    await expect.poll(() => page.getByLabel("점검표(필수)").inputValue()).not.toBe("");
    await page.getByRole("button", { name: "계획 저장" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByRole("button", { name: "계획 저장" }).click();
    // The dialog closes so the message is seen where it belongs, and only there.
    await dialog.waitFor({ state: "detached" });
    const fieldError = page.locator("#plan-year-input-error");
    await fieldError.waitFor();
    const message = (await fieldError.textContent()) ?? "";
    expect(message).toMatch(/2,?000/);
    expect(await timesShown(page, message)).toBe(1);
    // The summary above the form points to the fields; it is shown once and does not repeat them.
    const alerts = await page.getByRole("alert").allTextContents();
    expect(alerts.filter((a) => a.includes("입력값을 확인하세요"))).toHaveLength(1);
    expect(alerts.some((a) => a.includes(message))).toBe(false);
    await screenshot(page, "57-official-inspection-plan-year-error");
  });

  it("refuses a 처분일 range that ends before it starts, on the screen and at the server, and resets", async () => {
    const page = await official();
    await page.goto("/official/dispositions");
    await page.getByTestId("disposition-register").waitFor();
    await page.getByLabel("처분일(부터)").fill("2026-03-02");
    await page.getByLabel("처분일(까지)").fill("2026-03-01");
    await page.getByRole("button", { name: "검색", exact: true }).click();
    const message = "처분일(까지)는 처분일(부터)와 같거나 그 이후여야 합니다.";
    await page.locator("#disp-to-error").getByText(message).waitFor();
    // Not searched: the list is not filtered into 0건 behind the error.
    expect(page.url()).not.toContain("from=");
    expect(await page.getByLabel("처분일(까지)").inputValue()).toBe("2026-03-01");
    await expectAccessible(page);
    await screenshot(page, "66-official-disposition-register-range-error");

    const answer = await page.request.get("/api/official/dispositions?from=2026-03-02&to=2026-03-01");
    expect(answer.status()).toBe(400);
    expect((await answer.json()).errors.map((e: { message: string }) => e.message)).toEqual([message]);

    await page.getByRole("button", { name: "초기화" }).click();
    expect(await page.getByLabel("처분일(부터)").inputValue()).toBe("");
    expect(await page.getByLabel("처분일(까지)").inputValue()).toBe("");
    await expect.poll(() => page.locator("#disp-to-error").count()).toBe(0);
  });

  it("gives the 지도점검 and 접속기록 lists the same range check", async () => {
    const page = await official();
    await page.goto("/official/inspections");
    await page.getByLabel("점검일(부터)").fill("2026-05-02");
    await page.getByLabel("점검일(까지)").fill("2026-05-01");
    await page.getByRole("button", { name: "검색", exact: true }).click();
    await page
      .locator("#insp-to-error")
      .getByText("점검일(까지)는 점검일(부터)와 같거나 그 이후여야 합니다.")
      .waitFor();
    const inspections = await page.request.get("/api/official/inspections?from=2026-05-02&to=2026-05-01");
    expect(inspections.status()).toBe(400);

    const auditor = await official("auditor");
    await auditor.goto("/official/access-log");
    await auditor.getByLabel("접속일(부터)").fill("2026-05-02");
    await auditor.getByLabel("접속일(까지)").fill("2026-05-01");
    await auditor.getByRole("button", { name: "검색", exact: true }).click();
    await auditor
      .locator("#to-error")
      .getByText("접속일(까지)는 접속일(부터)와 같거나 그 이후여야 합니다.")
      .waitFor();
    const log = await auditor.request.get("/api/official/access-log?from=2026-05-02&to=2026-05-01");
    expect(log.status()).toBe(400);
  });

  it("keeps every typed character of a limited field, counts it and says beside the field when it is too long", async () => {
    const page = await official();
    await page.goto("/official/inspections/plans/new");
    const title = page.getByLabel("계획 제목(필수)");
    await title.fill("가".repeat(2000));
    // Not cut to the limit without a word: all 2,000 stay, with the limit and the error beside the field.
    expect((await title.inputValue()).length).toBe(2000);
    expect(await page.locator("#plan-title-count").textContent()).toContain("2,000/100");
    expect(await page.locator("#plan-title-error").textContent()).toContain("100자까지 입력할 수 있습니다");
    expect(await title.getAttribute("aria-invalid")).toBe("true");
    expect(await title.getAttribute("maxlength")).toBeNull();

    const note = page.getByLabel("비고");
    await note.fill("나".repeat(2100));
    expect((await note.inputValue()).length).toBe(2100);
    expect(await page.locator("#plan-note-count").textContent()).toContain("2,100/2,000");
    expect(await page.locator("#plan-note-length").textContent()).toContain("2,000자까지 입력할 수 있습니다");
    expect(await note.getAttribute("maxlength")).toBeNull();

    const fitting = "2027년 정기 지도점검";
    await title.fill(fitting);
    expect(await page.locator("#plan-title-count").textContent()).toContain(`${fitting.length}/100`);
    await expect.poll(() => page.locator("#plan-title-error").count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, "58-official-inspection-plan-length-counter");
  });
});
