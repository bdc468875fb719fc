import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Database } from "@ssis/db";
import { isRole, type ScopeKind } from "@ssis/domain";
import { LRUCache } from "lru-cache";
import type { Actor } from "../context.ts";

export const SESSION_COOKIE = "ssis_session";
// Idle time is checked on every request; writes to last_seen_at are spared within this window.
const TOUCH_INTERVAL_SECONDS = 15;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(db: Database, userId: string, clientIp: string, userAgent: string) {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await db.query(
    "insert into user_session (token_hash, user_id, csrf_token, client_ip, user_agent) values ($1, $2, $3, $4, $5)",
    [hashToken(token), userId, csrfToken, clientIp, userAgent.slice(0, 300)],
  );
  return { token, csrfToken };
}

export interface SessionLookup {
  actor: Actor;
  /** Set by an administrator's password (a new account, a reset): every route but the password's refuses. */
  mustChangePassword: boolean;
  csrfToken: string;
  tokenHash: string;
}

/**
 * A live session, once read, is trusted for this long without reading it again: the lookup was one of the
 * few round trips every request made to the database. The server forgets a session at once when it ends it
 * (logout, a deactivated account, a password change, an account locked by failed logins); another server
 * process sees such an end within these seconds. The idle timeout is minutes, so it is unaffected.
 */
export const SESSION_RECHECK_MS = 5_000;
const remembered = new LRUCache<string, SessionLookup>({ max: 20_000, ttl: SESSION_RECHECK_MS });

/** Forgets remembered sessions: one, every one of a user (but `except`), or all (a test that edits rows). */
export function forgetSessions(which: { tokenHash: string } | { userId: string; except?: string } | "all") {
  if (which === "all") remembered.clear();
  else if ("tokenHash" in which) remembered.delete(which.tokenHash);
  else {
    const ofUser = [...remembered.entries()].filter(
      ([hash, lookup]) => lookup.actor.userId === which.userId && hash !== which.except,
    );
    for (const [hash] of ofUser) remembered.delete(hash);
  }
}

/** Finds a live session; an idle one is deleted and reported as expired. */
export async function resumeSession(
  db: Database,
  token: string,
  idleSeconds: number,
  options: { touch?: boolean } = {},
): Promise<SessionLookup | "expired" | null> {
  const tokenHash = hashToken(token);
  const known = remembered.get(tokenHash);
  if (known) return known;
  const { rows } = await db.query<{
    user_id: string;
    csrf_token: string;
    idle: number;
    username: string;
    name: string;
    role: string;
    scope_kind: ScopeKind;
    scope_code: string | null;
    is_active: boolean;
    locked_at: string | null;
    must_change_password: boolean;
  }>(
    `select s.user_id, s.csrf_token, extract(epoch from now() - s.last_seen_at)::float8 as idle,
            u.username, u.name, u.role, u.scope_kind, u.scope_code, u.is_active, u.locked_at,
            u.must_change_password
     from user_session s join app_user u on u.id = s.user_id where s.token_hash = $1`,
    [tokenHash],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.idle > idleSeconds || !row.is_active || row.locked_at || !isRole(row.role)) {
    await db.query("delete from user_session where token_hash = $1", [tokenHash]);
    return "expired";
  }
  if (row.idle > TOUCH_INTERVAL_SECONDS && options.touch !== false)
    await db.query("update user_session set last_seen_at = now() where token_hash = $1", [tokenHash]);
  const lookup: SessionLookup = {
    tokenHash,
    csrfToken: row.csrf_token,
    mustChangePassword: row.must_change_password,
    actor: {
      userId: row.user_id,
      username: row.username,
      name: row.name,
      role: row.role,
      scope: { kind: row.scope_kind, code: row.scope_code },
    },
  };
  remembered.set(tokenHash, lookup);
  return lookup;
}

export async function touchSession(db: Database, tokenHash: string) {
  await db.query("update user_session set last_seen_at = now() where token_hash = $1", [tokenHash]);
}

export async function endSession(db: Database, tokenHash: string) {
  forgetSessions({ tokenHash });
  await db.query("delete from user_session where token_hash = $1", [tokenHash]);
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
