/** Errors from the API: RFC 9457 problem details with a Korean `detail` (see the API contract). */

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  requestId?: string;
  errors?: FieldError[];
}

/** The summary of an answer whose messages belong to fields (each shown once, beside its field). */
export const FIELDS_MESSAGE = "입력값을 확인하세요. 잘못된 항목 옆에 안내가 있습니다.";
const GENERIC_MESSAGE = "요청을 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.";
const NETWORK_MESSAGE = "서버에 연결하지 못했습니다. 네트워크 연결을 확인한 뒤 다시 시도해 주세요.";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly requestId: string | null;
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(status: number, problem: Problem | null) {
    const detail = problem?.detail?.trim() || problem?.title?.trim() || defaultMessage(status);
    super(detail);
    this.name = "ApiError";
    this.status = status;
    this.code = problem?.code ?? (status === 0 ? "NETWORK_ERROR" : `HTTP_${status}`);
    this.detail = detail;
    this.requestId = problem?.requestId ?? null;
    const fields: Record<string, string> = {};
    for (const e of problem?.errors ?? []) {
      if (e && typeof e.field === "string" && !(e.field in fields)) fields[e.field] = e.message;
    }
    this.fieldErrors = fields;
    // A field's message is shown beside its field; the summary above the form must not say it again.
    if (Object.values(fields).includes(detail)) this.detail = FIELDS_MESSAGE;
  }

  static network(): ApiError {
    return new ApiError(0, { detail: NETWORK_MESSAGE, code: "NETWORK_ERROR" });
  }
}

function defaultMessage(status: number): string {
  if (status === 0) return NETWORK_MESSAGE;
  if (status === 401) return "로그인이 필요합니다. 다시 로그인해 주세요.";
  if (status === 403) return "이 기능을 사용할 권한이 없습니다.";
  if (status === 404) return "요청하신 정보를 찾을 수 없습니다.";
  if (status === 429) return "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.";
  return GENERIC_MESSAGE;
}

/** openapi-fetch hands back the parsed JSON body, or the raw text when it is not JSON. */
export function toProblem(body: unknown): Problem | null {
  if (body && typeof body === "object") return body as Problem;
  if (typeof body === "string" && body.trim().startsWith("{")) {
    try {
      return JSON.parse(body) as Problem;
    } catch {
      return null;
    }
  }
  return null;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The text to show the user for any error thrown by the API layer. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.detail;
  return GENERIC_MESSAGE;
}
