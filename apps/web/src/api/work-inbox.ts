/**
 * 내 할 일 (the server's work-inbox module): what waits for an official's jurisdiction or for an institution,
 * ordered by deadline, and its count for the menu. Types are read from the generated paths (./openapi.ts).
 */
import type { Zone } from "@ssis/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, compact, unwrap } from "./client";
import { POLL_MS } from "./notifications";
import type { QueryOf, Res } from "./openapi";

export type WorkInboxPage = Res<"/api/official/work-inbox", "get">;
export type WorkInboxItem = WorkInboxPage["items"][number];
export type WorkInboxKind = WorkInboxPage["kinds"][number];
export type WorkInboxQuery = QueryOf<"/api/official/work-inbox", "get">;
export type DeadlineState = WorkInboxItem["state"];
export type WorkInboxCount = Res<"/api/official/work-inbox/count", "get">;

type Signal = AbortSignal | undefined;

export function getWorkInbox(portal: Zone, query: WorkInboxQuery, signal?: Signal): Promise<WorkInboxPage> {
  const params = { query: compact(query) };
  return portal === "official"
    ? unwrap(api.GET("/api/official/work-inbox", { params, signal }))
    : unwrap(api.GET("/api/provider/work-inbox", { params, signal }));
}

export function getWorkInboxCount(portal: Zone, signal?: Signal): Promise<WorkInboxCount> {
  return portal === "official"
    ? unwrap(api.GET("/api/official/work-inbox/count", { signal }))
    : unwrap(api.GET("/api/provider/work-inbox/count", { signal }));
}

export const workInboxKeys = {
  all: (portal: Zone) => [portal, "work-inbox"] as const,
  list: (portal: Zone, q: WorkInboxQuery) => [portal, "work-inbox", "list", q] as const,
  count: (portal: Zone) => [portal, "work-inbox", "count"] as const,
};

export function useWorkInbox(portal: Zone, query: WorkInboxQuery) {
  return useQuery({
    queryKey: workInboxKeys.list(portal, query),
    queryFn: ({ signal }) => getWorkInbox(portal, query, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/**
 * The menu's count, refreshed every minute and when the window gets the focus again (a poll that does not
 * count as the user's activity, api/client.ts). Only for the roles that have an inbox (`enabled`).
 */
export function useWorkInboxCount(portal: Zone, enabled: boolean) {
  return useQuery({
    queryKey: workInboxKeys.count(portal),
    queryFn: ({ signal }) => getWorkInboxCount(portal, signal),
    enabled,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}
