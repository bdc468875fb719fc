import type { Queryable } from "@ssis/db";
import { ROLE_LABELS, type Role, type ScopeKind } from "@ssis/domain";
import { containsPattern, keysetLimit, keysetPage } from "../../platform/paging.ts";
import type { AdminUser, UserListQuery } from "./admin-users.schemas.ts";

interface UserRow {
  id: string;
  username: string;
  name: string;
  role: Role;
  scope_kind: ScopeKind;
  scope_code: string | null;
  scope_label: string | null;
  email: string | null;
  phone: string | null;
  is_active: boolean;
  locked_at: Date | null;
  failed_attempts: number;
  last_login_at: Date | null;
  must_change_password: boolean;
  version: number;
}

// The scope's name: a region, an agency, or an institution's name only (institution_name, migration 0001).
const SELECT = `select u.id, u.username, u.name, u.role, u.scope_kind, u.scope_code, u.email, u.phone, u.is_active,
  u.locked_at, u.failed_attempts, u.last_login_at, u.must_change_password, u.version,
  case u.scope_kind
    when 'nation' then '전국'
    when 'system' then '시스템'
    when 'sido' then (select r.sido_name from region r where r.code5 = u.scope_code || '000')
    when 'sigungu' then (select r.sido_name || ' ' || r.sigungu_name from region r where r.code5 = u.scope_code)
    when 'agency' then (select a.name from support_agency a where a.id::text = u.scope_code)
    else institution_name(u.scope_code)
  end as scope_label
  from app_user u`;

const toUser = (r: UserRow): AdminUser => ({
  id: r.id,
  username: r.username,
  name: r.name,
  role: r.role,
  roleLabel: ROLE_LABELS[r.role],
  scopeKind: r.scope_kind,
  scopeCode: r.scope_code,
  scopeLabel: r.scope_label ?? "",
  email: r.email,
  phone: r.phone,
  isActive: r.is_active,
  lockedAt: r.locked_at ? new Date(r.locked_at).toISOString() : null,
  failedAttempts: r.failed_attempts,
  lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
  mustChangePassword: r.must_change_password,
  version: r.version,
});

export async function listUsers(q: Queryable, query: UserListQuery) {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (query.q) add((p) => `(u.username ilike ${p} or u.name ilike ${p})`, containsPattern(query.q));
  if (query.role) add((p) => `u.role = ${p}`, query.role);
  if (query.locked === "true") where.push("u.locked_at is not null");
  if (query.locked === "false") where.push("u.locked_at is null");
  if (query.cursor) add((p) => `u.username > ${p}`, query.cursor);
  const limit = keysetLimit(params, query.limit);
  const { rows: read } = await q.query<UserRow>(
    `${SELECT} ${where.length ? `where ${where.join(" and ")}` : ""} order by u.username ${limit}`,
    params,
  );
  const { rows, nextCursor } = keysetPage(read, query.limit, (last) => last.username);
  return { items: rows.map(toUser), nextCursor };
}

export async function findUser(q: Queryable, id: string) {
  const { rows } = await q.query<UserRow>(`${SELECT} where u.id = $1`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function usernameTaken(q: Queryable, username: string) {
  return (await q.query("select 1 from app_user where username = $1", [username])).rowCount > 0;
}

/** A password an administrator set: changed by its owner at the next login; the account is unlocked. */
export async function resetPassword(q: Queryable, id: string, passwordHash: string) {
  await q.query(
    `update app_user set password_hash = $2, password_changed_at = now(), must_change_password = true,
       password_is_published = false, locked_at = null, failed_attempts = 0, version = version + 1,
       updated_at = now() where id = $1`,
    [id, passwordHash],
  );
  await q.query("delete from user_session where user_id = $1", [id]);
}

export async function insertUser(
  q: Queryable,
  u: {
    username: string;
    name: string;
    role: Role;
    scopeKind: ScopeKind;
    scopeCode: string | null;
    email: string | null;
    phone: string | null;
    passwordHash: string;
  },
) {
  const { rows } = await q.query<{ id: string }>(
    `insert into app_user (username, name, role, scope_kind, scope_code, email, phone, password_hash,
       must_change_password, password_is_published)
     values ($1, $2, $3, $4, $5, $6, $7, $8, true, false) returning id`,
    [u.username, u.name, u.role, u.scopeKind, u.scopeCode, u.email, u.phone, u.passwordHash],
  );
  return rows[0]?.id ?? "";
}

export async function unlockUser(q: Queryable, id: string) {
  return (
    await q.query(
      "update app_user set locked_at = null, failed_attempts = 0, version = version + 1, updated_at = now() where id = $1",
      [id],
    )
  ).rowCount;
}

export async function scopeExists(q: Queryable, kind: ScopeKind, code: string | null): Promise<boolean> {
  switch (kind) {
    case "nation":
    case "system":
      return code === null;
    case "sido":
      return (
        (await q.query("select 1 from region where level = 'sido' and sido_code = $1", [code])).rowCount > 0
      );
    case "sigungu":
      return (
        (await q.query("select 1 from region where level = 'sigungu' and code5 = $1", [code])).rowCount > 0
      );
    case "agency":
      return (await q.query("select 1 from support_agency where id::text = $1", [code])).rowCount > 0;
    case "institution":
      // The administrator cannot read institutions (RLS); a security-definer check answers only yes or no.
      return (
        (await q.query<{ ok: boolean }>("select institution_exists($1) as ok", [code])).rows[0]?.ok === true
      );
  }
}
