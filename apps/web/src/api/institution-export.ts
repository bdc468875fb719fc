import type { Role } from "@ssis/domain";
import { compact } from "./client";
import { ApiError, toProblem } from "./problem";
import { NOTICE_SESSION_LOST, sessionStore } from "./session";
import type { InstitutionQuery } from "./types";

export const INSTITUTION_EXPORT_URL = "/api/official/institutions/export.xlsx";
/** The server's limit per download (MAX_EXPORT_ROWS in institutions.excel.ts). */
export const INSTITUTION_EXPORT_MAX_ROWS = 100_000;

/** REGISTER_EXPORTERS in institutions.policy.ts: the evaluation agency consults the list but does not download it. */
export const INSTITUTION_EXPORTERS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];

export type InstitutionExportFilters = Omit<InstitutionQuery, "cursor" | "limit">;

function fileNameOf(response: Response): string {
  const header = response.headers.get("Content-Disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? "기관현황.xlsx";
}

/**
 * 엑셀 다운로드: the list's current conditions plus the reason the official gave. The file comes as a
 * blob (the session cookie goes with the request), then the browser saves it under the server's name.
 * Problems (a missing reason, too many rows) are thrown as ApiError with the field errors.
 */
export async function downloadInstitutionExcel(filters: InstitutionExportFilters, reason: string) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(compact({ ...filters, reason }))) search.set(key, String(value));
  let response: Response;
  try {
    response = await fetch(`${INSTITUTION_EXPORT_URL}?${search}`, {
      credentials: "same-origin",
      headers: {
        Accept: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json",
      },
    });
  } catch {
    throw ApiError.network();
  }
  if (response.status === 401 && sessionStore.isAuthenticated()) sessionStore.signOut(NOTICE_SESSION_LOST);
  if (!response.ok) throw new ApiError(response.status, toProblem(await response.text()));
  sessionStore.markActivity(Date.now());
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileNameOf(response);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { rows: Number(response.headers.get("X-Total-Count") ?? 0), fileName: link.download };
}
