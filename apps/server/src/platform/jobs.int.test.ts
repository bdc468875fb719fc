import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/helpers.ts";
import { type JobDefinition, JobQueue } from "./jobs.ts";

let t: TestApp;
const queues: JobQueue[] = [];
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  for (const q of queues) await q.stop({ graceful: false });
  await t?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await sleep(100);
  }
}

async function startQueue(definitions: JobDefinition[]) {
  const q = new JobQueue(t.db);
  queues.push(q);
  await q.start(definitions);
  return q;
}

describe("the job queue (pg-boss on this engine)", () => {
  it("two processes on one database never run a job twice, nor two of a queue at the same time", async () => {
    const runs = new Map<number, number>();
    let active = 0;
    let maxActive = 0;
    const definition = (): JobDefinition => ({
      name: "test.twice",
      pollingIntervalSeconds: 0.5,
      run: async (data) => {
        active++;
        maxActive = Math.max(maxActive, active);
        const n = Number(data.n);
        runs.set(n, (runs.get(n) ?? 0) + 1);
        await sleep(50);
        active--;
      },
    });
    // Two queues, each with its own worker, as two server processes would have.
    const first = await startQueue([definition()]);
    await startQueue([definition()]);
    for (let n = 0; n < 8; n++) await first.send("test.twice", { n });
    await until(() => runs.size === 8);
    await sleep(1500);
    expect([...runs.values()]).toEqual(Array(8).fill(1));
    expect(maxActive).toBe(1);
  });

  it("a delayed job survives a restart: sent before one process stops, run by the next", async () => {
    const ran: string[] = [];
    // The first process has the queue but no worker for it, and stops: only the database keeps the job.
    const before = await startQueue([]);
    await before.createQueues([{ name: "test.delayed" }]);
    const id = await before.send("test.delayed", { what: "after restart" }, { startAfterSeconds: 1 });
    await before.stop({ graceful: false });
    const after = await startQueue([
      {
        name: "test.delayed",
        pollingIntervalSeconds: 0.5,
        run: async (data) => {
          ran.push(String(data.what));
        },
      },
    ]);
    await until(() => ran.length === 1);
    expect(ran).toEqual(["after restart"]);
    await until(async () => (await after.job("test.delayed", id ?? ""))?.state === "completed");
  });

  it("retries a failed job with backoff and keeps its history", async () => {
    let attempts = 0;
    const q = await startQueue([
      {
        name: "test.retry",
        pollingIntervalSeconds: 0.5,
        retryLimit: 2,
        retryDelaySeconds: 1,
        run: async () => {
          attempts++;
          if (attempts === 1) throw new Error("일시적 오류");
        },
      },
    ]);
    const id = (await q.send("test.retry")) ?? "";
    await until(async () => (await q.job("test.retry", id))?.state === "completed");
    const job = await q.job("test.retry", id);
    expect(attempts).toBe(2);
    expect(job).toMatchObject({ state: "completed", retryCount: 1, retryBackoff: true });
    // The administrator's 작업 이력 shows it, in Korean.
    const history = await (await t.login("sysadmin")).get("/api/admin/jobs?name=test.retry");
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().items).toMatchObject([
      { id, state: "completed", stateLabel: "완료", retryCount: 1 },
    ]);
    expect((await (await t.login("gu.jongno")).get("/api/admin/jobs")).statusCode).toBe(403);
  });
});
