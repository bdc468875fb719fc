import { checkPassword, ROLE_SCOPE_KINDS, type ScopeKind } from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import { hashPassword } from "../../platform/auth/passwords.ts";
import { forgetSessions } from "../../platform/auth/sessions.ts";
import type { ActorCtx } from "../../platform/context.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import { updateAndRead } from "../../platform/versioning.ts";
import * as repo from "./admin-users.repository.ts";
import type { CreateUserBody, UpdateUserBody, UserListQuery } from "./admin-users.schemas.ts";

export const listUsers = (ctx: ActorCtx, query: UserListQuery) => repo.listUsers(ctx.tx, query);

export async function createUser(ctx: ActorCtx, body: CreateUserBody) {
  const kinds = ROLE_SCOPE_KINDS[body.role];
  const scopeCode = body.scopeCode || null;
  const errors: { field: string; message: string }[] = [];
  const fitting: ScopeKind[] = [];
  for (const kind of kinds) if (await repo.scopeExists(ctx.tx, kind, scopeCode)) fitting.push(kind);
  if (fitting.length === 0)
    errors.push({
      field: "scopeCode",
      message: "역할에 맞는 관할(시도·시군구 코드, 기관 또는 지원기관 ID)을 입력하세요.",
    });
  if (await repo.usernameTaken(ctx.tx, body.username))
    errors.push({ field: "username", message: "이미 사용 중인 아이디입니다." });
  for (const message of checkPassword(body.initialPassword, body.username).problems)
    errors.push({ field: "initialPassword", message });
  if (errors.length > 0) throw validationFailed(errors);
  const id = await repo.insertUser(ctx.tx, {
    username: body.username,
    name: body.name,
    role: body.role,
    scopeKind: fitting[0] ?? "system",
    scopeCode,
    email: body.email ?? null,
    phone: body.phone ?? null,
    passwordHash: await hashPassword(body.initialPassword),
  });
  await recordAccess(ctx, {
    action: "create",
    targetType: "account",
    targetId: id,
    subject: body.username,
    details: { role: body.role, scopeCode },
  });
  const created = await repo.findUser(ctx.tx, id);
  if (!created) throw notFound("사용자");
  return created;
}

export async function updateUser(ctx: ActorCtx, id: string, body: UpdateUserBody, version: number) {
  const before = await repo.findUser(ctx.tx, id);
  if (!before) throw notFound("사용자");
  if (id === ctx.actor.userId && body.isActive === false)
    throw new AppError("VALIDATION_FAILED", 400, "자기 계정은 사용 중지할 수 없습니다.");
  const changes: Record<string, unknown> = {};
  if (body.name !== undefined) changes.name = body.name;
  if (body.email !== undefined) changes.email = body.email;
  if (body.phone !== undefined) changes.phone = body.phone;
  if (body.isActive !== undefined) changes.is_active = body.isActive;
  if (Object.keys(changes).length === 0)
    throw new AppError("VALIDATION_FAILED", 400, "변경할 항목을 입력하세요.");
  const after = await updateAndRead(ctx.tx, {
    table: "app_user",
    id,
    version,
    changes,
    what: "사용자 정보",
    readCurrent: () => repo.findUser(ctx.tx, id),
  });
  if (body.isActive === false) {
    await ctx.tx.query("delete from user_session where user_id = $1", [id]);
    forgetSessions({ userId: id });
  }
  await recordAccess(ctx, {
    action: "update",
    targetType: "account",
    targetId: id,
    subject: before.username,
    details: { changes },
  });
  return after;
}

/** 비밀번호 초기화: the user must change it at the next login; their sessions end. */
export async function resetUserPassword(ctx: ActorCtx, id: string, body: { newPassword: string }) {
  const user = await repo.findUser(ctx.tx, id);
  if (!user) throw notFound("사용자");
  const problems = checkPassword(body.newPassword, user.username).problems;
  if (problems.length > 0)
    throw validationFailed(problems.map((message) => ({ field: "newPassword", message })));
  await repo.resetPassword(ctx.tx, id, await hashPassword(body.newPassword));
  forgetSessions({ userId: id });
  await recordAccess(ctx, {
    action: "update",
    targetType: "account_password",
    targetId: id,
    subject: user.username,
  });
}

export async function unlockUser(ctx: ActorCtx, id: string) {
  const user = await repo.findUser(ctx.tx, id);
  if (!user) throw notFound("사용자");
  await repo.unlockUser(ctx.tx, id);
  await recordAccess(ctx, { action: "unlock", targetType: "account", targetId: id, subject: user.username });
}
