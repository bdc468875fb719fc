import { ROLES, SCOPE_KINDS } from "@ssis/domain";
import { z } from "zod";
import { idParam, versionField } from "../../platform/schema-fields.ts";

export const userListQuery = z.object({
  q: z.string().trim().max(64).optional(),
  role: z.enum(ROLES).optional(),
  locked: z.enum(["true", "false"]).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type UserListQuery = z.infer<typeof userListQuery>;

export const adminUser = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  scopeKind: z.enum(SCOPE_KINDS),
  scopeCode: z.string().nullable(),
  scopeLabel: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isActive: z.boolean(),
  lockedAt: z.string().nullable(),
  failedAttempts: z.number(),
  lastLoginAt: z.string().nullable(),
  /** The password was set by an administrator (new account, reset): the user changes it at the next login. */
  mustChangePassword: z.boolean(),
  version: z.number(),
});
export type AdminUser = z.infer<typeof adminUser>;

export const userPage = z.object({ items: z.array(adminUser), nextCursor: z.string().nullable() });

export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .regex(
      /^[a-z][a-z0-9._-]{3,31}$/,
      "아이디는 영문 소문자로 시작하는 4~32자(영문 소문자, 숫자, . _ -)입니다.",
    ),
  name: z.string().trim().min(1, "이름을 입력하세요.").max(50),
  role: z.enum(ROLES),
  scopeCode: z.string().trim().max(64).nullable(),
  email: z.string().trim().email("전자우편 주소 형식이 올바르지 않습니다.").nullable().optional(),
  phone: z.string().trim().max(20).nullable().optional(),
  initialPassword: z.string().min(1, "초기 비밀번호를 입력하세요.").max(128),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const updateUserBody = z.object({
  name: z.string().trim().min(1, "이름을 입력하세요.").max(50).optional(),
  email: z.string().trim().email("전자우편 주소 형식이 올바르지 않습니다.").nullable().optional(),
  phone: z.string().trim().max(20).nullable().optional(),
  isActive: z.boolean().optional(),
  version: versionField,
});
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const userIdParams = idParam("사용자");

export const passwordResetBody = z.object({
  newPassword: z.string().min(1, "새 초기 비밀번호를 입력하세요.").max(128),
});
