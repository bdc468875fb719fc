/** 접속기록 (the server's access-log module). Types are read from the generated paths (./openapi.ts). */
import { useQuery } from "@tanstack/react-query";
import { api, compact, PAGE_SIZE, unwrap } from "./client";
import type { QueryOf, Res } from "./openapi";

export type AccessLogPage = Res<"/api/official/access-log", "get">;
export type AccessLogEntry = AccessLogPage["items"][number];
export type AccessLogQuery = QueryOf<"/api/official/access-log", "get">;

type Signal = AbortSignal | undefined;

export function listAccessLog(query: AccessLogQuery, signal?: Signal): Promise<AccessLogPage> {
  return unwrap(api.GET("/api/official/access-log", { params: { query: compact(query) }, signal }));
}

export const accessLogKeys = {
  list: (q: AccessLogQuery) => ["official", "access-log", q] as const,
};

/** One keyset page of the log: the newest first, then the page after the server's `nextCursor`. */
export function useAccessLog(query: Omit<AccessLogQuery, "limit">) {
  const full = { ...query, limit: PAGE_SIZE };
  return useQuery({
    queryKey: accessLogKeys.list(full),
    queryFn: ({ signal }) => listAccessLog(full, signal),
    placeholderData: (previous) => previous,
    staleTime: 0,
  });
}
