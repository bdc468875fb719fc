import type { Queryable } from "@ssis/db";
import { NOTIFICATION_KINDS, type NotificationKind, type OptionalChannel } from "@ssis/domain";
import { keysetLimit, keysetPage, pageClause, param } from "../../platform/paging.ts";
import { iso } from "../../platform/timestamps.ts";
import type { DeliveryQuery, NotificationListQuery } from "./notifications.schemas.ts";

/** Who receives a notice, resolved in SQL from the accounts in force. */
export type Recipient =
  | { users: readonly string[] }
  /** The institution's own accounts (시설장·담당자). */
  | { institutionUsers: string }
  /** The officials of the institution's 시군구 (the ones who do its casework). */
  | { sigunguOfficials: string }
  /** A support agency's staff (지원기관 담당자). */
  | { agencyUsers: string }
  /** The accounts of many institutions at once (a report round's targets). */
  | { usersOfInstitutions: readonly string[] };

function recipientCondition(params: unknown[], r: Recipient): string {
  if ("users" in r) return `u.id = any(${param(params, r.users)}::uuid[])`;
  if ("institutionUsers" in r)
    return `(u.scope_kind = 'institution' and u.scope_code = ${param(params, r.institutionUsers)}
      and u.role in ('provider_admin', 'provider_staff'))`;
  if ("usersOfInstitutions" in r)
    return `(u.scope_kind = 'institution' and u.scope_code = any(${param(params, r.usersOfInstitutions)}::text[])
      and u.role in ('provider_admin', 'provider_staff'))`;
  if ("agencyUsers" in r)
    return `(u.scope_kind = 'agency' and u.scope_code = ${param(params, r.agencyUsers)})`;
  return `(u.role = 'sigungu_official' and u.scope_code = ${param(params, r.sigunguOfficials)})`;
}

export interface NoticeRow {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  objectType: string | null;
  objectId: string | null;
  dedupeKey: string | null;
}

/**
 * Writes one notice per recipient and its e-mail/SMS deliveries, in one statement of the caller's
 * transaction (the outbox). A recipient who already has the dedupe key gets nothing new. Returns how many
 * notices were written and how many e-mail/SMS deliveries queued.
 */
export async function insertNotices(tx: Queryable, recipients: readonly Recipient[], notice: NoticeRow) {
  if (recipients.length === 0) return { notices: 0, deliveries: 0 };
  const def = NOTIFICATION_KINDS[notice.kind];
  const params: unknown[] = [];
  const who = recipients.map((r) => recipientCondition(params, r)).join(" or ");
  const values = [
    notice.kind,
    notice.title,
    notice.body,
    notice.link,
    notice.objectType,
    notice.objectId,
    notice.dedupeKey,
  ].map((v) => param(params, v));
  const defaults = param(params, [...def.defaultChannels]);
  const required = param(params, [...def.requiredChannels]);
  await tx.query("select set_config('app.notification_writer', 'on', true)");
  try {
    const { rows } = await tx.query<{ notices: number; deliveries: number }>(
      `with recipients as (
         select distinct u.id from app_user u where u.is_active and (${who})
       ), written as (
         insert into notification (id, user_id, kind, title, body, link, object_type, object_id, dedupe_key)
         select gen_random_uuid(), r.id, ${values.join(", ")} from recipients r
         on conflict (user_id, dedupe_key) do nothing
         returning id, user_id
       ), queued as (
         insert into notification_delivery (notification_id, channel, address)
         select w.id, c.channel, case c.channel when 'email' then u.email else u.phone end
         from written w
         join app_user u on u.id = w.user_id
         cross join (values ('email'), ('sms')) as c (channel)
         left join notification_preference p
           on p.user_id = w.user_id and p.kind = ${values[0]} and p.channel = c.channel
         where coalesce(case c.channel when 'email' then u.email else u.phone end, '') <> ''
           and (c.channel = any(${required}::text[])
                or coalesce(p.enabled, c.channel = any(${defaults}::text[])))
         returning 1
       )
       select (select count(*) from written)::int as notices, (select count(*) from queued)::int as deliveries`,
      params,
    );
    return rows[0] ?? { notices: 0, deliveries: 0 };
  } finally {
    await tx.query("select set_config('app.notification_writer', 'off', true)");
  }
}

export async function templateOverride(tx: Queryable, kind: NotificationKind) {
  const { rows } = await tx.query<{ subject: string; body: string }>(
    "select subject, body from notification_template where kind = $1",
    [kind],
  );
  return rows[0] ?? null;
}

interface NotificationDbRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

