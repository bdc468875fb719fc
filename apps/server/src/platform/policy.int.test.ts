import { ROLE_ZONE } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/helpers.ts";
import { zoneOfUrl } from "./policy.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("route policies", () => {
  it("every registered API route declares its policy, and official/provider routes name only their zone's roles", () => {
    const apiRoutes = t.app.registeredRoutes.filter(
      (r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/docs"),
    );
    expect(apiRoutes.length).toBeGreaterThan(15);
    const missing = apiRoutes.filter((r) => !r.policy).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    for (const route of apiRoutes) {
      const policy = route.policy;
      if (policy?.access !== "roles") continue;
      const zone = zoneOfUrl(route.url);
      if (zone === "shared") continue;
      for (const role of policy.roles)
        expect(`${route.url} ${role} ${ROLE_ZONE[role]}`).toBe(`${route.url} ${role} ${zone}`);
    }
  });

  it("only login, health and readiness are public", () => {
    const publicRoutes = t.app.registeredRoutes
      .filter(
        (r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/docs") && r.policy?.access === "public",
      )
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(publicRoutes).toEqual(["GET /api/health", "GET /api/ready", "POST /api/auth/login"]);
  });

  it("no route deletes or edits the access log", () => {
    const touching = t.app.registeredRoutes.filter((r) => r.url.includes("access-log") && r.method !== "GET");
    expect(touching).toEqual([]);
  });

  it("refuses a route to a role it does not list (403), e.g. a 시군구 official on account administration", async () => {
    const official = await t.login("gu.jongno");
    const r = await official.get("/api/admin/users");
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe("FORBIDDEN");
  });

  it("answers unknown API paths with a problem+json 404", async () => {
    const r = await t.anonymous().get("/api/no-such-thing");
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ code: "NOT_FOUND", status: 404 });
    expect(r.headers["x-request-id"]).toBeTruthy();
  });
});

describe("zones (망분리)", () => {
  it("a provider-zone server does not mount official routes, and refuses officials' logins", async () => {
    const provider = await createTestApp({ zone: "provider" });
    try {
      const urls = provider.app.registeredRoutes.map((r) => r.url);
      expect(urls.some((u) => u.startsWith("/api/official/") || u.startsWith("/api/admin/"))).toBe(false);
      expect(urls).toContain("/api/provider/institution");
      const official = await provider
        .anonymous()
        .post("/api/auth/login", { username: "gu.jongno", password: "Welfare!2026" });
      expect(official.statusCode).toBe(403);
      expect(official.json().code).toBe("WRONG_ZONE");
      const admin = await provider.login("provider.admin");
      expect((await admin.get("/api/official/institutions")).statusCode).toBe(404);
      expect((await admin.get("/api/provider/institution")).statusCode).toBe(200);
    } finally {
      await provider.close();
    }
  });

  it("an official-zone server does not mount provider routes", async () => {
    const official = await createTestApp({ zone: "official" });
    try {
      const urls = official.app.registeredRoutes.map((r) => r.url);
      expect(urls.some((u) => u.startsWith("/api/provider/"))).toBe(false);
      expect(urls).toContain("/api/official/institutions");
      const r = await official
        .anonymous()
        .post("/api/auth/login", { username: "provider.admin", password: "Welfare!2026" });
      expect(r.json().code).toBe("WRONG_ZONE");
    } finally {
      await official.close();
    }
  });
});

describe("operations", () => {
  it("reports the database up in health and readiness", async () => {
    const health = await t.anonymous().get("/api/health");
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: "ok", database: "up" });
    const ready = await t.anonymous().get("/api/ready");
    expect(ready.json()).toMatchObject({ ready: true });
    expect(ready.json().regions).toBeGreaterThan(200);
  });

  it("serves the OpenAPI 3.1 document", async () => {
    const r = await t.anonymous().get("/api/docs/json");
    expect(r.statusCode).toBe(200);
    const doc = r.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/official/institutions");
  });

  it("hides internal errors behind a Korean message with the request id", async () => {
    const user = await t.login("gu.jongno");
    const r = await user.get("/api/official/institutions?limit=abc");
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe("VALIDATION_FAILED");
    expect(r.body).not.toMatch(/at .*\.ts|select |stack/i);
  });
});
