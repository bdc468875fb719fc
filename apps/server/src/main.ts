import { buildApp } from "./app.ts";
import { prepareDatabase } from "./bootstrap.ts";
import { formatDemoLogins } from "./platform/auth/demo-accounts.ts";
import { ConfigError, loadConfig } from "./platform/config.ts";
import { startBackgroundWork } from "./work.ts";

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = (m: string) => console.log(`[기관행정] ${m}`);
  if (config.personalDataKeySource === "generated-development-key")
    log(
      `개발용 개인정보 암호화 키를 사용합니다(${config.dataDir}). 운영에서는 PERSONAL_DATA_KEY를 설정하세요.`,
    );
  log(
    config.databaseUrl
      ? "데이터베이스: PostgreSQL 서버(DATABASE_URL)"
      : `데이터베이스: 내장 PGlite (${config.pgliteDir})`,
  );
  const { db, demoAccounts } = await prepareDatabase(config, log).catch((error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(`[기관행정] ${error.message}`);
      process.exit(1);
    }
    throw error;
  });
  const app = await buildApp({ config, db });
  const work = config.jobs ? await startBackgroundWork(db, config, log) : null;
  if (work) log("작업 대기열 시작: 알림 발송, 매일 00:10 기한 점검");
  const shutdown = async (signal: string) => {
    log(`${signal}: 종료합니다.`);
    await work?.stop();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(
      code === "EADDRINUSE"
        ? `[기관행정] 포트 ${config.port}을(를) 이미 다른 프로그램이 쓰고 있습니다. PORT 환경변수로 다른 포트를 지정하세요.`
        : `[기관행정] 서버를 시작하지 못했습니다: ${(error as Error).message}`,
    );
    await db.close();
    process.exit(1);
  }
  log(`http://localhost:${config.port} 에서 서비스 중 (망 구분 ZONE=${config.zone}, API 문서 /api/docs)`);
  if (demoAccounts) console.log(formatDemoLogins(demoAccounts));
}

void main();
