import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { APP_ROLE, type Database } from "./database.ts";

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "migrations");

/** Applies every migration not yet applied, in file-name order, each in its own transaction. */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec(`create table if not exists schema_migration (
    name text primary key, applied_at timestamptz not null default now())`);
  // Serialise concurrent starters (two server processes on one PostgreSQL).
  const applied = new Set(
    (await db.query<{ name: string }>("select name from schema_migration")).rows.map((r) => r.name),
  );
  const files = readdirSync(migrationsDir)
    .filter((f) => f.endsWith(".sql"))
    .sort();
  const done: string[] = [];
  for (const file of files) {
    if (applied.has(file)) continue;
    const sql = readFileSync(join(migrationsDir, file), "utf8");
    await db.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock(7200)");
      const again = await tx.query("select 1 from schema_migration where name = $1", [file]);
      if (again.rowCount > 0) return;
      await tx.exec(sql);
      await tx.query("insert into schema_migration (name) values ($1)", [file]);
    });
    done.push(file);
  }
  // Readiness checks read which migrations ran, as the application role.
  await db.exec(`do $$ begin
    if exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then grant select on schema_migration to ${APP_ROLE}; end if;
  end $$`);
  return done;
}
