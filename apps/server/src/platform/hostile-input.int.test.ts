import { ROLE_ZONE, type Role } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, ids, loginAs, type TestApp, type TestClient } from "../../test/helpers.ts";
import {
  LOGIN_ROLES,
  type Method,
  OFFICIAL_LOGINS,
  type OpenApiDocument,
  type Operation,
  operationsOf,
  PROVIDER_LOGINS,
  sample,
} from "../../test/openapi-requests.ts";
import type { RoutePolicy } from "./policy.ts";

// Hostile input sent to every route of the served OpenAPI document, so a route is covered the day it is
// added: malformed JSON, wrong types, missing fields, 10,000-character strings, NUL bytes, huge and negative
// numbers, bad ids and versions, as one official and one provider user (each the first README login the
// route lets in) and anonymously. Every answer must be below 500, and every error a problem+json with a
// Korean message that shows no stack trace, SQL or file path.

/** The table behind a path segment followed by an id, so hostile bodies also reach records that exist. */
const TABLES: Record<string, { table: string; institutionColumn?: string }> = {
  institutions: { table: "institution", institutionColumn: "id" },
  inspections: { table: "inspection", institutionColumn: "institution_id" },
  "inspection-plans": { table: "inspection_plan" },
  "inspection-checklists": { table: "checklist_version" },
  findings: { table: "inspection_finding", institutionColumn: "institution_id" },
  "corrective-actions": { table: "corrective_action", institutionColumn: "institution_id" },
  dispositions: { table: "disposition", institutionColumn: "institution_id" },
  "disposition-tables": { table: "disposition_ladder_version" },
  "change-requests": { table: "change_request", institutionColumn: "institution_id" },
  "status-reports": { table: "report_round" },
  "support-agencies": { table: "support_agency" },
  staff: { table: "staff", institutionColumn: "institution_id" },
  clients: { table: "client", institutionColumn: "institution_id" },
  programs: { table: "institution_program", institutionColumn: "institution_id" },
  finances: { table: "institution_finance_year", institutionColumn: "institution_id" },
  users: { table: "app_user" },
  "region-reorganisations": { table: "region_reorganisation" },
};

const LONG = "가".repeat(5_000) + "a".repeat(5_000);
const NUL = "시험\u0000값";

/** The sample with every leaf of one kind replaced: a string by `text`, a number by `number`. */
function replaceLeaves(value: unknown, swap: (leaf: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => replaceLeaves(v, swap));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceLeaves(v, swap)]));
  return swap(value);
}

