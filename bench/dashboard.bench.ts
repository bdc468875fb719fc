/**
 * 업무현황 (issue 17) under concurrency: each dashboard's data at 100,000 institutions on PostgreSQL, 20
 * concurrent users. The real server runs as a child process on a scratch database with the synthetic register
 * (100,000 institutions, about 1,000,000 staff) and a year of supervision at national scale made here in SQL:
 * two years of inspection plans (one per 시군구 and 시도, one of the ministry) with about 10 % of the
 * institutions inspected a year, their findings and corrective actions, 2,000 dispositions, 25,000 change
 * requests, and report rounds (one of the ministry over every operating institution, one per 시도 and one
 * per 시군구). autocannon loads each dashboard with 20 connections; then the same use case runs straight on
 * the database (the service through `inScope`, without HTTP) with 20 connections, and, for scale, the
 * nation's institution and staff counts read from the rows themselves instead of the kept counts.
 *
 *   npx tsx bench/dashboard.bench.ts [--institutions N] [--seed S] [--connections C] [--duration SECONDS]
 *     [--warmup SECONDS] [--keep] [--database NAME] [--json FILE]
 *
 * --database reuses a database seeded by an earlier run with --keep (no load, not dropped). Target (issue 17):
 * p95 ≤ 100 ms at 20 concurrent users for every dashboard. PostgreSQL: DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432) names the server; a scratch database ssis_dash_bench_<time> is created
 * and dropped afterwards (unless --keep).
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { jurisdictionDashboard } from "../apps/server/src/modules/dashboards/dashboards.service.ts";
import { DEMO_PASSWORD, insertDemoAccounts } from "../apps/server/src/platform/auth/demo-accounts.ts";
import { loadConfig } from "../apps/server/src/platform/config.ts";
import { type Actor, inScope } from "../apps/server/src/platform/context.ts";
import {
  type Database,
  generateSyntheticData,
  loadReferenceData,
  migrate,
  openDatabase,
  syntheticIds,
} from "../packages/db/src/index.ts";
import { koreaToday } from "../packages/domain/src/korean-time.ts";
import { freePort, startServer, stopServer } from "./server.ts";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const institutions = Number(arg("institutions") ?? 100_000);
const seed = Number(arg("seed") ?? 1);
const connections = Number(arg("connections") ?? 20);
const duration = Number(arg("duration") ?? 10);
const warmup = Number(arg("warmup") ?? 3);
const keep = args.includes("--keep");
const reuseDatabase = arg("database");
const jsonFile = arg("json");
const P95_TARGET_MS = 100;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const log = (m: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${m}`);

const base = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const dbName = reuseDatabase ?? `ssis_dash_bench_${Date.now()}`;
const dbUrl = new URL(base.toString());
dbUrl.pathname = `/${dbName}`;
const admin = new pg.Client({ connectionString: base.toString() });

// ── the scratch database ─────────────────────────────────────────────────────────────────────────────

/**
 * A year of supervision at national scale, in SQL (deterministic: every choice is a hash of the row's id).
 * The dates sit around today (Korean), so some actions are overdue, some suspensions in force, some rounds
 * open; last year's plans are all done.
 */
