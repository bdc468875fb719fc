/**
 * Files to and from the server: Excel lists, PDF notices, attachments, and uploads. openapi-fetch speaks JSON
 * only, so these go through fetch with the same session handling as ./client: the cookie goes with the
 * request, the CSRF header with an upload, a 401 ends the session, problems are thrown as ApiError with their
 * field errors (a missing reason arrives as `querystring.reason`).
 */
import { compact } from "./client";
import { ApiError, toProblem } from "./problem";
import { NOTICE_SESSION_LOST, sessionStore } from "./session";

export interface DownloadResult {
  /** rows in the file (the server's X-Total-Count; 0 for a file that is not a list) */
  rows: number;
  fileName: string;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
export async function downloadFile(
  path: string,
  query: Record<string, unknown>,
  fallbackName: string,
  accept: string,
): Promise<DownloadResult> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(compact(query))) search.set(key, String(value));
  const qs = search.toString();
  let response: Response;
  try {
    response = await fetch(qs ? `${path}?${qs}` : path, {
      credentials: "same-origin",
      headers: { Accept: `${accept}, application/problem+json` },
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

/** An Excel list's filters are the list's, without its page. */
export const withoutPaging = <Q extends { page?: number; limit?: number }>({
  page: _p,
  limit: _l,
  ...rest
}: Q) => rest;

/** An Excel list under the list's filters. */
export const downloadExcel = (path: string, query: Record<string, unknown>, fallbackName: string) =>
  downloadFile(path, query, fallbackName, XLSX_TYPE);

/** The server's multipart limit (apps/server/src/app.ts) and accepted kinds (platform/files.ts). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const UPLOAD_ACCEPT =
  ".pdf,.hwp,.hwpx,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.csv,.jpg,.jpeg,.png,.gif,.zip";
export const UPLOAD_HINT = "PDF, 한글(HWP), 오피스 문서, 이미지(JPG·PNG·GIF), ZIP 파일, 5MB 이하";
const TOO_LARGE = "파일이 너무 큽니다. 5MB 이하의 파일을 올려 주세요.";

/**
 * POST one file as multipart/form-data (field `file`) and return the JSON answer. `answers` lists the
 * statuses besides 2xx whose body is an answer rather than a problem (an import's 422 row report).
 */
export async function uploadFile<T>(url: string, file: File, answers: readonly number[] = []): Promise<T> {
  if (file.size > MAX_UPLOAD_BYTES) throw new ApiError(413, { detail: TOO_LARGE });
  const form = new FormData();
  form.append("file", file);
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
  const token = sessionStore.csrfToken();
  if (token) headers["X-CSRF-Token"] = token;
  const at = Date.now();
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body: form, headers, credentials: "same-origin" });
  } catch {
    throw ApiError.network();
  }
  if (response.status === 401) sessionStore.signOut(NOTICE_SESSION_LOST);
  else sessionStore.markActivity(at);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok && !answers.includes(response.status)) {
    const problem = toProblem(body);
    if (response.status === 413 && !problem?.detail) throw new ApiError(413, { detail: TOO_LARGE });
    throw new ApiError(response.status, problem);
  }
  return body as T;
}
