/** TanStack Query bindings for the endpoints: one place for query keys and paging. */
import { QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import * as endpoints from "./endpoints";
import { isApiError } from "./problem";
import type { AccessLogQuery, AdminUserQuery, InstitutionQuery } from "./types";

type Cursor<Q extends { cursor?: unknown }> = Q["cursor"] | undefined;

export const PAGE_SIZE = 20;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A background refetch would refresh the server's idle timer behind the user's back.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: 30_000,
        retry: (failures, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 1,
      },
      mutations: { retry: false },
    },
  });
}

export const queryKeys = {
  dashboard: ["official", "dashboard"] as const,
  institutions: (q: InstitutionQuery) => ["official", "institutions", q] as const,
  institution: (id: string) => ["official", "institution", id] as const,
  accessLog: (q: AccessLogQuery) => ["official", "access-log", q] as const,
  users: (q: AdminUserQuery) => ["admin", "users", q] as const,
  providerInstitution: ["provider", "institution"] as const,
  agencyInstitutions: ["provider", "agency", "institutions"] as const,
  regions: ["reference", "regions"] as const,
  institutionTypes: ["reference", "institution-types"] as const,
};

export function useOfficialDashboard() {
  return useQuery({
    queryKey: queryKeys.dashboard,
    queryFn: ({ signal }) => endpoints.getOfficialDashboard(signal),
  });
}

export function useInstitutionList(query: Omit<InstitutionQuery, "cursor" | "limit">) {
  return useInfiniteQuery({
    queryKey: queryKeys.institutions(query),
    queryFn: ({ pageParam, signal }) =>
      endpoints.listOfficialInstitutions({ ...query, cursor: pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: undefined as Cursor<InstitutionQuery>,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useOfficialInstitution(id: string) {
  return useQuery({
    queryKey: queryKeys.institution(id),
    queryFn: ({ signal }) => endpoints.getOfficialInstitution(id, signal),
  });
}

export function useAccessLog(query: Omit<AccessLogQuery, "cursor" | "limit">) {
  return useInfiniteQuery({
    queryKey: queryKeys.accessLog(query),
    queryFn: ({ pageParam, signal }) =>
      endpoints.listAccessLog({ ...query, cursor: pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: undefined as Cursor<AccessLogQuery>,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

export function useUsers(query: Omit<AdminUserQuery, "cursor" | "limit">) {
  return useInfiniteQuery({
    queryKey: queryKeys.users(query),
    queryFn: ({ pageParam, signal }) =>
      endpoints.listUsers({ ...query, cursor: pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: undefined as Cursor<AdminUserQuery>,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

export function useUnlockUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => endpoints.unlockUser(id),
    onSuccess: () => client.invalidateQueries({ queryKey: ["admin", "users"] }),
  });
}

export function useResetUserPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      endpoints.resetUserPassword(id, newPassword),
    onSuccess: () => client.invalidateQueries({ queryKey: ["admin", "users"] }),
  });
}

export function useProviderInstitution() {
  return useQuery({
    queryKey: queryKeys.providerInstitution,
    queryFn: ({ signal }) => endpoints.getProviderInstitution(signal),
  });
}

export function useAgencyInstitutions() {
  return useQuery({
    queryKey: queryKeys.agencyInstitutions,
    queryFn: ({ signal }) => endpoints.listAgencyInstitutions(signal),
  });
}

export function useRegions() {
  return useQuery({
    queryKey: queryKeys.regions,
    queryFn: ({ signal }) => endpoints.listRegions(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useInstitutionTypes() {
  return useQuery({
    queryKey: queryKeys.institutionTypes,
    queryFn: ({ signal }) => endpoints.listInstitutionTypes(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: endpoints.changePassword });
}

export function useLogin() {
  return useMutation({ mutationFn: endpoints.login });
}
