/**
 * 기관 현황 (the server's institutions module): the officials' list, detail and Excel list, the
 * institution's own record, and a support agency's institutions. Types are read from the generated paths
 * (./openapi.ts).
 */
import type { Role } from "@ssis/domain";
import { useQuery } from "@tanstack/react-query";
import { api, compact, PAGE_SIZE, unwrap } from "./client";
import { downloadExcel } from "./download";
import type { QueryOf, Res } from "./openapi";

export type InstitutionPage = Res<"/api/official/institutions", "get">;
export type InstitutionSummary = InstitutionPage["items"][number];
export type InstitutionQuery = QueryOf<"/api/official/institutions", "get">;
export type InstitutionSort = NonNullable<InstitutionQuery["sort"]>;
export type InstitutionDetail = Res<"/api/official/institutions/{id}", "get">;
export type StatusHistoryEntry = InstitutionDetail["statusHistory"][number];
export type AgencyInstitutionList = Res<"/api/provider/agency/institutions", "get">;

type Signal = AbortSignal | undefined;

// ── endpoints ────────────────────────────────────────────────────────────────
export function listOfficialInstitutions(query: InstitutionQuery, signal?: Signal): Promise<InstitutionPage> {
  return unwrap(api.GET("/api/official/institutions", { params: { query: compact(query) }, signal }));
}

export function getOfficialInstitution(id: string, signal?: Signal): Promise<InstitutionDetail> {
  return unwrap(api.GET("/api/official/institutions/{id}", { params: { path: { id } }, signal }));
}

export function getProviderInstitution(signal?: Signal): Promise<InstitutionDetail> {
  return unwrap(api.GET("/api/provider/institution", { signal }));
}

export function listAgencyInstitutions(signal?: Signal): Promise<AgencyInstitutionList> {
  return unwrap(api.GET("/api/provider/agency/institutions", { signal }));
}

// ── 엑셀 다운로드 ────────────────────────────────────────────────────────────
export const INSTITUTION_EXPORT_URL = "/api/official/institutions/export.xlsx";
/** The server's limit per download (MAX_EXPORT_ROWS in institutions.excel.ts). */
export const INSTITUTION_EXPORT_MAX_ROWS = 100_000;

/** REGISTER_EXPORTERS in institutions.policy.ts: the evaluation agency consults the list but does not download it. */
export const INSTITUTION_EXPORTERS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];

export type InstitutionExportFilters = Omit<InstitutionQuery, "cursor" | "limit">;

/**
 * 엑셀 다운로드: the list's current conditions plus the reason the official gave. The file comes as a
 * blob (the session cookie goes with the request), then the browser saves it under the server's name.
 * Problems (a missing reason, too many rows) are thrown as ApiError with the field errors.
 */
export function downloadInstitutionExcel(filters: InstitutionExportFilters, reason: string) {
  return downloadExcel(INSTITUTION_EXPORT_URL, { ...filters, reason }, "기관현황.xlsx");
}

// ── queries ──────────────────────────────────────────────────────────────────
export const institutionKeys = {
  list: (q: InstitutionQuery) => ["official", "institutions", q] as const,
  detail: (id: string) => ["official", "institution", id] as const,
  own: ["provider", "institution"] as const,
  agencyInstitutions: ["provider", "agency", "institutions"] as const,
};

/** One keyset page of the list: the first without a cursor, then the page after the server's `nextCursor`. */
export function useInstitutionList(query: Omit<InstitutionQuery, "limit">) {
  const full = { ...query, limit: PAGE_SIZE };
  return useQuery({
    queryKey: institutionKeys.list(full),
    queryFn: ({ signal }) => listOfficialInstitutions(full, signal),
    placeholderData: (previous) => previous,
  });
}

export function useOfficialInstitution(id: string) {
  return useQuery({
    queryKey: institutionKeys.detail(id),
    queryFn: ({ signal }) => getOfficialInstitution(id, signal),
  });
}

export function useProviderInstitution() {
  return useQuery({
    queryKey: institutionKeys.own,
    queryFn: ({ signal }) => getProviderInstitution(signal),
  });
}

export function useAgencyInstitutions() {
  return useQuery({
    queryKey: institutionKeys.agencyInstitutions,
    queryFn: ({ signal }) => listAgencyInstitutions(signal),
  });
}
