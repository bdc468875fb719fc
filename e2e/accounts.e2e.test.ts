import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launchBrowser, login, newPage, screenshot } from "./browser.ts";

/**
 * Issue 15, accounts: an account the system administrator creates or whose password they reset changes
 * that password at its first login and opens no other page before; the reset also unlocks the account.
 */
const USERNAME = "trainee.jongno";
const INITIAL = "Initial!Pass42";
const RESET = "Reset!Pass42";
const OWN = "Mine!Own2027x";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function csrfToken(page: Page): Promise<string> {
  return (await (await page.request.get("/api/auth/session")).json()).csrfToken;
}

describe("an account an administrator created or reset", () => {
  it("is reset in 사용자 관리, then changes its password before any other page opens", async () => {
    const admin = await newPage(browser);
    await login(admin, "sysadmin");
    await admin.getByTestId("portal-official").waitFor();
    // 사용자 관리 has no sign-up form; the administrator's API creates the account (a 종로구 official).
    const created = await admin.request.post("/api/admin/users", {
      headers: { "X-CSRF-Token": await csrfToken(admin) },
      data: {
        username: USERNAME,
        name: "신규담당",
        role: "sigungu_official",
        scopeCode: "11110",
        initialPassword: INITIAL,
      },
    });
    expect(created.status(), await created.text()).toBe(201);

    // The user forgets the initial password and locks the account.
    const user = await newPage(browser);
    for (let i = 0; i < 5; i++) {
      await login(user, USERNAME, `Wrong!pass${i}q`);
      await user.getByRole("alert").waitFor();
    }
    await login(user, USERNAME, INITIAL);
    await user.getByRole("alert").filter({ hasText: "잠겼습니다" }).waitFor();

    // The administrator sees the lock and the pending change, and resets the password.
    await admin.goto(`/official/admin/users?q=${USERNAME}`);
    const row = admin.getByTestId("user-table").getByRole("row").filter({ hasText: USERNAME });
    await row.waitFor();
    expect(await row.textContent()).toContain("잠김");
    expect(await row.textContent()).toContain("비밀번호 변경 필요");
    await row.getByRole("button", { name: `${USERNAME} 계정 비밀번호 초기화` }).click();
    const dialog = admin.getByRole("alertdialog", { name: "비밀번호 초기화" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("비밀번호 규칙");

    // Every error beside its field: a short password, the README's password, a confirmation that differs.
    const password = dialog.getByLabel("새 초기 비밀번호", { exact: true });
    const confirmation = dialog.getByLabel("새 초기 비밀번호 확인");
    const next = dialog.getByRole("button", { name: "다음" });
    await password.fill("abc12");
    await next.click();
    const passwordError = dialog.locator("#reset-new-password-error");
    const confirmationError = dialog.locator("#reset-new-password-confirm-error");
    expect(await passwordError.textContent()).toContain("8자 이상");
    expect(await confirmationError.textContent()).toContain("한 번 더 입력하세요");
    await password.fill(DEMO_PASSWORD);
    await confirmation.fill(DEMO_PASSWORD);
    await next.click();
    expect(await passwordError.textContent()).toContain("공개된 개발용 비밀번호");
    await password.fill(RESET);
    await confirmation.fill(`${RESET}x`);
    await next.click();
    await passwordError.waitFor({ state: "detached" });
    expect(await confirmationError.textContent()).toContain("일치하지 않습니다");
    expect(await password.getAttribute("aria-describedby")).not.toContain("error");
    await confirmation.fill(RESET);
    await expectAccessible(admin);
    await screenshot(admin, "14b-official-admin-password-reset", { fullPage: false });

    // Irreversible: a confirmation first, with what it does.
    await next.click();
    const confirm = admin.getByRole("alertdialog", { name: "비밀번호 초기화 확인" });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain("되돌릴 수 없습니다");
    await expectAccessible(admin);
    await screenshot(admin, "14c-official-admin-password-reset-confirm", { fullPage: false });
    await confirm.getByRole("button", { name: "초기화", exact: true }).click();
    const success = admin.getByRole("status").filter({ hasText: "비밀번호를 초기화했습니다" });
    await success.waitFor();
    const message = await success.textContent();
    expect(message).toContain("다음 로그인 때");
    expect(message).toContain("변경해야 합니다");
    expect(message).toContain("잠금도 해제");
    await row.filter({ hasNotText: "잠김" }).waitFor();
    expect(await row.textContent()).toContain("비밀번호 변경 필요");
    await screenshot(admin, "14d-official-admin-password-reset-done");

    // The user signs in with the new initial password and is taken to the password change page.
    await login(user, USERNAME, RESET);
    await user.waitForURL("**/account/password");
    const notice = user.getByTestId("password-change-required");
    expect(await notice.textContent()).toBe(
      "관리자가 정한 초기 비밀번호입니다. 새 비밀번호로 바꾼 뒤 이용할 수 있습니다.",
    );
    // No menu leads elsewhere, and no address opens another page, also after a reload (from the session).
    expect(await user.getByRole("navigation", { name: "업무 메뉴" }).count()).toBe(0);
    await expectAccessible(user);
    await screenshot(user, "04-password-change-required");
    for (const path of ["/official/institutions", "/official", "/"]) {
      await user.goto(path);
      await user.waitForURL("**/account/password");
      await notice.waitFor();
    }

    // A page the client let open anyway (its session said otherwise) is sent back by the server's answer.
    await user.route("**/api/auth/session", async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      body.user.mustChangePassword = false;
      await route.fulfill({ response, json: body });
    });
    await user.goto("/official/institutions");
    await user.waitForURL("**/account/password");
    await notice.waitFor();
    await user.unrouteAll();

    // The change: from the administrator's password to the user's own; then the portal's home.
    await user.getByLabel("현재 비밀번호").fill(RESET);
    await user.getByLabel("새 비밀번호", { exact: true }).fill(OWN);
    await user.getByLabel("새 비밀번호 확인").fill(OWN);
    await user.getByRole("button", { name: "비밀번호 변경" }).click();
    await user.waitForURL((url) => url.pathname === "/official");
    await user.getByRole("navigation", { name: "업무 메뉴" }).waitFor();
    await user.goto("/official/institutions");
    await user.getByTestId("institution-table").waitFor();
    expect(new URL(user.url()).pathname).toBe("/official/institutions");

    await admin.reload();
    await row.waitFor();
    expect(await row.textContent()).not.toContain("비밀번호 변경 필요");
  });
});
