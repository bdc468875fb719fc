/**
 * The officials' register list (현황정보관리 UWSI) under concurrency, issue 4: the real server, started as a child
 * process on a scratch PostgreSQL database with 100,000 synthetic institutions (about 1,000,000 staff), is
 * loaded by autocannon with 50 connections per case; the same SQL is then run straight on the database with
 * 50 connections as the application role, for the ratio API p95 / database p95. Last, the Excel download.
 *
 *   npx tsx bench/institution-list-concurrency.bench.ts [--institutions N] [--seed S] [--connections C]
 *     [--duration SECONDS] [--warmup SECONDS] [--deep-rows N] [--direct representative|all|none]
 *     [--no-export] [--keep] [--json FILE] [--database NAME] [--cases REGEX] [--rounds R] [--profile DIR]
 *
 * --database reuses a database seeded by an earlier run with --keep (no load, not dropped); --cases runs only
 * the cases whose name matches; --rounds measures every case R times, round after round, and reports the
 * round with the median p95 (with each round's p95 beside it).
 *
 * Targets (issue 4): every filtered list, first and a deep page, p95 ≤ 100 ms at 50 concurrent clients and
 * ≤ 2 × the same query straight on the database; the Excel download of 100,000 rows in < 30 s with flat
 * memory. PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432) names the server; a scratch
 * database ssis_list_bench_<time> is created and dropped afterwards (unless --keep).
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import {
  initialsPairs,
  PAIRS_FROM,
  SHORTEST_PAIR_SQL,
} from "../apps/server/src/modules/institutions/institutions.repository.ts";
import { DEMO_PASSWORD, insertDemoAccounts } from "../apps/server/src/platform/auth/demo-accounts.ts";
import {
  type Database,
  generateSyntheticData,
  loadReferenceData,
  migrate,
  openDatabase,
  type Queryable,
  syntheticIds,
} from "../packages/db/src/index.ts";
import { escapeLikePattern, parseInstitutionSearch } from "../packages/domain/src/institution-search.ts";
import { freePort, startServer, stopServer } from "./server.ts";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const institutions = Number(arg("institutions") ?? 100_000);
const seed = Number(arg("seed") ?? 1);
const connections = Number(arg("connections") ?? 50);
const duration = Number(arg("duration") ?? 10);
const warmup = Number(arg("warmup") ?? 2);
const deepRows = Number(arg("deep-rows") ?? 50_000);
const directMode = arg("direct") ?? "representative";
const withExport = !args.includes("--no-export");
const keep = args.includes("--keep");
const jsonFile = arg("json");
const reuseDatabase = arg("database");
const caseFilter = arg("cases") ? new RegExp(arg("cases") as string) : null;
const rounds = Number(arg("rounds") ?? 1);

const P95_TARGET_MS = 100;
const RATIO_TARGET = 2;
const EXPORT_TARGET_S = 30;
const L = "/api/official/institutions";

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const log = (m: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${m}`);

// ── the scratch database ─────────────────────────────────────────────────────────────────────────────

const base = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const dbName = reuseDatabase ?? `ssis_list_bench_${Date.now()}`;
const dbUrl = new URL(base.toString());
dbUrl.pathname = `/${dbName}`;
const admin = new pg.Client({ connectionString: base.toString() });

interface Sample {
  businessNo: string;
  /** The first four consonants of a name in the middle of the register (a selective 초성 search). */
  initials4: string;
  commonType: string;
  mohwId: string;
  seoulId: string;
  counts: Record<string, number>;
  version: string;
}

async function seedDatabase(): Promise<{ seconds: number; sample: Sample }> {
  const t0 = performance.now();
  const db = await openDatabase({ url: dbUrl.toString(), poolSize: 4 });
  try {
    await migrate(db);
    await loadReferenceData(db);
    let last = 0;
    await generateSyntheticData(db, {
      institutions,
      seed,
      onProgress: (p) => {
        if (performance.now() - last > 10_000 || p.institutions === p.total) {
          last = performance.now();
          log(`  seeding: ${p.institutions}/${p.total} institutions, ${p.staff} staff`);
        }
      },
    });
    const ids = syntheticIds(seed);
    await insertDemoAccounts(db, {
      jongnoInstitutionId: ids.institutionIds.jongno,
      mapoInstitutionId: ids.institutionIds.mapo,
      seoulAgencyId: ids.seoulAgencyId,
      centralAgencyId: ids.centralAgencyId,
    });
    // A register in use has been vacuumed by autovacuum; right after the load it would run during the first
    // cases (and the visibility map would be empty).
    await db.exec("vacuum analyze");
    return { seconds: (performance.now() - t0) / 1000, sample: await sampleOf(db) };
  } finally {
    await db.close();
  }
}