interface Case {
  name: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

/** An existing row's id for the segment before each {param}: of the demo institution where the row has one. */
async function realIds(path: string, institutionId: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const segments = path.split("/");
  for (const [i, segment] of segments.entries()) {
    const param = /^\{(\w+)\}$/.exec(segment)?.[1];
    const source = TABLES[segments[i - 1] ?? ""];
    if (!param || !source) continue;
    const key = `${source.table}:${institutionId}`;
    let id = idCache.get(key);
    if (id === undefined) {
      id = await t.asOwner(async (db) => {
        const where = source.institutionColumn ? `where ${source.institutionColumn} = $1::uuid` : "";
        const params = source.institutionColumn ? [institutionId] : [];
        const { rows } = await db.query<{ id: string }>(
          `select id::text as id from ${source.table} ${where} order by id limit 1`,
          params,
        );
        return rows[0]?.id ?? "";
      });
      idCache.set(key, id);
    }
    if (id) out[param] = id;
  }
  return out;
}
const idCache = new Map<string, string>();

function casesFor(path: string, method: Method, op: Operation, known: Record<string, string>): Case[] {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === "path");
  const queryParams = params.filter((p) => p.in === "query");
  const fill = (values: Record<string, string>) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(values[name] ?? String(sample(undefined))),
    );
  const good = Object.fromEntries(pathParams.map((p) => [p.name, known[p.name] ?? String(sample(p.schema))]));
  const goodPath = fill(good);
  const goodQuery = Object.fromEntries(
    queryParams.filter((p) => p.required).map((p) => [p.name, String(sample(p.schema))]),
  );
  const bodySchema = op.requestBody?.content["application/json"]?.schema;
  const body = bodySchema ? sample(bodySchema) : undefined;
  const cases: Case[] = [{ name: "plausible", path: goodPath, query: goodQuery, body }];

  for (const bad of [
    "not-an-id",
    "x".repeat(150),
    "0",
    "-1",
    "99999999999999999999",
    "가나다",
    "..%2F..%2Fetc",
  ])
    if (pathParams.length > 0)
      cases.push({
        name: `bad id ${bad.slice(0, 12)}`,
        path: path.replace(/\{(\w+)\}/g, () => encodeURIComponent(bad)),
        query: goodQuery,
        body,
      });
  if (pathParams.length > 0)
    cases.push({ name: "NUL id", path: path.replace(/\{(\w+)\}/g, () => "%00"), query: goodQuery, body });

  for (const q of queryParams)
    for (const [label, value] of [
      ["NUL", NUL],
      ["long", LONG],
      ["huge", "99999999999999999999"],
      ["negative", "-2147483649"],
      ["wrong type", "[object Object]"],
      ["array", "a"],
    ] as const) {
      const query = { ...goodQuery, [q.name]: value };
      cases.push({ name: `query ${q.name} ${label}`, path: goodPath, query });
    }

  if (method !== "GET" && method !== "DELETE") {
    cases.push({ name: "malformed JSON", path: goodPath, query: goodQuery, rawBody: '{"a": [1, 2' });
    cases.push({ name: "not an object", path: goodPath, query: goodQuery, rawBody: '"text"' });
    cases.push({ name: "missing fields", path: goodPath, query: goodQuery, body: {} });
    if (body !== undefined) {
      const variants: [string, (leaf: unknown) => unknown][] = [
        ["NUL strings", (v) => (typeof v === "string" ? NUL : v)],
        ["long strings", (v) => (typeof v === "string" ? LONG : v)],
        ["wrong types", (v) => (typeof v === "string" ? 12345 : typeof v === "number" ? "많이" : "x")],
        ["huge numbers", (v) => (typeof v === "number" ? 1e20 : v)],
        ["int32 overflow", (v) => (typeof v === "number" ? 2_147_483_648 : v)],
        ["negative numbers", (v) => (typeof v === "number" ? -2_147_483_649 : v)],
        ["fractions", (v) => (typeof v === "number" ? 1.5 : v)],
        ["nulls", () => null],
      ];
      for (const [name, swap] of variants)
        cases.push({ name, path: goodPath, query: goodQuery, body: replaceLeaves(body, swap) });
    }
    for (const version of ['"2147483648"', '"99999999999999999999"', '"-1"', '"abc"'])
      cases.push({
        name: `If-Match ${version}`,
        path: goodPath,
        query: goodQuery,
        body,
        headers: { "if-match": version },
      });
  }
  return cases;
}

/** Latin letters a Korean message may show: formats and names users know. */
const ALLOWED_LATIN =
  /YYYY-MM-DD|If-Match|PDF|Excel|HWP|ZIP|JSON|CSRF|https?:\/\/|[\w.]+@[\w.]+|\b[A-Z]{2,}-[\w가-힣]+/g;

const LEAKS: [string, RegExp][] = [
  ["stack trace", /\n\s+at \S|at .+\(.+:\d+:\d+\)|Error: /],
  [
    "SQL",
    /\b(select|insert|update|delete)\b[\s\S]*\b(from|into|set|where)\b|syntax error|violates|relation "|column "|out of range for type/i,
  ],
  [
    "file path",
    /(\/(work|home|usr|tmp|root|var|opt|app|srv)\/|node_modules|file:\/\/|\w+\.(ts|js|mjs|sql)\b)/,
  ],
];

let t: TestApp;
const clients = new Map<string, TestClient>();
let doc: OpenApiDocument;

beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
});
afterAll(() => t.close());

async function clientFor(username: string): Promise<TestClient> {
  const known = clients.get(username);
  if (known) return known;
  const c = await loginAs(t.app, username);
  clients.set(username, c);
  return c;
}

