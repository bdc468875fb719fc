/**
 * 현황정보관리: registering and changing institutions, change requests, change history and as-of views.
 * Types mirror apps/server/src/modules/register/register.schemas.ts. They live here rather than in
 * ./schema.d.ts because two of the paths (/api/official/institutions and …/{id}) are already declared there
 * with other methods; the same client instance (with the session middleware) is used, typed by these paths,
 * so a regenerated schema can absorb them later without touching the screens.
 */
import type { InstitutionStatus, OperatorKind, RegisterFields } from "@ssis/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Client } from "openapi-fetch";
import { api, compact, unwrap } from "./client";

export type { RegisterFields };

export interface RegisterRecord extends RegisterFields {
  id: string;
  version: number;
  sidoCode: string;
  sidoName: string;
  sigunguName: string;
  typeName: string;
  residential: boolean;
  currentUsers: number | null;
  statusLabel: string;
  pendingChangeRequests: number;
}

export interface RegisterInput {
  name?: string;
  typeCode?: string;
  sigunguCode?: string;
  roadAddress?: string;
  addressDetail?: string | null;
  postalCode?: string | null;
  phone?: string | null;
  fax?: string | null;
  email?: string | null;
  homepage?: string | null;
  businessNo?: string | null;
  operatorKind?: OperatorKind;
  operatorName?: string;
  corporationNo?: string | null;
  headName?: string | null;
  headAppointedOn?: string | null;
  capacity?: number | null;
  openedOn?: string | null;
  closedOn?: string | null;
  status?: InstitutionStatus;
  currentUsers?: number | null;
  reason?: string | null;
  statusEffectiveOn?: string;
  version?: number;
}

export interface HistoryEntry {
  id: string;
  changedAt: string;
  changedByName: string;
  changedByRole: string;
  changedByRoleLabel: string;
  kind: string;
  kindLabel: string;
  reason: string | null;
  changedFields: string[];
  changedFieldLabels: string[];
  before: RegisterFields | null;
  after: RegisterFields;
  changeRequest: {
    id: string;
    requestedByName: string;
    requestedAt: string;
    reason: string;
    status: string;
    changes: Record<string, unknown>;
  } | null;
}
export interface HistoryPage {
  items: HistoryEntry[];
  total: number;
  offset: number;
  limit: number;
}
export interface AsOfView {
  institutionId: string;
  asOf: string;
  basis: "history" | "before_first_change" | "current";
  changedAt: string | null;
  record: RegisterFields;
}

export type ChangeRequestStatus = "submitted" | "approved" | "returned" | "withdrawn";
export interface ChangeRequest {
  id: string;
  institutionId: string;
  institutionName: string;
  sigunguCode: string;
  sigunguName: string;
  requestedByName: string;
  requestedAt: string;
  dueOn: string;
  isOverdue: boolean;
  status: ChangeRequestStatus;
  statusLabel: string;
  changes: Record<string, unknown>;
  before: Record<string, unknown>;
  changedFieldLabels: string[];
  reason: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  version: number;
}
export type ChangeRequestQuery = {
  status?: ChangeRequestStatus;
  overdue?: "true" | "false";
  q?: string;
  sigungu?: string;
  sort?: "due_on" | "-due_on" | "-requested_at";
  offset?: number;
  limit?: number;
};
export interface ChangeRequestPage {
  items: ChangeRequest[];
  total: number;
  offset: number;
  limit: number;
}
export interface ProviderChangeResult {
  institution: RegisterRecord;
  appliedFields: string[];
  changeRequest: ChangeRequest | null;
}

// ── paths, in openapi-typescript's shape ─────────────────────────────────────
type Json<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };
type Params<Path, Query> = { query?: Query; header?: never; cookie?: never } & ([Path] extends [never]
  ? { path?: never }
  : { path: Path });
