import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "./bootstrap.ts";
import { ConfigError, loadConfig } from "./platform/config.ts";

// A production server never comes up with the README's demo accounts: an empty database gets no demo data
// unless DEMO_DATA=on, and a database holding an account with the published password refuses to start.
const dataDir = mkdtempSync(join(tmpdir(), "ssis-bootstrap-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const production = (extra: Record<string, string> = {}) =>
  loadConfig({
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    PERSONAL_DATA_KEY: Buffer.alloc(32, 3).toString("base64"),
    DEMO_INSTITUTIONS: "20",
    ...extra,
  });

describe("starting in production", () => {
  it("fills no demo data by default, fills it when asked, then refuses to start with its accounts", {
    timeout: 180_000,
  }, async () => {
    const empty = await prepareDatabase(production(), () => {});
    expect(empty.demoAccounts).toBeNull();
    expect((await empty.db.query("select count(*)::int as n from app_user")).rows[0]).toEqual({ n: 0 });
    await empty.db.close();

    const training = await prepareDatabase(production({ DEMO_DATA: "on" }), () => {});
    expect(training.demoAccounts?.map((a) => a.username)).toContain("sysadmin");
    await training.db.close();

    const refused = prepareDatabase(production(), () => {});
    await expect(refused).rejects.toBeInstanceOf(ConfigError);
    await expect(refused).rejects.toThrow(/공개된 개발용 비밀번호.*sysadmin/);
  });
});
