import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/helpers.ts";
import { OPERATION_ID_OVERRIDES, operationIdProblems } from "./openapi.ts";

interface Operation {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
}
interface Document {
  servers?: Array<{ url: string }>;
  info: { license?: { name: string }; contact?: { name?: string } };
  components: { securitySchemes: Record<string, unknown> };
  paths: Record<string, Record<string, Operation>>;
}

let t: TestApp;
let doc: Document;
beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
});
afterAll(() => t.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );

describe("the served OpenAPI document", () => {
  it("gives every operation a distinct verb-first operationId", () => {
    expect(operations().length).toBeGreaterThan(100);
    expect(operationIdProblems(doc)).toEqual([]);
  });

  it("declares on every operation the security its route's policy enforces", () => {
    const policyOf = new Map(
      t.app.registeredRoutes.map((r) => [`${r.method} ${r.url.replace(/:(\w+)/g, "{$1}")}`, r.policy]),
    );
    const wrong: string[] = [];
    for (const { method, path, operation } of operations()) {
      const policy = policyOf.get(`${method} ${path}`);
      const expected =
        !policy || policy.access === "public"
          ? []
          : method === "GET"
            ? [{ session: [] }]
            : [{ session: [], csrf: [] }];
      if (JSON.stringify(operation.security) !== JSON.stringify(expected))
        wrong.push(`${method} ${path}: ${JSON.stringify(operation.security)}`);
    }
    expect(wrong).toEqual([]);
    // Only login, health and readiness go without a session (policy.int.test.ts lists the public routes).
    const open = operations()
      .filter((o) => o.operation.security?.length === 0)
      .map((o) => `${o.method} ${o.path}`)
      .sort();
    expect(open).toEqual(["GET /api/health", "GET /api/ready", "POST /api/auth/login"]);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["csrf", "session"]);
  });

  it("names its servers, contact and license", () => {
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.info.license?.name).toBeTruthy();
    expect(doc.info.contact?.name).toBeTruthy();
  });

  it("has no override for a route that no longer exists", () => {
    const routes = new Set(t.app.registeredRoutes.map((r) => `${r.method} ${r.url}`));
    expect(Object.keys(OPERATION_ID_OVERRIDES).filter((key) => !routes.has(key))).toEqual([]);
  });
});
