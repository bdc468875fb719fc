/**
 * 지원기관 (support agencies, CWAM) endpoints, both portals. Every call is checked by openapi-fetch against `paths` in ./schema.d.ts, which
 * `npm run openapi` generates from the server's route schemas; the named types below are the screens' view
 * of the same shapes.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, compact, unwrap } from "./client";
import type { BodyOf, QueryOf, Res } from "./openapi";

export type AgencyPage = Res<"/api/official/support-agencies", "get">;
export type AgencySummary = AgencyPage["items"][number];
export type Coverage = AgencySummary["coverage"][number];
export type AgencyDetail = Res<"/api/official/support-agencies/{id}", "get">;
export type Assignment = AgencyDetail["assignments"][number];
export type AgencyQuery = QueryOf<"/api/official/support-agencies", "get">;
export type AgencySort = NonNullable<AgencyQuery["sort"]>;
export type AgencyInput = BodyOf<"/api/official/support-agencies", "post">;
export type AssignmentInput = BodyOf<"/api/official/support-agencies/{id}/assignments", "post">;
export type AssignmentEndInput = BodyOf<
  "/api/official/support-agencies/{id}/assignments/{assignmentId}/end",
  "post"
>;
export type OwnAgency = Res<"/api/provider/agency", "get">;
export type OwnAssignment = Res<"/api/provider/agency/assignments", "get">["items"][number];
export type AssignedInstitution = Res<"/api/provider/agency/institutions/{id}", "get">;

type Signal = AbortSignal | undefined;

// ── endpoints ────────────────────────────────────────────────────────────────
export const listAgencies = (query: AgencyQuery, signal?: Signal) =>
  unwrap(api.GET("/api/official/support-agencies", { params: { query: compact({ ...query }) }, signal }));
export const getAgency = (id: string, signal?: Signal) =>
  unwrap(api.GET("/api/official/support-agencies/{id}", { params: { path: { id } }, signal }));
export const createAgency = (body: AgencyInput) =>
  unwrap(api.POST("/api/official/support-agencies", { body }));
export const updateAgency = (id: string, body: BodyOf<"/api/official/support-agencies/{id}", "patch">) =>
  unwrap(api.PATCH("/api/official/support-agencies/{id}", { params: { path: { id } }, body }));
export const createAssignment = (id: string, body: AssignmentInput) =>
  unwrap(api.POST("/api/official/support-agencies/{id}/assignments", { params: { path: { id } }, body }));
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
