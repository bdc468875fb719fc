import { fieldLabel } from "@ssis/domain";
import { josa } from "es-hangul";
import type { z } from "zod";

/** PostgreSQL's `integer`: a number past it (a version, a count) must be refused before it reaches SQL. */
export const INT32_MAX = 2_147_483_647;

// 1,000,000 with separators, but a year or a small bound as it is typed (2000, not 2,000).
const n = (value: number | bigint) =>
  Math.abs(Number(value)) >= 10_000 ? value.toLocaleString("ko-KR") : String(value);

/**
 * The Korean message of a validation issue that its schema did not word itself, naming the field by its
 * label (FIELD_LABELS): "점검 연도는 2000 이상이어야 합니다." Zod's Korean locale said "number이 너무
 * 작습니다: 2000 이상이어야 합니다", with the type's English name for a subject.
 */
export function koreanIssueMessage(issue: z.core.$ZodRawIssue): string {
  const label = fieldLabel(issue.path ?? []);
  const topic = josa(label, "은/는");
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return `${josa(label, "을/를")} 입력하세요.`;
      if (issue.expected === "int") return `${topic} 정수로 입력하세요.`;
      if (issue.expected === "number") return `${topic} 숫자로 입력하세요.`;
      if (issue.expected === "array") return `${topic} 목록으로 보내야 합니다.`;
      if (issue.expected === "boolean") return `${topic} 예 또는 아니요로 보내야 합니다.`;
      return `${label}의 형식이 올바르지 않습니다.`;
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? `${josa(label, "을/를")} 입력하세요.`
          : `${topic} ${n(issue.minimum)}자 이상 입력하세요.`;
      if (issue.origin === "array" || issue.origin === "set")
        return `${josa(label, "을/를")} ${n(issue.minimum)}개 이상 입력하세요.`;
      return `${topic} ${n(issue.minimum)} ${issue.inclusive ? "이상이어야" : "보다 커야"} 합니다.`;
    case "too_big":
      if (issue.origin === "string") return `${topic} ${n(issue.maximum)}자 이내로 입력하세요.`;
      if (issue.origin === "array" || issue.origin === "set")
        return `${topic} ${n(issue.maximum)}개까지 입력할 수 있습니다.`;
      return `${topic} ${n(issue.maximum)} ${issue.inclusive ? "이하여야" : "보다 작아야"} 합니다.`;
    case "invalid_format":
      return `${label}의 형식이 올바르지 않습니다.`;
    case "invalid_value":
      return `${label}의 값이 올바르지 않습니다. 목록에서 고르세요.`;
    case "not_multiple_of":
      return `${label}의 값이 올바르지 않습니다.`;
    case "unrecognized_keys":
      return "알 수 없는 항목이 함께 왔습니다. 화면을 새로 고친 뒤 다시 시도하세요.";
    default:
      return `${josa(label, "이/가")} 올바르지 않습니다.`;
  }
}

/** The path of the first string holding a NUL character in a request part, or null. */
export function findNulCharacter(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = findNulCharacter(v, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = findNulCharacter(k, [...path, k]) ?? findNulCharacter(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}
