/**
 * 현황보고 (status report rounds) endpoints, both portals. Every call is checked by openapi-fetch against `paths` in ./schema.d.ts, which
 * `npm run openapi` generates from the server's route schemas; the named types below are the screens' view
 * of the same shapes.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, compact, unwrap } from "./client";
import { downloadExcel } from "./download";
import type { BodyOf, QueryOf, Res } from "./openapi";

const ROUNDS = "/api/official/status-reports";
export type RoundPage = Res<typeof ROUNDS, "get">;
export type RoundItem = RoundPage["items"][number];
export type RoundQuery = QueryOf<typeof ROUNDS, "get">;
export type RoundSort = NonNullable<RoundQuery["sort"]>;
export type RoundOpenInput = BodyOf<typeof ROUNDS, "post">;
export type TargetFilterInput = RoundOpenInput["target"];
export type TargetPreview = Res<"/api/official/status-reports/target-preview", "post">;
export type RoundDetail = Res<"/api/official/status-reports/{id}", "get">;
export type RegionProgress = RoundDetail["bySido"][number];
export type ReminderBatch = RoundDetail["reminders"][number];
export type TargetPage = Res<"/api/official/status-reports/{id}/targets", "get">;
export type TargetItem = TargetPage["items"][number];
export type TargetState = TargetItem["state"];
export type TargetQuery = QueryOf<"/api/official/status-reports/{id}/targets", "get">;
export type TargetSort = NonNullable<TargetQuery["sort"]>;
export type TargetDetail = Res<"/api/official/status-reports/{id}/targets/{institutionId}", "get">;
export type RoundSummary = Res<"/api/official/status-reports/{id}/summary", "get">;
export type ReminderInput = BodyOf<"/api/official/status-reports/{id}/reminders", "post">;

export type ProviderRound = Res<"/api/provider/status-reports", "get">["items"][number];
export type ProviderRoundDetail = Res<"/api/provider/status-reports/{roundId}", "get">;
export type DraftForm = ProviderRoundDetail["form"];
export type ReportForm = BodyOf<"/api/provider/status-reports/{roundId}/submit", "post">["report"];

type Signal = AbortSignal | undefined;

// ── officials ───────────────────────────────────────────────────────────────
export const listRounds = (query: RoundQuery, signal?: Signal) =>
  unwrap(api.GET(ROUNDS, { params: { query: compact(query) }, signal }));
export const openRound = (body: RoundOpenInput) => unwrap(api.POST(ROUNDS, { body }));
export const previewTargets = (target: TargetFilterInput) =>
  unwrap(api.POST("/api/official/status-reports/target-preview", { body: { target } }));
export const getRound = (id: string, signal?: Signal) =>
  unwrap(api.GET("/api/official/status-reports/{id}", { params: { path: { id } }, signal }));
export const listTargets = (id: string, query: TargetQuery, signal?: Signal) =>
  unwrap(
    api.GET("/api/official/status-reports/{id}/targets", {
      params: { path: { id }, query: compact(query) },
      signal,
    }),
  );
export const getTarget = (id: string, institutionId: string, signal?: Signal) =>
  unwrap(
    api.GET("/api/official/status-reports/{id}/targets/{institutionId}", {
      params: { path: { id, institutionId } },
      signal,
    }),
  );
export const getSummary = (id: string, signal?: Signal) =>
  unwrap(api.GET("/api/official/status-reports/{id}/summary", { params: { path: { id } }, signal }));
export const sendReminders = (id: string, body: ReminderInput) =>
  unwrap(api.POST("/api/official/status-reports/{id}/reminders", { params: { path: { id } }, body }));
export const closeRound = (id: string, version: number) =>
  unwrap(
    api.POST("/api/official/status-reports/{id}/close", { params: { path: { id } }, body: { version } }),
  );

/** 엑셀 다운로드 of the progress list under the current filters (a blob saved under the server's name). */
export const downloadProgressExcel = (id: string, filters: Omit<TargetQuery, "page" | "limit">) =>
  downloadExcel(
    `/api/official/status-reports/${encodeURIComponent(id)}/targets.xlsx`,
    filters,
    "현황보고_제출현황.xlsx",
  );

// ── providers ───────────────────────────────────────────────────────────────
export const listOwnRounds = async (signal?: Signal) =>
  (await unwrap(api.GET("/api/provider/status-reports", { signal }))).items;
export const getOwnRound = (roundId: string, signal?: Signal) =>
  unwrap(api.GET("/api/provider/status-reports/{roundId}", { params: { path: { roundId } }, signal }));
export const saveDraft = (roundId: string, draft: Partial<DraftForm>, version: number) =>
  unwrap(
    api.POST("/api/provider/status-reports/{roundId}/draft", {
      params: { path: { roundId } },
      body: { draft, version },
    }),
  );
export const submitReport = (roundId: string, report: ReportForm, version: number) =>
  unwrap(
    api.POST("/api/provider/status-reports/{roundId}/submit", {
      params: { path: { roundId } },
      body: { report, version },
    }),
  );

// ── queries ─────────────────────────────────────────────────────────────────
export const statusReportKeys = {
  official: ["official", "status-reports"] as const,
  rounds: (q: RoundQuery) => ["official", "status-reports", "list", q] as const,
  round: (id: string) => ["official", "status-reports", id] as const,
  targets: (id: string, q: TargetQuery) => ["official", "status-reports", id, "targets", q] as const,
  target: (id: string, institutionId: string) =>
    ["official", "status-reports", id, "target", institutionId] as const,
  summary: (id: string) => ["official", "status-reports", id, "summary"] as const,
  provider: ["provider", "status-reports"] as const,
  own: (roundId: string) => ["provider", "status-reports", roundId] as const,
};

export const useRounds = (q: RoundQuery) =>
  useQuery({
    queryKey: statusReportKeys.rounds(q),
    queryFn: ({ signal }) => listRounds(q, signal),
    placeholderData: (p) => p,
  });
export const useRound = (id: string) =>
  useQuery({ queryKey: statusReportKeys.round(id), queryFn: ({ signal }) => getRound(id, signal) });
export const useTargets = (id: string, q: TargetQuery) =>
  useQuery({
    queryKey: statusReportKeys.targets(id, q),
    queryFn: ({ signal }) => listTargets(id, q, signal),
    placeholderData: (p) => p,
  });
export const useTarget = (id: string, institutionId: string | null) =>
  useQuery({
    queryKey: statusReportKeys.target(id, institutionId ?? ""),
    queryFn: ({ signal }) => getTarget(id, institutionId ?? "", signal),
    enabled: institutionId !== null,
  });
export const useSummary = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: statusReportKeys.summary(id),
    queryFn: ({ signal }) => getSummary(id, signal),
    enabled,
  });
export const useOwnRounds = () =>
  useQuery({ queryKey: statusReportKeys.provider, queryFn: ({ signal }) => listOwnRounds(signal) });
export const useOwnRound = (roundId: string) =>
  useQuery({
    queryKey: statusReportKeys.own(roundId),
    queryFn: ({ signal }) => getOwnRound(roundId, signal),
  });

/** Any change on the officials' side refreshes every round view. */
export function useRoundMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: statusReportKeys.official }),
  });
}
export function useReportMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: statusReportKeys.provider }),
  });
}
