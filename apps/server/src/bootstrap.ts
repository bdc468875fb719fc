import {
  type Database,
  generateProgramsAndFinances,
  generateProviderSupervisionDemo,
  generateSupervisionDemo,
  generateSyntheticData,
  loadReferenceData,
  migrate,
  openDatabase,
} from "@ssis/db";
import { koreaToday, PUBLISHED_PASSWORDS } from "@ssis/domain";
import { remindOverdue } from "./modules/work-inbox/index.ts";
import { type DemoAccount, insertDemoAccounts } from "./platform/auth/demo-accounts.ts";
import { verifyPassword } from "./platform/auth/passwords.ts";
import { type Config, ConfigError } from "./platform/config.ts";
import { WORK_INBOX } from "./work.ts";

/**
 * Opens the database, applies migrations and reference data as the owner, fills demo data on an empty
 * system, then switches to the application role so row-level security applies to every request.
 */
export async function prepareDatabase(config: Config, log: (message: string) => void) {
  const db = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.pgliteDir,
  });
  const applied = await migrate(db);
  if (applied.length > 0) log(`마이그레이션 적용: ${applied.join(", ")}`);
  await loadReferenceData(db);
  const demo = config.demoData === "on" ? await ensureDemoData(db, config, log) : null;
  if (config.env === "production" && config.demoData !== "on") {
    const published = await accountsWithPublishedPasswords(db);
    if (published.length > 0) {
      await db.close();
      throw new ConfigError(
        `운영 모드(NODE_ENV=production)에서 공개된 개발용 비밀번호를 쓰는 계정이 있어 시작하지 않습니다: ${published.join(", ")}. ` +
          "이 계정들의 비밀번호를 바꾸거나 사용을 중지하세요(교육용 서버라면 DEMO_DATA=on).",
      );
    }
  }
  await db.useAppRole();
  return { db, demoAccounts: demo };
}

/**
 * Active accounts whose password is one printed in the README (PUBLISHED_PASSWORDS). Stored passwords say so
 * (password_is_published); an account from before that column is checked against its hash once.
 */
export async function accountsWithPublishedPasswords(db: Database): Promise<string[]> {
  const { rows: unknown } = await db.query<{ id: string; password_hash: string }>(
    "select id, password_hash from app_user where password_is_published is null",
  );
  for (const u of unknown) {
    let published = false;
    for (const candidate of PUBLISHED_PASSWORDS)
      if (await verifyPassword(u.password_hash, candidate)) published = true;
    await db.query("update app_user set password_is_published = $2 where id = $1", [u.id, published]);
  }
  const { rows } = await db.query<{ username: string }>(
    "select username from app_user where is_active and password_is_published order by username",
  );
  return rows.map((r) => r.username);
}

async function ensureDemoData(
  db: Database,
  config: Config,
  log: (m: string) => void,
): Promise<DemoAccount[] | null> {
  const { rows } = await db.query<{ users: number; institutions: number }>(
    "select (select count(*) from app_user) as users, (select count(*) from institution) as institutions",
  );
  const counts = rows[0];
  if (!counts) return null;
  if (counts.users > 0) {
    const isDemo = (await db.query("select 1 from app_user where username = 'mohw'")).rowCount > 0;
    return isDemo ? await readDemoAccounts(db) : null;
  }
  if (counts.institutions > 0) return null; // loaded by `npm run seed`: accounts are the operator's choice
  const started = Date.now();
  log(`데모 데이터 생성 중: 기관 ${config.demoInstitutions.toLocaleString("ko-KR")}개 …`);
  const result = await generateSyntheticData(db, { institutions: config.demoInstitutions, seed: 1 });
  await generateProgramsAndFinances(db, { seed: 1 });
  const accounts = await insertDemoAccounts(db, {
    jongnoInstitutionId: result.institutionIds.jongno,
    mapoInstitutionId: result.institutionIds.mapo,
    seoulAgencyId: result.seoulAgencyId,
    centralAgencyId: result.centralAgencyId,
  });
  const { rows: officials } = await db.query<{ id: string; name: string; username: string }>(
    "select id, name, username from app_user where username in ('gu.jongno', 'gu.mapo')",
  );
  const jongno = officials.find((o) => o.username === "gu.jongno");
  const mapo = officials.find((o) => o.username === "gu.mapo");
  if (jongno)
    await generateSupervisionDemo(db, {
      sigunguCode: "11110",
      official: jongno,
      excludeInstitutionIds: [result.institutionIds.jongno, result.institutionIds.mapo],
    });
  // The demo accounts' own institutions get a history too, so the providers' side has something to show.
  if (jongno && mapo)
    await generateProviderSupervisionDemo(db, {
      today: koreaToday(),
      first: { institutionId: result.institutionIds.jongno, official: jongno },
      second: { institutionId: result.institutionIds.mapo, official: mapo },
    });
  // The demo's deadlines passed before this server ever ran its sweep: its bell shows what the sweep would
  // have said of the two demo 시군구 (종로구, 마포구).
  const { rows: demoInstitutions } = await db.query<{ id: string }>(
    "select id from institution where sigungu_code in ('11110', '11440')",
  );
  await remindOverdue(
    db,
    WORK_INBOX,
    demoInstitutions.map((r) => r.id),
  );
  log(`데모 데이터 생성 완료 (${((Date.now() - started) / 1000).toFixed(1)}초)`);
  return accounts;
}

async function readDemoAccounts(db: Database): Promise<DemoAccount[]> {
  const { demoAccounts } = await import("./platform/auth/demo-accounts.ts");
  const { rows } = await db.query<{ username: string; scope_code: string | null }>(
    "select username, scope_code from app_user where username in ('provider.admin', 'provider.mapo', 'support.seoul', 'evaluator')",
  );
  const code = (u: string) => rows.find((r) => r.username === u)?.scope_code ?? "";
  return demoAccounts({
    jongnoInstitutionId: code("provider.admin"),
    mapoInstitutionId: code("provider.mapo"),
    seoulAgencyId: code("support.seoul"),
    centralAgencyId: code("evaluator"),
  });
}