async function seedSupervision(db: Database, today: string) {
  const year = Number(today.slice(0, 4));
  const steps: [string, string][] = [
    [
      "plans",
      `insert into inspection_plan (title, plan_year, kind, scope_kind, sido_code, sigungu_code, checklist_version_id,
         status, created_by, created_by_name, approved_by, approved_by_name, approved_at)
       select y || '년 ' || coalesce(r.sigungu_name, r.sido_name) || ' 정기 지도점검', y, 'regular',
              case when r.level = 'sido' then 'sido' else 'sigungu' end, r.sido_code,
              case when r.level = 'sido' then null else r.code5 end, v.id, 'approved',
              u.id, u.name, u.id, u.name, make_date(y, 2, 1)
         from region r, generate_series(${year - 1}, ${year}) y,
              (select v.id from checklist_version v join checklist_template t on t.id = v.template_id
                where t.code = 'DEFAULT' and v.version = 1) v,
              (select id, name from app_user where username = 'mohw') u
        where r.valid_to is null and r.level in ('sido', 'sigungu')
       union all
       select y || '년 보건복지부 합동 점검', y, 'joint', 'nation', null, null, v.id, 'approved', u.id, u.name, u.id,
              u.name, make_date(y, 2, 1)
         from generate_series(${year - 1}, ${year}) y,
              (select v.id from checklist_version v join checklist_template t on t.id = v.template_id
                where t.code = 'DEFAULT' and v.version = 1) v,
              (select id, name from app_user where username = 'mohw') u`,
    ],
    [
      "inspections",
      // About 10 % of the institutions a year: 8 % in their 시군구's plan, 1.5 % in the 시도's, 0.5 % the ministry's.
      `insert into inspection (plan_id, institution_id, sido_code, sigungu_code, type_code, kind, reason, planned_month,
         checklist_version_id, status, scheduled_on, created_by, created_by_name)
       select p.id, i.id, i.sido_code, i.sigungu_code, i.type_code, p.kind, '3년 주기 정기점검 대상', 1 + h % 12,
              p.checklist_version_id, s.status,
              case when s.status in ('planned', 'cancelled') then null
                   else make_date(p.plan_year, 1 + h % 12, 1 + h % 28) end,
              p.created_by, p.created_by_name
         from (select i.*, (hashtext(i.id::text) & 2147483647) as h from institution i where i.status <> 'closed') i
         join inspection_plan p on (
                (p.scope_kind = 'sigungu' and p.sigungu_code = i.sigungu_code and i.h % 100 < 8)
             or (p.scope_kind = 'sido' and p.sido_code = i.sido_code and i.h % 100 between 8 and 9 and i.h % 2 = 0)
             or (p.scope_kind = 'nation' and i.h % 200 = 11))
         cross join lateral (select case
             when p.plan_year < ${year} then case when i.h % 20 = 0 then 'cancelled' else 'closed' end
             else (array['planned', 'planned', 'planned', 'scheduled', 'in_progress', 'completed', 'notified',
                         'notified', 'notified', 'closed', 'closed', 'cancelled'])[1 + (i.h / 7) % 12] end as status) s`,
    ],
    [
      "findings",
      // Two findings of every notified or closed inspection with findings (two in three).
      `insert into inspection_finding (inspection_id, institution_id, sido_code, sigungu_code, domain, title, detail,
         severity, status, created_by, created_by_name)
       select x.id, x.institution_id, x.sido_code, x.sigungu_code, '시설 운영', '지적사항 ' || n, '내용',
              (array['minor', 'moderate', 'serious'])[1 + ((hashtext(x.id::text) & 2147483647) + n) % 3],
              case when x.status = 'closed' then 'closed'
                   else (array['open', 'ordered', 'ordered', 'ordered'])[1 + ((hashtext(x.id::text) & 2147483647) + n) % 4] end,
              x.created_by, x.created_by_name
         from inspection x, generate_series(1, 2) n
        where x.status in ('notified', 'closed') and (hashtext(x.id::text) & 2147483647) % 3 <> 0`,
    ],
    [
      "corrective actions",
      `insert into corrective_action (finding_id, inspection_id, institution_id, sido_code, sigungu_code, outcome,
         instruction, notice_on, due_on, status, report_text, ordered_by, ordered_by_name)
       select f.id, f.inspection_id, f.institution_id, f.sido_code, f.sigungu_code,
              (array['correction', 'improvement', 'caution', 'warning', 'on_site'])[1 + h % 5], '시정할 것',
              d.notice_on, d.notice_on + 30, s.status, case when s.status <> 'ordered' then '보고' end,
              f.created_by, f.created_by_name
         from (select f.*, (hashtext(f.id::text) & 2147483647) as h from inspection_finding f
                where f.status in ('ordered', 'closed')) f
         cross join lateral (select '${today}'::date - (f.h % 90)::int as notice_on) d
         cross join lateral (select case when f.status = 'closed' then 'accepted'
             else (array['ordered', 'ordered', 'submitted', 'returned'])[1 + (f.h / 5) % 4] end as status) s`,
    ],
    [
      "dispositions",
      `insert into disposition (institution_id, institution_name, sido_code, sigungu_code, authority_kind,
         authority_code, authority_name, operator_key, law_code, table_key, table_name, status, proposed_label,
         measure, measure_label, explanation, pre_notice_on, opinion_due_on, decided_on, period_from, period_to,
         created_by, created_by_name)
       select i.id, i.name, i.sido_code, i.sigungu_code, 'sigungu', i.sigungu_code, '시군구청장',
              'individual:' || i.operator_name, 'SWS', 'SWS-B4-2019-06-12', '사회복지사업법 시행규칙 [별표 4]',
              s.status, m.label, m.measure::jsonb, m.label, '측정용',
              case when s.status <> 'draft' then t.day - 20 end, case when s.status <> 'draft' then t.day - 10 end,
              case when s.status in ('decided', 'executing', 'ended') then t.day end,
              case when m.suspension and s.status in ('decided', 'executing', 'ended') then t.day + 5 end,
              case when m.suspension and s.status in ('decided', 'executing', 'ended') then t.day + 35 end,
              u.id, u.name
         from (select i.*, (hashtext(i.id::text) & 2147483647) as h from institution i
                where (hashtext(i.id::text) & 2147483647) % 50 = 7) i
         cross join (select id, name from app_user where username = 'mohw') u
         cross join lateral (select '${today}'::date - (i.h % 400)::int as day) t
         cross join lateral (select (array['draft', 'pre_noticed', 'decided', 'executing', 'ended', 'ended',
                                           'withdrawn'])[1 + (i.h / 3) % 7] as status) s
         cross join lateral (select (i.h / 11) % 3 = 0 as suspension) k
         cross join lateral (select k.suspension,
             case when k.suspension then '{"kind":"businessSuspension","length":1,"unit":"months"}'
                  else '{"kind":"improvementOrder"}' end as measure,
             case when k.suspension then '업무정지 1개월' else '개선명령' end as label) m`,
    ],
    [
      "change requests",
      `insert into change_request (institution_id, sido_code, sigungu_code, requested_by_name, requested_at, due_on,
         status, changes, before, reason, decided_at, decided_by_name)
       select i.id, i.sido_code, i.sigungu_code, '시설장', r.at, (r.at at time zone 'Asia/Seoul')::date + 7, s.status,
              '{"capacity": 40}', '{"capacity": 30}', '정원 증원',
              case when s.status <> 'submitted' then r.at + interval '3 days' end,
              case when s.status <> 'submitted' then '담당자' end
         from (select i.*, (hashtext(i.id::text) & 2147483647) as h from institution i
                where i.status <> 'closed' and (hashtext(i.id::text) & 2147483647) % 4 = 1) i
         cross join lateral (select ('${today}'::date - (i.h % 365)::int)::timestamp at time zone 'Asia/Seoul'
                                    + interval '10 hours' as at) r
         cross join lateral (select case when i.h % 365 < 60 and i.h % 3 = 0 then 'submitted'
                                         when i.h % 7 = 0 then 'returned' else 'approved' end as status) s`,
    ],
    [
      "report rounds",
      `insert into report_round (title, period_label, scope_kind, scope_code, sido_code, sigungu_code, opened_by,
         opened_by_name, due_on, status, target_filter, target_count, closed_at, closed_by)
       select '보건복지부 정기 현황보고', '${year}년 4분기', 'nation', null, null, null, u.id, u.name,
              '${today}'::date + 10, 'open', '{"mode":"all"}'::jsonb, 0, null::timestamptz, null::uuid
         from app_user u where u.username = 'mohw'
       union all
       select r.sido_name || ' 현황보고', '${year}년 3분기', 'sido', r.sido_code, r.sido_code, null, u.id, u.name,
              '${today}'::date - 20, 'closed', '{"mode":"all"}', 0, now(), u.id
         from region r, app_user u where u.username = 'mohw' and r.level = 'sido' and r.valid_to is null
       union all
       select r.sigungu_name || ' 현황보고', '${year}년 11월', 'sigungu', r.code5, r.sido_code, r.code5, u.id, u.name,
              '${today}'::date + 5, 'open', '{"mode":"all"}', 0, null, null
         from region r, app_user u where u.username = 'mohw' and r.level = 'sigungu' and r.valid_to is null`,
    ],
    [
      "report targets",
      `insert into report_round_target (round_id, institution_id, sido_code, sigungu_code, type_code, status,
         submitted_at, submitted_on, is_late, report)
       select rr.id, i.id, i.sido_code, i.sigungu_code, i.type_code, s.status,
              case when s.status = 'submitted' then now() end, case when s.status = 'submitted' then '${today}'::date end,
              s.status = 'submitted' and rr.status = 'closed' and (i.h / 3) % 10 = 0,
              case when s.status = 'submitted' then '{}'::jsonb end
         from (select i.*, (hashtext(i.id::text) & 2147483647) as h from institution i where i.status = 'operating') i
         join report_round rr on (rr.scope_kind = 'nation'
                               or (rr.scope_kind = 'sido' and rr.sido_code = i.sido_code)
                               or (rr.scope_kind = 'sigungu' and rr.sigungu_code = i.sigungu_code))
         cross join lateral (select case when (i.h + length(rr.title)) % 10 < (case rr.status when 'closed' then 9 else 5 end)
                                         then 'submitted' else 'pending' end as status) s`,
    ],
    [
      "round counts",
      `update report_round r set target_count = (select count(*) from report_round_target t where t.round_id = r.id)`,
    ],
  ];
  const counts: Record<string, number> = {};
  for (const [name, sql] of steps) {
    const t0 = performance.now();
    const r = await db.query(sql);
    counts[name] = r.rowCount;
    log(
      `  ${name}: ${r.rowCount.toLocaleString("en")} rows, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  return counts;
}

async function seedDatabase() {
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
    await seedSupervision(db, koreaToday());
    await db.exec("vacuum analyze");
    return (performance.now() - t0) / 1000;
  } finally {
    await db.close();
  }
}

async function datasetOf(db: Database) {
  const tables = [
    "institution",
    "staff",
    "inspection_plan",
    "inspection",
    "inspection_finding",
    "corrective_action",
    "disposition",
    "change_request",
    "report_round",
    "report_round_target",
    "dashboard_tally",
  ];
  const rows: Record<string, number> = {};
  for (const t of tables)
    rows[t] = Number((await db.query<{ n: string }>(`select count(*) as n from ${t}`)).rows[0]?.n);
  const version = String(
    (await db.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v,
  );
  return { rows, version };
}

// ── the server ───────────────────────────────────────────────────────────────────────────────────────

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

// ── measuring ────────────────────────────────────────────────────────────────────────────────────────

function summarise(latencies: number[], seconds: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    completed: latencies.length,
    rps: latencies.length / seconds,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}
type Summary = ReturnType<typeof summarise>;

function cannon(url: string, cookie: string, seconds: number, latencies?: number[]) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, timeout: 60, headers: { cookie } },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (latencies) instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

async function measureApi(url: string, cookie: string) {
  await cannon(url, cookie, warmup);
  const latencies: number[] = [];
  const t0 = performance.now();
  const r = await cannon(url, cookie, duration, latencies);
  return { ...summarise(latencies, (performance.now() - t0) / 1000), non2xx: r.non2xx, errors: r.errors };
}

/** `fn` by `connections` workers for the warm-up, then for the measured duration. */
async function measureDirect(fn: () => Promise<unknown>): Promise<Summary> {
  const phase = async (seconds: number, latencies?: number[]) => {
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) {
          const t0 = performance.now();
          await fn();
          latencies?.push(performance.now() - t0);
        }
      }),
    );
  };
  await phase(warmup);
  const latencies: number[] = [];
  const t0 = performance.now();
  await phase(duration, latencies);
  return summarise(latencies, (performance.now() - t0) / 1000);
}

interface Case {
  name: string;
  user: string;
  path: string;
  api?: Summary & { non2xx: number; errors: number };
  direct?: Summary;
}

async function main() {
  log(
    `업무현황 under concurrency: ${institutions.toLocaleString("en")} institutions (seed ${seed}), ${connections} connections, ${warmup} s warm-up + ${duration} s per case, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; load ${load()}`,
  );
  await admin.connect();
  if (!reuseDatabase) await admin.query(`create database ${dbName}`);
  const dataDir = mkdtempSync(join(tmpdir(), "ssis-dash-bench-"));
  let server: ChildProcess | null = null;
  try {
    const seedSeconds = reuseDatabase ? 0 : await seedDatabase();
    if (!reuseDatabase) log(`seeded in ${seedSeconds.toFixed(0)} s`);
    const owner = await openDatabase({ url: dbUrl.toString(), poolSize: 2 });
    const dataset = await datasetOf(owner);
    const users = (
      await owner.query<{
        id: string;
        username: string;
        name: string;
        role: Actor["role"];
        scope_kind: string;
        scope_code: string | null;
      }>(
        "select id, username, name, role, scope_kind, scope_code from app_user where username in ('mohw', 'sido.seoul', 'gu.jongno', 'provider.admin')",
      )
    ).rows;
    const truth = Number(
      (await owner.query<{ n: string }>("select count(*) as n from institution")).rows[0]?.n,
    );
    await owner.close();
    log(`dataset: ${JSON.stringify(dataset.rows)}`);

    const port = await freePort();
    server = await startServer({ databaseUrl: dbUrl.toString(), port, dataDir });
    const origin = `http://127.0.0.1:${port}`;
    const cookies: Record<string, string> = {};
    for (const u of ["mohw", "sido.seoul", "gu.jongno", "provider.admin"])
      cookies[u] = await login(origin, u);

    // The figures answer what the tables hold (the integration tests check every one; here the total).
    const nation = await (
      await fetch(`${origin}/api/official/dashboards/jurisdiction`, {
        headers: { cookie: cookies.mohw ?? "" },
      })
    ).json();
    if (nation.institutions.byStatus.total !== truth)
      throw new Error(`nation total ${nation.institutions.byStatus.total} ≠ ${truth}`);

    const J = "/api/official/dashboards/jurisdiction";
    const cases: Case[] = [
      { name: "보건복지부 (nation, 시도 side by side)", user: "mohw", path: J },
      { name: "시도 서울 (its 25 시군구 side by side)", user: "sido.seoul", path: J },
      { name: "시군구 종로구", user: "gu.jongno", path: J },
      { name: "기관 (provider.admin)", user: "provider.admin", path: "/api/provider/dashboards/institution" },
    ];
    const loadAtStart = load();
    for (const c of cases) {
      c.api = await measureApi(`${origin}${c.path}`, cookies[c.user] ?? "");
      log(
        `  API  ${c.name}: p50 ${c.api.p50.toFixed(1)} p95 ${c.api.p95.toFixed(1)} p99 ${c.api.p99.toFixed(1)} ms, ${c.api.rps.toFixed(0)} req/s, non-2xx ${c.api.non2xx}, errors ${c.api.errors} (load ${load()})`,
      );
    }
    await stopServer(server);
    server = null;

    // The same use case straight on the database: the service's statements through inScope (as the server
    // runs them, read-only, as the application role), without HTTP; 20 connections.
    const db = await openDatabase({ url: dbUrl.toString(), poolSize: connections });
    await db.useAppRole();
    const config = loadConfig({
      NODE_ENV: "test",
      DATA_DIR: dataDir,
      PERSONAL_DATA_KEY: randomBytes(32).toString("base64"),
    });
    for (const c of cases.filter((x) => x.path === J)) {
      const u = users.find((x) => x.username === c.user);
      if (!u) continue;
      const actor: Actor = {
        userId: u.id,
        username: u.username,
        name: u.name,
        role: u.role,
        scope: { kind: u.scope_kind as Actor["scope"]["kind"], code: u.scope_code },
      };
      c.direct = await measureDirect(() =>
        inScope(
          db,
          { actor, clientIp: "127.0.0.1", requestId: "bench", config },
          (ctx) => jurisdictionDashboard({ ...ctx, actor }),
          { readOnly: true },
        ),
      );
      log(
        `  SQL  ${c.name}: p50 ${c.direct.p50.toFixed(1)} p95 ${c.direct.p95.toFixed(1)} ms (load ${load()})`,
      );
    }
    // For scale: the nation's institutions by type and status and its active staff counted from the rows.
    const mohw = users.find((x) => x.username === "mohw");
    const settings = {
      "app.scope_kind": "nation",
      "app.scope_code": "",
      "app.user_id": mohw?.id ?? "",
      "app.role": "mohw_official",
      "app.today": koreaToday(),
    };
    const fromRows = await measureDirect(() =>
      db.read(
        async (q) => {
          await q.query("select type_code, status, count(*) from institution group by 1, 2");
          await q.query("select sido_code, count(*) from staff where left_on is null group by 1");
        },
        { settings },
      ),
    );
    log(
      `  SQL  nation counts from the rows: p50 ${fromRows.p50.toFixed(1)} p95 ${fromRows.p95.toFixed(1)} ms`,
    );
    await db.close();
    const loadAtEnd = load();

    const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "–" : n.toFixed(1));
    console.log(
      `\nPostgreSQL ${dataset.version}; ${connections} connections, ${warmup} s warm-up + ${duration} s per case; load average (1/5/15 min) at start ${loadAtStart}, at end ${loadAtEnd}`,
    );
    console.log("\n| table | rows |\n|---|---:|");
    for (const [t, n] of Object.entries(dataset.rows)) console.log(`| ${t} | ${n.toLocaleString("en")} |`);
    console.log(
      "\n| dashboard | API p50 | API p95 | API p99 | req/s | non-2xx / errors | direct p50 | direct p95 | p95 ≤ 100 ms |",
    );
    console.log("|---|---:|---:|---:|---:|---|---:|---:|---|");
    for (const c of cases) {
      const a = c.api;
      if (!a) continue;
      console.log(
        `| ${c.name} | ${fmt(a.p50)} | ${fmt(a.p95)} | ${fmt(a.p99)} | ${a.rps.toFixed(0)} | ${a.non2xx} / ${a.errors} | ${fmt(c.direct?.p50)} | ${fmt(c.direct?.p95)} | ${a.p95 <= P95_TARGET_MS && a.non2xx === 0 && a.errors === 0 ? "yes" : "NO"} |`,
      );
    }
    console.log(
      `| (nation's institution and staff counts from the rows, no kept counts) | | | | | | ${fmt(fromRows.p50)} | ${fmt(fromRows.p95)} | |`,
    );
    if (jsonFile)
      writeFileSync(
        jsonFile,
        JSON.stringify({ dataset, seedSeconds, loadAtStart, loadAtEnd, cases, fromRows }, null, 2),
      );
  } finally {
    if (server) await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
    // The pools' connections close a moment after their end() resolves; a forced drop would kill them.
    await sleep(1000);
    if (!keep && !reuseDatabase) await admin.query(`drop database if exists ${dbName}`);
    else log(`kept database ${dbName}`);
    await admin.end();
  }
}

await main();
