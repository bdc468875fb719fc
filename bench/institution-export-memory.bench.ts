/**
 * Memory of the streamed Excel download (issue 4): the nation-wide register written by the server's own code
 * (openExport + writeInstitutionWorkbook, as the route runs them) into a stream that discards the file, in
 * one process, several times in a row. It reports the process's RSS and V8 heap before and at their peak,
 * and, with --expose-gc, the live heap after a full collection every 2 MB of file: what the download really
 * holds, apart from garbage V8 has not collected yet.
 *
 *   npm run seed -- --institutions 100000 --seed 1      # with DATABASE_URL naming a scratch database
 *   DATABASE_URL=postgres://…/that_database node --expose-gc --import tsx bench/institution-export-memory.bench.ts
 *     [--rounds N (3)] [--batch ROWS (2000)]
 */
import { PassThrough } from "node:stream";
import { writeInstitutionWorkbook } from "../apps/server/src/modules/institutions/institutions.excel.ts";
import { openExport } from "../apps/server/src/modules/institutions/institutions.repository.ts";
import { loadConfig } from "../apps/server/src/platform/config.ts";
import { type Actor, inScope } from "../apps/server/src/platform/context.ts";
import { openDatabase } from "../packages/db/src/index.ts";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const rounds = Number(arg("rounds") ?? 3);
const batchSize = Number(arg("batch") ?? 2000);
if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL must name a seeded database");
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => (n / 2 ** 20).toFixed(0);

const db = await openDatabase({ url: process.env.DATABASE_URL, poolSize: 2 });
await db.useAppRole();
const config = loadConfig({ NODE_ENV: "test", DATA_DIR: "/tmp/ssis-export-memory" });
const nation: Actor = {
  userId: "",
  username: "bench",
  name: "bench",
  role: "mohw_official",
  scope: { kind: "nation", code: null },
};
console.log(
  `Excel download memory: ${rounds} rounds, batches of ${batchSize} rows, ${gc ? "with" : "without"} forced GC`,
);
try {
  for (let round = 1; round <= rounds; round++) {
    gc?.();
    const before = process.memoryUsage();
    const peak = { rss: before.rss, heap: before.heapUsed, external: before.external };
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peak.rss = Math.max(peak.rss, m.rss);
      peak.heap = Math.max(peak.heap, m.heapUsed);
      peak.external = Math.max(peak.external, m.external);
    }, 50);
    const live: number[] = [];
    let bytes = 0;
    let next = 2e6;
    const t0 = performance.now();
    const written = await inScope(
      db,
      { actor: nation, clientIp: "127.0.0.1", requestId: "bench", config },
      async (ctx) => {
        const { batches } = await openExport(ctx.tx, nation, { sort: "name" }, batchSize);
        const out = new PassThrough();
        out.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          if (gc && bytes > next) {
            next += 2e6;
            gc();
            live.push(process.memoryUsage().heapUsed);
          }
        });
        const at = new Date();
        return writeInstitutionWorkbook(out, batches, {
          scopeLabel: "전국",
          username: "bench",
          reason: "성능측정",
          filters: { sort: "name" },
          at,
        });
      },
    );
    clearInterval(sampler);
    const after = process.memoryUsage();
    console.log(
      `round ${round}: ${written.rows} rows, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
        `RSS ${mb(before.rss)} → peak ${mb(peak.rss)} → ${mb(after.rss)} MB; ` +
        `heap used ${mb(before.heapUsed)} → peak ${mb(peak.heap)} MB; external peak ${mb(peak.external)} MB` +
        (live.length ? `; live heap after each GC ${live.map(mb).join(" ")} MB` : ""),
    );
  }
} finally {
  await db.close();
}
