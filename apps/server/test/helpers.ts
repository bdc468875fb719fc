import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, openDatabase } from "@ssis/db";
import type { Role, ScopeKind } from "@ssis/domain";
import ExcelJS from "exceljs";
import pg from "pg";
import { expect, inject } from "vitest";
import { buildApp } from "../src/app.ts";
import { DEMO_PASSWORD } from "../src/platform/auth/demo-accounts.ts";
import { type Config, loadConfig } from "../src/platform/config.ts";
import { type Actor, type ActorCtx, inScope } from "../src/platform/context.ts";
import type { InstitutionList } from "./api-types.ts";
import { factories } from "./factories.ts";
import { withDatabase } from "./global-setup.ts";

export const ids = () => inject("testDatabase").ids;

/** The workbook of an Excel download (its raw payload). */
export async function workbookOf(payload: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows, header first, each as its cells' values; an error when there is no such sheet. */
export function sheetRows(wb: ExcelJS.Workbook, name: string) {
  const sheet = wb.getWorksheet(name);
  if (!sheet) throw new Error(`sheet ${name} missing`);
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** A multipart/form-data body with one file in the field "file", as a browser sends it. */
export function multipartFile(file: Buffer, filename: string, contentType = "application/octet-stream") {
  const boundary = `----ssis${randomBytes(8).toString("hex")}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

/** A fresh copy of the prepared test database (owner connection; call useAppRole for the app). */
export async function openTestDatabase(): Promise<{ db: Database; url?: string }> {
  const t = inject("testDatabase");
  if (t.url && t.templateName) {
    const name = `${t.templateName}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: t.url });
    await admin.connect();
    await admin.query(`create database ${name} template ${t.templateName}`);
    await admin.end();
    const url = withDatabase(t.url, name);
    return { db: await openDatabase({ url, poolSize: 5 }), url };
  }
  if (!t.dumpPath) throw new Error("test database template missing");
  return { db: await openDatabase({ fromDump: new Blob([readFileSync(t.dumpPath)]) }) };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({
      NODE_ENV: "test",
      DATA_DIR: join(tmpdir(), "ssis-test-data"),
      PERSONAL_DATA_KEY: Buffer.alloc(32, 7).toString("base64"),
    }),
    ...overrides,
  };
}

