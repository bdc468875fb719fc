/**
 * Seeding benchmark: loads N synthetic institutions (default 100,000) with their staff, status history and
 * agency assignments into a fresh PostgreSQL database and into a fresh embedded PGlite, and prints the times.
 *
 *   npx tsx bench/seed.bench.ts [--institutions N] [--seed S] [--only postgres|pglite] [--keep]
 *
 * PostgreSQL: DATABASE_URL (or postgres://postgres@127.0.0.1:5432) names the server; a scratch database
 * ssis_seed_bench_<time> is created on it and dropped afterwards (unless --keep).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Database, migrate, openDatabase } from "../packages/db/src/index.ts";
import { loadReferenceData } from "../packages/db/src/reference-data.ts";
import { generateSyntheticData } from "../packages/db/src/synthetic.ts";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const institutions = Number(arg("institutions") ?? 100_000);
const seed = Number(arg("seed") ?? 1);
const only = arg("only");
const keep = args.includes("--keep");
const TARGET_SECONDS = 120;

const TABLES = ["support_agency", "institution", "institution_status_history", "staff", "agency_assignment"];

interface Result {
  engine: string;
  version: string;
  setupSeconds: number;
  seedSeconds: number;
  rows: Record<string, number>;
}

async function run(engine: string, db: Database): Promise<Result> {
  const t0 = performance.now();
  await migrate(db);
  await loadReferenceData(db);
  const t1 = performance.now();
  let last = 0;
  await generateSyntheticData(db, {
    institutions,
    seed,
    onProgress: (p) => {
      const now = performance.now();
      if (now - last > 5_000 || p.institutions === p.total) {
        last = now;
        console.log(
          `  ${engine}: ${p.institutions}/${p.total} institutions, ${p.staff} staff, ${((now - t1) / 1000).toFixed(1)} s`,
        );
      }
    },
  });
  const t2 = performance.now();
  const rows: Record<string, number> = {};
  for (const table of TABLES) {
    rows[table] = Number(
      (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]?.n,
    );
  }
  const version = String(
    (await db.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v,
  );
  return { engine, version, setupSeconds: (t1 - t0) / 1000, seedSeconds: (t2 - t1) / 1000, rows };
}

async function onPostgres(): Promise<Result> {
  const base = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  const name = `ssis_seed_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), poolSize: 4 });
  try {
    return await run("PostgreSQL", db);
  } finally {
    await db.close();
    if (!keep) await admin.query(`drop database ${name}`);
    else console.log(`  kept database ${name}`);
    await admin.end();
  }
}

async function onPglite(): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), "ssis-seed-bench-"));
  const db = await openDatabase({ dataDir: join(dir, "pgdata") });
  try {
    return await run("PGlite", db);
  } finally {
    await db.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
    else console.log(`  kept ${dir}`);
  }
}

console.log(
  `Seeding ${institutions.toLocaleString("en")} institutions (seed ${seed}) on ${cpus().length} cores`,
);
const results: Result[] = [];
if (only !== "pglite") results.push(await onPostgres());
if (only !== "postgres") results.push(await onPglite());

for (const r of results) {
  const total = Object.values(r.rows).reduce((a, b) => a + b, 0);
  const verdict = r.seedSeconds <= TARGET_SECONDS ? "within" : "OVER";
  console.log(`\n${r.engine} ${r.version}`);
  console.log(`  migrate + reference data: ${r.setupSeconds.toFixed(1)} s`);
  console.log(
    `  synthetic data:           ${r.seedSeconds.toFixed(1)} s (${verdict} the ${TARGET_SECONDS} s target)`,
  );
  for (const [table, n] of Object.entries(r.rows))
    console.log(`  ${table.padEnd(28)} ${n.toLocaleString("en").padStart(10)}`);
  console.log(`  ${"total rows".padEnd(28)} ${total.toLocaleString("en").padStart(10)}`);
}
