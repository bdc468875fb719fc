/**
 * Search, list and Excel download of the register (현황정보관리 UWSI) at full scale: loads N synthetic
 * institutions (default 100,000) and the demo accounts, then calls the real API through app.inject as
 * 보건복지부 (nation), 서울특별시 (sido) and 종로구 (sigungu) officials, so sessions, policy, the scope
 * condition, row-level security and serialisation are all in the figures.
 *
 *   npx tsx bench/institution-search.bench.ts [--institutions N] [--seed S] [--runs R] [--only postgres|pglite]
 *                                             [--no-export-nation] [--keep]
 *
 * Targets (set with this benchmark, issue 4): every list or search request p95 ≤ 500 ms; the Excel download
 * of 100,000 institutions ≤ 60 s. PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432)
 * names the server; a scratch database ssis_search_bench_<time> is created and dropped afterwards.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { buildApp } from "../apps/server/src/app.ts";
import { DEMO_PASSWORD, insertDemoAccounts } from "../apps/server/src/platform/auth/demo-accounts.ts";
import { loadConfig } from "../apps/server/src/platform/config.ts";
import { type Database, migrate, openDatabase } from "../packages/db/src/index.ts";
import { loadReferenceData } from "../packages/db/src/reference-data.ts";
import { generateSyntheticData } from "../packages/db/src/synthetic.ts";
import { toInitials } from "../packages/domain/src/institution-search.ts";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const institutions = Number(arg("institutions") ?? 100_000);
const seed = Number(arg("seed") ?? 1);
const runs = Number(arg("runs") ?? 15);
const only = arg("only");
const keep = args.includes("--keep");
const exportNation = !args.includes("--no-export-nation");
const compareRlsInline = args.includes("--compare-rls-inline");

/**
 * Proposed, not applied by any migration: app_scope_allows from 0001 with its agency EXISTS moved into a
 * function of its own, so the rest is one CASE expression PostgreSQL can inline into the row-level security
 * policy instead of calling a SQL function once per row. Same answers for every scope kind.
 */
const RLS_INLINE_SQL = `
create function app_agency_allows(p_institution uuid) returns boolean language sql stable as $$
  select exists (select 1 from agency_assignment a
    where a.institution_id = p_institution and a.agency_id::text = current_setting('app.scope_code', true)
      and current_date >= a.starts_on and (a.ends_on is null or current_date <= a.ends_on))
$$;
grant execute on function app_agency_allows(uuid) to ssis_app;
create or replace function app_scope_allows(p_sido text, p_sigungu text, p_institution uuid) returns boolean
language sql stable as $$
  select case current_setting('app.scope_kind', true)
    when 'nation' then true
    when 'sido' then p_sido = current_setting('app.scope_code', true)
    when 'sigungu' then p_sigungu = current_setting('app.scope_code', true)
    when 'institution' then p_institution::text = current_setting('app.scope_code', true)
    when 'agency' then app_agency_allows(p_institution)
    else false
  end
$$;`;
const LIST_TARGET_MS = 500;
const EXPORT_TARGET_S = 60;

type App = Awaited<ReturnType<typeof buildApp>>;
interface Timing {
  name: string;
  user: string;
  total: number;
  medianMs: number;
  p95Ms: number;
}
interface ExportTiming {
  user: string;
  rows: number;
  seconds: number;
  megabytes: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

async function login(app: App, username: string) {
  const r = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: DEMO_PASSWORD },
  });
  if (r.statusCode !== 200) throw new Error(`login ${username}: ${r.statusCode} ${r.body}`);
  const cookie = r.cookies.find((c) => c.name === "ssis_session");
  return `ssis_session=${cookie?.value}`;
}

