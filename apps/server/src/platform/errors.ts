import { josa } from "es-hangul";
import { z } from "zod";

/** The one error type of the application: a code, an HTTP status and a Korean message for the user. */
export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly detail: string,
    readonly extra: { errors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(detail);
  }
}

export const TITLES: Record<number, string> = {
  400: "잘못된 요청",
  401: "인증 필요",
  403: "권한 없음",
  404: "찾을 수 없음",
  409: "충돌",
  413: "요청이 너무 큼",
  415: "지원하지 않는 형식",
  422: "처리할 수 없는 요청",
  423: "계정 잠김",
  428: "전제 조건 필요",
  429: "요청 과다",
  500: "서버 오류",
  503: "서비스 이용 불가",
};

/** "기관을", "종사자를": the object particle that fits the word's last syllable. */
export const withObjectParticle = (word: string) => josa(word, "을/를");

export const notFound = (what = "요청하신 정보") =>
  new AppError("NOT_FOUND", 404, `${withObjectParticle(what)} 찾을 수 없습니다.`);
export const validationFailed = (errors: FieldError[], detail = "입력값을 확인하세요.") =>
  new AppError("VALIDATION_FAILED", 400, detail, { errors });

/** A step the record's state does not allow (a transition refused by a rule of packages/domain): 409. */
export const refused = (t: { code: string; message: string }, extra: AppError["extra"] = {}) =>
  new AppError(t.code, 409, t.message, extra);

/** The RFC 9457 problem answer every error route declares (written by the error handler in app.ts). */
export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    requestId: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .passthrough();