/** The search terms and ids the cases use, read from the seeded database. */
async function sampleOf(db: Database): Promise<Sample> {
  {
    const one = async <T>(sql: string, params: unknown[] = []) => {
      const row = (await db.query<T>(sql, params)).rows[0];
      if (!row) throw new Error(`no row: ${sql}`);
      return row;
    };
    // A real 사업자등록번호 from the middle of the register, and the most common type.
    const { business_no } = await one<{ business_no: string }>(
      "select business_no from institution where business_no is not null order by id offset $1 limit 1",
      [Math.floor(institutions / 2)],
    );
    const { initials } = await one<{ initials: string }>(
      `select left(name_initials, 4) as initials from institution
        where name_initials ~ '^[ㄱ-ㅎ]{4}' order by id offset $1 limit 1`,
      [Math.floor(institutions / 2)],
    );
    const { type_code } = await one<{ type_code: string }>(
      "select type_code from institution group by type_code order by count(*) desc, type_code limit 1",
    );
    const users = (
      await db.query<{ username: string; id: string }>(
        "select username, id::text from app_user where username in ('mohw', 'sido.seoul')",
      )
    ).rows;
    const counts: Record<string, number> = {};
    for (const table of ["institution", "staff"])
      counts[table] = Number((await one<{ n: string }>(`select count(*) as n from ${table}`)).n);
    const { v } = await one<{ v: string }>("select current_setting('server_version') as v");
    return {
      businessNo: business_no,
      initials4: initials,
      commonType: type_code,
      mohwId: users.find((u) => u.username === "mohw")?.id ?? "",
      seoulId: users.find((u) => u.username === "sido.seoul")?.id ?? "",
      counts,
      version: v,
    };
  }
}

/** Waits until no query of the scratch database is running (slow requests outlive autocannon's duration). */
async function drain(timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await admin.query<{ n: string }>(
      `select count(*) as n from pg_stat_activity
        where datname = $1 and backend_type = 'client backend' and state not like 'idle%' and pid <> pg_backend_pid()`,
      [dbName],
    );
    if (Number(rows[0]?.n) === 0 || Date.now() > until) return;
    await sleep(250);
  }
}

// ── the server ───────────────────────────────────────────────────────────────────────────────────────

const rssKb = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : Number.NaN;
};

/** CPU seconds (user + system) of a process, from /proc (clock ticks of 1/100 s). */
const cpuSeconds = (pid: number | string) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0; // the process ended
  }
};

/** CPU seconds of every PostgreSQL process on the machine (the server's backends and the postmaster). */
const postgresCpuSeconds = () => {
  let total = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres") total += cpuSeconds(pid);
    } catch {
      // gone
    }
  }
  return total;
};

interface CpuSnapshot {
  server: number;
  postgres: number;
  bench: number;
}
const cpuSnapshot = (serverPid: number): CpuSnapshot => {
  const own = process.cpuUsage();
  return {
    server: cpuSeconds(serverPid),
    postgres: postgresCpuSeconds(),
    bench: (own.user + own.system) / 1e6,
  };
};
/** Milliseconds of CPU per answered request, by process: where the 2 cores' time goes. */
const cpuPerRequest = (a: CpuSnapshot, b: CpuSnapshot, requests: number): CpuSnapshot => ({
  server: ((b.server - a.server) * 1000) / requests,
  postgres: ((b.postgres - a.postgres) * 1000) / requests,
  bench: ((b.bench - a.bench) * 1000) / requests,
});

// ── API load ─────────────────────────────────────────────────────────────────────────────────────────

async function login(origin: string, username: string) {
  const r = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  const cookie = r.headers.getSetCookie().find((c) => c.startsWith("ssis_session="));
  if (!cookie) throw new Error(`login ${username}: no session cookie`);
  return cookie.split(";")[0] as string;
}

async function getJson(origin: string, cookie: string, path: string) {
  const r = await fetch(`${origin}${path}`, { headers: { cookie } });
  if (r.status !== 200) throw new Error(`${path}: ${r.status} ${(await r.text()).slice(0, 300)}`);
  return (await r.json()) as {
    items: unknown[];
    total: number | null;
    totalCapped: boolean;
    nextCursor: string | null;
  };
}

