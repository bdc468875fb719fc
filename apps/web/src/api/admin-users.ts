/** 사용자 관리 (the server's admin-users module). Types are read from the generated paths (./openapi.ts). */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, compact, PAGE_SIZE, unwrap, unwrapEmpty } from "./client";
import type { QueryOf, Res } from "./openapi";

export type AdminUserPage = Res<"/api/admin/users", "get">;
export type AdminUser = AdminUserPage["items"][number];
export type AdminUserQuery = QueryOf<"/api/admin/users", "get">;

type Signal = AbortSignal | undefined;

export function listUsers(query: AdminUserQuery, signal?: Signal): Promise<AdminUserPage> {
  return unwrap(api.GET("/api/admin/users", { params: { query: compact(query) }, signal }));
}

export function unlockUser(id: string): Promise<void> {
  return unwrapEmpty(api.POST("/api/admin/users/{id}/unlock", { params: { path: { id } } }));
}

/** 비밀번호 초기화: a new initial password, changed by the user at the next login; the lock goes too. */
export function resetUserPassword(id: string, newPassword: string): Promise<void> {
  return unwrapEmpty(
    api.POST("/api/admin/users/{id}/reset-password", { params: { path: { id } }, body: { newPassword } }),
  );
}

export const adminUserKeys = {
  all: ["admin", "users"] as const,
  list: (q: AdminUserQuery) => ["admin", "users", q] as const,
};

/** One keyset page of the accounts: the first without a cursor, then the page after the server's `nextCursor`. */
export function useUsers(query: Omit<AdminUserQuery, "limit">) {
  const full = { ...query, limit: PAGE_SIZE };
  return useQuery({
    queryKey: adminUserKeys.list(full),
    queryFn: ({ signal }) => listUsers(full, signal),
    placeholderData: (previous) => previous,
    staleTime: 0,
  });
}

export function useUnlockUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unlockUser(id),
    onSuccess: () => client.invalidateQueries({ queryKey: adminUserKeys.all }),
  });
}

export function useResetUserPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      resetUserPassword(id, newPassword),
    onSuccess: () => client.invalidateQueries({ queryKey: adminUserKeys.all }),
  });
}
