import { AGENCY_KINDS, INSTITUTION_STATUSES } from "@ssis/domain";
import { josa } from "es-hangul";
import { z } from "zod";
import {
  dateField,
  idParam,
  listPage,
  pagedList,
  textField,
  uuidField,
  versionField,
} from "../../platform/schema-fields.ts";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${josa(label, "은/는")} ${max}자 이내로 입력하세요.`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

const phonePattern = /^0\d{1,2}-?\d{3,4}-?\d{4}$/;

// ── register (지원기관 목록·상세) ────────────────────────────────────────────
export const coverageItem = z.object({
  sidoCode: z.string(),
  sigunguCode: z.string().nullable(),
  label: z.string(),
});

export const agencySummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(AGENCY_KINDS),
  sidoCode: z.string().nullable(),
  sidoName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  isActive: z.boolean(),
  coverage: z.array(coverageItem),
  activeAssignments: z.number(),
  staffCount: z.number(),
  canEdit: z.boolean(),
  version: z.number(),
});
export type AgencySummary = z.infer<typeof agencySummary>;

export const assignmentItem = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  sigunguName: z.string().nullable(),
  purpose: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  endedReason: z.string().nullable(),
  status: z.enum(["scheduled", "active", "ended"]),
  statusLabel: z.string(),
  createdAt: z.string(),
  version: z.number(),
});
export type AssignmentItem = z.infer<typeof assignmentItem>;

export const agencyDetail = agencySummary.extend({
  address: z.string().nullable(),
  homepage: z.string().nullable(),
  contactName: z.string().nullable(),
  staff: z.array(z.object({ id: z.string(), name: z.string(), username: z.string(), isActive: z.boolean() })),
  assignments: z.array(assignmentItem),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AgencyDetail = z.infer<typeof agencyDetail>;

export const AGENCY_SORTS = ["name", "-name", "kind", "sido", "-assignments"] as const;

export const agencyListQuery = z.object({
  q: z.string().trim().max(50, "검색어는 50자 이내로 입력하세요.").optional(),
  kind: z.enum(AGENCY_KINDS, { error: "지원기관 유형이 올바르지 않습니다." }).optional(),
  sido: z
    .string()
    .regex(/^\d{2}$/, "시도 코드는 숫자 2자리입니다.")
    .optional(),
  active: z.enum(["true", "false", "all"]).default("all"),
  sort: z.enum(AGENCY_SORTS, { error: "정렬 기준이 올바르지 않습니다." }).default("name"),
  ...listPage(200),
});
export type AgencyListQuery = z.infer<typeof agencyListQuery>;

export const agencyListResponse = pagedList(agencySummary);

const coverageInput = z.object({
  sidoCode: z.string({ error: "시도를 선택하세요." }).regex(/^\d{2}$/, "시도 코드는 숫자 2자리입니다."),
  sigunguCode: z
    .string()
    .regex(/^\d{5}$/, "시군구 코드는 숫자 5자리입니다.")
    .nullable()
    .optional(),
});
export type CoverageInput = z.infer<typeof coverageInput>;

const agencyFields = {
  name: textField("기관명", 100, 2),
  kind: z.enum(AGENCY_KINDS, { error: "지원기관 유형을 선택하세요." }),
  // 소재 시도; null = 전국 단위 기관 (보건복지부만 등록)
  sidoCode: z
    .string()
    .regex(/^\d{2}$/, "시도 코드는 숫자 2자리입니다.")
    .nullable()
    .optional(),
  address: optionalText(200, "주소"),
  phone: z
    .string()
    .trim()
    .regex(phonePattern, "전화번호 형식이 올바르지 않습니다(예: 02-123-4567).")
    .or(z.literal("").transform(() => null))
    .nullable()
    .optional(),
  email: z
    .string()
    .trim()
    .email("전자우편 주소 형식이 올바르지 않습니다.")
    .max(200, "전자우편은 200자 이내로 입력하세요.")
    .or(z.literal("").transform(() => null))
    .nullable()
    .optional(),
  homepage: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s]+$/, "홈페이지 주소는 http:// 또는 https://로 시작해야 합니다.")
    .max(200, "홈페이지 주소는 200자 이내로 입력하세요.")
    .or(z.literal("").transform(() => null))
    .nullable()
    .optional(),
  contactName: optionalText(50, "담당자"),
  coverage: z.array(coverageInput).max(300, "사업 지역은 300개 이내로 지정하세요.").optional(),
};

export const agencyCreate = z.object(agencyFields);
export type AgencyCreate = z.infer<typeof agencyCreate>;

export const agencyUpdate = agencyCreate.partial().extend({
  isActive: z.boolean({ error: "운영 여부는 참/거짓 값입니다." }).optional(),
  version: versionField,
});
export type AgencyUpdate = z.infer<typeof agencyUpdate>;

// ── assignments (배정) ───────────────────────────────────────────────────────
export const assignmentCreate = z.object({
  institutionId: z.string({ error: "배정할 기관을 선택하세요." }).uuid("배정할 기관을 선택하세요."),
  purpose: textField("배정 목적", 100, 2),
  startsOn: dateField("시작일"),
  endsOn: dateField("종료일").nullable().optional(),
});
export type AssignmentCreate = z.infer<typeof assignmentCreate>;

export const assignmentEnd = z.object({
  endsOn: dateField("종료일"),
  reason: textField("종료 사유", 200, 2),
  version: versionField,
});
export type AssignmentEnd = z.infer<typeof assignmentEnd>;

export const agencyIdParams = idParam("지원기관");
export const assignmentParams = agencyIdParams.extend({
  assignmentId: uuidField("배정"),
});
export const institutionIdParams = idParam("기관");

// ── providers' side (support agency staff) ──────────────────────────────────
export const ownAgency = agencySummary.omit({ canEdit: true, staffCount: true }).extend({
  address: z.string().nullable(),
  homepage: z.string().nullable(),
  contactName: z.string().nullable(),
});
export type OwnAgency = z.infer<typeof ownAgency>;

export const ownAssignments = z.object({
  items: z.array(assignmentItem.omit({ agencyName: true }).extend({ isInForce: z.boolean() })),
});

/** What an agency sees of an assigned institution: a summary, never staff, clients or other personal data. */
export const assignedInstitutionSummary = z.object({
  id: z.string(),
  name: z.string(),
  typeName: z.string(),
  field: z.string(),
  sidoName: z.string(),
  sigunguName: z.string(),
  roadAddress: z.string(),
  phone: z.string().nullable(),
  headName: z.string().nullable(),
  capacity: z.number().nullable(),
  currentUsers: z.number().nullable(),
  status: z.enum(INSTITUTION_STATUSES),
  statusLabel: z.string(),
  latestGrade: z.string().nullable(),
  latestGradeYear: z.number().nullable(),
  assignments: z.array(
    z.object({ id: z.string(), purpose: z.string(), startsOn: z.string(), endsOn: z.string().nullable() }),
  ),
});
export type AssignedInstitutionSummary = z.infer<typeof assignedInstitutionSummary>;
