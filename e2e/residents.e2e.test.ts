import { formatResidentNumber, maskResidentNumber, residentNumberCheckDigit } from "@ssis/domain";
import ExcelJS from "exceljs";
import type { Browser, Download, Page } from "playwright-core";
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
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

/** A resident of their own: a name unlikely to meet another run's, a valid number (1975 check digit). */
function makeResident() {
  const name = `${pick(["김", "이", "박", "최", "정", "윤"])}${pick(["순", "영", "말", "복", "옥", "정"])}${pick(["자", "희", "례", "남", "분", "님"])}`;
  const year = 1935 + Math.floor(Math.random() * 20);
  const month = 1 + Math.floor(Math.random() * 12);
  const day = 1 + Math.floor(Math.random() * 28);
  const twelve = `${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}2${String(Math.floor(Math.random() * 100_000)).padStart(5, "0")}`;
  const digits = `${twelve}${residentNumberCheckDigit(twelve)}`;
  return { name, residentNumber: formatResidentNumber(digits), masked: maskResidentNumber(digits) };
}

/** The text of every row of the first sheet, cells joined by "|". */
async function sheetText(download: Download): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const rows: string[] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push(
      (row.values as unknown[])
        .filter((v) => v !== null && v !== undefined)
        .map(String)
        .join("|"),
    );
  });
  return rows.join("\n");
}

/** Open the 엑셀 다운로드 dialog, give a reason and return the file the browser saved. */
async function downloadWithReason(page: Page, reason: string): Promise<Download> {
  await page.getByRole("button", { name: "엑셀 다운로드" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  await dialog.getByLabel("다운로드 사유(필수)").fill(reason);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "내려받기" }).click(),
  ]);
  await dialog.waitFor({ state: "detached" });
  return download;
}

/** Log in as an official and open the institution's detail page (its tabs). */
async function openInstitution(username: string): Promise<Page> {
  const page = await newPage(browser);
  await login(page, username);
  await page.getByTestId("portal-official").waitFor();
  await page.goto("/official/institutions");
  await page.getByLabel("검색어").fill(INSTITUTION);
  await page.getByRole("button", { name: "검색", exact: true }).click();
  await page.getByRole("table").getByRole("link", { name: INSTITUTION, exact: true }).click();
  await page.getByRole("tab", { name: "종사자" }).waitFor();
  return page;
}

async function searchByName(page: Page, name: string) {
  await page.getByLabel("성명", { exact: true }).last().fill(name);
  await page.getByRole("button", { name: "검색", exact: true }).click();
}

