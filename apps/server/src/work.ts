/**
 * The composition root of the work that finds its people: every module's declared inbox kinds and sweeps,
 * and the background jobs that act on them. A new module adds its declarations here (one line each).
 */
import type { Database } from "@ssis/db";
import { koreaToday } from "@ssis/domain";
import { dispositionInboxKinds, dispositionSweeps } from "./modules/dispositions/index.ts";
import { findingInboxKinds } from "./modules/inspection-findings/index.ts";
import {
  type Channels,
  channelsFromConfig,
  deliverPending,
  onNoticesWritten,
} from "./modules/notifications/index.ts";
import { registerInboxKinds } from "./modules/register/index.ts";
import { statusReportInboxKinds } from "./modules/status-reports/index.ts";
import { supportAgencySweeps } from "./modules/support-agencies/index.ts";
import { runDailySweep, type WorkInbox } from "./modules/work-inbox/index.ts";
import type { Config } from "./platform/config.ts";
import { type JobDefinition, JobQueue } from "./platform/jobs.ts";

export const WORK_INBOX: WorkInbox = {
  kinds: [...registerInboxKinds, ...findingInboxKinds, ...statusReportInboxKinds, ...dispositionInboxKinds],
  sweeps: [...dispositionSweeps, ...supportAgencySweeps],
};

export const JOB_NAMES = {
  deliver: "notifications.deliver",
  dailySweep: "work.daily-sweep",
} as const;

/** The jobs' names as the administrator reads them (작업 이력). */
export const JOB_LABELS: Record<string, string> = {
  [JOB_NAMES.deliver]: "알림 발송(전자우편·문자)",
  [JOB_NAMES.dailySweep]: "기한 점검(매일 00:10)",
};

export function jobDefinitions(db: Database, channels: Channels): JobDefinition[] {
  return [
    {
      name: JOB_NAMES.deliver,
      // Every minute as a safety net; a committed notice also wakes it at once (onNoticesWritten).
      cron: "* * * * *",
      retryLimit: 3,
      retryDelaySeconds: 10,
      run: async () => {
        await deliverPending(db, channels);
      },
    },
    {
      name: JOB_NAMES.dailySweep,
      // 00:10 KST: a new Korean day's deadlines.
      cron: "10 0 * * *",
      retryLimit: 5,
      retryDelaySeconds: 60,
      run: async () => {
        await runDailySweep(db, WORK_INBOX);
      },
    },
  ];
}

/** Starts the job queue in this process: schedules, the outbox's delivery and the daily sweep. */
export async function startBackgroundWork(db: Database, config: Config, log: (m: string) => void) {
  const queue = new JobQueue(db, log);
  await queue.start(jobDefinitions(db, channelsFromConfig(config)));
  onNoticesWritten(() => queue.send(JOB_NAMES.deliver, {}, { singletonKey: "wake" }));
  // A server that was down at 00:10 catches up at start (the sweep writes nothing twice).
  await queue.send(JOB_NAMES.dailySweep, {}, { singletonKey: `start:${koreaToday()}` });
  return {
    queue,
    stop: async () => {
      onNoticesWritten(null);
      await queue.stop();
    },
  };
}
