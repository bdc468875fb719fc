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

describe("변경신청: an institution asks, the 시군구 approves, the register and its history show it", () => {
  it("provider.admin requests a capacity change; gu.jongno approves; detail and history show both steps", async () => {
    // 1. The institution files a change of 정원 with a reason.
    const provider = await newPage(browser);
    await login(provider, "provider.admin");
    await provider.getByTestId("portal-provider").waitFor();
    await provider.goto("/provider/institution/change");
    const capacityInput = provider.getByLabel("정원", { exact: true });
    await capacityInput.waitFor();
    const before = Number(await capacityInput.inputValue());
    const requested = before + 5;
    await capacityInput.fill(String(requested));
    const reason = provider.getByLabel("변경신청 사유(필수)");
    await reason.waitFor();
    await reason.fill("생활실 증축(2026-11) 완료에 따른 정원 증원");
    await provider.getByRole("button", { name: "변경신청" }).click();
    await provider.getByTestId("change-request-submitted").waitFor();
    expect(await provider.getByTestId("change-request-submitted").textContent()).toContain(
      "정원 변경신청을 접수",
    );
    await expectAccessible(provider);
    await screenshot(provider, "40-provider-change-request");

    // 2. The 시군구 official opens the inbox and approves it after confirming.
    const official = await newPage(browser);
    await login(official, "gu.jongno");
    await official.getByTestId("portal-official").waitFor();
    await official.goto("/official/change-requests?status=submitted");
    const table = official.getByTestId("change-request-table");
    await table.waitFor();
    expect(await table.textContent()).toContain(`${before}명 → ${requested}명`);
    await expectAccessible(official);
    await screenshot(official, "41-official-change-inbox");

    const row = table.getByRole("row").filter({ hasText: `${before}명 → ${requested}명` });
    const institutionName = (await row.getByRole("link").first().textContent()) ?? "";
    await row.getByRole("button", { name: `${institutionName} 변경신청 승인` }).click();
    const dialog = official.getByRole("alertdialog");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "승인", exact: true }).click();
    await official.getByText("변경신청을 승인하여 등록사항에 반영했습니다").waitFor();

    // 3. The register shows the new capacity, and the history both the request and its approval.
    await official.goto("/official/change-requests?status=approved");
    await official.getByTestId("change-request-table").waitFor();
    await official
      .getByTestId("change-request-table")
      .getByRole("row")
      .filter({ hasText: `${before}명 → ${requested}명` })
      .getByRole("link")
      .first()
      .click();
    const general = official.getByTestId("institution-general");
    await general.waitFor();
    expect(await general.getByRole("row").filter({ hasText: "정원" }).textContent()).toContain(
      `${requested}명`,
    );

    await official.getByRole("tab", { name: "변경이력" }).click();
    const history = official.getByTestId("institution-change-history");
    await history.waitFor();
    const text = (await history.textContent()) ?? "";
    expect(text).toContain("변경신청 접수");
    expect(text).toContain("변경신청 승인 반영");
    expect(text).toContain(`${before}명 → ${requested}명`);
    expect(text).toContain(`${before}명 → ${requested}명 (신청)`);
    await official
      .getByLabel("기준일", { exact: true })
      .fill(new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10));
    await official.getByRole("button", { name: "조회" }).click();
    await official.getByTestId("institution-as-of").waitFor();
    expect(await official.getByTestId("institution-as-of").textContent()).toContain(`${requested}명`);
    await expectAccessible(official);
    await screenshot(official, "42-official-institution-history");
  });
});
