import { dateRangeError, isIsoDate } from "@ssis/domain";
import { josa } from "es-hangul";
import { z } from "zod";

/**
 * Request fields every module uses, with their Korean messages in one place: the particles follow the
 * label's last syllable (시작일을, 점검일을 / 사유를), which a hand-written "을(를)" cannot.
 */
export const uuidField = (label: string) => z.uuid({ error: `${label} 식별자가 올바르지 않습니다.` });

export const dateField = (label: string) =>
  z
    .string({ error: `${josa(label, "을/를")} 입력하세요.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${josa(label, "은/는")} YYYY-MM-DD 형식으로 입력하세요.`)
    .refine(isIsoDate, { message: `${josa(label, "이/가")} 실제 날짜가 아닙니다.` });

/** "사유를 입력하세요." for an empty text, "사유를 2자 이상 입력하세요." for one shorter than `min` (above 1). */
const tooShort = (label: string, min: number) =>
  min > 1 ? `${josa(label, "을/를")} ${min}자 이상 입력하세요.` : `${josa(label, "을/를")} 입력하세요.`;

/** A required text, trimmed, of `min` (1) to `max` characters: "…은 200자 이내로 입력하세요." past it. */
export const textField = (label: string, max: number, min = 1) =>
  z
    .string({ error: `${josa(label, "을/를")} 입력하세요.` })
    .trim()
    .min(min, tooShort(label, min))
    .max(max, `${josa(label, "은/는")} ${max.toLocaleString("ko-KR")}자 이내로 입력하세요.`);

/** The same in the people registers' wording: "성명은 50자 이내입니다." past `max`. */
export const requiredText = (label: string, max: number, min = 1) =>
  z
    .string({ error: `${josa(label, "을/를")} 입력하세요.` })
    .trim()
    .min(min, tooShort(label, min))
    .max(max, `${josa(label, "은/는")} ${max}자 이내입니다.`);

/** Why a list of personal data is downloaded (domain.md §9): it goes into the access log. */
export const downloadReason = z
  .string({ error: "다운로드 사유를 입력하세요." })
  .trim()
  .min(2, "다운로드 사유를 입력하세요.")
  .max(200, "사유는 200자 이내로 입력하세요.");

/** The version of the record the user read, when the change does not send it as If-Match. */
export const versionField = z.number().int().optional();

/** The path of one record: `{ id }`, named in errors by its label ("종사자 식별자가 올바르지 않습니다."). */
export const idParam = (label: string) => z.object({ id: uuidField(label) });

/** A list's 시군구 filter: a 5-digit region code. */
export const sigunguFilter = z
  .string()
  .regex(/^\d{5}$/, "시군구 코드는 숫자 5자리입니다.")
  .optional();

/**
 * A list query's period `from`–`to` (each optional): a reversed one is refused on `to`, "점검일(까지)는
 * 점검일(부터)와 같거나 그 이후여야 합니다.", by the rule the screens apply (dateRangeError).
 */
export const withPeriod = <T extends z.ZodType<{ from?: string; to?: string }>>(label: string, query: T) =>
  query.superRefine((v, ctx) => {
    const message = dateRangeError(label, v.from, v.to);
    if (message) ctx.addIssue({ code: "custom", path: ["to"], message });
  });

/** Page number and size of a list (1-based pages), at most `maxLimit` rows a page. */
export const listPage = (maxLimit = 100) => ({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(maxLimit).default(20),
});
export const pageFields = listPage();

/** A numbered page of a list: its rows, how many match, and which page. */
export const pagedList = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), limit: z.number() });
