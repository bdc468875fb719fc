import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers.ts";
import { accountsWithPublishedPasswords } from "../../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { DEMO_PASSWORD } from "./demo-accounts.ts";
import { forgetSessions, SESSION_RECHECK_MS } from "./sessions.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password }, headers });

describe("login", () => {
  it("signs in with ID and password and sets an HttpOnly SameSite=Strict session cookie", async () => {
    const r = await login("gu.jongno", DEMO_PASSWORD);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.user).toMatchObject({ username: "gu.jongno", role: "sigungu_official", zone: "official" });
    expect(body.user.scope).toMatchObject({ kind: "sigungu", code: "11110", label: "서울특별시 종로구" });
    expect(body.idleTimeoutSeconds).toBe(30 * 60);
    const cookie = r.cookies.find((c) => c.name === "ssis_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Strict");
  });

  it("names the provider's institution for a provider administrator", async () => {
    const body = (await login("provider.admin", DEMO_PASSWORD)).json();
    expect(body.user.zone).toBe("provider");
    expect(body.user.institution?.name).toBeTruthy();
    expect(body.user.scope.label).toBe(body.user.institution.name);
  });

  it("answers a wrong password with a Korean problem+json and no hint whether the ID exists", async () => {
    const wrong = await login("gu.mapo", "Wrong!pass99");
    const unknown = await login("no.such.user", "Wrong!pass99");
    for (const r of [wrong, unknown]) {
      expect(r.statusCode).toBe(401);
      expect(r.headers["content-type"]).toContain("application/problem+json");
      expect(r.json()).toMatchObject({ code: "INVALID_CREDENTIALS", status: 401 });
      expect(r.json().detail).toContain("아이디 또는 비밀번호가 올바르지 않습니다");
    }
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it("validates the body with field errors in Korean", async () => {
    const r = await login("", "");
    expect(r.statusCode).toBe(400);
    const fields = r.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["username", "password"]));
    expect(r.json().errors[0].message).toMatch(/입력하세요/);
  });

  it("locks the account after 5 failed attempts, even for the right password, until an administrator unlocks it", async () => {
    // A session signed in before the lock ends with it, though the server had just read it (remembered).
    const before = await t.login("provider.staff");
    expect((await before.get("/api/auth/session")).statusCode).toBe(200);
    for (let i = 1; i <= 4; i++)
      expect((await login("provider.staff", `Wrong!pass${i}x`)).statusCode).toBe(401);
    const fifth = await login("provider.staff", "Wrong!pass5x");
    // A locked account answers a wrong password exactly as an unknown name does: the lock tells nobody
    // that the name exists. Only the right password learns of the lock.
    const unknown = await login("no.such.user", "Wrong!pass5x");
    expect(fifth.statusCode).toBe(401);
    expect(fifth.json()).toMatchObject({ code: unknown.json().code, detail: unknown.json().detail });
    const again = await login("provider.staff", "Wrong!pass6x");
    expect([again.statusCode, again.json().detail]).toEqual([401, unknown.json().detail]);
    expect((await before.get("/api/auth/session")).statusCode).toBe(401);
    const right = await login("provider.staff", DEMO_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe("ACCOUNT_LOCKED");

    const admin = await t.login("sysadmin");
    const users = (await admin.get("/api/admin/users?q=provider.staff")).json().items;
    const staff = users.find((u: { username: string }) => u.username === "provider.staff");
    expect(staff.lockedAt).not.toBeNull();
    expect((await admin.post(`/api/admin/users/${staff.id}/unlock`)).statusCode).toBe(204);
    expect((await login("provider.staff", DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it("makes an account created or reset by an administrator change its password at the first login", async () => {
    const admin = await t.login("sysadmin");
    const created = await admin.post("/api/admin/users", {
      username: "new.official",
      name: "신규담당",
      role: "sigungu_official",
      scopeCode: "11110",
      initialPassword: "Initial!Pass42",
    });
    expect(created.statusCode).toBe(201);
    const first = await login("new.official", "Initial!Pass42");
    expect(first.statusCode).toBe(200);
    expect(first.json().user.mustChangePassword).toBe(true);
    // 사용자 관리 shows who has yet to change an administrator's password.
    const listed = async () =>
      (await admin.get("/api/admin/users?q=new.official")).json().items[0]?.mustChangePassword;
    expect(await listed()).toBe(true);
    const cookie = first.cookies.find((c) => c.name === "ssis_session")?.value;
    const csrf = first.json().csrfToken as string;
    const as = (method: "GET" | "POST", url: string, payload?: object) =>
      t.app.inject({
        method,
        url,
        payload,
        headers: { cookie: `ssis_session=${cookie}`, "x-csrf-token": csrf },
      });
    const blocked = await as("GET", "/api/official/institutions");
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe("PASSWORD_CHANGE_REQUIRED");
    expect((await as("GET", "/api/auth/session")).json().user.mustChangePassword).toBe(true);
    const changed = await as("POST", "/api/auth/password", {
      currentPassword: "Initial!Pass42",
      newPassword: "Mine!Own2027x",
    });
    expect(changed.statusCode).toBe(204);
    expect((await as("GET", "/api/official/institutions")).statusCode).toBe(200);
    expect((await as("GET", "/api/auth/session")).json().user.mustChangePassword).toBe(false);
    expect(await listed()).toBe(false);

    // A reset by the administrator: the sessions end, the lock goes, the next login must change it again.
    const id = created.json().id as string;
    for (let i = 0; i < 5; i++) await login("new.official", "Wrong!pass9z");
    const reset = await admin.post(`/api/admin/users/${id}/reset-password`, { newPassword: "Reset!Pass42" });
    expect(reset.statusCode).toBe(204);
    expect((await as("GET", "/api/auth/session")).statusCode).toBe(401);
    const afterReset = await login("new.official", "Reset!Pass42");
    expect(afterReset.statusCode).toBe(200);
    expect(afterReset.json().user.mustChangePassword).toBe(true);
    expect(await listed()).toBe(true);
    // The README's development password is refused for a real account.
    const published = await admin.post(`/api/admin/users/${id}/reset-password`, {
      newPassword: DEMO_PASSWORD,
    });
    expect(published.statusCode).toBe(400);
    expect(published.json().errors[0].message).toContain("공개된 개발용 비밀번호");
  });

  it("marks every authenticated API answer no-store", async () => {
    const jongno = await t.login("gu.jongno");
    for (const url of ["/api/auth/session", "/api/official/institutions", "/api/official/no-such-route"])
      expect((await jongno.get(url)).headers["cache-control"]).toBe("no-store");
    expect((await login("no.such.user", "x")).headers["cache-control"]).toBe("no-store");
  });

  it("resets the failure count after a successful login", async () => {
    for (let i = 0; i < 4; i++) await login("eval.agency", "Wrong!pass77");
    expect((await login("eval.agency", DEMO_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) await login("eval.agency", "Wrong!pass77");
    expect((await login("eval.agency", DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it("refuses a login posted from another site", async () => {
    const r = await login("gu.jongno", DEMO_PASSWORD, {
      origin: "https://evil.example",
      host: "localhost:3000",
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe("CSRF_FAILED");
  });
});

describe("session", () => {
  it("needs a session for protected routes", async () => {
    const r = await t.anonymous().get("/api/auth/session");
    expect(r.statusCode).toBe(401);
    expect(r.json().code).toBe("UNAUTHENTICATED");
  });

  it("refuses a state change without the CSRF token", async () => {
    const user = await t.login("gu.jongno");
    const r = await t.app.inject({
      method: "POST",
      url: "/api/auth/keepalive",
      headers: { cookie: user.cookie },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe("CSRF_FAILED");
    expect((await user.post("/api/auth/keepalive")).statusCode).toBe(200);
  });

  it("ends a session idle longer than the timeout", async () => {
    const user = await t.login("gu.mapo");
    expect((await user.get("/api/auth/session")).statusCode).toBe(200);
    await t.db.query(
      "update user_session set last_seen_at = now() - interval '31 minutes' where user_id = (select id from app_user where username = 'gu.mapo')",
    );
    // The rows were edited behind the server, which trusts a session it has just read for a few seconds.
    forgetSessions("all");
    const r = await user.get("/api/auth/session");
    expect(r.statusCode).toBe(401);
    expect(r.json().code).toBe("SESSION_EXPIRED");
    expect((await user.get("/api/auth/session")).json().code).toBe("UNAUTHENTICATED");
  });

  it("logs out", async () => {
    const user = await t.login("sido.seoul");
    expect((await user.get("/api/auth/session")).statusCode).toBe(200);
    expect((await user.post("/api/auth/logout")).statusCode).toBe(204);
    expect((await user.get("/api/auth/session")).statusCode).toBe(401);
  });

  it("trusts a session it has just read for a few seconds, and reads it again after", async () => {
    const user = await t.login("sido.seoul");
    expect((await user.get("/api/auth/session")).statusCode).toBe(200);
    await t.db.query(
      "update user_session set last_seen_at = now() - interval '31 minutes' where user_id = (select id from app_user where username = 'sido.seoul')",
    );
    expect((await user.get("/api/auth/session")).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, SESSION_RECHECK_MS + 100));
    expect((await user.get("/api/auth/session")).json().code).toBe("SESSION_EXPIRED");
  });

  it("ends a deactivated account's sessions at once", async () => {
    const user = await t.login("eval.agency");
    expect((await user.get("/api/auth/session")).statusCode).toBe(200);
    const admin = await t.login("sysadmin");
    const account = (await admin.get("/api/admin/users?q=eval.agency")).json().items[0];
    const off = await admin.patch(`/api/admin/users/${account.id}`, {
      isActive: false,
      version: account.version,
    });
    expect(off.statusCode).toBe(200);
    expect((await user.get("/api/auth/session")).statusCode).toBe(401);
    const back = await admin.patch(`/api/admin/users/${account.id}`, {
      isActive: true,
      version: off.json().version,
    });
    expect(back.statusCode).toBe(200);
  });
});

describe("password change", () => {
  it("checks the current password and the rules, then ends the other sessions", async () => {
    const first = await t.login("support.seoul");
    const second = await t.login("support.seoul");
    const wrongCurrent = await first.post("/api/auth/password", {
      currentPassword: "nope",
      newPassword: "Better!pass2027",
    });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().errors[0].field).toBe("currentPassword");
    const weak = await first.post("/api/auth/password", {
      currentPassword: DEMO_PASSWORD,
      newPassword: "short1",
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({ field: "newPassword" });
    const ok = await first.post("/api/auth/password", {
      currentPassword: DEMO_PASSWORD,
      newPassword: "Better!pass2027",
    });
    expect(ok.statusCode).toBe(204);
    expect((await first.get("/api/auth/session")).statusCode).toBe(200);
    expect((await second.get("/api/auth/session")).statusCode).toBe(401);
    expect((await login("support.seoul", DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await login("support.seoul", "Better!pass2027")).statusCode).toBe(200);
  });
});

describe("production safety", () => {
  it("fills demo data in production only when asked for explicitly", () => {
    const key = Buffer.alloc(32, 1).toString("base64");
    expect(loadConfig({ NODE_ENV: "production", PERSONAL_DATA_KEY: key }).demoData).toBe("off");
    expect(loadConfig({ NODE_ENV: "production", PERSONAL_DATA_KEY: key, DEMO_DATA: "on" }).demoData).toBe(
      "on",
    );
    expect(loadConfig({ NODE_ENV: "development" }).demoData).toBe("on");
    expect(loadConfig({ NODE_ENV: "development", DEMO_DATA: "off" }).demoData).toBe("off");
  });

  it("finds every active account with the published password, checking hashes of older rows once", async () => {
    await t.asOwner(async (db) => {
      expect(await accountsWithPublishedPasswords(db)).toEqual(expect.arrayContaining(["mohw", "sysadmin"]));
      // A row from before the column: its hash is checked against the published password.
      await db.query(
        "update app_user set password_is_published = null where username in ('mohw', 'new.official')",
      );
      const found = await accountsWithPublishedPasswords(db);
      expect(found).toContain("mohw");
      expect(found).not.toContain("new.official");
      const { rows } = await db.query<{ username: string; password_is_published: boolean }>(
        "select username, password_is_published from app_user where username in ('mohw', 'new.official') order by username",
      );
      expect(rows).toEqual([
        { username: "mohw", password_is_published: true },
        { username: "new.official", password_is_published: false },
      ]);
    });
  });
});
