import { isAccessAction, isAccessTarget } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, ids, type TestApp } from "../../test/helpers.ts";
import { verifyAccessLogChain } from "./audit.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("access log", () => {
  it("records logins, failed logins and reads of an institution with user, role, address and target", async () => {
    const official = await t.login("gu.jongno");
    await t.anonymous().post("/api/auth/login", { username: "gu.jongno", password: "Wrong!pass11" });
    await official.get(`/api/official/institutions/${ids().jongnoInstitutionId}`);
    const auditor = await t.login("auditor");
    const r = await auditor.get("/api/official/access-log?username=gu.jongno&limit=50");
    expect(r.statusCode).toBe(200);
    const actions = r.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["login", "login_failed", "read"]));
    const read = r.json().items.find((e: { action: string }) => e.action === "read");
    expect(read).toMatchObject({
      role: "sigungu_official",
      targetType: "institution",
      targetId: ids().jongnoInstitutionId,
    });
    expect(read.clientIp).toBeTruthy();
    expect(read.subject).toBeTruthy();
  });

  it("filters by the codes of the domain's tables and refuses any other code in Korean", async () => {
    const auditor = await t.login("auditor");
    const r = await auditor.get("/api/official/access-log?action=login&targetType=session&limit=50");
    expect(r.statusCode).toBe(200);
    expect(r.json().items.length).toBeGreaterThan(0);
    for (const e of r.json().items) expect(e).toMatchObject({ action: "login", targetType: "session" });
    const bad = await auditor.get("/api/official/access-log?action=logins");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toBe("수행 업무는 목록에서 고르세요.");
  });

  it("writes only codes that have a Korean label", async () => {
    const { rows } = await t.db.query<{ action: string; target_type: string }>(
      "select distinct action, target_type from access_log",
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) {
      expect(isAccessAction(r.action), r.action).toBe(true);
      expect(isAccessTarget(r.target_type), r.target_type).toBe(true);
    }
  });

  it("is readable by auditors only", async () => {
    for (const username of ["gu.jongno", "mohw", "sysadmin"]) {
      const client = await t.login(username);
      expect((await client.get("/api/official/access-log")).statusCode).toBe(403);
    }
  });

  it("cannot be changed or deleted by the application role", async () => {
    await expect(t.db.query("update access_log set action = 'x'")).rejects.toThrow();
    await expect(t.db.query("delete from access_log")).rejects.toThrow();
  });

  it("verifies intact, and detects an edited entry and a deleted entry", async () => {
    expect((await verifyAccessLogChain(t.db)).ok).toBe(true);
    const { rows } = await t.db.query<{ seq: number }>("select seq from access_log order by seq limit 3");
    const [first, second] = rows;
    if (!first || !second) throw new Error("expected access-log entries");
    await t.asOwner(async (owner) => {
      await owner.exec("alter table access_log disable trigger access_log_no_update");
      await owner.query("update access_log set reason = '변조' where seq = $1", [first.seq]);
      await owner.query("delete from access_log where seq = $1", [second.seq]);
      await owner.exec("alter table access_log enable trigger access_log_no_update");
    });
    const result = await verifyAccessLogChain(t.db);
    expect(result.ok).toBe(false);
    const kinds = result.problems.map((p) => `${p.seq}:${p.problem}`);
    expect(kinds).toContain(`${first.seq}:hash_mismatch`);
    expect(kinds).toContain(`${second.seq + 1}:missing_entry`);
    expect(kinds).toContain(`${second.seq + 1}:broken_link`);
  });
});
