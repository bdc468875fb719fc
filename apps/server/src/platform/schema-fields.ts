import { isIsoDate } from "@ssis/domain";
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

export const textField = (label: string, max: number) =>
  z
    .string({ error: `${josa(label, "을/를")} 입력하세요.` })
    .trim()
    .min(1, `${josa(label, "을/를")} 입력하세요.`)
    .max(max, `${josa(label, "은/는")} ${max.toLocaleString("ko-KR")}자 이내로 입력하세요.`);

/** Page number and size of a list (1-based pages). */
export const pageFields = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
};
