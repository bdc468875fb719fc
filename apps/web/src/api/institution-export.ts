import type { Role } from "@ssis/domain";
import { downloadExcel } from "./download";
import type { InstitutionQuery } from "./types";

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