interface LoadResult {
  completed: number;
  sent: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** CPU ms per answered request: the server, PostgreSQL, and autocannon (this process). */
  cpu: CpuSnapshot;
}

function summarise(latencies: number[], seconds: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    rps: latencies.length / seconds,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

function cannon(url: string, cookie: string, seconds: number, latencies?: number[]) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, timeout: 60, headers: { cookie } },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (latencies) instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

async function measureApi(
  origin: string,
  cookie: string,
  path: string,
  serverPid: number,
): Promise<LoadResult> {
  await cannon(`${origin}${path}`, cookie, warmup);
  await drain();
  const latencies: number[] = [];
  const cpuBefore = cpuSnapshot(serverPid);
  const t0 = performance.now();
  const r = await cannon(`${origin}${path}`, cookie, duration, latencies);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuPerRequest(cpuBefore, cpuSnapshot(serverPid), latencies.length);
  await drain();
  const statusCodes: Record<string, number> = {};
  for (const [code, v] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = v.count ?? 0;
  return {
    completed: latencies.length,
    sent: r.requests.sent,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes,
    ...summarise(latencies, seconds),
    cpu,
  };
}

// ── the same SQL straight on the database ────────────────────────────────────────────────────────────

// Copied from apps/server/src/modules/institutions/institutions.repository.ts (name order only).
// The server reads institution alone and adds the names of the type and regions from memory.
const SUMMARY_COLUMNS = `i.id, i.name, i.type_code, i.sido_code, i.sigungu_code, i.status,
  i.capacity, i.current_users, i.head_name, i.phone, i.latest_grade, i.version, i.opened_on`;
interface Filters {
  q?: string;
  sido?: string;
  sigungu?: string;
  type?: string;
  field?: string;
  status?: string;
  grade?: string;
}
interface Scope {
  kind: "nation" | "sido";
  code: string | null;
  userId: string;
  role: string;
}

const COUNT_CAP = 1000;
const SEARCH_IDS = 2000;
const WALK_ROWS = 5000;
/** The pair of a 초성 whose list the server walks (repository shortestPair), read as the same role. */
async function shortestPairOf(db: Database, scope: Scope, initials: string): Promise<string> {
  const pairs = initialsPairs(initials);
  const { rows } = await db.read((q) => q.query<{ pair: string }>(SHORTEST_PAIR_SQL, [pairs]), {
    settings: settingsOf(scope),
  });
  return rows[0]?.pair ?? (pairs[0] as string);
}

/** The settings the server's list sends with every statement (platform/context.ts inScope). */
const settingsOf = (scope: Scope) => ({
  "app.scope_kind": scope.kind,
  "app.scope_code": scope.code ?? "",
  "app.user_id": scope.userId,
  "app.role": scope.role,
  plan_cache_mode: "force_generic_plan",
});

/** What the server has learnt about a case after its first request (institutions.repository searchFacts). */
interface Known {
  /** The term has more than SEARCH_IDS matches: the id lookup is skipped. */
  common: boolean;
  /** The first page matches more than COUNT_CAP: it is not counted again. */
  capped: boolean;
  /**
   * A 초성 of 2 or more consonants read through the list of one of its pairs (migration 0018): always for
   * 2, for more once past PAIRS_FROM matches. The pair is the one the server walks (its shortest list).
   */
  pair: string | null;
}

const rememberedValues = new Map<string, string[]>();
async function remembered(key: string, read: () => Promise<string[]>): Promise<string[]> {
  const known = rememberedValues.get(key);
  if (known) return known;
  const value = await read();
  rememberedValues.set(key, value);
  return value;
}

/**
 * The statements listInstitutions runs once it knows the case (as repository.selection and selectPage build
 * them, name order only), through the server's own `Database.read`: each statement with the scope's settings
 * in one message, once prepared on the connection. One statement for the page and its capped count (unless
 * known to be past the cap): for a term not known to be common, the id lookup and the rows found in the same
 * statement; for a common one, a window of WALK_ROWS rows in name order reading only the id, the name and what
 * the test needs (index-only), then the page's rows by id (and, when that leaves the page short, every id).
 */
async function runList(
  q: Queryable,
  scope: Scope,
  filters: Filters,
  cursor: [string, string] | null,
  known: Known,
) {
  const params: unknown[] = [];
  const base: string[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    base.push(sql(`$${params.length}`));
  };
  // Codes as literals, as the server writes them (platform/scope.ts, repository selection).
  if (scope.kind === "nation") base.push("true");
  else base.push(`i.sido_code = '${scope.code}'`);
  const term = parseInstitutionSearch(filters.q);
  let search: { lookup: string } | { test: (p: string) => string; pattern: string } | null = null;
  const fn =
    term?.kind === "initials"
      ? { name: "institution_ids_by_initials", arg: term.initials }
      : term?.kind === "text"
        ? { name: "institution_ids_by_text", arg: term.text }
        : null;
  if (term?.kind === "businessNo") add((p) => `i.business_no = ${p}`, term.digits);
  else if (term && fn)
    search = known.common
      ? {
          test: (p) =>
            term.kind === "initials"
              ? `coalesce(i.name_initials like ${p}, false)`
              : term.text.toLowerCase() === term.text && term.text.toUpperCase() === term.text
                ? `coalesce(i.name like ${p} or i.road_address like ${p}, false)`
                : `coalesce(i.name ilike ${p} or i.road_address ilike ${p}, false)`,
          pattern: `%${escapeLikePattern(term.kind === "initials" ? term.initials : term.text)}%`,
        }
      : { lookup: fn.arg };
  const before = base.length;
  // Read once, as the server keeps them in memory (region-codes.ts, reference-names.ts).
  const regionCodes = async (code: string) =>
    remembered(
      `region|${code}`,
      async () =>
        (await q.query<{ codes: string[] | null }>("select region_current_codes($1) as codes", [code]))
          .rows[0]?.codes ?? [code],
    );
  const inCodes = (column: string, codes: string[]) =>
    base.push(
      codes.length === 1
        ? `${column} = '${codes[0]}'`
        : `${column} = any('{${codes.map((x) => `"${x}"`).join(",")}}'::text[])`,
    );
  if (filters.sido) inCodes("i.sido_code", await regionCodes(filters.sido));
  if (filters.sigungu) inCodes("i.sigungu_code", await regionCodes(filters.sigungu));
  if (filters.type) base.push(`i.type_code = '${filters.type}'`);
  if (filters.field) {
    // The server keeps a field's type codes in memory (platform/reference-names.ts).
    const field = filters.field;
    const codes = await remembered(
      `field|${field}`,
      async () =>
        (
          await q.query<{ codes: string[] }>(
            "select array_agg(code order by code) as codes from institution_type where field = $1",
            [field],
          )
        ).rows[0]?.codes ?? [],
    );
    base.push(`i.type_code = any('{${codes.map((x) => `"${x}"`).join(",")}}'::text[])`);
  }
  if (filters.status) base.push(`i.status = '${filters.status}'`);
  if (filters.grade === "none") base.push("i.latest_grade is null");
  else if (filters.grade) base.push(`i.latest_grade = '${filters.grade}'`);
  const narrowed = base.length > before;
  const counts = !cursor && !known.capped;
  if (known.pair && term?.kind === "initials") {
    // The pair's list in name order, index-only, then the page's rows by id (repository "pairs").
    const ps = [...params];
    const param = (v: unknown) => {
      ps.push(v);
      return `$${ps.length}`;
    };
    const keyset = cursor ? [`(i.name, i.id) > (${param(cursor[0])}::text, ${param(cursor[1])}::uuid)`] : [];
    const matching = [
      `i.gram = '${known.pair}'`,
      ...base,
      `coalesce(i.name_initials like ${param(`%${escapeLikePattern(term.initials)}%`)}, false)`,
    ];
    const count = counts
      ? `, (select count(*) from (select 1 from institution_initials_gram i where ${matching.join(" and ")} limit ${COUNT_CAP + 1}) c) as total`
      : "";
    await q.query(
      `select ${SUMMARY_COLUMNS}${count} from institution i
       where i.id in (select i.id from institution_initials_gram i
         where ${[...matching, ...keyset].join(" and ")} order by i.name, i.id limit 51)
       order by i.name, i.id`,
      ps,
    );
    return;
  }
  const statement = () => {
    const ps = [...params];
    const param = (v: unknown) => {
      ps.push(v);
      return `$${ps.length}`;
    };
    const keyset = cursor ? [`(i.name, i.id) > (${param(cursor[0])}::text, ${param(cursor[1])}::uuid)`] : [];
    return { ps, param, keyset };
  };
  const byIds = async (ids: string[]) => {
    const { ps, param, keyset } = statement();
    const count = counts && narrowed ? ", (select count(*) from m) as total" : "";
    await q.query(
      `with m as materialized (select i.* from institution i
         where i.id = any(${param(ids)}::uuid[]) and ${[...base, ...keyset].join(" and ")})
       select ${SUMMARY_COLUMNS}${count} from m i order by i.name, i.id limit 51`,
      ps,
    );
  };
  if (search && "lookup" in search && fn) {
    // A term not known to be common: looked up in the page's own statement (repository "lookup").
    const { ps, param, keyset } = statement();
    const count = counts && narrowed ? ", (select count(*) from m) as total" : "";
    await q.query(
      `with found as materialized (select id from ${fn.name}(${param(search.lookup)}, ${SEARCH_IDS + 1}) as id),
            n as (select count(*) as matches from found),
            m as materialized (select i.* from institution i
              where (select matches from n) <= ${SEARCH_IDS} and i.id in (select id from found)
                and ${[...base, ...keyset].join(" and ")})
       select n.matches, p.* from n left join lateral (
         select ${SUMMARY_COLUMNS}${count} from m i order by i.name, i.id limit 51) p on true`,
      ps,
    );
  } else {
    const { ps, param, keyset } = statement();
    const matching = search && "test" in search ? [...base, search.test(param(search.pattern))] : base;
    const count =
      !counts || (search && !narrowed)
        ? ""
        : `, (select count(*) from (select 1 from institution i where ${matching.join(" and ")} limit ${COUNT_CAP + 1}) c) as total`;
    if (search && "test" in search && fn) {
      const { rows } = await q.query(
        `select ${SUMMARY_COLUMNS}${count} from institution i
         where i.id in (select i.id from (select i.id, i.name, ${term?.kind === "initials" ? "i.name_initials" : "i.road_address"}
             from institution i where ${[...base, ...keyset].join(" and ")} order by i.name, i.id limit ${WALK_ROWS}) i
           where ${matching.at(-1)} order by i.name, i.id limit 51)
         order by i.name, i.id`,
        ps,
      );
      if (rows.length <= 50)
        await byIds(
          (await q.query<{ id: string }>(`select id from ${fn.name}($1, null) as id`, [fn.arg])).rows.map(
            (r) => r.id,
          ),
        );
    } else
      await q.query(
        `select ${SUMMARY_COLUMNS}${count} from institution i
         where ${[...matching, ...keyset].join(" and ")} order by i.name, i.id limit 51`,
        ps,
      );
  }
}

async function measureDirect(
  db: Database,
  scope: Scope,
  filters: Filters,
  cursor: [string, string] | null,
  known: Known,
) {
  const settings = settingsOf(scope);
  const phase = async (seconds: number, latencies?: number[]) => {
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) {
          const t0 = performance.now();
          await db.read((q) => runList(q, scope, filters, cursor, known), { settings });
          latencies?.push(performance.now() - t0);
        }
      }),
    );
  };
  await phase(warmup);
  const latencies: number[] = [];
  const t0 = performance.now();
  await phase(duration, latencies);
  return { completed: latencies.length, ...summarise(latencies, (performance.now() - t0) / 1000) };
}

