/**
 * npm run seed -- --institutions N --seed S [--reset] [--batch B]
 *
 * Opens the database the way the server does (DATABASE_URL, else embedded PGlite in ${DATA_DIR:-.data}/pgdata),
 * applies the migrations, loads the reference data (idempotent) and generates N synthetic institutions with
 * their staff, status history, support agencies and agency assignments. It refuses to generate into a database
 * that already has institutions unless --reset is given, which first removes the previous synthetic rows.
 * --institutions 0 only migrates and loads the reference data.
 */
import { join } from "node:path";
import { type Database, openDatabase } from "./database.ts";
import { migrate } from "./migrate.ts";
import { loadReferenceData } from "./reference-data.ts";
import { generateSyntheticData } from "./synthetic.ts";

// The tables the generator fills. TRUNCATE … CASCADE also empties tables that reference them (for example
// change requests or evaluations added by later migrations); app_user and access_log do not reference them.
// access_log (접속기록) is append-only and is never touched.
const SYNTHETIC_TABLES = [
  "agency_assignment",
  "staff",
  "institution_status_history",
  "institution",
  "support_agency",
];

interface Options {
  institutions: number;
  seed: number;
  reset: boolean;
  batchSize?: number;
}

function usage(message?: string): never {
  if (message) console.error(message);
  console.error("usage: npm run seed -- --institutions N --seed S [--reset] [--batch B]");
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const options: Options = { institutions: 1000, seed: 1, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) usage(`${a} needs a whole number`);
      return v;
    };
    if (a === "--institutions" || a === "-n") options.institutions = value();
    else if (a === "--seed") options.seed = value();
    else if (a === "--batch") options.batchSize = Math.max(1, value());
    else if (a === "--reset") options.reset = true;
    else if (a === "--help" || a === "-h") usage();
    else usage(`unknown argument ${a}`);
  }
  return options;
}

async function referencingTables(db: Database): Promise<string[]> {
  // Every table that TRUNCATE … CASCADE would reach from the synthetic tables, for the report.
  const r = await db.query<{ name: string }>(
    `with recursive reach(oid) as (
       select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relname = any($1::text[])
       union
       select con.conrelid from pg_constraint con join reach on con.confrelid = reach.oid where con.contype = 'f')
     select relname::text as name from pg_class where oid in (select oid from reach) order by 1`,
    [SYNTHETIC_TABLES],
  );
  return r.rows.map((row) => row.name);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const url = process.env.DATABASE_URL;
  const dataDir = url ? undefined : join(process.env.DATA_DIR ?? ".data", "pgdata");
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const db = await openDatabase(url ? { url } : { dataDir });
  console.log(`database: ${url ? url.replace(/\/\/[^@/]*@/, "//***@") : `PGlite in ${dataDir}`}`);
  try {
    const applied = await migrate(db);
    if (applied.length > 0) console.log(`migrations applied: ${applied.join(", ")}`);
    const ref = await loadReferenceData(db);
    console.log(
      `reference data: ${ref.regions} regions, ${ref.institutionTypes} institution types, ${ref.staffJobTypes} job types`,
    );
    if (options.institutions === 0 && !options.reset) return;

    const existing =
      (await db.query<{ n: number }>("select count(*)::int as n from institution")).rows[0]?.n ?? 0;
    if (existing > 0 && !options.reset) {
      console.error(`the database already has ${existing} institutions; run with --reset to replace them`);
      process.exitCode = 1;
      return;
    }
    if (options.reset) {
      const tables = await referencingTables(db);
      if (tables.includes("access_log") || tables.includes("app_user")) {
        throw new Error(`--reset would cascade into ${tables.join(", ")}; remove the rows by hand`);
      }
      await db.exec(`truncate ${SYNTHETIC_TABLES.join(", ")} cascade`);
      console.log(`reset: emptied ${tables.join(", ")} (${seconds()} s)`);
    }
    if (options.institutions === 0) return;

    const result = await generateSyntheticData(db, {
      institutions: options.institutions,
      seed: options.seed,
      batchSize: options.batchSize,
      onProgress: (p) =>
        console.log(`  ${p.institutions}/${p.total} institutions, ${p.staff} staff (${seconds()} s)`),
    });
    const c = result.counts;
    console.log(
      `generated (seed ${options.seed}): ${c.institutions} institutions, ${c.staff} staff, ` +
        `${c.statusHistory} status history rows, ${c.supportAgencies} support agencies, ` +
        `${c.agencyAssignments} agency assignments`,
    );
    console.log(
      `demo: 종로 institution ${result.institutionIds.jongno}, 마포 institution ${result.institutionIds.mapo}`,
    );
    console.log(
      `demo: 서울 사회서비스원 ${result.seoulAgencyId}, 중앙사회서비스원 ${result.centralAgencyId}`,
    );
  } finally {
    await db.close();
    console.log(`elapsed: ${seconds()} s`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