export async function createTestApp(overrides: Partial<Config> = {}) {
  const { db, url } = await openTestDatabase();
  await db.useAppRole();
  const config = testConfig(overrides);
  const app = await buildApp({ config, db, logger: false });
  await app.ready();
  /** The database owner's rights, which only someone with database access has (never the application). */
  const asOwner = async <T>(fn: (owner: Database) => Promise<T>): Promise<T> => {
    if (!url) {
      await db.exec("reset role");
      try {
        return await fn(db);
      } finally {
        await db.exec("set role ssis_app");
      }
    }
    const owner = await openDatabase({ url, poolSize: 1 });
    try {
      return await fn(owner);
    } finally {
      await owner.close();
    }
  };
  const login = (username: string, password = DEMO_PASSWORD) => loginAs(app, username, password);
  return {
    app,
    db,
    config,
    asOwner,
    /** The owner's rows of one statement. */
    rows: <T>(sql: string, params: unknown[] = []) =>
      asOwner(async (owner) => (await owner.query<T>(sql, params)).rows),
    /** Runs fn straight on the repositories (no HTTP) in a transaction scoped to the actor. */
    scoped: <T>(actor: Actor, fn: (ctx: ActorCtx) => Promise<T>) =>
      inScope(db, { actor, clientIp: "127.0.0.1", requestId: "test", config }, (ctx) =>
        fn({ ...ctx, actor }),
      ),
    /** The newest access-log entry matching every given field (undefined when none). */
    lastAccessLog: <D = Record<string, unknown>>(filter: AccessLogFilter) =>
      lastAccessLog<D>(asOwner, filter),
    close: async () => {
      await app.close();
      await db.close();
    },
    login,
    /** Signs in every demo account of the README once: `demo.jongno`, `demo.provider`, … */
    signInDemo: async (): Promise<DemoClients> => {
      const names = Object.keys(DEMO_USERS) as (keyof typeof DEMO_USERS)[];
      const clients = await Promise.all(names.map((name) => login(DEMO_USERS[name])));
      return Object.fromEntries(names.map((name, i) => [name, clients[i]])) as DemoClients;
    },
    /** Signs in each of the users: a client per username, in that order. */
    logins: <const N extends readonly string[]>(...usernames: N) =>
      // Promise.all keeps the order; the mapped tuple type says so to the destructuring.
      Promise.all(usernames.map((u) => login(u))) as Promise<{ [K in keyof N]: TestClient }>,
    anonymous: () => new TestClient(app, "", ""),
    /** Factories of the objects a test needs (test/factories.ts). */
    make: factories({ asOwner, login }),
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export interface AccessLogFilter {
  action?: string;
  targetType?: string;
  targetId?: string;
  username?: string;
}

/** An access-log entry as the tests read it (migration 0001's columns). */
export interface AccessLogEntry<D = Record<string, unknown>> {
  username: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  subject: string | null;
  reason: string | null;
  details: D;
}

async function lastAccessLog<D>(
  asOwner: <T>(fn: (owner: Database) => Promise<T>) => Promise<T>,
  filter: AccessLogFilter,
): Promise<AccessLogEntry<D> | undefined> {
  const columns = {
    action: "action",
    targetType: "target_type",
    targetId: "target_id",
    username: "username",
  };
  const given = (Object.keys(columns) as (keyof AccessLogFilter)[]).filter((k) => filter[k] !== undefined);
  const where = given.map((k, i) => `${columns[k]} = $${i + 1}`).join(" and ");
  return asOwner(
    async (owner) =>
      (
        await owner.query<AccessLogEntry<D>>(
          `select username, action, target_type, target_id, subject, reason, details from access_log
            ${where ? `where ${where}` : ""} order by seq desc limit 1`,
          given.map((k) => filter[k]),
        )
      ).rows[0],
  );
}

/** The README's demo accounts, by the names the tests give their clients. */
export const DEMO_USERS = {
  mohw: "mohw",
  seoul: "sido.seoul",
  jongno: "gu.jongno",
  mapo: "gu.mapo",
  support: "support.seoul",
  provider: "provider.admin",
  providerStaff: "provider.staff",
  providerMapo: "provider.mapo",
  auditor: "auditor",
  sysadmin: "sysadmin",
} as const;
export type DemoClients = Record<keyof typeof DEMO_USERS, TestClient>;

const ROLE_OF_SCOPE: Record<ScopeKind, Role> = {
  nation: "mohw_official",
  sido: "sido_official",
  sigungu: "sigungu_official",
  institution: "provider_admin",
  agency: "support_agency_staff",
  system: "system_admin",
};

/** A user of a scope as the services see one (no account behind it): for `scoped` queries. */
export function actorOf(kind: ScopeKind, code: string | null, role: Role = ROLE_OF_SCOPE[kind]): Actor {
  return { userId: "", username: "test", name: "test", role, scope: { kind, code } };
}

/** Every keyset page of the officials' institution list for a query; the count is the first page's. */
export async function listAllInstitutions(client: TestClient, query: Record<string, string> = {}) {
  const items: InstitutionList["items"] = [];
  let cursor: string | null = null;
  let first: Pick<InstitutionList, "total" | "totalCapped"> | null = null;
  do {
    const search = new URLSearchParams({ limit: "200", ...query, ...(cursor ? { cursor } : {}) });
    const r = await client.get(`/api/official/institutions?${search}`);
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<InstitutionList>();
    items.push(...body.items);
    // Only the first page counts the matches; later pages answer null.
    if (cursor) expect(body.total).toBeNull();
    else first = { total: body.total, totalCapped: body.totalCapped };
    cursor = body.nextCursor;
  } while (cursor);
  return { items, total: first?.total ?? null, totalCapped: first?.totalCapped ?? false };
}

type App = Awaited<ReturnType<typeof buildApp>>;

export async function loginAs(app: App, username: string, password = DEMO_PASSWORD) {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === "ssis_session");
  return new TestClient(app, `ssis_session=${cookie?.value}`, response.json().csrfToken as string);
}

/** Sends requests as one signed-in user: the session cookie plus the CSRF header on state changes. */
export class TestClient {
  constructor(
    readonly app: App,
    readonly cookie: string,
    readonly csrf: string,
  ) {}

  request(
    method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) {
    return this.app.inject({
      method,
      url,
      payload: payload as never,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(method !== "GET" && this.csrf ? { "x-csrf-token": this.csrf } : {}),
        ...headers,
      },
    });
  }
  get(url: string, headers?: Record<string, string>) {
    return this.request("GET", url, undefined, headers);
  }
  post(url: string, payload?: unknown, headers?: Record<string, string>) {
    return this.request("POST", url, payload, headers);
  }
  patch(url: string, payload?: unknown, headers?: Record<string, string>) {
    return this.request("PATCH", url, payload, headers);
  }
}
