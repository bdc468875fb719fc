import { ROLE_LABELS, type Role } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, loginAs, type TestApp } from "../../test/helpers.ts";
import { LOGIN_ROLES, type OpenApiDocument, operationsOf, sample } from "../../test/openapi-requests.ts";
import type { RoutePolicy } from "./policy.ts";

// Every list (a GET route without an id in its path) loads for every README login whose role the route
// lets in: the screen behind it must not fail for any role (시도 공무원's 지원기관 관리 answered 500).
let t: TestApp;
let doc: OpenApiDocument;

beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
});
afterAll(() => t.close());

const README_LOGINS = [...Object.keys(LOGIN_ROLES), "gu.mapo", "provider.mapo"];

describe("every list as every README login", () => {
  it("answers 200 for each role a list's policy lets in", { timeout: 300_000 }, async () => {
    const policies = new Map(t.app.registeredRoutes.map((r) => [`${r.method} ${r.url}`, r.policy]));
    const lists = operationsOf(doc).filter(
      (o) =>
        o.method === "GET" &&
        !o.path.includes("{") &&
        !/\.(xlsx|pdf)$/.test(o.path) &&
        o.path !== "/api/docs",
    );
    expect(lists.length).toBeGreaterThan(30);
    const failures: string[] = [];
    let calls = 0;
    for (const username of README_LOGINS) {
      const client = await loginAs(t.app, username);
      const role = (await client.get("/api/auth/session")).json().user.role as Role;
      for (const { path, route, op } of lists) {
        const policy = policies.get(`GET ${route}`) as RoutePolicy | undefined;
        if (!policy || (policy.access === "roles" && !policy.roles.includes(role))) continue;
        const query = new URLSearchParams(
          (op.parameters ?? [])
            .filter((p) => p.in === "query" && p.required)
            .map((p) => [p.name, String(sample(p.schema))]),
        ).toString();
        const res = await client.get(`${path}${query ? `?${query}` : ""}`);
        calls++;
        if (res.statusCode !== 200)
          failures.push(
            `${username} (${ROLE_LABELS[role]}) GET ${path} → ${res.statusCode} ${res.body.slice(0, 200)}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(100);
  });
});
