import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, login, newPage, screenshot } from "./browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WRONG = {
  정원: "-5",
  "사업자등록번호(고유번호)": "123-45-67890",
  전자우편: "담당자@",
  홈페이지: "javascript:alert(1)",
};

describe("기관 정보 변경: one save shows every error at once", () => {
  it("an official with four wrong fields and no reason sees all five errors, beside the fields and in the summary", async () => {
    const page = await newPage(browser);
    await login(page, "gu.jongno");
    await page.getByTestId("portal-official").waitFor();
    const list = await (await page.request.get("/api/official/institutions?limit=5&status=operating")).json();
    const id = list.items[0].id as string;
    await page.goto(`/official/institutions/${id}/edit`);
    for (const [label, value] of Object.entries(WRONG))
      await page.getByLabel(label, { exact: true }).fill(value);
    const sent: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "PATCH") sent.push(r.url());
    });
    await page.getByRole("button", { name: "저장" }).click();

    const summary = page.getByTestId("error-summary");
    await summary.waitFor();
    expect((await summary.getByRole("link").allTextContents()).sort()).toEqual(
      ["사업자등록번호(고유번호)", "전자우편", "홈페이지", "정원", "변경 사유"].sort(),
    );
    // Beside each field, once, and what was typed is kept.
    for (const [label, value] of Object.entries(WRONG)) {
      const input = page.getByLabel(label, { exact: true });
      expect(await input.getAttribute("aria-invalid")).toBe("true");
      expect(await input.inputValue()).toBe(value);
    }
    const text = (await page.locator("main").textContent()) ?? "";
    for (const message of [
      "정원은 0 이상의 정수로 입력하세요.",
      "사업자등록번호(고유번호)가 올바르지 않습니다.",
      "전자우편 주소 형식이 올바르지 않습니다",
      "홈페이지 주소는 http:// 또는 https://로 시작해야 합니다.",
      "변경 사유를 입력하세요.",
    ])
      expect(text.split(message).length - 1, message).toBe(1);
    expect(sent).toEqual([]); // found before anything was sent
    await screenshot(page, "43-official-institution-edit-all-errors", { fullPage: true });
  });
});
