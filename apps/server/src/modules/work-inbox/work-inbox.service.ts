import type { Database, Queryable } from "@ssis/db";
import {
  addDays,
  DEADLINE_STATE_LABELS,
  DEADLINE_WARNING_DAYS,
  daysUntil,
  deadlineState,
  koreaToday,
  type NotificationKind,
  type Zone,
} from "@ssis/domain";
import type { ActorCtx } from "../../platform/context.ts";
import type { InboxKindDefinition, SweepDefinition } from "../../platform/inbox.ts";
import { asSystemJob } from "../../platform/jobs.ts";
import { notify, type Recipient } from "../notifications/index.ts";
import * as repo from "./work-inbox.repository.ts";
import type { InboxQuery } from "./work-inbox.schemas.ts";

export interface WorkInbox {
  kinds: readonly InboxKindDefinition[];
  sweeps: readonly SweepDefinition[];
}

const ofPortal = (inbox: WorkInbox, portal: Zone) => inbox.kinds.filter((k) => k.portal === portal);

export async function listInbox(ctx: ActorCtx, inbox: WorkInbox, portal: Zone, q: InboxQuery) {
  const all = ofPortal(inbox, portal);
  const chosen = q.kind ? all.filter((k) => k.kind === q.kind) : all;
  const today = koreaToday();
  const labels = new Map(all.map((k) => [k.kind, k.label]));
  const rows = chosen.length > 0 ? await repo.inboxPage(ctx.tx, chosen, ctx.actor, q) : [];
  const counts = new Map((await repo.inboxCounts(ctx.tx, all, ctx.actor)).map((c) => [c.kind, c]));
  return {
    items: rows.map((r) => {
      const state = deadlineState(r.due_on, today);
      return {
        kind: r.kind,
        kindLabel: labels.get(r.kind) ?? r.kind,
        id: r.id,
        title: r.title,
        institutionId: r.institution_id,
        institutionName: r.institution_name,
        sigunguCode: r.sigungu_code,
        sigunguName: r.sigungu_name,
        dueOn: r.due_on,
        daysLeft: r.due_on ? daysUntil(r.due_on, today) : null,
        state,
        stateLabel: DEADLINE_STATE_LABELS[state],
        link: r.link,
      };
    }),
    total: rows[0]?.total ?? 0,
    page: q.page,
    limit: q.limit,
    today,
    kinds: all.map((k) => ({
      kind: k.kind,
      label: k.label,
      count: counts.get(k.kind)?.count ?? 0,
      overdue: counts.get(k.kind)?.overdue ?? 0,
      soon: counts.get(k.kind)?.soon ?? 0,
    })),
  };
}

export async function countInbox(ctx: ActorCtx, inbox: WorkInbox, portal: Zone) {
  const counts = await repo.inboxCounts(ctx.tx, ofPortal(inbox, portal), ctx.actor);
  const sum = (f: (c: (typeof counts)[number]) => number) => counts.reduce((n, c) => n + f(c), 0);
  return { count: sum((c) => c.count), overdue: sum((c) => c.overdue), soon: sum((c) => c.soon) };
}

/**
 * The daily sweep, in Korean time: for every declared kind with reminders, the items due in 3 days and those
 * that became overdue yesterday get their notices; then the other declared checks run. A notice's dedupe key
 * holds the item and its due date, so running the sweep twice the same day (a retry, a second process)
 * writes nothing twice. Returns how many notices each part wrote.
 */
export async function runDailySweep(db: Database, inbox: WorkInbox, now = new Date()) {
  const today = koreaToday(now);
  const soonDate = addDays(today, DEADLINE_WARNING_DAYS);
  const overdueDate = addDays(today, -1);
  const written: Record<string, number> = {};
  for (const kind of inbox.kinds) {
    const reminders = kind.reminders;
    if (!reminders) continue;
    written[kind.kind] = await asSystemJob(
      db,
      async (tx) => {
        let n = 0;
        for (const item of await repo.itemsDueOn(tx, kind, [soonDate, overdueDate]))
          n += await remind(tx, kind, item, item.due_on === soonDate ? reminders.soon : reminders.overdue);
        return n;
      },
      now,
    );
  }
  for (const sweep of inbox.sweeps)
    written[sweep.name] = await asSystemJob(db, (tx) => sweep.run(tx, today), now);
  return written;
}

/** One item's reminder to whom its kind names, each audience with its own screen's link. */
async function remind(
  tx: Queryable,
  kind: InboxKindDefinition,
  item: repo.InboxRow,
  notice: NotificationKind | undefined,
) {
  const reminders = kind.reminders;
  if (!reminders || !notice || !item.institution_id) return 0;
  const audiences: Array<{ to: Recipient; link: string }> = [];
  if (reminders.to !== "sigungu")
    audiences.push({ to: { institutionUsers: item.institution_id }, link: item.link });
  if (reminders.to !== "institution")
    audiences.push({
      to: { sigunguOfficials: item.sigungu_code },
      link: item.vars.officialLink ?? item.link,
    });
  let n = 0;
  for (const audience of audiences)
    n += await notify(
      { tx },
      {
        kind: notice,
        recipients: [audience.to],
        variables: { institutionName: item.institution_name, dueOn: item.due_on, ...item.vars },
        link: audience.link,
        object: { type: kind.kind, id: item.id },
        dedupeKey: `${notice}:${item.id}:${item.due_on}`,
      },
    );
  return n;
}

/**
 * The overdue notices of some institutions' open items, whenever they fell due: for the demo data, whose
 * deadlines passed before the server first ran, so a newcomer's bell shows what the sweep would have said.
 */
export async function remindOverdue(db: Database, inbox: WorkInbox, institutionIds: readonly string[]) {
  let n = 0;
  for (const kind of inbox.kinds) {
    const overdue = kind.reminders?.overdue;
    if (!overdue) continue;
    n += await asSystemJob(db, async (tx) => {
      let written = 0;
      for (const item of await repo.overdueItemsOf(tx, kind, institutionIds))
        written += await remind(tx, kind, item, overdue);
      return written;
    });
  }
  return n;
}
