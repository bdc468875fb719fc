/**
 * 종사자 (staff) and 이용자 (clients) endpoints, both portals. Every call is checked by openapi-fetch against `paths` in ./schema.d.ts, which
 * `npm run openapi` generates from the server's route schemas; the named types below are the screens' view
 * of the same shapes.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, compact, unwrap } from "./client";
import { downloadExcel } from "./download";
import { ApiError, toProblem } from "./problem";
import { NOTICE_SESSION_LOST, sessionStore } from "./session";

export type EmploymentKind = "full_time" | "part_time";

export interface Staff {
  id: string;
  institutionId: string;
  name: string;
  jobTypeCode: string;
  jobTypeName: string;
  qualification: string | null;
  licenseNo: string | null;
  employmentKind: EmploymentKind;
  employmentKindLabel: string;
  weeklyHours: number | null;
  hiredOn: string;
  leftOn: string | null;
  endReason: string | null;
  isActive: boolean;
  version: number;
}
export type StaffSort = "name" | "-name" | "hired_on" | "-hired_on" | "job_type";
export type StaffQuery = {
  status?: "active" | "left" | "all";
  jobType?: string;
  q?: string;
  sort?: StaffSort;
  page?: number;
  limit?: number;
};
export interface StaffPage {
  items: Staff[];
  total: number;
  page: number;
  limit: number;
}
export interface StaffInput {
  name: string;
  jobTypeCode: string;
  qualification?: string | null;
  licenseNo?: string | null;
  employmentKind: EmploymentKind;
  weeklyHours?: number | null;
  hiredOn: string;
}
export interface StaffEndInput {
  leftOn: string;
  endReason: string;
  version: number;
}
export interface JobType {
  code: string;
  name: string;
  qualification: string | null;
}
export interface ImportReport {
  ok: boolean;
  saved: number;
  rows: { row: number; name: string | null; errors: { column: string; message: string }[] }[];
}

export interface Client {
  id: string;
  institutionId: string;
  name: string;
  gender: "male" | "female";
  genderLabel: string;
  birthDate: string;
  rrnMasked: string;
  admittedOn: string;
  dischargedOn: string | null;
  dischargeReason: string | null;
  isActive: boolean;
  version: number;
}
export type ClientSort = "name" | "-name" | "admitted_on" | "-admitted_on";
export type ClientQuery = {
  status?: "active" | "discharged" | "all";
  q?: string;
  sort?: ClientSort;
  page?: number;
  limit?: number;
};
export interface ClientPage {
  items: Client[];
  total: number;
  page: number;
  limit: number;
  capacity: number | null;
  activeCount: number;
  residential: boolean;
}
export interface AdmissionInput {
  name: string;
  residentNumber: string;
  admittedOn: string;
  residentNumberConfirmed?: boolean;
}
export interface DischargeInput {
  dischargedOn: string;
  dischargeReason: string;
  version: number;
}
export interface ClientRename {
  name: string;
  reason: string;
  version: number;
}
export interface Unmasked {
  id: string;
  residentNumber: string;
  rrnMasked: string;
}

type Signal = AbortSignal | undefined;

// ── endpoints ────────────────────────────────────────────────────────────────
export const listOwnStaff = (query: StaffQuery, signal?: Signal) =>
  unwrap(api.GET("/api/provider/staff", { params: { query: compact(query) }, signal }));
export const listJobTypes = async (signal?: Signal) =>
  (await unwrap(api.GET("/api/provider/staff/job-types", { signal }))).items;
export const createStaff = (body: StaffInput) => unwrapCreated(api.POST("/api/provider/staff", { body }));
export const updateStaff = (id: string, body: Partial<StaffInput> & { version: number }) =>
  unwrap(api.PATCH("/api/provider/staff/{id}", { params: { path: { id } }, body }));
export const endStaff = (id: string, body: StaffEndInput) =>
  unwrap(api.POST("/api/provider/staff/{id}/end", { params: { path: { id } }, body }));
export const listInstitutionStaff = (id: string, query: StaffQuery, signal?: Signal) =>
  unwrap(
    api.GET("/api/official/institutions/{id}/staff", {
      params: { path: { id }, query: compact(query) },
      signal,
    }),
  );

export const STAFF_TEMPLATE_URL = "/api/provider/staff/template.xlsx";

/** Multipart upload (openapi-fetch sends JSON only): the same CSRF header and 401 handling as ./client. */
export async function importStaff(file: File): Promise<ImportReport> {
  const form = new FormData();
  form.append("file", file);
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
  const token = sessionStore.csrfToken();
  if (token) headers["X-CSRF-Token"] = token;
  const at = Date.now();
  let response: Response;
  try {
    response = await fetch("/api/provider/staff/import", {
      method: "POST",
      body: form,
      headers,
      credentials: "same-origin",
    });
  } catch {
    throw ApiError.network();
  }
  if (response.status === 401) sessionStore.signOut(NOTICE_SESSION_LOST);
  else sessionStore.markActivity(at);
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 200 || response.status === 422) return body as ImportReport;
  throw new ApiError(response.status, toProblem(body));
}

