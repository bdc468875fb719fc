import type { Database } from "@ssis/db";
import { asSystemJob } from "../../platform/jobs.ts";
import type { Channels } from "./channels.ts";

export interface DeliveryOptions {
  /** Deliveries claimed per round. */
  batchSize?: number;
  /** How long a claim holds: a sender that stops (a crash) loses its claim after this many seconds. */
  leaseSeconds?: number;
  /** Attempts before a delivery is given up as failed. */
  maxAttempts?: number;
}

interface Claimed {
  id: string;
  channel: "email" | "sms";
  address: string;
  title: string;
  body: string;
  attempts: number;
}

/** Seconds before attempt n+1: 1, 2, 4, 8 … minutes. */
export const retryDelaySeconds = (attempts: number) => 60 * 2 ** Math.max(0, attempts - 1);

/**
 * Sends what the outbox holds, until nothing is due. Each delivery is claimed (FOR UPDATE SKIP LOCKED, a
 * lease) in its own short transaction, sent, then marked sent: two senders never take the same row, and a
 * sender that dies mid-send leaves a lease that runs out, after which the row is sent again. The message id
 * is the delivery's id, so a receiver can tell that repeat from a new message.
 */
export async function deliverPending(db: Database, channels: Channels, options: DeliveryOptions = {}) {
  const batchSize = options.batchSize ?? 20;
  const lease = options.leaseSeconds ?? 120;
  const maxAttempts = options.maxAttempts ?? 5;
  let sent = 0;
  let failed = 0;
  for (;;) {
    const claimed = await asSystemJob(db, async (tx) => {
      const { rows } = await tx.query<Claimed>(
        `with due as (
           select id from notification_delivery
           where (status = 'pending' and next_attempt_at <= now())
              or (status = 'sending' and lease_until < now())
           order by next_attempt_at
           limit $1
           for update skip locked
         )
         update notification_delivery d
         set status = 'sending', attempts = d.attempts + 1, lease_until = now() + make_interval(secs => $2)
         from due, notification n
         where d.id = due.id and n.id = d.notification_id
         returning d.id, d.channel, d.address, n.title, n.body, d.attempts`,
        [batchSize, lease],
      );
      return rows;
    });
    if (claimed.length === 0) return { sent, failed };
    for (const d of claimed) {
      try {
        await channels[d.channel].send({ deliveryId: d.id, to: d.address, subject: d.title, text: d.body });
        await asSystemJob(db, (tx) =>
          tx.query(
            `update notification_delivery set status = 'sent', sent_at = now(), lease_until = null,
               last_error = null
             where id = $1 and status = 'sending'`,
            [d.id],
          ),
        );
        sent++;
      } catch (error) {
        const givingUp = d.attempts >= maxAttempts;
        await asSystemJob(db, (tx) =>
          tx.query(
            `update notification_delivery
             set status = $2, last_error = $3, lease_until = null,
                 next_attempt_at = now() + make_interval(secs => $4)
             where id = $1 and status = 'sending'`,
            [
              d.id,
              givingUp ? "failed" : "pending",
              String((error as Error).message).slice(0, 500),
              retryDelaySeconds(d.attempts),
            ],
          ),
        );
        if (givingUp) failed++;
      }
    }
  }
}
