/**
 * Excel downloads (.xlsx lists). openapi-fetch parses JSON only, so these go through fetch with the same
 * session handling as ./client: the cookie goes with the request, a 401 ends the session, problems are
 * thrown as ApiError with their field errors (a missing reason arrives as `querystring.reason`).
 */
import { compact } from "./client";
import { ApiError, toProblem } from "./problem";
import { NOTICE_SESSION_LOST, sessionStore } from "./session";

export interface DownloadResult {
  /** rows in the file (the server's X-Total-Count) */
  rows: number;
  fileName: string;
}

const XLSX_ACCEPT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json";

function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get("Content-Disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/** GET `path` with the non-empty `query` values and save the answer under the server's file name. */
export async function downloadExcel(
  path: string,
  query: Record<string, unknown>,
  fallbackName: string,
): Promise<DownloadResult> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(compact(query))) search.set(key, String(value));
  const qs = search.toString();
  let response: Response;
  try {
    response = await fetch(qs ? `${path}?${qs}` : path, {
      credentials: "same-origin",
      headers: { Accept: XLSX_ACCEPT },
    });
  } catch {
    throw ApiError.network();
  }
  if (response.status === 401 && sessionStore.isAuthenticated()) sessionStore.signOut(NOTICE_SESSION_LOST);
  if (!response.ok) throw new ApiError(response.status, toProblem(await response.text()));
  sessionStore.markActivity(Date.now());
  const fileName = fileNameOf(response, fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { rows: Number(response.headers.get("X-Total-Count") ?? 0), fileName };
}
