/** 작업 이력 (the server's admin-jobs module): what the job queue ran. Types from the generated paths. */
import { useQuery } from "@tanstack/react-query";
import { api, compact, unwrap } from "./client";
import type { QueryOf, Res } from "./openapi";

const JOBS = "/api/admin/jobs";

export type JobPage = Res<typeof JOBS, "get">;
export type JobRecord = JobPage["items"][number];
export type JobQuery = QueryOf<typeof JOBS, "get">;

export const listJobs = (query: JobQuery, signal?: AbortSignal) =>
  unwrap(api.GET(JOBS, { params: { query: compact(query) }, signal }));

export function useJobs(query: JobQuery) {
  return useQuery({
    queryKey: ["admin", "jobs", query] as const,
    queryFn: ({ signal }) => listJobs(query, signal),
    placeholderData: (previous) => previous,
  });
}
