/**
 * 현황정보관리: registering and changing institutions, change requests, change history and as-of views.
 * Every call is checked by openapi-fetch against `paths` in ./schema.d.ts (`npm run openapi`), and every type
 * is read from the same paths (./openapi.ts).
 */
import type { RegisterFields } from "@ssis/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, compact, unwrap } from "./client";
import type { BodyOf, QueryOf, Res } from "./openapi";

export type { RegisterFields };

export type RegisterRecord = Res<"/api/official/institutions/{id}/register", "get">;
/** What the register's forms send: every field optional, as a change sends only what changed. */
export type RegisterInput = BodyOf<"/api/official/institutions/{id}", "patch">;
/** A new institution's body; never closed, so without `closedOn` (typed only `null`, which openapi-fetch drops). */
export type RegisterCreateInput = Omit<BodyOf<"/api/official/institutions", "post">, "closedOn">;
export type HistoryPage = Res<"/api/official/institutions/{id}/history", "get">;
export type HistoryEntry = HistoryPage["items"][number];
export type HistoryQuery = QueryOf<"/api/official/institutions/{id}/history", "get">;
export type AsOfView = Res<"/api/official/institutions/{id}/as-of/{date}", "get">;
export type ChangeRequestPage = Res<"/api/official/change-requests", "get">;
export type ChangeRequest = ChangeRequestPage["items"][number];
export type ChangeRequestStatus = ChangeRequest["status"];
export type ChangeRequestQuery = QueryOf<"/api/official/change-requests", "get">;
export type ApproveInput = BodyOf<"/api/official/change-requests/{id}/approve", "post">;
export type ReturnInput = BodyOf<"/api/official/change-requests/{id}/return", "post">;
export type ProviderChangeResult = Res<"/api/provider/institution", "patch">;
export type WithdrawInput = BodyOf<"/api/provider/change-requests/{id}/withdraw", "post">;

type Signal = AbortSignal | undefined;

// ── endpoints ────────────────────────────────────────────────────────────────
export const registerEndpoints = {
  createInstitution: (body: RegisterCreateInput) => unwrap(api.POST("/api/official/institutions", { body })),
  changeInstitution: (id: string, body: RegisterInput) =>
    unwrap(api.PATCH("/api/official/institutions/{id}", { params: { path: { id } }, body })),
  getRegister: (id: string, signal?: Signal) =>
    unwrap(api.GET("/api/official/institutions/{id}/register", { params: { path: { id } }, signal })),
  getHistory: (id: string, query: HistoryQuery, signal?: Signal) =>
    unwrap(api.GET("/api/official/institutions/{id}/history", { params: { path: { id }, query }, signal })),
  getAsOf: (id: string, date: string, signal?: Signal) =>
    unwrap(
      api.GET("/api/official/institutions/{id}/as-of/{date}", { params: { path: { id, date } }, signal }),
    ),
  listChangeRequests: (query: ChangeRequestQuery, signal?: Signal) =>
    unwrap(api.GET("/api/official/change-requests", { params: { query: compact(query) }, signal })),
  approve: (id: string, body: ApproveInput) =>
    unwrap(api.POST("/api/official/change-requests/{id}/approve", { params: { path: { id } }, body })),
  returnRequest: (id: string, body: ReturnInput) =>
    unwrap(api.POST("/api/official/change-requests/{id}/return", { params: { path: { id } }, body })),
  changeOwn: (body: RegisterInput) => unwrap(api.PATCH("/api/provider/institution", { body })),
  getOwnRegister: (signal?: Signal) => unwrap(api.GET("/api/provider/institution/register", { signal })),
  listOwnChangeRequests: (query: ChangeRequestQuery, signal?: Signal) =>
    unwrap(api.GET("/api/provider/change-requests", { params: { query: compact(query) }, signal })),
  withdraw: (id: string, body: WithdrawInput) =>
    unwrap(api.POST("/api/provider/change-requests/{id}/withdraw", { params: { path: { id } }, body })),
};

// ── queries ──────────────────────────────────────────────────────────────────
export const registerKeys = {
  register: (id: string) => ["official", "register", id] as const,
  history: (id: string, offset: number) => ["official", "register", id, "history", offset] as const,
  asOf: (id: string, date: string) => ["official", "register", id, "as-of", date] as const,
  inbox: (q: ChangeRequestQuery) => ["official", "change-requests", q] as const,
  ownRegister: ["provider", "register"] as const,
  ownRequests: (q: ChangeRequestQuery) => ["provider", "change-requests", q] as const,
};

export function useRegister(id: string) {
  return useQuery({
    queryKey: registerKeys.register(id),
    queryFn: ({ signal }) => registerEndpoints.getRegister(id, signal),
    staleTime: 0,
  });
}

export function useHistory(id: string, offset: number, limit = 10) {
  return useQuery({
    queryKey: registerKeys.history(id, offset),
    queryFn: ({ signal }) => registerEndpoints.getHistory(id, { offset, limit }, signal),
    staleTime: 0,
  });
}

export function useAsOf(id: string, date: string | null) {
  return useQuery({
    queryKey: registerKeys.asOf(id, date ?? ""),
    queryFn: ({ signal }) => registerEndpoints.getAsOf(id, date ?? "", signal),
    enabled: Boolean(date),
  });
}

export function useChangeRequestInbox(query: ChangeRequestQuery) {
  return useQuery({
    queryKey: registerKeys.inbox(query),
    queryFn: ({ signal }) => registerEndpoints.listChangeRequests(query, signal),
    staleTime: 0,
  });
}

export function useOwnRegister() {
  return useQuery({
    queryKey: registerKeys.ownRegister,
    queryFn: ({ signal }) => registerEndpoints.getOwnRegister(signal),
    staleTime: 0,
  });
}

export function useOwnChangeRequests(query: ChangeRequestQuery) {
  return useQuery({
    queryKey: registerKeys.ownRequests(query),
    queryFn: ({ signal }) => registerEndpoints.listOwnChangeRequests(query, signal),
    staleTime: 0,
  });
}

/** After any change of the register: every view of institutions and requests is stale. */
function useInvalidateRegister() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ["official"] }),
      qc.invalidateQueries({ queryKey: ["provider"] }),
    ]);
}

export function useCreateInstitution() {
  const invalidate = useInvalidateRegister();
  return useMutation({ mutationFn: registerEndpoints.createInstitution, onSuccess: invalidate });
}

export function useChangeInstitution(id: string) {
  const invalidate = useInvalidateRegister();
  return useMutation({
    mutationFn: (body: RegisterInput) => registerEndpoints.changeInstitution(id, body),
    onSuccess: invalidate,
  });
}

export function useDecideChangeRequest() {
  const invalidate = useInvalidateRegister();
  return useMutation({
    mutationFn: (d: { id: string; action: "approve" | "return"; reason?: string; version?: number }) =>
      d.action === "approve"
        ? registerEndpoints.approve(d.id, { version: d.version })
        : registerEndpoints.returnRequest(d.id, { version: d.version, reason: d.reason ?? "" }),
    onSuccess: invalidate,
  });
}

export function useChangeOwn() {
  const invalidate = useInvalidateRegister();
  return useMutation({ mutationFn: registerEndpoints.changeOwn, onSuccess: invalidate });
}

export function useWithdrawChangeRequest() {
  const invalidate = useInvalidateRegister();
  return useMutation({
    mutationFn: (d: { id: string; version?: number }) =>
      registerEndpoints.withdraw(d.id, { version: d.version }),
    onSuccess: invalidate,
  });
}