// ── the run ──────────────────────────────────────────────────────────────────────────────────────────

interface Case {
  name: string;
  user: "mohw" | "sido.seoul";
  path: string;
  filters: Filters;
  deep?: boolean;
  direct: boolean;
  /** Every match (count=exact), and what the list's first page answers (counted up to 1,000). */
  total?: number | null;
  listed?: string;
  /** Each round's measurement (--rounds), and the one with the median p95. */
  rounds?: LoadResult[];
  api?: LoadResult;
  db?: ReturnType<typeof summarise> & { completed: number };
}

async function main() {
  log(
    `List under concurrency: ${institutions.toLocaleString("en")} institutions (seed ${seed}), ${connections} connections, ${warmup} s warm-up + ${duration} s per case, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB`,
  );
  await admin.connect();
  if (!reuseDatabase) await admin.query(`create database ${dbName}`);
  const dataDir = mkdtempSync(join(tmpdir(), "ssis-list-bench-"));
  let server: ChildProcess | null = null;
  let direct: Database | null = null;
  try {
    const { seconds: seedSeconds, sample } = reuseDatabase
      ? await (async () => {
          const db = await openDatabase({ url: dbUrl.toString(), poolSize: 1 });
          try {
            return { seconds: 0, sample: await sampleOf(db) };
          } finally {
            await db.close();
          }
        })()
      : await seedDatabase();
    log(
      `seeded in ${seedSeconds.toFixed(1)} s: ${sample.counts.institution} institutions, ${sample.counts.staff} staff (PostgreSQL ${sample.version})`,
    );
    const port = await freePort();
    // --profile DIR: the server writes a V8 CPU profile there when it stops (node --cpu-prof).
    const profile = arg("profile");
    server = await startServer({
      databaseUrl: dbUrl.toString(),
      port,
      dataDir,
      nodeArgs: profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : [],
    });
    const pid = server.pid ?? 0;
    const origin = `http://127.0.0.1:${port}`;
    log(`server pid ${pid} ready on ${origin}, RSS ${(rssKb(pid) / 1024).toFixed(0)} MB`);
    const cookies = { mohw: await login(origin, "mohw"), "sido.seoul": await login(origin, "sido.seoul") };

    // The deep page: follow the cursors with limit 200 until about deepRows rows lie behind.
    let cursor: string | null = null;
    let behind = 0;
    while (behind < deepRows) {
      const page = await getJson(origin, cookies.mohw, `${L}?limit=200${cursor ? `&cursor=${cursor}` : ""}`);
      behind += page.items.length;
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    if (!cursor) throw new Error("register shorter than the deep page");
    const deepCursor = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    log(`deep cursor after ${behind.toLocaleString("en")} rows: ${deepCursor[0]}`);

    const q = encodeURIComponent;
    const all = directMode === "all";
    const none = directMode === "none";
    const cases: Case[] = [
      { name: "first page, no filter", user: "mohw", path: `${L}?limit=50`, filters: {}, direct: !none },
      // The direct SQL is written for the name order only; this case is measured through the API.
      { name: "sort=-name", user: "mohw", path: `${L}?limit=50&sort=-name`, filters: {}, direct: false },
      // Orders by other columns (migration 0019): a nullable one descending, and a grouping one.
      { name: "sort=-grade", user: "mohw", path: `${L}?limit=50&sort=-grade`, filters: {}, direct: false },
      { name: "sort=region", user: "mohw", path: `${L}?limit=50&sort=region`, filters: {}, direct: false },
      {
        name: `deep page (after ${behind.toLocaleString("en")} rows)`,
        user: "mohw",
        path: `${L}?limit=50&cursor=${cursor}`,
        filters: {},
        deep: true,
        direct: !none,
      },
      {
        name: "status=suspended",
        user: "mohw",
        path: `${L}?limit=50&status=suspended`,
        filters: { status: "suspended" },
        direct: !none,
      },
      {
        name: "field=노인",
        user: "mohw",
        path: `${L}?limit=50&field=${q("노인")}`,
        filters: { field: "노인" },
        direct: all,
      },
      {
        name: `type=${sample.commonType}`,
        user: "mohw",
        path: `${L}?limit=50&type=${sample.commonType}`,
        filters: { type: sample.commonType },
        direct: all,
      },
      { name: "grade=A", user: "mohw", path: `${L}?limit=50&grade=A`, filters: { grade: "A" }, direct: all },
      {
        name: "sido=41",
        user: "mohw",
        path: `${L}?limit=50&sido=41`,
        filters: { sido: "41" },
        direct: !none,
      },
      {
        name: "sigungu=41110",
        user: "mohw",
        path: `${L}?limit=50&sigungu=41110`,
        filters: { sigungu: "41110" },
        direct: all,
      },
      {
        name: "q=요양 (name fragment)",
        user: "mohw",
        path: `${L}?limit=50&q=${q("요양")}`,
        filters: { q: "요양" },
        direct: !none,
      },
      {
        name: "q=ㅎㅂ (초성, 2 consonants)",
        user: "mohw",
        path: `${L}?limit=50&q=${q("ㅎㅂ")}`,
        filters: { q: "ㅎㅂ" },
        direct: !none,
      },
      {
        name: `q=${sample.initials4} (초성, 4 consonants)`,
        user: "mohw",
        path: `${L}?limit=50&q=${q(sample.initials4)}`,
        filters: { q: sample.initials4 },
        direct: all,
      },
      {
        name: "q=<사업자등록번호>",
        user: "mohw",
        path: `${L}?limit=50&q=${sample.businessNo}`,
        filters: { q: sample.businessNo },
        direct: !none,
      },
      {
        name: "first page, no filter",
        user: "sido.seoul",
        path: `${L}?limit=50`,
        filters: {},
        direct: !none,
      },
      {
        name: "q=요양 (name fragment)",
        user: "sido.seoul",
        path: `${L}?limit=50&q=${q("요양")}`,
        filters: { q: "요양" },
        direct: all,
      },
    ];

    if (caseFilter) cases.splice(0, cases.length, ...cases.filter((c) => caseFilter.test(c.name)));
    const loadAtStart = load();
    log(`measuring; load average ${loadAtStart}`);
    for (let round = 1; round <= rounds; round++) {
      if (rounds > 1) log(`round ${round} of ${rounds}`);
      for (const c of cases) {
        if (round === 1) {
          const first = await getJson(origin, cookies[c.user], c.path);
          c.listed =
            first.total === null ? "–" : `${first.total.toLocaleString("en")}${first.totalCapped ? "+" : ""}`;
          c.total = (await getJson(origin, cookies[c.user], `${c.path}&count=exact`)).total;
        }
        const a = await measureApi(origin, cookies[c.user], c.path, pid);
        c.rounds = [...(c.rounds ?? []), a];
        log(
          `  API  ${c.name} (${c.user}, ${c.total} matches): p50 ${a.p50.toFixed(1)} p95 ${a.p95.toFixed(1)} p99 ${a.p99.toFixed(1)} ms, ${a.rps.toFixed(0)} req/s, ${a.completed}/${a.sent} answered, non-2xx ${a.non2xx}, errors ${a.errors}; CPU ms/request server ${a.cpu.server.toFixed(2)}, PostgreSQL ${a.cpu.postgres.toFixed(2)}, autocannon ${a.cpu.bench.toFixed(2)} (load ${load()})`,
        );
      }
    }
    // The round with the median p95 stands for the case: the machine's speed drifts over minutes (the
    // load generator's own CPU per request, which does not depend on the server, varies by half).
    for (const c of cases) {
      const measured = [...(c.rounds ?? [])].sort((x, y) => x.p95 - y.p95);
      c.api = measured[Math.floor(measured.length / 2)];
    }

    // The database side through the server's own database layer, as the application role (row-level
    // security applies), 50 connections.
    const db = await openDatabase({ url: dbUrl.toString(), poolSize: connections });
    await db.useAppRole();
    direct = db;
    for (const c of cases.filter((x) => x.direct)) {
      const scope: Scope =
        c.user === "mohw"
          ? { kind: "nation", code: null, userId: sample.mohwId, role: "mohw_official" }
          : { kind: "sido", code: "11", userId: sample.seoulId, role: "sido_official" };
      const searches = parseInstitutionSearch(c.filters.q);
      // The cases filter by region at most, which the pairs' lists hold.
      const byPairs =
        searches?.kind === "initials" &&
        searches.initials.length >= 2 &&
        !c.filters.type &&
        !c.filters.field &&
        !c.filters.status &&
        !c.filters.grade &&
        (searches.initials.length === 2 || (c.total ?? 0) > PAIRS_FROM);
      const pair = byPairs ? await shortestPairOf(db, scope, searches.initials) : null;
      c.db = await measureDirect(db, scope, c.filters, c.deep ? deepCursor : null, {
        common: (searches?.kind === "initials" || searches?.kind === "text") && (c.total ?? 0) > SEARCH_IDS,
        // The pairs' count stops at the cap, so past it the server remembers the page as capped even where
        // its first answer (the lookup's) counted every match.
        capped: (c.listed?.endsWith("+") ?? false) || (pair !== null && (c.total ?? 0) > COUNT_CAP),
        pair,
      });
      log(
        `  SQL  ${c.name} (${c.user}): p50 ${c.db.p50.toFixed(1)} p95 ${c.db.p95.toFixed(1)} p99 ${c.db.p99.toFixed(1)} ms, ${c.db.rps.toFixed(0)} tx/s (load ${load()})`,
      );
    }
    await db.close();
    direct = null;
    const loadAfterLists = load();

    // Excel: time to the last byte, and the server's RSS sampled every 100 ms.
    const exports: {
      user: string;
      rows: number;
      seconds: number;
      firstByte: number;
      megabytes: number;
      rssBeforeMb: number;
      rssPeakMb: number;
      rssAfterMb: number;
      status: number;
    }[] = [];
    if (withExport) {
      await drain();
      await sleep(2000);
      // The nation-wide file three times in a row: a streamed download's memory must not grow with each one.
      for (const user of ["sido.seoul", "mohw", "mohw", "mohw"] as const) {
        const before = rssKb(pid);
        let peak = before;
        const sampler = setInterval(() => {
          peak = Math.max(peak, rssKb(pid));
        }, 100);
        const t0 = performance.now();
        const r = await fetch(`${origin}${L}/export.xlsx?reason=${q("성능측정")}`, {
          headers: { cookie: cookies[user] },
        });
        let bytes = 0;
        let firstByte = Number.NaN;
        if (r.body)
          for await (const chunk of r.body) {
            if (bytes === 0) firstByte = (performance.now() - t0) / 1000;
            bytes += (chunk as Uint8Array).byteLength;
          }
        const seconds = (performance.now() - t0) / 1000;
        clearInterval(sampler);
        peak = Math.max(peak, rssKb(pid));
        await sleep(1000);
        const e = {
          user,
          rows: Number(r.headers.get("x-total-count")),
          seconds,
          firstByte,
          megabytes: bytes / 1e6,
          rssBeforeMb: before / 1024,
          rssPeakMb: peak / 1024,
          rssAfterMb: rssKb(pid) / 1024,
          status: r.status,
        };
        exports.push(e);
        log(
          `  Excel (${user}): ${r.status}, ${e.rows} rows, ${e.megabytes.toFixed(1)} MB in ${seconds.toFixed(1)} s (first byte ${e.firstByte.toFixed(2)} s); RSS ${e.rssBeforeMb.toFixed(0)} → peak ${e.rssPeakMb.toFixed(0)} → ${e.rssAfterMb.toFixed(0)} MB`,
        );
      }
    }
    const loadAtEnd = load();

    // Report.
    const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "–" : n.toFixed(1));
    console.log(
      `\nPostgreSQL ${sample.version}; ${sample.counts.institution?.toLocaleString("en")} institutions, ${sample.counts.staff?.toLocaleString("en")} staff (seed ${seed}); ${connections} connections, ${warmup} s warm-up + ${duration} s per case`,
    );
    console.log(
      `load average (1/5/15 min): start ${loadAtStart}, after lists ${loadAfterLists}, end ${loadAtEnd}`,
    );
    console.log(
      "\n| case | user | matches | list total | API p50 | API p95 | p95 by round | API p99 | req/s | CPU ms/req server · PG · load | answered 200 / non-2xx / errors | direct p50 | direct p95 | ratio | p95 ≤ 100 ms | ratio ≤ 2 |",
    );
    console.log("|---|---|---:|---:|---:|---:|---|---:|---:|---|---|---:|---:|---:|---|---|");
    for (const c of cases) {
      const a = c.api;
      if (!a) continue;
      const ratio = c.db ? a.p95 / c.db.p95 : undefined;
      console.log(
        `| ${c.name} | ${c.user} | ${c.total?.toLocaleString("en") ?? "–"} | ${c.listed} | ${fmt(a.p50)} | ${fmt(a.p95)} | ${(c.rounds ?? []).map((r) => r.p95.toFixed(0)).join(" · ")} | ${fmt(a.p99)} | ${a.rps.toFixed(0)} | ${a.cpu.server.toFixed(2)} · ${a.cpu.postgres.toFixed(2)} · ${a.cpu.bench.toFixed(2)} | ${a.statusCodes["200"] ?? 0} / ${a.non2xx} / ${a.errors} | ${fmt(c.db?.p50)} | ${fmt(c.db?.p95)} | ${ratio === undefined ? "–" : ratio.toFixed(2)} | ${a.p95 <= P95_TARGET_MS && a.non2xx === 0 && a.errors === 0 ? "yes" : "NO"} | ${ratio === undefined ? "–" : ratio <= RATIO_TARGET ? "yes" : "NO"} |`,
      );
    }
    if (exports.length > 0) {
      console.log(
        "\n| Excel download | status | rows | MB | first byte (s) | seconds | RSS before | RSS peak | RSS after | < 30 s |",
      );
      console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
      for (const e of exports)
        console.log(
          `| ${e.user} | ${e.status} | ${e.rows.toLocaleString("en")} | ${e.megabytes.toFixed(1)} | ${e.firstByte.toFixed(2)} | ${e.seconds.toFixed(1)} | ${e.rssBeforeMb.toFixed(0)} MB | ${e.rssPeakMb.toFixed(0)} MB | ${e.rssAfterMb.toFixed(0)} MB | ${e.seconds < EXPORT_TARGET_S ? "yes" : "NO"} |`,
        );
    }
    if (jsonFile)
      writeFileSync(
        jsonFile,
        JSON.stringify(
          { sample, seedSeconds, loadAtStart, loadAfterLists, loadAtEnd, cases, exports },
          null,
          2,
        ),
      );
  } finally {
    await direct?.close().catch(() => undefined);
    if (server) await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
    if (!keep && !reuseDatabase) await admin.query(`drop database ${dbName} with (force)`);
    else log(`kept database ${dbName}`);
    await admin.end();
  }
}

await main();
