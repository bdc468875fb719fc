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

const AGENCY = "서울특별시사회서비스원";

describe("지원기관정보 (CWAM): agencies, their assignments, and what agency staff may see", () => {
  it("the ministry reads the agencies and one agency's assignments; support.seoul sees exactly the institutions in force", async () => {
    // 1. The list of support agencies, then the agency's detail with its assignments.
    const official = await newPage(browser);
    await login(official, "mohw");
    await official.getByTestId("portal-official").waitFor();
    await official.goto("/official/support-agencies");
    const agencies = official.getByRole("region", { name: "지원기관 목록 표" });
    await agencies.getByRole("link", { name: AGENCY }).waitFor();
    expect(await agencies.textContent()).toContain("중앙사회서비스원");
    await expectAccessible(official);
    await screenshot(official, "74-official-support-agencies");

    await agencies.getByRole("link", { name: AGENCY }).click();
    await official.getByRole("heading", { level: 1, name: AGENCY }).waitFor();
    const current = official.getByRole("region", { name: "지원 중·예정 배정 표" });
    await current.waitFor();
    const activeNames = (
      await current.getByRole("row").filter({ hasText: "지원 중" }).getByRole("rowheader").allTextContents()
    )
      .map((n) => n.trim())
      .sort();
    expect(activeNames).toContain("행복한노인요양원");
    await expectAccessible(official);
    await screenshot(official, "75-official-support-agency-detail");

    // 2. The agency's staff see those institutions and no other.
    const agency = await newPage(browser);
    await login(agency, "support.seoul");
    await agency.getByTestId("portal-provider").waitFor();
    await agency.goto("/provider/agency");
    const table = agency.getByTestId("institution-table");
    await table.waitFor();
    const seen = (await table.getByRole("rowheader").allTextContents()).map((n) => n.trim()).sort();
    expect(seen).toEqual(activeNames);

    // An institution the agency is not assigned to does not exist for it (404, never 403).
    await official.goto("/official/institutions");
    const links = official.getByTestId("institution-table").getByRole("link");
    await links.first().waitFor();
    let otherId: string | null = null;
    for (const link of await links.all()) {
      if (activeNames.includes(((await link.textContent()) ?? "").trim())) continue;
      otherId =
        /\/official\/institutions\/([^/?#]+)/.exec((await link.getAttribute("href")) ?? "")?.[1] ?? null;
      if (otherId) break;
    }
    expect(otherId).not.toBeNull();
    await agency.goto(`/provider/agency/institutions/${otherId}`);
    await agency.getByText("기관을 찾을 수 없습니다.").waitFor();
  });
});
