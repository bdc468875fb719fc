import type { Database } from "@ssis/db";
import type { AccessAction, AccessTarget } from "@ssis/domain";
import type { Ctx } from "./context.ts";

/** One access-log (접속기록) entry: who read, exported or changed personal data or legal records. */
export interface AccessEntry {
  /** Codes of the access-log tables in packages/domain, so every entry has a Korean label. */
  action: AccessAction;
  targetType: AccessTarget;
  targetId?: string | null;
  /** Whose data it is (e.g. the institution or person), for the monthly review. */
  subject?: string | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

/** Appends in the caller's transaction: a change and its log entry commit or fail together. */
export async function recordAccess(ctx: Ctx, entry: AccessEntry, who = ctx.actor): Promise<void> {
  await ctx.tx.query(
    `insert into access_log (user_id, username, role, client_ip, action, target_type, target_id, subject, reason, details)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      who?.userId ?? null,
      who?.username ?? null,
      who?.role ?? null,
      ctx.clientIp,
      entry.action,
      entry.targetType,
      entry.targetId ?? null,
      entry.subject ?? null,
      entry.reason ?? null,
      entry.details ? JSON.stringify(entry.details) : null,
    ],
  );
}

export interface ChainProblem {
  seq: number;
  problem: "hash_mismatch" | "broken_link" | "missing_entry";
  detail: string;
}

/**
 * Walks the whole chain: every entry's hash must match its content (access_log_entry_hash, the same SQL
 * function the insert trigger uses), link to the entry before it, and the sequence must have no gap.
 */
export async function verifyAccessLogChain(db: Database, batchSize = 5000) {
  const problems: ChainProblem[] = [];
  let lastSeq = 0;
  let lastHash = "GENESIS";
  let checked = 0;
  for (;;) {
    const { rows }: { rows: { seq: number; prev_hash: string; hash: string; recomputed: string }[] } =
      await db.query<{ seq: number; prev_hash: string; hash: string; recomputed: string }>(
        `select seq, prev_hash, hash, access_log_entry_hash(l) as recomputed
       from access_log l where seq > $1 order by seq limit $2`,
        [lastSeq, batchSize],
      );
    if (rows.length === 0) break;
    for (const row of rows) {
      const expectedPrev: string = lastHash;
      const expectedSeq: number = lastSeq + 1;
      if (row.seq !== expectedSeq)
        problems.push({
          seq: row.seq,
          problem: "missing_entry",
          detail: `${expectedSeq}번부터 ${row.seq - 1}번 기록이 없습니다(삭제 의심).`,
        });
      if (row.hash !== row.recomputed)
        problems.push({
          seq: row.seq,
          problem: "hash_mismatch",
          detail: "기록 내용이 해시와 다릅니다(변조 의심).",
        });
      if (row.prev_hash !== expectedPrev)
        problems.push({ seq: row.seq, problem: "broken_link", detail: "앞 기록과의 연결 해시가 다릅니다." });
      lastSeq = row.seq;
      lastHash = row.hash;
      checked++;
    }
  }
  return { checked, lastSeq, problems, ok: problems.length === 0 };
}
