import { openDatabase } from "@ssis/db";
import { verifyAccessLogChain } from "../platform/audit.ts";
import { loadConfig } from "../platform/config.ts";

/** `npm run audit:verify`: walks the access-log chain and exits 1 on any edited or deleted entry. */
const config = loadConfig();
const db = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.pgliteDir,
});
try {
  const result = await verifyAccessLogChain(db);
  if (result.ok) {
    console.log(
      `접속기록 무결성 확인: ${result.checked.toLocaleString("ko-KR")}건 모두 정상 (마지막 번호 ${result.lastSeq})`,
    );
  } else {
    console.error(`접속기록 무결성 오류 ${result.problems.length}건:`);
    for (const p of result.problems.slice(0, 50)) console.error(`  #${p.seq} ${p.problem}: ${p.detail}`);
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
