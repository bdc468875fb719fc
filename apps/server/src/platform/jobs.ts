import type { Database, Queryable, Transaction } from "@ssis/db";
import { koreaToday } from "@ssis/domain";
import PgBoss from "pg-boss";

/**
 * The job queue: pg-boss (PostgreSQL-backed) on both engines. Scheduled and delayed jobs live in the
 * database (schema `pgboss`), so they survive a restart; a job is fetched by one worker only (SELECT … FOR
 * UPDATE SKIP LOCKED), so two server processes never run it twice at the same time; a failed job is
 * retried with exponential backoff; finished jobs are archived and kept (history).
 *
 * pg-boss talks to the database through our own connection (`pgBossDatabase`), not a pool of its own, so
 * it runs on the embedded PGlite too, where there is only one connection.
 */

/** A kind of job: its queue and what runs it. */
export interface JobDefinition {
  /** Queue name, e.g. "notifications.deliver". */
  name: string;
  /** Cron expression in Korean time (Asia/Seoul), e.g. "10 0 * * *" for 00:10 KST daily. */
  cron?: string;
  /** Attempts after the first failure (exponential backoff from retryDelaySeconds). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Seconds between looks for new work (pg-boss allows 0.5 at the least). */
  pollingIntervalSeconds?: number;
  run: (data: Record<string, unknown>) => Promise<void>;
}

export interface JobRunOptions {
  /** Delay in seconds before the job may start. */
  startAfterSeconds?: number;
  /** At most one waiting job with this key (a second send is dropped while the first waits). */
  singletonKey?: string;
}

/** Runs pg-boss's SQL on our connection, with the owner's rights (the pgboss schema is not the app's). */
export function pgBossDatabase(db: Database) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      // Install and migration scripts come wrapped in BEGIN … COMMIT; we give them our transaction instead.
      const wrapped = /^\s*BEGIN;/i.test(text);
      const sql = wrapped ? text.replace(/^\s*BEGIN;/i, "").replace(/COMMIT;\s*$/i, "") : text;
      return db.transaction(async (tx: Transaction) => {
        // The session's own user (the owner), for this transaction only: the application role has no rights
        // on the pgboss schema.
        await tx.exec("set local role none");
        if (wrapped) {
          await tx.exec(sql);
          return { rows: [], rowCount: 0 };
        }
        return tx.query(sql, values ?? []);
      });
    },
  };
}

export class JobQueue {
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    private readonly db: Database,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    this.boss = new PgBoss({
      db: pgBossDatabase(db),
      schema: "pgboss",
      // History: completed jobs are archived after a day and kept for 90 days.
      archiveCompletedAfterSeconds: 24 * 3600,
      deleteAfterDays: 90,
      // The scheduler reads cron expressions in this zone.
      clockMonitorIntervalSeconds: 600,
    } as PgBoss.ConstructorOptions);
    this.boss.on("error", (error: Error) => this.log(`작업 대기열 오류: ${error.message}`));
  }

  /** Creates the queues, registers their workers and schedules (idempotent across processes). */
  async start(definitions: readonly JobDefinition[]): Promise<void> {
    if (!this.started) {
      await this.boss.start();
      // The administrator's 작업 이력 reads the history as the application role.
      const owner = pgBossDatabase(this.db);
      await owner.executeSql("grant usage on schema pgboss to ssis_app");
      await owner.executeSql("grant select on pgboss.job, pgboss.archive to ssis_app");
    }
    this.started = true;
    await this.createQueues(definitions);
    for (const d of definitions) {
      await this.boss.work<Record<string, unknown>>(
        d.name,
        { pollingIntervalSeconds: d.pollingIntervalSeconds ?? 2, batchSize: 1 },
        async (jobs) => {
          for (const job of jobs) await d.run(job.data ?? {});
        },
      );
      if (d.cron) await this.boss.schedule(d.name, d.cron, {}, { tz: "Asia/Seoul" });
      else await this.boss.unschedule(d.name).catch(() => undefined);
    }
  }

  /** The queues alone, without workers (a process that only sends). */
  async createQueues(
    definitions: readonly Pick<JobDefinition, "name" | "retryLimit" | "retryDelaySeconds">[],
  ) {
    for (const d of definitions) {
      if (await this.boss.getQueue(d.name)) continue;
      // 'singleton': at most one job of the queue active at a time, across every process.
      await this.boss.createQueue(d.name, {
        name: d.name,
        policy: "singleton",
        retryLimit: d.retryLimit ?? 5,
        retryDelay: d.retryDelaySeconds ?? 30,
        retryBackoff: true,
      });
    }
  }

  async send(name: string, data: Record<string, unknown> = {}, options: JobRunOptions = {}) {
    return this.boss.send(name, data, {
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    });
  }

  /** A job's record (state, attempts, output) for tests and the administrator. */
  async job(name: string, id: string) {
    return this.boss.getJobById(name, id, { includeArchive: true });
  }

  /** Stops fetching; waits for running jobs unless `graceful` is false (a crash in tests). */
  async stop(options: { graceful?: boolean } = {}): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: options.graceful ?? true, wait: true, close: false, timeout: 10_000 });
  }
}

