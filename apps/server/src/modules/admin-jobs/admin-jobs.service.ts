import type { ActorCtx } from "../../platform/context.ts";
import { recentJobs } from "../../platform/jobs.ts";
import { pageOffset } from "../../platform/paging.ts";
import { JOB_STATE_LABELS, type JobQuery } from "./admin-jobs.schemas.ts";

/** The job queue's history with Korean names of jobs and states. */
export async function jobHistory(ctx: ActorCtx, labels: Readonly<Record<string, string>>, q: JobQuery) {
  const { rows, total } = await recentJobs(ctx.tx, { ...q, offset: pageOffset(q) });
  return {
    items: rows.map((r) => ({
      ...r,
      label: labels[r.name] ?? r.name,
      stateLabel: JOB_STATE_LABELS[r.state],
    })),
    total,
    page: q.page,
    limit: q.limit,
  };
}
