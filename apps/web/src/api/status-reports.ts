/**
 * 현황보고 (status report rounds) endpoints, both portals. Every call is checked by openapi-fetch against `paths` in ./schema.d.ts, which
 * `npm run openapi` generates from the server's route schemas; the named types below are the screens' view
 * of the same shapes.
 */
import type { ReportRoundStatus, ReportTargetStatus } from "@ssis/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, compact, unwrap } from "./client";
import { downloadExcel } from "./download";
import { ApiError, toProblem } from "./problem";

export type TargetState = "pending" | "submitted" | "late" | "missed";

interface Counts {
  targets: number;
  submitted: number;
  late: number;
  pending: number;
  rate: number;
}
export interface RoundItem extends Counts {
  id: string;
  title: string;
  periodLabel: string;
  scopeKind: "nation" | "sido" | "sigungu";
  scopeCode: string | null;
  scopeLabel: string;
  openedByName: string;
  dueOn: string;
  dueLabel: string;
  status: ReportRoundStatus;
  statusLabel: string;
  openedAt: string;
  closedAt: string | null;
  version: number;
}
export interface RoundPage {
  items: RoundItem[];
  total: number;
  page: number;
  limit: number;
}
export type RoundSort = "-opened_at" | "opened_at" | "due_on" | "-due_on";
export type RoundQuery = {
  status?: ReportRoundStatus;
  period?: string;
  sort?: RoundSort;
  page?: number;
  limit?: number;
};
export interface RegionProgress extends Counts {
  sidoCode: string;
  sidoName: string;
  sigunguCode: string | null;
  sigunguName: string | null;
}
export interface ReminderBatch {
  batchId: string;
  sentAt: string;
  sentByName: string;
  message: string;
  institutions: number;
}
export interface RoundDetail extends RoundItem {
  targetFilter: Record<string, unknown>;
  targetCount: number;
  canClose: boolean;
  canRemind: boolean;
  bySido: RegionProgress[];
  bySigungu: RegionProgress[];
  reminders: ReminderBatch[];
}
export interface TargetFilterInput {
  mode: "all" | "filter" | "list";
  field?: string;
  typeCodes?: string[];
  sigunguCodes?: string[];
  institutionIds?: string[];
}
export interface RoundOpenInput {
  title: string;
  periodLabel: string;
  dueOn: string;
  target: TargetFilterInput;
}
export interface TargetPreview {
  total: number;
  bySigungu: { sigunguCode: string; sigunguName: string; count: number }[];
}
export interface TargetItem {
  institutionId: string;
  institutionName: string;
  typeCode: string;
  typeName: string;
  sidoName: string;
  sigunguCode: string;
  sigunguName: string;
  status: ReportTargetStatus;
  state: TargetState;
  stateLabel: string;
  isLate: boolean;
  submittedAt: string | null;
  capacity: number | null;
  currentUsers: number | null;
  staffCount: number | null;
  programCount: number | null;
  reminderCount: number;
  lastRemindedAt: string | null;
}
export type TargetSort = "name" | "-name" | "region" | "state" | "submitted_at" | "-submitted_at";
export type TargetQuery = {
  status?: "pending" | "submitted" | "late";
  sigungu?: string;
  type?: string;
  q?: string;
  sort?: TargetSort;
  page?: number;
  limit?: number;
};
export interface TargetPage {
  items: TargetItem[];
  total: number;
  page: number;
  limit: number;
}
export interface ReportForm {
  capacity: number | null;
  currentUsers: number;
  currentUsersMale: number | null;
  currentUsersFemale: number | null;
  staff: { jobTypeCode: string; fullTime: number; partTime: number }[];
  programCount: number;
  remarks: string;
}
export interface TargetDetail extends TargetItem {
  roundId: string;
  report: ReportForm | null;
  submittedByName: string | null;
}
interface Sums extends Counts {
  capacity: number;
  currentUsers: number;
  staff: number;
  programs: number;
}
export interface RoundSummary {
  roundId: string;
  total: Sums;
  bySido: (Sums & { sidoCode: string; sidoName: string })[];
  bySigungu: (Sums & { sidoName: string; sigunguCode: string; sigunguName: string })[];
  byType: (Sums & { typeCode: string; typeName: string; field: string })[];
}

export interface ProviderRound {
  roundId: string;
  title: string;
  periodLabel: string;
  scopeLabel: string;
  dueOn: string;
  dueLabel: string;
  roundStatus: ReportRoundStatus;
  roundStatusLabel: string;
  status: ReportTargetStatus;
  state: TargetState;
  stateLabel: string;
  isLate: boolean;
  submittedAt: string | null;
  hasDraft: boolean;
  reminders: { sentAt: string; sentByName: string; message: string }[];
}
export interface DraftForm {
  capacity: number | null;
  currentUsers: number | null;
  currentUsersMale: number | null;
  currentUsersFemale: number | null;
  staff: { jobTypeCode: string; fullTime: number | null; partTime: number | null }[];
  programCount: number | null;
  remarks: string;
}
export interface ProviderRoundDetail extends ProviderRound {
  institutionName: string;
  residential: boolean;
  form: DraftForm;
  formSource: "submitted" | "draft" | "register";
  draftSavedAt: string | null;
  submittedByName: string | null;
  jobTypes: { code: string; name: string }[];
  canSubmit: boolean;
  canEdit: boolean;
  version: number;
}

type Signal = AbortSignal | undefined;

async function unwrapAny<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw ApiError.network();
  }
  if (!result.response.ok) throw new ApiError(result.response.status, toProblem(result.error));
  if (result.data === undefined)
    throw new ApiError(result.response.status, { detail: "서버 응답이 비어 있습니다." });
  return result.data;
}

// ── officials ───────────────────────────────────────────────────────────────
export const listRounds = (query: RoundQuery, signal?: Signal) =>
  unwrap(api.GET("/api/official/status-reports", { params: { query: compact(query) }, signal }));
export const openRound = (body: RoundOpenInput) =>
  unwrapAny(api.POST("/api/official/status-reports", { body }));
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
export const sendReminders = (id: string, body: { message: string; institutionIds?: string[] }) =>
  unwrapAny(api.POST("/api/official/status-reports/{id}/reminders", { params: { path: { id } }, body }));
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