describe("이용자 관리 (CWSU): 주민등록번호 is masked, unmasked with a reason, the name corrected, the list downloaded", () => {
  it("provider.admin admits a resident, unmasks the number with a reason, corrects the name and downloads the list", async () => {
    const resident = makeResident();
    const corrected = `${resident.name.slice(0, 2)}${resident.name.at(-1) === "자" ? "희" : "자"}`;
    const page = await newPage(browser);
    await login(page, "provider.admin");
    await page.getByTestId("portal-provider").waitFor();
    await page.goto("/provider/clients");

    // 1. 입소 등록 with a valid number: the form reads the birth date from it, the list shows it masked.
    await page.getByRole("button", { name: "입소 등록" }).first().click();
    const form = page.getByRole("region", { name: "입소 등록" });
    await form.getByLabel("성명").fill(resident.name);
    await form.getByLabel("주민등록번호").fill(resident.residentNumber);
    await form.getByText(/^생년월일 \d{4}-\d{2}-\d{2}, 여$/).waitFor();
    await form.getByRole("button", { name: "입소 등록" }).click();
    await page.getByText(`${resident.name} 님(${resident.masked})의 입소를 등록했습니다.`).waitFor();

    await searchByName(page, resident.name);
    const table = page.getByRole("region", { name: "이용자 목록 표" });
    const row = table.getByRole("row").filter({ hasText: resident.masked });
    await row.waitFor();
    expect(await table.textContent()).not.toContain(resident.residentNumber);
    await expectAccessible(page);
    await screenshot(page, "72-provider-clients-masked");

    // 2. 주민등록번호 보기 needs a reason (logged); the number shows once and is hidden again on close.
    await row.getByRole("button", { name: `주민등록번호 보기 (${resident.name})` }).click();
    let dialog = page.getByRole("alertdialog");
    await dialog.getByLabel("열람 사유(5자 이상)").fill("보호자 요청에 따른 본인 확인");
    await dialog.getByRole("button", { name: "보기", exact: true }).click();
    await dialog.getByText(resident.residentNumber, { exact: true }).waitFor();
    await dialog.getByRole("button", { name: "닫기" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await table.textContent()).not.toContain(resident.residentNumber);

    // 3. 이름 정정: the reason is required; the corrected name replaces the old one.
    await row.getByRole("button", { name: `이름 정정 (${resident.name})` }).click();
    dialog = page.getByRole("alertdialog");
    await dialog.getByRole("button", { name: "정정", exact: true }).click();
    await dialog.getByText("지금 성명과 같습니다. 바로잡을 성명을 입력하세요.").waitFor();
    await dialog.getByText("정정 사유를 2자 이상 입력하세요.").waitFor();
    await dialog.getByLabel("바른 성명(필수)").fill(corrected);
    await dialog.getByLabel("정정 사유(필수)").fill("입소 등록 때 성명 오타(가족관계증명서 확인)");
    await expectAccessible(page);
    await screenshot(page, "73-provider-client-name-correction", { fullPage: false });
    await dialog.getByRole("button", { name: "정정", exact: true }).click();
    await page.getByText(`${resident.name} 님의 성명을 ${corrected}(으)로 정정했습니다.`).waitFor();

    await searchByName(page, corrected);
    await table.getByRole("rowheader", { name: corrected, exact: true }).waitFor();

    // 4. 엑셀 다운로드 under the list's conditions (this name), with a reason; the number stays masked.
    await page.getByRole("button", { name: "엑셀 다운로드" }).click();
    dialog = page.getByRole("alertdialog");
    await dialog.getByRole("button", { name: "내려받기" }).click();
    await dialog.getByText("다운로드 사유를 입력하세요.").waitFor();
    await dialog.getByRole("button", { name: "취소" }).click();
    const download = await downloadWithReason(page, "분기별 입소자 현황 보고 자료");
    expect(download.suggestedFilename()).toMatch(new RegExp(`^이용자_${INSTITUTION}_.*\\.xlsx$`));
    const text = await sheetText(download);
    expect(text).toContain(corrected);
    expect(text).toContain(resident.masked);
    expect(text).not.toContain(resident.residentNumber);
    expect(text).not.toContain(resident.name);
    await page.getByText(/파일\(1건\)을 내려받았습니다\.$/).waitFor();

    // 5. The 시군구 official downloads the same institution's residents from its 이용자 tab.
    const official = await openInstitution("gu.jongno");
    await official.getByRole("tab", { name: "이용자" }).click();
    const panel = official.getByRole("tabpanel");
    await panel.getByLabel("성명").fill(corrected);
    await panel.getByRole("button", { name: "검색", exact: true }).click();
    await panel.getByRole("row").filter({ hasText: corrected }).waitFor();
    const fromOfficial = await downloadWithReason(official, "입소자 현황 확인(관할 기관 점검)");
    expect(fromOfficial.suggestedFilename()).toMatch(new RegExp(`^이용자_${INSTITUTION}_.*\\.xlsx$`));
    const officialText = await sheetText(fromOfficial);
    expect(officialText).toContain(corrected);
    expect(officialText).not.toContain(resident.residentNumber);
  });

  it("gu.jongno downloads an institution's staff list from its detail tab, with a reason", async () => {
    const page = await openInstitution("gu.jongno");
    await page.getByRole("tab", { name: "종사자" }).click();
    await page.getByRole("tabpanel").getByRole("table").waitFor();
    const staff = await downloadWithReason(page, "인력 배치 기준 점검 자료");
    expect(staff.suggestedFilename()).toMatch(new RegExp(`^종사자_${INSTITUTION}_.*\\.xlsx$`));
    expect(await sheetText(staff)).toContain("성명");
    await page.getByText(/파일\(\d+건\)을 내려받았습니다\.$/).waitFor();
  });
});