export const listOwnClients = (query: ClientQuery, signal?: Signal) =>
  unwrap(api.GET("/api/provider/clients", { params: { query: compact(query) }, signal }));
export const admitClient = (body: AdmissionInput) =>
  unwrapCreated(api.POST("/api/provider/clients", { body }));
export const dischargeClient = (id: string, body: DischargeInput) =>
  unwrap(api.POST("/api/provider/clients/{id}/discharge", { params: { path: { id } }, body }));
export const unmaskOwnClient = (id: string, reason: string) =>
  unwrap(api.POST("/api/provider/clients/{id}/unmask", { params: { path: { id } }, body: { reason } }));
export const listInstitutionClients = (id: string, query: ClientQuery, signal?: Signal) =>
  unwrap(
    api.GET("/api/official/institutions/{id}/clients", {
      params: { path: { id }, query: compact(query) },
      signal,
    }),
  );
export const unmaskInstitutionClient = (id: string, clientId: string, reason: string) =>
  unwrap(
    api.POST("/api/official/institutions/{id}/clients/{clientId}/unmask", {
      params: { path: { id, clientId } },
      body: { reason },
    }),
  );

/** 이름 정정: the new name and why (kept in the access log); the 주민등록번호 is never edited. */
export const renameClient = (id: string, body: ClientRename) =>
  unwrap(api.PATCH("/api/provider/clients/{id}", { params: { path: { id } }, body }));

// ── Excel downloads: the list's filters (not its page) plus the reason the access log keeps ──────
const withoutPaging = <Q extends { page?: number; limit?: number }>({ page: _p, limit: _l, ...rest }: Q) =>
  rest;

export const downloadOwnStaffExcel = (filters: StaffQuery, reason: string) =>
  downloadExcel("/api/provider/staff.xlsx", { ...withoutPaging(filters), reason }, "종사자.xlsx");
export const downloadInstitutionStaffExcel = (id: string, filters: StaffQuery, reason: string) =>
  downloadExcel(
    `/api/official/institutions/${encodeURIComponent(id)}/staff.xlsx`,
    { ...withoutPaging(filters), reason },
    "종사자.xlsx",
  );
export const downloadOwnClientsExcel = (filters: ClientQuery, reason: string) =>
  downloadExcel("/api/provider/clients.xlsx", { ...withoutPaging(filters), reason }, "이용자.xlsx");
export const downloadInstitutionClientsExcel = (id: string, filters: ClientQuery, reason: string) =>
  downloadExcel(
    `/api/official/institutions/${encodeURIComponent(id)}/clients.xlsx`,
    { ...withoutPaging(filters), reason },
    "이용자.xlsx",
  );

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

// ── queries ──────────────────────────────────────────────────────────────────
export const staffKeys = {
  own: (q: StaffQuery) => ["provider", "staff", q] as const,
  ownAll: ["provider", "staff"] as const,
  jobTypes: ["provider", "staff", "job-types"] as const,
  institution: (id: string, q: StaffQuery) => ["official", "institution", id, "staff", q] as const,
};
export const clientKeys = {
  own: (q: ClientQuery) => ["provider", "clients", q] as const,
  ownAll: ["provider", "clients"] as const,
  institution: (id: string, q: ClientQuery) => ["official", "institution", id, "clients", q] as const,
};

export function useOwnStaff(query: StaffQuery) {
  return useQuery({
    queryKey: staffKeys.own(query),
    queryFn: ({ signal }) => listOwnStaff(query, signal),
    placeholderData: (p) => p,
  });
}
export function useJobTypes() {
  return useQuery({
    queryKey: staffKeys.jobTypes,
    queryFn: ({ signal }) => listJobTypes(signal),
    staleTime: 3_600_000,
  });
}
export function useInstitutionStaff(id: string, query: StaffQuery) {
  return useQuery({
    queryKey: staffKeys.institution(id, query),
    queryFn: ({ signal }) => listInstitutionStaff(id, query, signal),
    placeholderData: (p) => p,
  });
}
export function useOwnClients(query: ClientQuery) {
  return useQuery({
    queryKey: clientKeys.own(query),
    queryFn: ({ signal }) => listOwnClients(query, signal),
    placeholderData: (p) => p,
  });
}
export function useInstitutionClients(id: string, query: ClientQuery) {
  return useQuery({
    queryKey: clientKeys.institution(id, query),
    queryFn: ({ signal }) => listInstitutionClients(id, query, signal),
    placeholderData: (p) => p,
  });
}

/** Any staff change refreshes the lists. */
export function useStaffMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: staffKeys.ownAll }),
  });
}
export function useClientMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: clientKeys.ownAll }),
  });
}