describe("hostile input to every route", () => {
  it("never answers 5xx, and every error is a Korean problem+json that leaks nothing", {
    timeout: 600_000,
  }, async () => {
    const policies = new Map(t.app.registeredRoutes.map((r) => [`${r.method} ${r.url}`, r.policy]));
    const operations = operationsOf(doc)
      // Sessions end last: the account routes may sign the users out.
      .sort((a, b) => Number(a.path.startsWith("/api/auth/")) - Number(b.path.startsWith("/api/auth/")));
    expect(operations.length).toBeGreaterThan(100);

    const failures: string[] = [];
    let requests = 0;
    let serverErrors = 0;
    const statuses = new Map<number, number>();
    for (const { path, route, method, op } of operations) {
      const policy = policies.get(`${method} ${route}`) as RoutePolicy | undefined;
      expect(policy, `${method} ${path} has a policy`).toBeDefined();
      const users: (string | null)[] = [];
      if (!policy || policy.access === "public") users.push(null);
      else
        for (const logins of [OFFICIAL_LOGINS, PROVIDER_LOGINS]) {
          const allowed = logins.find(
            (u) => policy.access === "authenticated" || policy.roles.includes(LOGIN_ROLES[u] as Role),
          );
          const zone = ROLE_ZONE[LOGIN_ROLES[allowed ?? ""] as Role];
          if (
            allowed &&
            (path.startsWith(`/api/${zone}/`) || !/^\/api\/(official|provider|admin)\//.test(path))
          )
            users.push(allowed);
          else if (allowed && zone === "official" && path.startsWith("/api/admin/")) users.push(allowed);
        }
      // provider.admin's institution is in gu.jongno's 종로구.
      for (const username of users)
        for (const c of casesFor(path, method, op, await realIds(path, ids().jongnoInstitutionId))) {
          const client = username ? await clientFor(username) : t.anonymous();
          const qs = new URLSearchParams(c.query).toString();
          const url = `${c.path}${qs ? `?${qs}` : ""}`;
          const res = await client.app
            .inject({
              method,
              url,
              ...(c.rawBody !== undefined
                ? { payload: c.rawBody }
                : c.body !== undefined
                  ? { payload: JSON.stringify(c.body) }
                  : {}),
              headers: {
                ...(c.rawBody !== undefined || c.body !== undefined
                  ? { "content-type": "application/json" }
                  : {}),
                ...(client.cookie ? { cookie: client.cookie } : {}),
                ...(method !== "GET" && client.csrf ? { "x-csrf-token": client.csrf } : {}),
                ...c.headers,
              },
            })
            .catch((error: Error) => error);
          requests++;
          if (res instanceof Error) {
            serverErrors++;
            failures.push(`${method} ${url.slice(0, 120)} [${c.name}] as ${username}: ${res.message}`);
            continue;
          }
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const where = `${method} ${url.slice(0, 120)} [${c.name}] as ${username ?? "anonymous"} → ${res.statusCode}`;
          if (res.statusCode >= 500) {
            serverErrors++;
            failures.push(`${where}: ${res.body.slice(0, 300)}`);
            continue;
          }
          if (res.statusCode === 401 && username) clients.delete(username); // signed out: sign in again
          if (res.statusCode < 400) continue;
          const type = String(res.headers["content-type"] ?? "");
          if (!type.startsWith("application/problem+json")) {
            failures.push(`${where}: not problem+json (${type})`);
            continue;
          }
          const body = res.json() as { detail?: string; errors?: { message: string }[] };
          if (!/[가-힣]/.test(body.detail ?? ""))
            failures.push(`${where}: detail not Korean: ${body.detail}`);
          for (const e of [{ message: body.detail ?? "" }, ...(body.errors ?? [])]) {
            if (!/[가-힣]/.test(e.message)) failures.push(`${where}: message not Korean: ${e.message}`);
            const latin = e.message.replace(ALLOWED_LATIN, "").match(/[A-Za-z]{2,}/);
            if (latin) failures.push(`${where}: message shows "${latin[0]}": ${e.message}`);
          }
          for (const [what, pattern] of LEAKS)
            if (pattern.test(res.body)) failures.push(`${where}: shows ${what}: ${res.body.slice(0, 300)}`);
        }
    }
    console.log(
      `hostile input: ${requests} requests to ${operations.length} operations, ${serverErrors} server errors (answers by status: ${[
        ...statuses,
      ]
        .sort(([a], [b]) => a - b)
        .map(([k, v]) => `${k}×${v}`)
        .join(", ")})`,
    );
    expect(failures.slice(0, 200)).toEqual([]);
    expect(serverErrors).toBe(0);
    expect(requests).toBeGreaterThan(2_000);
  });
});
