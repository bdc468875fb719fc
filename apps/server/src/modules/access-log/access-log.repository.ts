import type { Queryable } from "@ssis/db";
import type { Actor } from "../../platform/context.ts";
import { keysetLimit, keysetPage } from "../../platform/paging.ts";
import type { AccessLogQuery } from "./access-log.schemas.ts";

/**
 * Newest first, keyset on seq. An auditor of a 시도 or 시군구 sees the entries of users of that
 * jurisdiction (officials there and the institutions there); a national auditor sees all.
 */
export async function searchAccessLog(q: Queryable, actor: Actor, query: AccessLogQuery) {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (actor.scope.kind === "sido" || actor.scope.kind === "sigungu") {
    const column = actor.scope.kind === "sido" ? "sido_code" : "sigungu_code";
    add(
      (p) => `l.user_id in (
        select u.id from app_user u where (u.scope_kind = '${actor.scope.kind}' and u.scope_code = ${p})
          or (u.scope_kind = 'institution' and u.scope_code in (select id::text from institution where ${column} = ${p})))`,
      actor.scope.code,
    );
  } else if (actor.scope.kind !== "nation") where.push("false");
  if (query.from) add((p) => `l.occurred_at >= ${p}::date::timestamp at time zone 'Asia/Seoul'`, query.from);
  if (query.to) add((p) => `l.occurred_at < (${p}::date + 1)::timestamp at time zone 'Asia/Seoul'`, query.to);
  if (query.username) add((p) => `l.username = ${p}`, query.username);
  if (query.action) add((p) => `l.action = ${p}`, query.action);
  if (query.targetType) add((p) => `l.target_type = ${p}`, query.targetType);
  if (query.cursor) add((p) => `l.seq < ${p}`, query.cursor);
  const limit = keysetLimit(params, query.limit);
  const { rows: read } = await q.query<{
    seq: number;
    occurred_at: Date;
    username: string | null;
    role: string | null;
    client_ip: string | null;
    action: string;
    target_type: string;
    target_id: string | null;
    subject: string | null;
    reason: string | null;
  }>(
    `select seq, occurred_at, username, role, client_ip, action, target_type, target_id, subject, reason
     from access_log l ${where.length ? `where ${where.join(" and ")}` : ""}
     order by seq desc ${limit}`,
    params,
  );
  const { rows, nextCursor } = keysetPage(read, query.limit, (last) => last.seq);
  return {
    items: rows.map((r) => ({
      seq: r.seq,
      occurredAt: new Date(r.occurred_at).toISOString(),
      username: r.username,
      role: r.role,
      clientIp: r.client_ip,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      subject: r.subject,
      reason: r.reason,
    })),
    nextCursor,
  };
}