async function get(app: App, cookie: string, url: string) {
  const r = await app.inject({ method: "GET", url, headers: { cookie } });
  if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 300)}`);
  return r;
}

async function time(app: App, cookie: string, url: string): Promise<{ ms: number; total: number }[]> {
  const out: { ms: number; total: number }[] = [];
  for (let k = 0; k < runs + 2; k++) {
    const t0 = performance.now();
    const r = await get(app, cookie, url);
    const ms = performance.now() - t0;
    if (k >= 2) out.push({ ms, total: r.json().total ?? 0 }); // two warm-up calls
  }
  return out;
}

async function run(engine: string, db: Database, asOwner: (sql: string) => Promise<void>) {
  const t0 = performance.now();
  await migrate(db);
  await loadReferenceData(db);
  const generated = await generateSyntheticData(db, { institutions, seed });
  await insertDemoAccounts(db, {
    jongnoInstitutionId: generated.institutionIds.jongno,
    mapoInstitutionId: generated.institutionIds.mapo,
    seoulAgencyId: generated.seoulAgencyId,
    centralAgencyId: generated.centralAgencyId,
  });
  await db.exec("analyze");
  const seedSeconds = (performance.now() - t0) / 1000;

  // Search terms taken from the data: an institution in the middle of the register.
  const { rows } = await db.query<{ name: string; road_address: string; business_no: string }>(
    `select name, road_address, business_no from institution where business_no is not null
     order by id offset $1 limit 1`,
    [Math.floor(institutions / 2)],
  );
  const sample = rows[0];
  if (!sample) throw new Error("no sample institution");
  const roadFragment = sample.road_address.split(" ").slice(-2).join(" ");
  const initials = toInitials(sample.name).slice(0, 4);
  const version = String(
    (await db.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v,
  );

  await db.useAppRole();
  const config = {
    ...loadConfig({
      NODE_ENV: "test",
      DATA_DIR: join(tmpdir(), "ssis-search-bench"),
      PERSONAL_DATA_KEY: Buffer.alloc(32, 7).toString("base64"),
    }),
  };
  const app = await buildApp({ config, db, logger: false });
  await app.ready();
  const users = {
    nation: await login(app, "mohw"),
    sido: await login(app, "sido.seoul"),
    sigungu: await login(app, "gu.jongno"),
  };
  const L = "/api/official/institutions";
  const q = (s: string) => encodeURIComponent(s);
  const cases: [string, keyof typeof users, string][] = [
    ["first page, name order", "nation", `${L}?limit=50`],
    ["first page, name order", "sido", `${L}?limit=50`],
    ["first page, name order", "sigungu", `${L}?limit=50`],
    ["first page, capacity desc", "nation", `${L}?limit=50&sort=-capacity`],
    ["first page, opened desc", "nation", `${L}?limit=50&sort=-opened_on`],
    [
      "field + status + grade filter",
      "nation",
      `${L}?limit=50&field=${q("노인")}&status=operating&grade=none`,
    ],
    ["common word '요양'", "nation", `${L}?limit=50&q=${q("요양")}`],
    ["common word '요양'", "sido", `${L}?limit=50&q=${q("요양")}`],
    [`road fragment '${roadFragment}'`, "nation", `${L}?limit=50&q=${q(roadFragment)}`],
    [`초성 '${initials}'`, "nation", `${L}?limit=50&q=${q(initials)}`],
    [`초성 '${initials.slice(0, 2)}' (2 jamo)`, "nation", `${L}?limit=50&q=${q(initials.slice(0, 2))}`],
    [`초성 '${initials}'`, "sigungu", `${L}?limit=50&q=${q(initials)}`],
    ["사업자등록번호", "nation", `${L}?limit=50&q=${sample.business_no}`],
  ];
  const timings: Timing[] = [];
  const measure = async (suffix: string) => {
    for (const [name, user, url] of cases) {
      const samples = await time(app, users[user], url);
      const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
      timings.push({
        name: name + suffix,
        user,
        total: samples[0]?.total ?? 0,
        medianMs: quantile(ms, 0.5),
        p95Ms: quantile(ms, 0.95),
      });
      console.log(`  ${engine}: ${name}${suffix} (${user}) median ${quantile(ms, 0.5).toFixed(1)} ms`);
    }
    // A deep page: the 40th page of 50 (rows 1,951–2,000) after following the cursors.
    {
      let cursor = "";
      for (let page = 1; page < 40; page++) {
        const r = await get(app, users.nation, `${L}?limit=50${cursor ? `&cursor=${cursor}` : ""}`);
        cursor = r.json().nextCursor;
      }
      const samples = await time(app, users.nation, `${L}?limit=50&cursor=${cursor}`);
      const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
      timings.push({
        name: `40th page by cursor${suffix}`,
        user: "nation",
        total: samples[0]?.total ?? 0,
        medianMs: quantile(ms, 0.5),
        p95Ms: quantile(ms, 0.95),
      });
    }
  };
  await measure("");

  const exports: ExportTiming[] = [];
  const exportUsers: (keyof typeof users)[] = exportNation
    ? ["sigungu", "sido", "nation"]
    : ["sigungu", "sido"];
  for (const user of exportUsers) {
    const t1 = performance.now();
    const r = await get(app, users[user], `${L}/export.xlsx?reason=${q("성능 측정")}`);
    const seconds = (performance.now() - t1) / 1000;
    exports.push({
      user,
      rows: Number(r.headers["x-total-count"]),
      seconds,
      megabytes: r.rawPayload.length / 1e6,
    });
    console.log(
      `  ${engine}: export (${user}) ${r.headers["x-total-count"]} rows in ${seconds.toFixed(1)} s`,
    );
  }
  // Downloads above ran with 0001's policy function; only the list cases are measured again.
  if (compareRlsInline) {
    await asOwner(RLS_INLINE_SQL);
    await measure(" [RLS inlined]");
  }
  await app.close();
  return { engine, version, seedSeconds, timings, exports };
}

async function onPostgres() {
  const base = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  const name = `ssis_search_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), poolSize: 4 });
  const asOwner = async (sql: string) => {
    const owner = new pg.Client({ connectionString: url.toString() });
    await owner.connect();
    await owner.query(sql);
    await owner.end();
  };
  try {
    return await run("PostgreSQL", db, asOwner);
  } finally {
    await db.close();
    if (!keep) await admin.query(`drop database ${name} with (force)`);
    else console.log(`  kept database ${name}`);
    await admin.end();
  }
}

