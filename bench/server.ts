/**
 * The real server as the benchmarks run it: a child process on a free port, production mode, against a
 * database the bench has loaded (its demo accounts included, so DEMO_DATA=on lets their published password
 * in), without the job queue (its schedules and deliveries are not what is measured).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export async function startServer(options: {
  databaseUrl: string;
  port: number;
  dataDir: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
}): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), "--import", "tsx", "apps/server/src/main.ts"],
    {
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        PORT: String(options.port),
        DEMO_DATA: "on",
        JOBS: "off",
        LOG_LEVEL: "warn",
        NODE_ENV: "production",
        PERSONAL_DATA_KEY: randomBytes(32).toString("base64"),
        DATA_DIR: options.dataDir,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (d: Buffer) => process.stdout.write(`  [server] ${d}`));
  child.stderr?.on("data", (d: Buffer) => process.stderr.write(`  [server] ${d}`));
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`http://127.0.0.1:${options.port}/api/ready`);
      if (r.ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error("server not ready after 120 s");
    await sleep(200);
  }
}

export async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
