import {
  dateRangeError,
  INSTITUTION_SORTS,
  INSTITUTION_STATUSES,
  type InstitutionSort,
  OPERATOR_KINDS,
  SEARCH_TERM_MAX_LENGTH,
} from "@ssis/domain";
import { z } from "zod";
import { idParam, sigunguFilter, textField } from "../../platform/schema-fields.ts";

export const institutionSummary = z.object({
  id: z.string(),
  name: z.string(),
  typeCode: z.string(),
  typeName: z.string(),
  field: z.string(),
  sidoName: z.string(),
  sigunguName: z.string(),
  status: z.enum(INSTITUTION_STATUSES),
  statusLabel: z.string(),
  capacity: z.number().nullable(),
  currentUsers: z.number().nullable(),
  headName: z.string().nullable(),
  phone: z.string().nullable(),
  latestGrade: z.string().nullable(),
  version: z.number(),
});
export type InstitutionSummary = z.infer<typeof institutionSummary>;

export const institutionDetail = institutionSummary.extend({
  roadAddress: z.string(),
  addressDetail: z.string().nullable(),
  postalCode: z.string().nullable(),
  fax: z.string().nullable(),
  email: z.string().nullable(),
  businessNo: z.string().nullable(),
  operatorKind: z.string(),
  operatorName: z.string(),
  headAppointedOn: z.string().nullable(),
  openedOn: z.string().nullable(),
  statusHistory: z.array(
    z.object({
      status: z.enum(INSTITUTION_STATUSES),
      statusLabel: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  staffCount: z.number(),
});
export type InstitutionDetail = z.infer<typeof institutionDetail>;

export { INSTITUTION_SORTS, type InstitutionSort };
/** 최근 평가등급 filter: a grade, or "none" for institutions never graded. */
export const GRADE_FILTERS = ["A", "B", "C", "D", "F", "none"] as const;

/** Filters shared by the list and its Excel download (현황정보관리 UWSI). */
const listFilters = {
  // 기관명·도로명주소 일부, 초성(ㅈㄹㄴㅇ) 또는 사업자등록번호 10자리 (packages/domain institution-search.ts)
  q: z.string().trim().max(SEARCH_TERM_MAX_LENGTH, "검색어는 100자 이내로 입력하세요.").optional(),
  sido: z
    .string()
    .regex(/^\d{2}$/, "시도 코드는 숫자 2자리입니다.")
    .optional(),
  sigungu: sigunguFilter,
  type: z.string().max(40).optional(),
  field: z.string().max(40).optional(),
  status: z.enum(INSTITUTION_STATUSES).optional(),
  grade: z.enum(GRADE_FILTERS, { error: "평가등급은 A, B, C, D, F 또는 미평가 중에서 고르세요." }).optional(),
  operatorKind: z.enum(OPERATOR_KINDS, { error: "운영주체 구분이 올바르지 않습니다." }).optional(),
  // 운영 법인·단체 또는 개인의 이름 일부
  operator: z.string().trim().min(1).max(100, "운영주체명은 100자 이내로 입력하세요.").optional(),
  openedFrom: z.iso.date({ error: "개소일(부터)는 YYYY-MM-DD 형식의 날짜입니다." }).optional(),
  openedTo: z.iso.date({ error: "개소일(까지)는 YYYY-MM-DD 형식의 날짜입니다." }).optional(),
  closedFrom: z.iso.date({ error: "폐지일(부터)는 YYYY-MM-DD 형식의 날짜입니다." }).optional(),
  closedTo: z.iso.date({ error: "폐지일(까지)는 YYYY-MM-DD 형식의 날짜입니다." }).optional(),
  sort: z.enum(INSTITUTION_SORTS, { error: "정렬 기준이 올바르지 않습니다." }).default("name"),
};

/** The list's conditions, without its order: what decides which institutions match. */
export const CONDITION_KEYS = Object.keys(listFilters).filter((k) => k !== "sort") as Exclude<
  keyof typeof listFilters,
  "sort"
>[];

/** A date range's end may not come before its start (each checked where the list and the download share it). */
const withDateRanges = <
  T extends z.ZodType<{ openedFrom?: string; openedTo?: string; closedFrom?: string; closedTo?: string }>,
>(
  schema: T,
) =>
  schema.superRefine((v, ctx) => {
    for (const [from, to, label] of [
      ["openedFrom", "openedTo", "개소일"],
      ["closedFrom", "closedTo", "폐지일"],
    ] as const) {
      const message = dateRangeError(label, v[from], v[to]);
      if (message) ctx.addIssue({ code: "custom", path: [to], message });
    }
  });

export const listQuery = withDateRanges(
  z.object({
    ...listFilters,
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    /**
     * How the first page counts: `capped` (default) stops at 1,000 and answers `totalCapped: true` past it;
     * `exact` counts every match (slower for a large scope: the screen asks only when the official needs it).
     */
    count: z.enum(["capped", "exact"], { error: "건수 표시 방식이 올바르지 않습니다." }).optional(),
  }),
);
export type ListQuery = z.infer<typeof listQuery>;

/** Excel download: the list's filters and sort, plus why (개인정보 안전성 확보조치 기준: downloads need a reason). */
export const exportQuery = withDateRanges(
  z.object({
    ...listFilters,
    reason: textField("다운로드 사유", 200, 2),
  }),
);
export type ExportQuery = z.infer<typeof exportQuery>;
export type InstitutionFilters = Omit<ExportQuery, "reason">;

export const listResponse = z.object({
  items: z.array(institutionSummary),
  /**
   * Matches of the whole query, counted on the first page only (null when a cursor is given). Counted up to
   * 1,000 unless `count=exact`: past that it is 1,000 and `totalCapped` is true ("1,000건 이상"). A search
   * that found at most 2,000 matches through its index answers their exact number.
   */
  total: z.number().nullable(),
  totalCapped: z.boolean(),
  nextCursor: z.string().nullable(),
});

export const idParams = idParam("기관");