async function onPglite() {
  const dir = mkdtempSync(join(tmpdir(), "ssis-search-bench-"));
  const db = await openDatabase({ dataDir: join(dir, "pgdata") });
  try {
    return await run("PGlite", db, async (sql) => {
      await db.exec("reset role");
      await db.exec(sql);
      await db.exec("set role ssis_app");
    });
  } finally {
    await db.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
    else console.log(`  kept ${dir}`);
  }
}

console.log(
  `Search benchmark: ${institutions.toLocaleString("en")} institutions (seed ${seed}), ${runs} runs per case, ${cpus().length} cores`,
);
const results = [];
if (only !== "pglite") results.push(await onPostgres());
if (only !== "postgres") results.push(await onPglite());

for (const r of results) {
  console.log(`\n${r.engine} ${r.version} (load + accounts ${r.seedSeconds.toFixed(1)} s)`);
  console.log("| case | user | total | median ms | p95 ms | within 500 ms |\n|---|---|---:|---:|---:|---|");
  for (const t of r.timings)
    console.log(
      `| ${t.name} | ${t.user} | ${t.total.toLocaleString("en")} | ${t.medianMs.toFixed(1)} | ${t.p95Ms.toFixed(1)} | ${t.p95Ms <= LIST_TARGET_MS ? "yes" : "NO"} |`,
    );
  console.log("\n| Excel download | rows | seconds | MB | within 60 s |\n|---|---:|---:|---:|---|");
  for (const e of r.exports)
    console.log(
      `| ${e.user} | ${e.rows.toLocaleString("en")} | ${e.seconds.toFixed(1)} | ${e.megabytes.toFixed(1)} | ${e.seconds <= EXPORT_TARGET_S ? "yes" : "NO"} |`,
    );
}