type Op<Path, Query, Body, Res> = {
  parameters: Params<Path, Query>;
  requestBody: Body extends never ? never : { content: { "application/json": Body } };
  responses: { 200: Json<Res>; 201: Json<Res> };
};
type NoBody<Path, Query, Res> = {
  parameters: Params<Path, Query>;
  requestBody?: never;
  responses: { 200: Json<Res> };
};
type Id = { id: string };

interface RegisterPaths {
  "/api/official/institutions": { post: Op<never, never, RegisterInput, RegisterRecord> };
  "/api/official/institutions/{id}": { patch: Op<Id, never, RegisterInput, RegisterRecord> };
  "/api/official/institutions/{id}/register": { get: NoBody<Id, never, RegisterRecord> };
  "/api/official/institutions/{id}/history": {
    get: NoBody<Id, { offset?: number; limit?: number }, HistoryPage>;
  };
  "/api/official/institutions/{id}/as-of/{date}": { get: NoBody<Id & { date: string }, never, AsOfView> };
  "/api/official/change-requests": { get: NoBody<never, ChangeRequestQuery, ChangeRequestPage> };
  "/api/official/change-requests/{id}/approve": {
    post: Op<Id, never, { version?: number; note?: string | null }, ChangeRequest>;
  };
  "/api/official/change-requests/{id}/return": {
    post: Op<Id, never, { version?: number; reason: string }, ChangeRequest>;
  };
  "/api/provider/institution": { patch: Op<never, never, RegisterInput, ProviderChangeResult> };
  "/api/provider/institution/register": { get: NoBody<never, never, RegisterRecord> };
  "/api/provider/change-requests": { get: NoBody<never, ChangeRequestQuery, ChangeRequestPage> };
  "/api/provider/change-requests/{id}/withdraw": {
    post: Op<Id, never, { version?: number }, ChangeRequest>;
  };
}

const client = api as unknown as Client<RegisterPaths>;
type Signal = AbortSignal | undefined;

// ── endpoints ────────────────────────────────────────────────────────────────
export const registerEndpoints = {
  createInstitution: (body: RegisterInput) => unwrap(client.POST("/api/official/institutions", { body })),
  changeInstitution: (id: string, body: RegisterInput) =>
    unwrap(client.PATCH("/api/official/institutions/{id}", { params: { path: { id } }, body })),
  getRegister: (id: string, signal?: Signal) =>
    unwrap(client.GET("/api/official/institutions/{id}/register", { params: { path: { id } }, signal })),
  getHistory: (id: string, query: { offset?: number; limit?: number }, signal?: Signal) =>
    unwrap(
      client.GET("/api/official/institutions/{id}/history", { params: { path: { id }, query }, signal }),
    ),
  getAsOf: (id: string, date: string, signal?: Signal) =>
    unwrap(
      client.GET("/api/official/institutions/{id}/as-of/{date}", { params: { path: { id, date } }, signal }),
    ),
  listChangeRequests: (query: ChangeRequestQuery, signal?: Signal) =>
    unwrap(client.GET("/api/official/change-requests", { params: { query: compact(query) }, signal })),
  approve: (id: string, body: { version?: number; note?: string | null }) =>
    unwrap(client.POST("/api/official/change-requests/{id}/approve", { params: { path: { id } }, body })),
  returnRequest: (id: string, body: { version?: number; reason: string }) =>
    unwrap(client.POST("/api/official/change-requests/{id}/return", { params: { path: { id } }, body })),
  changeOwn: (body: RegisterInput) => unwrap(client.PATCH("/api/provider/institution", { body })),
  getOwnRegister: (signal?: Signal) => unwrap(client.GET("/api/provider/institution/register", { signal })),
  listOwnChangeRequests: (query: ChangeRequestQuery, signal?: Signal) =>
    unwrap(client.GET("/api/provider/change-requests", { params: { query: compact(query) }, signal })),
  withdraw: (id: string, body: { version?: number }) =>
    unwrap(client.POST("/api/provider/change-requests/{id}/withdraw", { params: { path: { id } }, body })),
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
