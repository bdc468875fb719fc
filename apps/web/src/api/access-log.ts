/** 접속기록 (the server's access-log module). Types are read from the generated paths (./openapi.ts). */
import { useInfiniteQuery } from "@tanstack/react-query";
import { api, compact, PAGE_SIZE, unwrap } from "./client";
import type { QueryOf, Res } from "./openapi";

export type AccessLogPage = Res<"/api/official/access-log", "get">;
export type AccessLogEntry = AccessLogPage["items"][number];
export type AccessLogQuery = QueryOf<"/api/official/access-log", "get">;

type Signal = AbortSignal | undefined;
type Cursor<Q extends { cursor?: unknown }> = Q["cursor"] | undefined;

export function listAccessLog(query: AccessLogQuery, signal?: Signal): Promise<AccessLogPage> {
  return unwrap(api.GET("/api/official/access-log", { params: { query: compact(query) }, signal }));
}

export const accessLogKeys = {
  list: (q: AccessLogQuery) => ["official", "access-log", q] as const,
};

export function useAccessLog(query: Omit<AccessLogQuery, "cursor" | "limit">) {
  return useInfiniteQuery({
    queryKey: accessLogKeys.list(query),
    queryFn: ({ pageParam, signal }) =>
      listAccessLog({ ...query, cursor: pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: undefined as Cursor<AccessLogQuery>,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}
