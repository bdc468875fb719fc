import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  generateProgramsAndFinances,
  generateSyntheticData,
  loadReferenceData,
  migrate,
  openDatabase,
} from "@ssis/db";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { type DemoIds, insertDemoAccounts } from "../src/platform/auth/demo-accounts.ts";

/**
 * Prepares one migrated database with reference data, a small synthetic register and the demo accounts;
 * every test file then starts from its own copy (a PGlite dump, or a PostgreSQL template database).
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  const templateName = `ssis_test_tmpl_${randomBytes(4).toString("hex")}`;
  let templateUrl: string | undefined;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${templateName}`);
    await admin.end();
    templateUrl = withDatabase(url, templateName);
  }
  const db = await openDatabase({ url: templateUrl });
  await migrate(db);
  await loadReferenceData(db);
  const generated = await generateSyntheticData(db, { institutions: 150, seed: 11 });
  await generateProgramsAndFinances(db, { seed: 11 });
  const ids: DemoIds = {
    jongnoInstitutionId: generated.institutionIds.jongno,
    mapoInstitutionId: generated.institutionIds.mapo,
    seoulAgencyId: generated.seoulAgencyId,
    centralAgencyId: generated.centralAgencyId,
  };
  await insertDemoAccounts(db, ids);
  let dumpPath: string | undefined;
  const dir = mkdtempSync(join(tmpdir(), "ssis-test-"));
  if (!url) {
    dumpPath = join(dir, "template.tar");
    writeFileSync(dumpPath, Buffer.from(await (await db.dump()).arrayBuffer()));
  }
  await db.close();
  project.provide("testDatabase", { url, templateName: url ? templateName : undefined, dumpPath, ids });

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const { rows } = await admin.query<{ datname: string }>(
        "select datname from pg_database where datname like $1",
        [`${templateName}%`],
      );
      for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
      await admin.query(`drop database if exists ${templateName} with (force)`);
      await admin.end();
    }
  };
}

export function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { url?: string; templateName?: string; dumpPath?: string; ids: DemoIds };
  }
}
