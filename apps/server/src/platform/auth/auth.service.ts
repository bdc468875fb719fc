import type { Database, Queryable } from "@ssis/db";
import { checkPassword, ROLE_LABELS, ROLE_ZONE, type Role } from "@ssis/domain";
import { recordAccess } from "../audit.ts";
import type { Config } from "../config.ts";
import { type Actor, type Ctx, inScope } from "../context.ts";
import { AppError, validationFailed } from "../errors.ts";
import type { SessionUser } from "./auth.schemas.ts";
import { dummyVerify, hashPassword, verifyPassword } from "./passwords.ts";
import { createSession, forgetSessions } from "./sessions.ts";

interface UserRow {
  id: string;
  username: string;
  name: string;
  role: Role;
  scope_kind: Actor["scope"]["kind"];
  scope_code: string | null;
  password_hash: string;
  is_active: boolean;
  locked_at: string | null;
  failed_attempts: number;
  must_change_password: boolean;
}

const toActor = (u: UserRow): Actor => ({
  userId: u.id,
  username: u.username,
  name: u.name,
  role: u.role,
  scope: { kind: u.scope_kind, code: u.scope_code },
});

const INVALID = () =>
  new AppError(
    "INVALID_CREDENTIALS",
    401,
    "아이디 또는 비밀번호가 올바르지 않습니다. 5회 연속으로 틀리면 계정이 잠깁니다.",
  );
const LOCKED = () =>
  new AppError(
    "ACCOUNT_LOCKED",
    423,
    "비밀번호를 연속으로 잘못 입력하여 계정이 잠겼습니다. 시스템 관리자에게 잠금 해제를 요청하세요.",
  );

export interface LoginInput {
  username: string;
  password: string;
  clientIp: string;
  userAgent: string;
  requestId: string;
}

/**
 * Login with lockout after the configured number of consecutive failures (5 by default; domain.md §9).
 * The answer does not tell whether the ID exists.
 */
/**
 * Who is told when an account locks (the notifications module registers itself: platform code does not
 * import modules). It runs in its own transaction, after the failure is counted.
 */
let accountLockedListener:
  | ((ctx: Ctx, user: { userId: string; username: string }) => Promise<unknown>)
  | null = null;
export function onAccountLocked(listener: typeof accountLockedListener) {
  accountLockedListener = listener;
}

export async function login(db: Database, config: Config, input: LoginInput) {
  const base = { actor: null, clientIp: input.clientIp, requestId: input.requestId, config };
  const { rows } = await db.query<UserRow>("select * from app_user where username = $1", [input.username]);
  const user = rows[0];
  const logFailure = (reason: string, who: Actor) =>
    inScope(db, base, (ctx) =>
      recordAccess(
        ctx,
        { action: "login_failed", targetType: "session", subject: input.username, reason },
        who,
      ),
    );
  if (!user) {
    await dummyVerify(input.password);
    await inScope(db, base, (ctx) =>
      ctx.tx.query(
        `insert into access_log (username, client_ip, action, target_type, subject, reason)
         values ($1, $2, 'login_failed', 'session', $1, '등록되지 않은 아이디')`,
        [input.username, input.clientIp],
      ),
    );
    throw INVALID();
  }
  const actor = toActor(user);
  if (user.locked_at) {
    // Answered like an unknown name, so the lock does not tell that the name exists; only someone who
    // knows the password learns that the account is locked (the administrator sees it in 사용자 관리).
    const rightPassword = await verifyPassword(user.password_hash, input.password);
    await logFailure("잠긴 계정", actor);
    throw rightPassword ? LOCKED() : INVALID();
  }
  if (!user.is_active) {
    await logFailure("사용 중지된 계정", actor);
    throw INVALID();
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const { rows: updated } = await db.query<{ locked_at: string | null }>(
      `update app_user set failed_attempts = failed_attempts + 1,
         locked_at = case when failed_attempts + 1 >= $2 then now() else locked_at end
       where id = $1 returning locked_at`,
      [user.id, config.loginMaxFailures],
    );
    const nowLocked = Boolean(updated[0]?.locked_at);
    if (nowLocked) forgetSessions({ userId: user.id });
    const listener = accountLockedListener;
    if (nowLocked && listener)
      await inScope(db, base, (ctx) => listener(ctx, { userId: user.id, username: user.username }));
    await logFailure(nowLocked ? "비밀번호 오류(계정 잠김)" : "비밀번호 오류", actor);
    throw INVALID();
  }
  if (config.zone !== "all" && ROLE_ZONE[user.role] !== config.zone) {
    await logFailure("다른 망의 계정", actor);
    throw new AppError(
      "WRONG_ZONE",
      403,
      config.zone === "official"
        ? "이 계정은 행정망(행복이음)에서 사용할 수 없습니다. 희망이음(사회서비스정보시스템)으로 접속하세요."
        : "이 계정은 인터넷망(희망이음)에서 사용할 수 없습니다. 행복이음(행정망)으로 접속하세요.",
    );
  }
  await db.query("update app_user set failed_attempts = 0, last_login_at = now() where id = $1", [user.id]);
  const session = await createSession(db, user.id, input.clientIp, input.userAgent);
  const described = await inScope(db, { ...base, actor }, async (ctx) => {
    await recordAccess(ctx, { action: "login", targetType: "session" });
    return describeUser(ctx.tx, actor, user.must_change_password);
  });
  return { ...session, user: described };
}

