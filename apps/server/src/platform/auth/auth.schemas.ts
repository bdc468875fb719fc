import { ROLES, SCOPE_KINDS } from "@ssis/domain";
import { z } from "zod";

export const loginBody = z.object({
  username: z.string().trim().min(1, "아이디를 입력하세요.").max(64, "아이디는 64자 이하입니다."),
  password: z.string().min(1, "비밀번호를 입력하세요.").max(128, "비밀번호는 128자 이하입니다."),
});

export const sessionUser = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  zone: z.enum(["official", "provider"]),
  scope: z.object({ kind: z.enum(SCOPE_KINDS), code: z.string().nullable(), label: z.string() }),
  institution: z.object({ id: z.string(), name: z.string() }).nullable(),
  agency: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** An administrator set the password (new account, reset): the portals ask for a new one first. */
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const sessionResponse = z.object({
  user: sessionUser,
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number(),
});

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1, "현재 비밀번호를 입력하세요.").max(128),
  newPassword: z.string().min(1, "새 비밀번호를 입력하세요.").max(128),
});
