import { INSTITUTION_STATUSES } from "@ssis/domain";
import { z } from "zod";

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

export const listQuery = z.object({
  q: z.string().trim().max(100).optional(),
  sido: z
    .string()
    .regex(/^\d{2}$/, "시도 코드는 숫자 2자리입니다.")
    .optional(),
  sigungu: z
    .string()
    .regex(/^\d{5}$/, "시군구 코드는 숫자 5자리입니다.")
    .optional(),
  type: z.string().max(40).optional(),
  field: z.string().max(40).optional(),
  status: z.enum(INSTITUTION_STATUSES).optional(),
  sort: z.enum(["name", "-name", "opened_on", "-opened_on"]).default("name"),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListQuery = z.infer<typeof listQuery>;

export const listResponse = z.object({
  items: z.array(institutionSummary),
  total: z.number(),
  nextCursor: z.string().nullable(),
});

const phonePattern = /^0\d{1,2}-?\d{3,4}-?\d{4}$/;
export const contactChange = z.object({
  phone: z
    .string()
    .trim()
    .regex(phonePattern, "전화번호 형식이 올바르지 않습니다(예: 02-123-4567).")
    .nullable()
    .optional(),
  fax: z
    .string()
    .trim()
    .regex(phonePattern, "팩스번호 형식이 올바르지 않습니다(예: 02-123-4568).")
    .nullable()
    .optional(),
  email: z.string().trim().email("전자우편 주소 형식이 올바르지 않습니다.").max(200).nullable().optional(),
  version: z.number().int().optional(),
});
export type ContactChange = z.infer<typeof contactChange>;

export const idParams = z.object({ id: z.string().uuid("기관 ID 형식이 올바르지 않습니다.") });

export const dashboardResponse = z.object({
  scopeLabel: z.string(),
  institutions: z.object({
    total: z.number(),
    byStatus: z.object({ operating: z.number(), suspended: z.number(), closed: z.number() }),
    byField: z.array(z.object({ field: z.string(), count: z.number() })),
  }),
  staff: z.object({ active: z.number() }),
});