/** The user as the portals show them: role, network zone and the name of their jurisdiction. */
export async function describeUser(
  q: Queryable,
  actor: Actor,
  mustChangePassword = false,
): Promise<SessionUser> {
  const { kind, code } = actor.scope;
  let label = "";
  let institution: SessionUser["institution"] = null;
  let agency: SessionUser["agency"] = null;
  if (kind === "nation") label = "전국";
  else if (kind === "system") label = "시스템";
  else if (kind === "sido" || kind === "sigungu") {
    const { rows } = await q.query<{ sido_name: string; sigungu_name: string | null }>(
      "select sido_name, sigungu_name from region where code5 = $1",
      [kind === "sido" ? `${code}000` : code],
    );
    label = rows[0] ? [rows[0].sido_name, rows[0].sigungu_name].filter(Boolean).join(" ") : (code ?? "");
  } else if (kind === "institution" && code) {
    // Read in the caller's scoped transaction, so row-level security applies here too.
    const { rows } = await q.query<{ id: string; name: string }>(
      "select id, name from institution where id = $1",
      [code],
    );
    institution = rows[0] ?? null;
    label = rows[0]?.name ?? "";
  } else if (kind === "agency" && code) {
    const { rows } = await q.query<{ id: string; name: string }>(
      "select id, name from support_agency where id = $1",
      [code],
    );
    agency = rows[0] ?? null;
    label = rows[0]?.name ?? "";
  }
  return {
    id: actor.userId,
    username: actor.username,
    name: actor.name,
    role: actor.role,
    roleLabel: ROLE_LABELS[actor.role],
    zone: ROLE_ZONE[actor.role],
    scope: { kind, code, label },
    institution,
    agency,
    mustChangePassword,
  };
}

export async function changePassword(
  ctx: Ctx & { actor: Actor },
  input: { currentPassword: string; newPassword: string; keepSessionHash: string },
) {
  const { rows } = await ctx.tx.query<{ password_hash: string }>(
    "select password_hash from app_user where id = $1",
    [ctx.actor.userId],
  );
  const stored = rows[0]?.password_hash;
  if (!stored || !(await verifyPassword(stored, input.currentPassword)))
    throw validationFailed([{ field: "currentPassword", message: "현재 비밀번호가 올바르지 않습니다." }]);
  const check = checkPassword(input.newPassword, ctx.actor.username);
  const problems = check.problems.map((message) => ({ field: "newPassword", message }));
  if (input.newPassword === input.currentPassword)
    problems.push({ field: "newPassword", message: "현재 비밀번호와 다른 비밀번호를 입력하세요." });
  if (problems.length > 0) throw validationFailed(problems, "새 비밀번호가 규칙에 맞지 않습니다.");
  await ctx.tx.query(
    `update app_user set password_hash = $2, password_changed_at = now(), must_change_password = false,
       password_is_published = false, version = version + 1, updated_at = now() where id = $1`,
    [ctx.actor.userId, await hashPassword(input.newPassword)],
  );
  // Other sessions of the same account end, as after any credential change.
  await ctx.tx.query("delete from user_session where user_id = $1 and token_hash <> $2", [
    ctx.actor.userId,
    input.keepSessionHash,
  ]);
  // This session too: what it remembered (must change the password) is no longer true.
  forgetSessions({ userId: ctx.actor.userId });
  await recordAccess(ctx, { action: "update", targetType: "account_password", targetId: ctx.actor.userId });
}
