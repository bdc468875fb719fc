import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, login, newPage, screenshot } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("institution search (현황정보관리 UWSI)", () => {
  it("an official finds an institution by 초성 and downloads exactly that list as Excel", async () => {
    const page = await newPage(browser);
    await login(page, "gu.jongno");
    await page.getByTestId("portal-official").waitFor();
    await page.goto("/official/institutions");
    await page.getByRole("table").waitFor();

    // 행복한노인요양원 is the demo's first institution in 종로구 (its 초성: ㅎㅂㅎㄴㅇㅇㅇㅇ).
    await page.getByLabel("검색어").fill("ㅎㅂㅎㄴ");
    await page.getByRole("button", { name: "검색", exact: true }).click();
    // The previous (unfiltered) page stays on screen while the search runs, so wait for the filtered rows.
    const links = page.getByRole("table").getByRole("link");
    const matchesChosung = (names: string[]) =>
      names.length > 0 && names.every((n) => /^행.*복.*한.*노/.test(n.replace(/\s/g, "")));
    await expect
      .poll(async () => matchesChosung(await links.allTextContents()), { timeout: 20_000 })
      .toBe(true);
    const names = await links.allTextContents();
    expect(names.map((n) => n.trim())).toContain("행복한노인요양원");
    await expectAccessible(page);
    await screenshot(page, "15-official-institutions-chosung");

    await page.getByRole("button", { name: "엑셀 다운로드" }).click();
    await page.getByLabel("다운로드 사유(필수)").fill("관할 노인요양시설 현황 점검 자료");
    await screenshot(page, "16-official-institutions-excel-dialog");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "내려받기" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const cells: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      cells.push(
        (row.values as unknown[])
          .filter((v) => v !== null && v !== undefined)
          .map(String)
          .join("|"),
      );
    });
    const text = cells.join("\n");
    for (const name of names) expect(text).toContain(name.trim());
    expect(text).not.toContain("마포구");
  });

  it("an official sorts the list by a column header, one way and then the other", async () => {
    const page = await newPage(browser);
    await login(page, "sido.seoul");
    await page.getByTestId("portal-official").waitFor();
    await page.goto("/official/institutions");
    await page.getByRole("table").waitFor();

    const header = page.getByRole("columnheader", { name: "현원" });
    // 현원 is the 7th column; its cells are numbers, or "-" when unknown (sorted last both ways).
    const counts = async () =>
      (
        await page.locator("[data-testid=institution-table] tbody tr td:nth-of-type(6)").allTextContents()
      ).map((t) => (t.trim() === "-" ? null : Number(t.replace(/,/g, ""))));
    const ordered = (values: (number | null)[], descending: boolean) => {
      const known = values.filter((v): v is number => v !== null);
      const firstUnknown = values.indexOf(null);
      return (
        known.length > 1 &&
        (firstUnknown < 0 || values.slice(firstUnknown).every((v) => v === null)) &&
        known.every(
          (v, i) => i === 0 || (descending ? v <= (known[i - 1] as number) : v >= (known[i - 1] as number)),
        )
      );
    };

    await header.getByRole("button").click();
    await expect.poll(() => header.getAttribute("aria-sort"), { timeout: 20_000 }).toBe("ascending");
    await expect.poll(async () => ordered(await counts(), false), { timeout: 20_000 }).toBe(true);
    expect(page.url()).toContain("sort=current_users");
    await expect.poll(() => page.getByLabel("정렬").inputValue()).toBe("current_users");

    await header.getByRole("button").click();
    await expect.poll(() => header.getAttribute("aria-sort"), { timeout: 20_000 }).toBe("descending");
    await expect.poll(async () => ordered(await counts(), true), { timeout: 20_000 }).toBe(true);
    expect(page.url()).toContain("sort=-current_users");
    await expectAccessible(page);
    await screenshot(page, "17-official-institutions-sorted");

    // 상세 조건: an opening range that ends before it starts is pointed out and nothing is lost; then a
    // valid one, with the operator kind, narrows the list and keeps the order.
    await page.getByText("상세 조건 (운영주체·개소일·폐지일)").click();
    await page.getByLabel("운영주체 구분").selectOption({ label: "개인" });
    await page.getByLabel("개소일(부터)").fill("2020-01-01");
    await page.getByLabel("개소일(까지)").fill("2019-12-31");
    await page.getByRole("button", { name: "검색", exact: true }).click();
    await page.getByText("개소일(까지)는 개소일(부터)와 같거나 그 이후여야 합니다.").waitFor();
    expect(await page.getByLabel("개소일(부터)").inputValue()).toBe("2020-01-01");
    expect(page.url()).not.toContain("operatorKind");
    await page.getByLabel("개소일(까지)").fill("2026-12-31");
    await page.getByRole("button", { name: "검색", exact: true }).click();
    await expect.poll(() => page.url(), { timeout: 20_000 }).toContain("operatorKind=individual");
    expect(page.url()).toContain("openedFrom=2020-01-01");
    expect(page.url()).toContain("sort=-current_users");
    await expect.poll(async () => ordered(await counts(), true), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByTestId("institution-total").textContent()).toMatch(/총 \d+건/);
    await expectAccessible(page);
    await screenshot(page, "18-official-institutions-more-conditions");
  });
});
