import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, ids, type TestApp } from "../../test/helpers.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const newUser = (username: string) => ({
  username,
  name: "홍길동",
  role: "sigungu_official",
  scopeCode: "11110",
  initialPassword: "Start!pass2026",
});

describe("Idempotency-Key", () => {
  it("a retried creation with the same key creates nothing twice and replays the first answer", async () => {
    const admin = await t.login("sysadmin");
    const headers = { "idempotency-key": "create-user-0001" };
    const first = await admin.post("/api/admin/users", newUser("hong.gd"), headers);
    expect(first.json()).toMatchObject({ username: "hong.gd" });
    expect(first.statusCode).toBe(201);
    const again = await admin.post("/api/admin/users", newUser("hong.gd"), headers);
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json().id).toBe(first.json().id);
    const listed = (await admin.get("/api/admin/users?q=hong.gd")).json().items;
    expect(listed).toHaveLength(1);
  });

  it("refuses the same key with a different body", async () => {
    const admin = await t.login("sysadmin");
    const headers = { "idempotency-key": "create-user-0002" };
    expect((await admin.post("/api/admin/users", newUser("kim.one"), headers)).statusCode).toBe(201);
    const other = await admin.post("/api/admin/users", newUser("kim.two"), headers);
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("lets a failed attempt be corrected and retried with the same key", async () => {
    const admin = await t.login("sysadmin");
    const headers = { "idempotency-key": "create-user-0003" };
    const bad = await admin.post(
      "/api/admin/users",
      { ...newUser("lee.sam"), initialPassword: "weak" },
      headers,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.some((e: { field: string }) => e.field === "initialPassword")).toBe(true);
    expect((await admin.post("/api/admin/users", newUser("lee.sam"), headers)).statusCode).toBe(201);
  });

  it("validates the scope against the role", async () => {
    const admin = await t.login("sysadmin");
    const r = await admin.post("/api/admin/users", { ...newUser("park.four"), scopeCode: "99999" });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].field).toBe("scopeCode");
  });
});

describe("versions on updates", () => {
  it("refuses an update without the version read (428)", async () => {
    const official = await t.login("gu.jongno");
    const r = await official.patch(`/api/official/institutions/${ids().jongnoInstitutionId}`, {
      phone: "02-111-2222",
    });
    expect(r.statusCode).toBe(428);
    expect(r.json().code).toBe("VERSION_REQUIRED");
  });

  it("applies an update with the current version (If-Match) and answers 409 with the current data to a stale one", async () => {
    const official = await t.login("gu.jongno");
    const provider = await t.login("provider.admin");
    const url = `/api/official/institutions/${ids().jongnoInstitutionId}`;
    const read = await official.get(url);
    const etag = read.headers.etag as string;
    expect(etag).toBe(`"${read.json().version}"`);

    const providerSave = await provider.patch(
      "/api/provider/institution",
      { phone: "02-333-4444" },
      { "if-match": etag },
    );
    expect(providerSave.statusCode).toBe(200);
    expect(providerSave.json().institution.phone).toBe("02-333-4444");

    const stale = await official.patch(url, { phone: "02-555-6666" }, { "if-match": etag });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe("VERSION_CONFLICT");
    expect(stale.json().current.phone).toBe("02-333-4444");
    expect(stale.json().current.version).toBe(read.json().version + 1);

    const retry = await official.patch(url, {
      phone: "02-555-6666",
      version: stale.json().current.version,
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().phone).toBe("02-555-6666");
  });

  it("validates contact fields with Korean messages", async () => {
    const official = await t.login("gu.jongno");
    const r = await official.patch(`/api/official/institutions/${ids().jongnoInstitutionId}`, {
      phone: "12345",
      email: "not-an-email",
      version: 1,
    });
    expect(r.statusCode).toBe(400);
    const fields = r.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["phone", "email"]));
    expect(r.json().errors.find((e: { field: string }) => e.field === "phone").message).toContain("전화번호");
  });

  it("keeps a user-account update versioned too", async () => {
    const admin = await t.login("sysadmin");
    const user = (await admin.get("/api/admin/users?q=gu.mapo")).json().items[0];
    const ok = await admin.patch(`/api/admin/users/${user.id}`, { name: "최담당", version: user.version });
    expect(ok.statusCode).toBe(200);
    const stale = await admin.patch(`/api/admin/users/${user.id}`, {
      name: "다른이름",
      version: user.version,
    });
    expect(stale.statusCode).toBe(409);
  });
});