/**
 * A job's transaction: it acts for no signed-in user, nationwide (sweeps read every jurisdiction), may
 * write and deliver notifications for anyone, and reasons with today's Korean date.
 */
export function asSystemJob<T>(db: Database, fn: (tx: Transaction) => Promise<T>, now = new Date()) {
  return db.transaction(fn, {
    settings: {
      "app.scope_kind": "nation",
      "app.scope_code": "",
      "app.user_id": "",
      "app.role": "system_job",
      "app.today": koreaToday(now),
      "app.notification_writer": "on",
    },
  });
}

export interface JobRecord {
  id: string;
  name: string;
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  retryCount: number;
  createdOn: string;
  startedOn: string | null;
  completedOn: string | null;
  /** The error of a failed attempt (pg-boss keeps it as the job's output). */
  error: string | null;
}

/**
 * The job history, newest first: waiting and running jobs and the archive of finished ones (kept 90 days).
 * Empty where the queue has never run on this database.
 */
export async function recentJobs(
  tx: Queryable,
  q: { name?: string; state?: JobRecord["state"]; limit: number; offset: number },
): Promise<{ rows: JobRecord[]; total: number }> {
  const installed = await tx.query<{ ok: boolean }>(
    `select to_regclass('pgboss.archive') is not null
       and has_table_privilege('pgboss.archive', 'select') as ok`,
  );
  if (!installed.rows[0]?.ok) return { rows: [], total: 0 };
  const { rows } = await tx.query(
    `select id, name, state, retry_count, created_on, started_on, completed_on,
            output ->> 'message' as error, count(*) over ()::int as total
     from (select id, name, state::text, retry_count, created_on, started_on, completed_on, output
             from pgboss.job
           union all
           select id, name, state::text, retry_count, created_on, started_on, completed_on, output
             from pgboss.archive) j
     where name not like '\\_\\_%' and ($1::text is null or name = $1) and ($2::text is null or state = $2)
     order by created_on desc, id desc limit $3 offset $4`,
    [q.name ?? null, q.state ?? null, q.limit, q.offset],
  );
  const typed = rows as {
    id: string;
    name: string;
    state: JobRecord["state"];
    retry_count: number;
    created_on: Date;
    started_on: Date | null;
    completed_on: Date | null;
    error: string | null;
    total: number;
  }[];
  return {
    total: typed[0]?.total ?? 0,
    rows: typed.map((r) => ({
      id: r.id,
      name: r.name,
      state: r.state,
      retryCount: r.retry_count,
      createdOn: new Date(r.created_on).toISOString(),
      startedOn: r.started_on ? new Date(r.started_on).toISOString() : null,
      completedOn: r.completed_on ? new Date(r.completed_on).toISOString() : null,
      error: r.error,
    })),
  };
}