export async function listNotifications(tx: Queryable, userId: string, q: NotificationListQuery) {
  const params: unknown[] = [userId];
  const where = ["user_id = $1"];
  if (q.unread) where.push("read_at is null");
  if (q.kind) where.push(`kind = ${param(params, q.kind)}`);
  if (q.cursor) {
    const [at, id] = q.cursor.split("|");
    where.push(`(created_at, id) < (${param(params, at)}::timestamptz, ${param(params, id)}::uuid)`);
  }
  const { rows } = await tx.query<NotificationDbRow>(
    `select id, kind, title, body, link, created_at, read_at from notification
     where ${where.join(" and ")} order by created_at desc, id desc ${keysetLimit(params, q.limit)}`,
    params,
  );
  const page = keysetPage(rows, q.limit, (last) => `${iso(last.created_at)}|${last.id}`);
  return {
    items: page.rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      kindLabel: NOTIFICATION_KINDS[r.kind]?.label ?? r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: iso(r.created_at),
      readAt: iso(r.read_at),
    })),
    nextCursor: page.nextCursor,
  };
}

export async function countUnread(tx: Queryable, userId: string) {
  const { rows } = await tx.query<{ n: number }>(
    "select count(*)::int as n from notification where user_id = $1 and read_at is null",
    [userId],
  );
  return rows[0]?.n ?? 0;
}

export async function markRead(tx: Queryable, userId: string, id: string | null) {
  const params: unknown[] = [userId];
  const which = id ? `and id = ${param(params, id)}` : "";
  const r = await tx.query(
    `update notification set read_at = now() where user_id = $1 and read_at is null ${which}`,
    params,
  );
  return r.rowCount;
}

export async function notificationExists(tx: Queryable, userId: string, id: string) {
  const { rows } = await tx.query("select 1 from notification where user_id = $1 and id = $2", [userId, id]);
  return rows.length > 0;
}

export async function preferencesOf(tx: Queryable, userId: string) {
  const { rows } = await tx.query<{ kind: string; channel: OptionalChannel; enabled: boolean }>(
    "select kind, channel, enabled from notification_preference where user_id = $1",
    [userId],
  );
  return rows;
}

export async function contactOf(tx: Queryable, userId: string) {
  const { rows } = await tx.query<{ email: string | null; phone: string | null }>(
    "select email, phone from app_user where id = $1",
    [userId],
  );
  return rows[0] ?? { email: null, phone: null };
}

export async function savePreferences(
  tx: Queryable,
  userId: string,
  preferences: readonly { kind: string; channel: OptionalChannel; enabled: boolean }[],
) {
  await tx.query(
    `insert into notification_preference (user_id, kind, channel, enabled)
     select $1, p.kind, p.channel, p.enabled
     from unnest($2::text[], $3::text[], $4::boolean[]) as p (kind, channel, enabled)
     on conflict (user_id, kind, channel) do update set enabled = excluded.enabled, updated_at = now()`,
    [
      userId,
      preferences.map((p) => p.kind),
      preferences.map((p) => p.channel),
      preferences.map((p) => p.enabled),
    ],
  );
}

export async function templateRows(tx: Queryable) {
  const { rows } = await tx.query<{
    kind: NotificationKind;
    subject: string;
    body: string;
    version: number;
    updated_at: Date;
    updated_by_name: string;
  }>("select kind, subject, body, version, updated_at, updated_by_name from notification_template");
  return rows;
}

/** Saves the administrator's wording; false when the version read is no longer current. */
export async function saveTemplate(
  tx: Queryable,
  kind: NotificationKind,
  text: { subject: string; body: string },
  byName: string,
  version: number | undefined,
) {
  if (version === undefined) {
    const r = await tx.query(
      `insert into notification_template (kind, subject, body, updated_by_name) values ($1, $2, $3, $4)
       on conflict (kind) do nothing`,
      [kind, text.subject, text.body, byName],
    );
    return r.rowCount > 0;
  }
  const r = await tx.query(
    `update notification_template set subject = $2, body = $3, updated_by_name = $4, updated_at = now(),
       version = version + 1
     where kind = $1 and version = $5`,
    [kind, text.subject, text.body, byName, version],
  );
  return r.rowCount > 0;
}

export async function listDeliveries(tx: Queryable, q: DeliveryQuery) {
  const params: unknown[] = [];
  const where = ["true"];
  if (q.status) where.push(`d.status = ${param(params, q.status)}`);
  if (q.channel) where.push(`d.channel = ${param(params, q.channel)}`);
  await tx.query("select set_config('app.notification_writer', 'on', true)");
  const { rows } = await tx.query<{
    id: string;
    kind: NotificationKind;
    title: string;
    channel: OptionalChannel;
    address: string;
    status: "pending" | "sending" | "sent" | "failed";
    attempts: number;
    last_error: string | null;
    created_at: Date;
    sent_at: Date | null;
    total: number;
  }>(
    `select d.id, n.kind, n.title, d.channel, d.address, d.status, d.attempts, d.last_error, d.created_at,
            d.sent_at, count(*) over ()::int as total
     from notification_delivery d join notification n on n.id = d.notification_id
     where ${where.join(" and ")}
     order by d.created_at desc, d.id desc ${pageClause(params, q)}`,
    params,
  );
  await tx.query("select set_config('app.notification_writer', 'off', true)");
  return rows;
}
