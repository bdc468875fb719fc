/**
 * 지원기관 (support agencies, CWAM) endpoints, both portals. Every call is checked by openapi-fetch against `paths` in ./schema.d.ts, which
 * `npm run openapi` generates from the server's route schemas; the named types below are the screens' view
 * of the same shapes.
 */
import type { AgencyKind, AssignmentStatus } from "@ssis/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, compact, unwrap } from "./client";
import { ApiError, toProblem } from "./problem";

export interface Coverage {
  sidoCode: string;
  sigunguCode: string | null;
  label: string;
}
export interface AgencySummary {
  id: string;
  name: string;
  kind: AgencyKind;
  sidoCode: string | null;
  sidoName: string | null;
  phone: string | null;
  email: string | null;
  isActive: boolean;
  coverage: Coverage[];
  activeAssignments: number;
  staffCount: number;
  canEdit: boolean;
  version: number;
}
export interface Assignment {
  id: string;
  agencyId: string;
  agencyName: string;
  institutionId: string;
  institutionName: string;
  sigunguName: string | null;
  purpose: string;
  startsOn: string;
  endsOn: string | null;
  endedReason: string | null;
  status: AssignmentStatus;
  statusLabel: string;
  createdAt: string;
  version: number;
}
export interface AgencyDetail extends AgencySummary {
  address: string | null;
  homepage: string | null;
  contactName: string | null;
  staff: { id: string; name: string; username: string; isActive: boolean }[];
  assignments: Assignment[];
  createdAt: string;
  updatedAt: string;
}
export type AgencySort = "name" | "-name" | "kind" | "sido" | "-assignments";
export interface AgencyQuery {
  q?: string;
  kind?: AgencyKind;
  sido?: string;
  active?: "true" | "false" | "all";
  sort?: AgencySort;
  page?: number;
  limit?: number;
}
export interface AgencyPage {
  items: AgencySummary[];
  total: number;
  page: number;
  limit: number;
}
export interface AgencyInput {
  name: string;
  kind: AgencyKind;
  sidoCode?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  homepage?: string | null;
  contactName?: string | null;
  coverage?: { sidoCode: string; sigunguCode?: string | null }[];
  isActive?: boolean;
}
export interface AssignmentInput {
  institutionId: string;
  purpose: string;
  startsOn: string;
  endsOn?: string | null;
}
export interface AssignmentEndInput {
  endsOn: string;
  reason: string;
  version: number;
}
export type OwnAgency = Omit<AgencySummary, "canEdit" | "staffCount"> & {
  address: string | null;
  homepage: string | null;
  contactName: string | null;
};
export type OwnAssignment = Omit<Assignment, "agencyName"> & { isInForce: boolean };
export interface AssignedInstitution {
  id: string;
  name: string;
  typeName: string;
  field: string;
  sidoName: string;
  sigunguName: string;
  roadAddress: string;
  phone: string | null;
  headName: string | null;
  capacity: number | null;
  currentUsers: number | null;
  status: "operating" | "suspended" | "closed";
  statusLabel: string;
  latestGrade: string | null;
  latestGradeYear: number | null;
  assignments: { id: string; purpose: string; startsOn: string; endsOn: string | null }[];
}

type Signal = AbortSignal | undefined;

async function unwrapCreated<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
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

// ── endpoints ────────────────────────────────────────────────────────────────
export const listAgencies = (query: AgencyQuery, signal?: Signal) =>
  unwrap(api.GET("/api/official/support-agencies", { params: { query: compact({ ...query }) }, signal }));
export const getAgency = (id: string, signal?: Signal) =>
  unwrap(api.GET("/api/official/support-agencies/{id}", { params: { path: { id } }, signal }));
export const createAgency = (body: AgencyInput) =>
  unwrapCreated(api.POST("/api/official/support-agencies", { body }));
export const updateAgency = (id: string, body: Partial<AgencyInput> & { version: number }) =>
  unwrap(api.PATCH("/api/official/support-agencies/{id}", { params: { path: { id } }, body }));
export const createAssignment = (id: string, body: AssignmentInput) =>
  unwrapCreated(
    api.POST("/api/official/support-agencies/{id}/assignments", { params: { path: { id } }, body }),
  );
export const endAssignment = (id: string, assignmentId: string, body: AssignmentEndInput) =>
  unwrap(
    api.POST("/api/official/support-agencies/{id}/assignments/{assignmentId}/end", {
      params: { path: { id, assignmentId } },
      body,
    }),
  );
export const getOwnAgency = (signal?: Signal) => unwrap(api.GET("/api/provider/agency", { signal }));
export const listOwnAssignments = (signal?: Signal) =>
  unwrap(api.GET("/api/provider/agency/assignments", { signal }));
export const getAssignedInstitution = (id: string, signal?: Signal) =>
  unwrap(api.GET("/api/provider/agency/institutions/{id}", { params: { path: { id } }, signal }));

// ── queries ──────────────────────────────────────────────────────────────────
export const agencyKeys = {
  all: ["official", "support-agencies"] as const,
  list: (q: AgencyQuery) => ["official", "support-agencies", "list", q] as const,
  detail: (id: string) => ["official", "support-agencies", "detail", id] as const,
  own: ["provider", "agency", "own"] as const,
  ownAssignments: ["provider", "agency", "assignments"] as const,
  assigned: (id: string) => ["provider", "agency", "institution", id] as const,
};

export function useAgencies(query: AgencyQuery) {
  return useQuery({
    queryKey: agencyKeys.list(query),
    queryFn: ({ signal }) => listAgencies(query, signal),
    placeholderData: (p) => p,
  });
}
export function useAgency(id: string) {
  return useQuery({
    queryKey: agencyKeys.detail(id),
    queryFn: ({ signal }) => getAgency(id, signal),
    enabled: id !== "",
  });
}
export function useOwnAgency() {
  return useQuery({ queryKey: agencyKeys.own, queryFn: ({ signal }) => getOwnAgency(signal) });
}
export function useOwnAssignments() {
  return useQuery({
    queryKey: agencyKeys.ownAssignments,
    queryFn: ({ signal }) => listOwnAssignments(signal),
  });
}
export function useAssignedInstitution(id: string) {
  return useQuery({
    queryKey: agencyKeys.assigned(id),
    queryFn: ({ signal }) => getAssignedInstitution(id, signal),
  });
}

/** Any change to the register refreshes its lists and details. */
export function useAgencyMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: agencyKeys.all }) });
}

/** Today in Korea (YYYY-MM-DD), for date defaults and the same checks the server makes. */
export function todayKst(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(new Date());
}
