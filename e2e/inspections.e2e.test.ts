import type { Browser, Locator, Page } from "playwright-core";
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
const FINDING = "운영위원회 미운영";

/** A date in Korea, `days` from today (YYYY-MM-DD). */
function koreaDate(days: number): string {
  return new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** Confirm the open alert dialog with its button of that name, and wait for it to close. */
async function confirmDialog(page: Page, button: string) {
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  await dialog.getByRole("button", { name: button, exact: true }).click();
  await dialog.waitFor({ state: "detached" });
}

/** KRDS draws a check box on its label and hides the input, so a user (and the test) clicks the label. */
async function tick(checkbox: Locator) {
  const id = await checkbox.getAttribute("id");
  await checkbox.page().locator(`label[for="${id}"]`).click();
  expect(await checkbox.isChecked()).toBe(true);
}

async function noticeContains(page: Page, text: string) {
  await page.getByText(text).first().waitFor();
}

describe("지도점검: plan, inspect, find, order a correction, report and verify", () => {
  it("gu.jongno plans and inspects 행복한노인요양원; provider.admin reports with evidence; the official accepts and the finding closes", async () => {
    // 1. The 시군구 official plans a regular inspection of the institution, with its reason and month.
    const official = await newPage(browser);
    await login(official, "gu.jongno");
    await official.getByTestId("portal-official").waitFor();
    await official.goto("/official/inspections/plans/new");
    await official.getByLabel("계획 제목(필수)").fill("2026년 하반기 정기 지도점검");
    await official.getByLabel("기관명", { exact: true }).fill(INSTITUTION);
    await official.getByRole("button", { name: "후보 검색" }).click();
    const candidates = official.getByTestId("candidate-table");
    await candidates.waitFor();
    await tick(candidates.getByRole("checkbox", { name: `${INSTITUTION} 선택` }));
    const targets = official.getByTestId("target-table");
    await targets.waitFor();
    const reason = official.getByLabel(`${INSTITUTION} 선정 사유`);
    expect(await reason.inputValue()).not.toBe("");
    await reason.fill("3년 주기 정기점검, 운영위원회 운영 확인 필요");
    await official.getByLabel(`${INSTITUTION} 점검 월`).selectOption("9");
    await official.getByRole("button", { name: "계획 저장" }).click();
    await confirmDialog(official, "계획 저장");

    // 2. The plan shows its month and target; the official approves it after confirming.
    await official.getByTestId("plan-months").waitFor();
    expect(await official.getByTestId("plan-months").textContent()).toContain("9월");
    await official.getByRole("button", { name: "계획 승인" }).click();
    await confirmDialog(official, "승인");
    await noticeContains(official, "점검계획을 승인했습니다");
    await expectAccessible(official);
    await screenshot(official, "50-official-inspection-plan");

    // 3. The target's inspection: schedule with prior notice and one requested document.
    await official.getByTestId("plan-target-table").getByRole("link", { name: INSTITUTION }).click();
    await official.getByRole("heading", { name: "점검 일정 확정" }).waitFor();
    const inspectionUrl = new URL(official.url()).pathname;
    await official.getByLabel("점검일(필수)").fill(koreaDate(14));
    await official.getByLabel("1번째 점검반원 직위").fill("주무관");
    expect(await official.getByLabel("기관에 사전 통지").isChecked()).toBe(true);
    await official.getByLabel("요청 자료 1").fill("2025회계연도 결산서");
    await official.getByLabel("자료 제출 기한").fill(koreaDate(7));
    await official.getByRole("button", { name: "일정 확정" }).click();
    await confirmDialog(official, "일정 확정");
    await noticeContains(official, "기관에 사전 통지했습니다");

    // 4. The institution sees the announced inspection and submits the requested document.
    const provider = await newPage(browser);
    await login(provider, "provider.admin");
    await provider.getByTestId("portal-provider").waitFor();
    const inspectionId = inspectionUrl.split("/").pop() ?? "";
    await provider.goto(`/provider/inspections/${inspectionId}`);
    const documents = provider.getByTestId("my-documents");
    await documents.waitFor();
    await provider.getByLabel("2025회계연도 결산서 파일").setInputFiles({
      name: "2025_결산서.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% 2025회계연도 결산서\n"),
    });
    await documents.getByRole("button", { name: "제출" }).click();
    await documents.getByRole("link", { name: "2025_결산서.pdf" }).waitFor();

    // 5. The official reviews it, starts the inspection and records the results: all 적합 but COM-01
    // (item 49 of the default checklist; labels name items by their number, the code is a grey detail).
    await official.reload();
    await official.getByRole("tab", { name: /^사전 점검자료/ }).click();
    await official.getByLabel("2025회계연도 결산서 검토 결과").selectOption("adequate");
    await official.getByRole("button", { name: "검토 저장" }).click();
    await noticeContains(official, "검토 결과를 저장했습니다");
    await official.getByRole("button", { name: "점검 시작" }).click();
    await confirmDialog(official, "점검 시작");
    await noticeContains(official, "점검을 시작했습니다");

    await official.getByRole("tab", { name: /^점검표/ }).click();
    await official.getByTestId("results-table").waitFor();
    await official.getByRole("button", { name: "미입력 항목 모두 적합" }).click();
    await official.getByLabel("49번 항목 결과").selectOption("non_compliant");
    await official.getByRole("button", { name: "결과 저장" }).click();
    // 부적합 without 확인 내용 is refused on screen, and what was chosen stays.
    await noticeContains(official, "확인 내용이 없는 부적합 항목이 1개 있습니다");
    expect(await official.getByLabel("49번 항목 결과").inputValue()).toBe("non_compliant");
    await official
      .getByLabel("49번 항목 확인 내용")
      .fill("2025년 한 해 동안 운영위원회를 한 번도 개최하지 않음");
    await official.getByRole("button", { name: "결과 저장" }).click();
    await noticeContains(official, "개 항목을 저장했습니다");
    expect(await official.getByRole("tab", { name: /^점검표/ }).textContent()).toContain("70/70");

    await official.getByRole("button", { name: "증빙 첨부 (49번 항목)" }).click();
    const evidence = official.getByRole("alertdialog");
    await evidence.getByLabel("증빙 파일").setInputFiles({
      name: "운영위원회_회의록_없음.png",
      mimeType: "image/png",
      buffer: Buffer.from("89504e470d0a1a0a", "hex"),
    });
    await evidence.getByRole("button", { name: "올리기" }).click();
    await evidence.getByRole("link", { name: "운영위원회_회의록_없음.png" }).waitFor();
    await evidence.getByRole("button", { name: "닫기" }).click();
    await expectAccessible(official);
    // The screenshot shows one 점검 영역 (the full checklist is 70 rows).
    await official.getByLabel("점검 영역").selectOption("운영위원회");
    await screenshot(official, "51-official-inspection-results");

    // 6. The finding on COM-01, and the correction (시정) ordered with a 30-day deadline.
    await official.getByRole("button", { name: "지적사항 등록 (49번 항목)" }).click();
    await official.getByLabel("지적 제목(필수)").fill(FINDING);
    expect(await official.getByLabel("지적 내용(필수)").inputValue()).toContain("운영위원회");
    await official.getByRole("button", { name: "지적사항 저장" }).click();
    await noticeContains(official, `지적사항 「${FINDING}」을(를) 등록했습니다`);
    await official.getByRole("button", { name: `조치 요구 (${FINDING})` }).click();
    await official.getByLabel("조치 구분(필수)").selectOption("correction");
    await official
      .getByLabel("조치 요구 내용(필수)")
      .fill("운영위원회를 구성하여 분기 1회 이상 개최하고 회의록을 제출할 것");
    await official.getByLabel("기한 일수").fill("30");
    await official.getByText(`조치 기한: ${koreaDate(30)}까지`).waitFor();
    await official.getByRole("button", { name: "조치 요구 저장" }).click();
    await confirmDialog(official, "조치 요구");
    await noticeContains(official, "시정 조치를 요구했습니다");
    const card = official.getByTestId("finding-card").filter({ hasText: FINDING });
    expect(await card.textContent()).toContain("SWS-6");
    await expectAccessible(official);
    await screenshot(official, "52-official-inspection-findings");

    // 7. Complete and notify; the corrective-action list shows the open correction by 시군구.
    await official.getByRole("button", { name: "점검 완료" }).click();
    await confirmDialog(official, "점검 완료");
    await noticeContains(official, "점검을 완료했습니다");
    await official.getByRole("button", { name: "결과 통보" }).click();
    await confirmDialog(official, "결과 통보");
    await noticeContains(official, "결과를 통보했습니다");
    await official.getByRole("link", { name: "결과 통지서(PDF)" }).waitFor();

    await official.goto("/official/inspections/corrective-actions");
    const corrective = official.getByTestId("corrective-table");
    await corrective.waitFor();
    expect(await corrective.textContent()).toContain(INSTITUTION);
    expect(await official.getByTestId("corrective-summary").textContent()).toContain("종로구");
    await expectAccessible(official);
    await tick(corrective.getByRole("checkbox", { name: `${INSTITUTION} ${FINDING} 선택` }));
    await official.getByText("1건 선택").waitFor();
    await screenshot(official, "53-official-corrective-actions");

    // 8. Staff (실무자) see the correction and its deadline but cannot report; the administrator reports
    //    what was done, with a real evidence file, before the deadline.
    const staff = await newPage(browser);
    await login(staff, "provider.staff");
    await staff.getByTestId("portal-provider").waitFor();
    await staff.goto(`/provider/inspections/${inspectionId}`);
    await staff.getByText("조치 결과 보고는 기관 관리자(시설장)가 합니다").waitFor();
    expect(await staff.getByTestId("report-form").count()).toBe(0);
    expect(await staff.getByTestId("my-finding").textContent()).toContain("D-30");
    await staff.context().close();

    await provider.goto("/provider/inspections");
    await provider.getByTestId("owed-actions").getByRole("link", { name: FINDING }).click();
    const form = provider.getByTestId("report-form");
    await form.waitFor();
    await form
      .getByLabel("조치 결과(필수)")
      .fill("2026년 운영위원회를 구성하고 첫 회의를 개최함(회의록 첨부)");
    await form.getByLabel("증빙 파일").setInputFiles({
      name: "운영위원회_회의록.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% 운영위원회 회의록\n"),
    });
    await form.getByRole("button", { name: "첨부" }).click();
    await provider.getByTestId("my-finding").getByRole("link", { name: "운영위원회_회의록.pdf" }).waitFor();
    expect(await form.getByLabel("조치 결과(필수)").inputValue()).toContain("첫 회의를 개최함");
    await expectAccessible(provider);
    await screenshot(provider, "54-provider-corrective-report");
    await form.getByRole("button", { name: "조치 결과 보고" }).click();
    await confirmDialog(provider, "보고");
    await noticeContains(provider, "조치 결과를 보고했습니다");

    // 9. The official accepts the report: the finding is closed, and so is the inspection.
    await official.goto(`${inspectionUrl}?tab=findings`);
    await official.getByRole("button", { name: `확인(승인) (${FINDING})` }).click();
    await confirmDialog(official, "확인(승인)");
    await noticeContains(official, "지적사항이 종결되었습니다");
    const closed = official.getByTestId("finding-card").filter({ hasText: FINDING });
    expect(await closed.textContent()).toContain("종결");
    expect(await closed.textContent()).toContain("확인 완료");
    expect(await official.locator(".app-page-description").textContent()).toContain("종결");

    await provider.reload();
    await provider.getByText("담당 공무원이 조치 결과를 확인했습니다").waitFor();

    // The institution's own page lists the inspection in its 지도점검 이력 tab, closed, linked to it.
    await official.goto(`/official/institutions?q=${encodeURIComponent(INSTITUTION)}`);
    await official.getByRole("table").getByRole("link", { name: INSTITUTION }).click();
    await official.getByRole("tab", { name: "지도점검 이력" }).click();
    const history = official.getByTestId("inspection-table");
    await history.waitFor();
    const row = history
      .locator("tr")
      .filter({ has: official.locator(`a[href="/official/inspections/${inspectionId}"]`) });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain("종결");
    await expectAccessible(official);
    await screenshot(official, "56-official-institution-inspection-history");
    await official.goto(`${inspectionUrl}?tab=findings`);

    // 10. The official shares the finding, anonymised, to the case book; institutions everywhere read it.
    await official.getByRole("button", { name: `사례집 공유 (${FINDING})` }).click();
    const share = official.getByRole("alertdialog");
    await share
      .getByLabel("사례집에 실을 내용(필수)")
      .fill(
        "노인요양시설에서 1년간 운영위원회를 한 번도 열지 않은 사례: 분기 1회 이상 개최하고 회의록을 남길 것",
      );
    await share.getByRole("button", { name: "사례집 공유", exact: true }).click();
    await share.waitFor({ state: "detached" });
    await noticeContains(official, "지적 사례집에 공유했습니다");
    await provider.goto("/provider/inspections/casebook");
    await provider.getByTestId("casebook").getByText(FINDING).waitFor();
    await expectAccessible(provider);
    await screenshot(provider, "55-provider-casebook");

    // 11. The other screens of both portals pass axe too.
    for (const [path, ready] of [
      ["/official/inspections?new=adhoc", "inspection-table"],
      ["/official/inspections/plans", "plan-table"],
      ["/official/inspections/checklists", "checklist-items"],
      ["/official/inspections/casebook", "casebook"],
      [`${inspectionUrl}?tab=history`, "inspection-history"],
    ] as const) {
      await official.goto(path);
      await official.getByTestId(ready).waitFor();
      await expectAccessible(official);
    }
    await official.goto("/official/inspections/checklists");
    await official.getByRole("button", { name: "이 버전으로 새 버전 만들기" }).click();
    await official.getByLabel("변경 내용(필수)").waitFor();
    await expectAccessible(official);
    await provider.goto("/provider/inspections");
    await provider.getByTestId("my-inspection-table").waitFor();
    await expectAccessible(provider);
  });
});
