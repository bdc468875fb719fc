import { readFileSync } from "node:fs";
import { addCalendarDays, koreaToday } from "@ssis/domain";
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

const INSTITUTION = "행복한노인요양원";
/** SWS-6 by its name in the 별표 4 table: screens show the name, the code only as a grey detail. */
const SWS_6 = "법 제36조제1항 운영위원회를 설치·운영하지 않은 때";

/**
 * axe once the pointer has left the button just clicked and KRDS's colour transition has run: mid-way
 * (#3c64a9 on #dadfe7) a secondary button is briefly short of 4.5:1, a moment of the animation, not the page.
 */
async function accessible(page: Page) {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(500);
  await expectAccessible(page);
}

/** JSON API calls in the page's session (the CSRF token from the session answer), for test setup. */
async function apiAs(page: Page) {
  const session = await (await page.request.get("/api/auth/session")).json();
  return async (method: "GET" | "POST", url: string, data?: unknown) => {
    const res = await page.request.fetch(url, {
      method,
      data,
      headers: { "X-CSRF-Token": session.csrfToken },
    });
    expect(res.ok(), `${method} ${url}: ${await res.text()}`).toBe(true);
    return res.json();
  };
}

async function downloadOf(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe("행정처분: the 시군구 drafts, pre-notices and decides; the institution answers on its own portal", () => {
  it("gu.jongno proposes 개선명령 1차 for SWS-6, provider.admin submits an opinion with a file, the 처분서 follows", async () => {
    const today = koreaToday();

    // 1. The official drafts a disposition directly: institution, violation, the engine's proposal.
    const official = await newPage(browser);
    await login(official, "gu.jongno");
    await official.getByTestId("portal-official").waitFor();
    await official.goto("/official/dispositions/new");
    await official.getByLabel("기관 검색", { exact: true }).fill(INSTITUTION);
    await official.getByRole("button", { name: "기관 검색" }).click();
    await official.getByRole("button", { name: `${INSTITUTION} 선택`, exact: true }).click();
    await official.getByTestId("chosen-institution").waitFor();
    await official.getByLabel("위반 코드").selectOption("SWS-6");
    await official
      .getByLabel("위반 내용")
      .fill("운영위원회를 구성하지 않고 시설을 운영함(2026년 정기 지도점검)");
    const proposal = official.getByTestId("disposition-proposal");
    const measure = proposal.getByTestId("proposal-measure");
    await measure.waitFor();
    await expect.poll(() => measure.textContent()).toBe("개선명령");
    expect(await proposal.getByTestId("proposal-repeat").textContent()).toBe("1차");
    const reasons = (await proposal.textContent()) ?? "";
    expect(reasons).toContain("사회복지사업법 시행규칙 [별표 4]");
    expect(reasons).toContain("산입한 이전 처분이 없습니다");
    expect(reasons).toContain("미확인");
    await accessible(official);
    await screenshot(official, "60-official-disposition-proposal");

    await official.getByRole("button", { name: "처분안 저장" }).click();
    let dialog = official.getByRole("alertdialog");
    expect(await dialog.textContent()).toContain("개선명령");
    await dialog.getByRole("button", { name: "저장", exact: true }).click();
    await official.getByTestId("disposition-notice").waitFor();
    const detailUrl = official.url();
    const id = detailUrl.split("/").at(-1) ?? "";
    expect(await official.getByTestId("disposition-summary").textContent()).toContain(`${SWS_6} 1차`);

    // 2. 사전통지 with a 10-day opinion period; the dialog shows the earliest allowed deadline.
    await official.getByRole("button", { name: "사전통지", exact: true }).click();
    dialog = official.getByRole("alertdialog");
    const earliest = addCalendarDays(today, 10);
    expect(await dialog.getByLabel("의견제출 기한").inputValue()).toBe(earliest);
    expect(await dialog.textContent()).toContain(`가장 이른 기한: ${earliest}`);
    await dialog.getByLabel("의견제출 기한").fill(addCalendarDays(today, 9));
    await dialog.getByRole("button", { name: "사전통지", exact: true }).click();
    await dialog.getByText(`의견제출 기한은 ${earliest} 이후로 정하세요.`).waitFor();
    await dialog.getByLabel("의견제출 기한").fill(earliest);
    await dialog.getByRole("button", { name: "사전통지", exact: true }).click();
    await official.getByText(`사전통지했습니다. 의견제출 기한은 ${earliest}입니다.`).waitFor();
    // The decision waits for the opinion or the end of the period.
    expect(await official.getByTestId("disposition-blocked").textContent()).toContain(earliest);

    // 3. The institution reads the pre-notice, attaches a file and submits its opinion.
    const provider = await newPage(browser);
    await login(provider, "provider.admin");
    await provider.getByTestId("portal-provider").waitFor();
    await provider.goto("/provider/dispositions");
    const mine = provider.getByTestId("my-dispositions");
    await mine.waitFor();
    expect(await mine.textContent()).toContain("개선명령");
    await provider.locator(`a[href="/provider/dispositions/${id}"]`).first().click();
    await provider.getByTestId("opinion-form").waitFor();
    await provider.getByLabel("첨부할 파일").setInputFiles({
      name: "운영위원회_구성계획.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% 운영위원회 구성 계획\n"),
    });
    await provider.getByRole("button", { name: "파일 올리기" }).click();
    await provider.getByText("운영위원회_구성계획.pdf 파일을 올렸습니다.").waitFor();
    await provider.getByRole("button", { name: "운영위원회_구성계획.pdf 내려받기" }).waitFor();
    await provider
      .getByLabel("의견", { exact: true })
      .fill("운영위원회를 12월 중 구성하겠습니다. 구성 계획을 첨부하니 처분을 재고하여 주십시오.");
    await accessible(provider);
    await screenshot(provider, "63-provider-disposition-opinion");
    await provider.getByRole("button", { name: "의견 제출" }).click();
    await provider.getByRole("alertdialog").getByRole("button", { name: "제출", exact: true }).click();
    await provider.getByTestId("opinion-done").getByText("의견을 제출했습니다", { exact: false }).waitFor();

    // 4. The official sees the opinion and its file, decides, and downloads the 처분서.
    await official.reload();
    const opinion = official.getByTestId("disposition-opinion");
    await opinion.waitFor();
    expect(await opinion.textContent()).toContain("운영위원회를 12월 중 구성하겠습니다");
    expect(await opinion.textContent()).toContain("운영위원회_구성계획.pdf");
    await official.getByRole("button", { name: "처분 결정", exact: true }).click();
    dialog = official.getByRole("alertdialog");
    await dialog
      .getByLabel("결정 사유(의견 검토 결과)")
      .fill("구성 계획만으로는 처분 사유가 해소되지 않아 원안대로 처분함");
    await dialog.getByRole("button", { name: "처분 결정", exact: true }).click();
    await official.getByText("처분을 결정했습니다").waitFor();
    const summary = (await official.getByTestId("disposition-summary").textContent()) ?? "";
    expect(summary).toContain("처분 결정");
    expect(summary).toMatch(/행정처분/);
    const pdf = await downloadOf(official, () =>
      official.getByRole("button", { name: "행정처분서 PDF" }).click(),
    );
    expect(pdf.name).toContain("행정처분서");
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    await accessible(official);
    await screenshot(official, "61-official-disposition-detail");

    // 5. The 행정처분대장 lists it; its Excel download works; the history shows it from the register too.
    await official.goto("/official/dispositions");
    const register = official.getByTestId("disposition-register");
    await register.waitFor();
    const row = register.getByRole("row").filter({ hasText: INSTITUTION });
    expect(await row.first().textContent()).toContain(`${SWS_6} 1차`);
    expect(await row.first().textContent()).toContain(today);
    const xlsx = await downloadOf(official, () =>
      official.getByRole("button", { name: "엑셀 다운로드" }).click(),
    );
    expect(xlsx.name).toMatch(/^행정처분대장_.*\.xlsx$/);
    await accessible(official);
    await screenshot(official, "62-official-disposition-register");

    // 출력용 보기: every row under the filters on one page, ready for the browser's print.
    await official.getByRole("button", { name: "출력용 보기" }).click();
    await official.getByRole("button", { name: "인쇄" }).waitFor();
    const printed = official.getByTestId("disposition-register");
    await printed.waitFor();
    expect(await printed.textContent()).toContain(INSTITUTION);
    await official.getByRole("button", { name: "목록으로" }).click();

    await official.goto(detailUrl);
    await official.getByRole("link", { name: "기관 처분 이력" }).click();
    const history = official.getByTestId("history-institution");
    await history.waitFor();
    expect(await history.textContent()).toContain("개선명령");
    await official.getByRole("link", { name: "기관 상세 보기" }).click();
    await official.getByRole("tab", { name: "행정처분 이력" }).click();
    await official.getByTestId("history-institution").waitFor();

    // 6. The institution sees the decision and downloads the same notice.
    await provider.reload();
    const decision = provider.getByTestId("provider-decision");
    await decision.waitFor();
    expect(await decision.textContent()).toContain("개선명령");
    const mineNotice = await downloadOf(provider, () =>
      provider.getByRole("button", { name: "행정처분서 PDF" }).click(),
    );
    expect(mineNotice.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    await accessible(provider);
  });

  it("the ministry adds a ladder table version; field errors stay at the fields with what was typed", async () => {
    const mohw = await newPage(browser);
    await login(mohw, "mohw");
    await mohw.getByTestId("portal-official").waitFor();
    await mohw.goto("/official/disposition-tables");
    await mohw.getByTestId("ladder-tables").waitFor();
    expect(await mohw.getByTestId("ladder-tables").textContent()).toContain(
      "사회복지사업법 시행규칙 [별표 4]",
    );
    await mohw.getByRole("link", { name: "사회복지사업법 시행규칙 [별표 4]" }).click();
    await mohw.getByTestId("ladder-rows").waitFor();
    expect(await mohw.getByTestId("ladder-provisions").textContent()).toContain("3년");
    await accessible(mohw);
    await screenshot(mohw, "65-official-disposition-table-detail");
    await mohw.goto("/official/disposition-tables");
    await mohw.getByRole("link", { name: "새 판 등록" }).click();

    await mohw.getByLabel("법령 코드").fill("SWS");
    await mohw.getByLabel("법령 이름").fill("사회복지사업법");
    await mohw.getByLabel("처분기준표 이름").fill("사회복지사업법 시행규칙 [별표 4]");
    await mohw.getByLabel("판 식별자").fill("SWS-B4-E2E");
    await mohw.getByLabel("시행일", { exact: true }).fill("2019-06-12");
    await mohw.getByLabel("출처", { exact: true }).fill("브라우저 시험용 입력(실제 기준 아님)");
    await mohw.getByLabel("산정기간(개월)").fill("36");
    await mohw.getByLabel("위반 코드").fill("SWS-E2E");
    await mohw.getByLabel("항목 위치").fill("시험 1");
    await mohw.getByLabel("근거 법조문").fill("시험법 제1조");
    await mohw.getByLabel("위반행위", { exact: true }).fill("시험용 위반행위");
    await mohw.getByLabel("1차 처분").fill("업무정지 1개월");
    await mohw.getByLabel("2차 처분").fill("업무정지 석달");

    // The same rules as the server, at once: the step's words.
    await mohw.getByRole("button", { name: "처분기준표 등록" }).click();
    const second = mohw.getByTestId("ladder-row-0");
    await second.getByText("정지 기간을 '업무정지 3개월'").waitFor();
    expect(await mohw.getByLabel("2차 처분").inputValue()).toBe("업무정지 석달");
    await mohw.getByLabel("2차 처분").fill("업무정지 3개월");

    // What only the server knows: another version of the law starts the same day.
    await mohw.getByRole("button", { name: "처분기준표 등록" }).click();
    await mohw.getByRole("alertdialog").getByRole("button", { name: "등록", exact: true }).click();
    await mohw.getByText("같은 날 시행됩니다").first().waitFor();
    expect(await mohw.getByLabel("시행일", { exact: true }).inputValue()).toBe("2019-06-12");
    expect(await mohw.getByLabel("1차 처분").inputValue()).toBe("업무정지 1개월");
    await accessible(mohw);
    await screenshot(mohw, "64-official-disposition-table-form");

    // A table of its own law is accepted and shown with its rows.
    await mohw.getByLabel("법령 코드").fill("EZE");
    await mohw.getByLabel("법령 이름").fill("브라우저시험법(실제 법령 아님)");
    await mohw.getByLabel("처분기준표 이름").fill("브라우저시험법 시행규칙 [별표 1]");
    await mohw.getByLabel("판 식별자").fill("EZE-B1-2024-01-01");
    await mohw.getByLabel("시행일", { exact: true }).fill("2024-01-01");
    await mohw.getByLabel("위반 코드").fill("EZE-1");
    await mohw.getByRole("button", { name: "처분기준표 등록" }).click();
    await mohw.getByRole("alertdialog").getByRole("button", { name: "등록", exact: true }).click();
    const rows = mohw.getByTestId("ladder-rows");
    await rows.waitFor();
    expect(await rows.textContent()).toContain("업무정지 3개월");
    await accessible(mohw);
  });

  it("a finding with a violation code opens the form prefilled, and the engine says why the earlier one does not count", async () => {
    const official = await newPage(browser);
    await login(official, "gu.jongno");
    await official.getByTestId("portal-official").waitFor();
    // Setup through the inspection API: a special inspection of the same institution a month ago with a
    // 운영위원회 finding (COM-01 → SWS-6) and a corrective action that calls for a disposition.
    const call = await apiAs(official);
    const search = await call(
      "GET",
      `/api/official/institutions?q=${encodeURIComponent(INSTITUTION)}&limit=5`,
    );
    const institution = search.items.find((i: { name: string }) => i.name === INSTITUTION);
    const checklists = await call("GET", "/api/official/inspection-checklists");
    let inspection = await call("POST", "/api/official/inspections", {
      institutionId: institution.id,
      kind: "special",
      reason: "운영위원회 미운영 제보",
      checklistVersionId: checklists.items.at(-1).id,
    });
    inspection = await call("POST", `/api/official/inspections/${inspection.id}/schedule`, {
      scheduledOn: addCalendarDays(koreaToday(), -30),
      team: [{ name: "이점검", position: "주무관" }],
      priorNotice: true,
      documents: [],
    });
    inspection = await call("POST", `/api/official/inspections/${inspection.id}/start`, {});
    const item = inspection.items.find((i: { code: string }) => i.code === "COM-01");
    inspection = await call("POST", `/api/official/inspections/${inspection.id}/findings`, {
      itemId: item.itemId,
      title: "운영위원회 미설치",
      detail: "운영위원회를 구성하지 않음",
      severity: "serious",
    });
    const finding = inspection.findingList[0];
    expect(finding.violationCode).toBe("SWS-6");
    await call("POST", `/api/official/findings/${finding.id}/corrective-action`, {
      outcome: "disposition",
      instruction: "행정처분 절차 진행",
      noticeOn: koreaToday(),
    });

    // Only the finding's id, as a link from a corrective action may carry: the form finds the rest.
    await official.goto(`/official/dispositions/new?findingId=${finding.id}`);
    await official
      .getByText("「운영위원회 미설치」 지적사항의 기관과 위반행위를 불러왔습니다.", { exact: false })
      .waitFor();
    expect(await official.getByTestId("chosen-institution").textContent()).toContain(INSTITUTION);
    expect(await official.getByLabel("위반 코드").inputValue()).toBe("SWS-6");
    expect(await official.getByLabel("적발일").inputValue()).toBe(addCalendarDays(koreaToday(), -30));
    const proposal = official.getByTestId("disposition-proposal");
    await expect.poll(() => proposal.getByTestId("proposal-measure").textContent()).toBe("개선명령");
    // The disposition decided today (first test) came after this violation was found: it does not count.
    expect(await proposal.getByTestId("proposal-repeat").textContent()).toBe("1차");
    const ignored = (await proposal.textContent()) ?? "";
    // the violation by its Korean name, its code a grey detail after it
    expect(ignored).toContain(`${koreaToday()} ${SWS_6}SWS-6 1차`);
    expect(ignored).toContain("적발 뒤의 처분");
    await accessible(official);
  });
});
