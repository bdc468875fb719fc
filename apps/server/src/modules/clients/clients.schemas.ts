import { z } from "zod";
import { dateField, uuidField } from "../../platform/schema-fields.ts";

const isoDate = dateField;

export const clientItem = z.object({
  id: z.string(),
  institutionId: z.string(),
  name: z.string(),
  gender: z.enum(["male", "female"]),
  genderLabel: z.string(),
  birthDate: z.string(),
  /** Always masked (900101-1******); the full number only through …/unmask with a reason. */
  rrnMasked: z.string(),
  admittedOn: z.string(),
  dischargedOn: z.string().nullable(),
  dischargeReason: z.string().nullable(),
  isActive: z.boolean(),
  version: z.number(),
});
export type ClientItem = z.infer<typeof clientItem>;

export const clientListQuery = z.object({
  status: z.enum(["active", "discharged", "all"]).default("active"),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(["name", "-name", "admitted_on", "-admitted_on"]).default("name"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
export type ClientListQuery = z.infer<typeof clientListQuery>;

/** Resident lists are personal data: a download states why (domain.md §9); numbers stay masked. */
export const clientExportQuery = clientListQuery.omit({ page: true, limit: true }).extend({
  reason: z
    .string({ error: "다운로드 사유를 입력하세요." })
    .trim()
    .min(2, "다운로드 사유를 입력하세요.")
    .max(200, "사유는 200자 이내로 입력하세요."),
});
export type ClientExportQuery = z.infer<typeof clientExportQuery>;

export const clientListResponse = z.object({
  items: z.array(clientItem),
  total: z.number(),
  page: z.number(),
  limit: z.number(),
  /** For residential institutions: 정원 and the active count, to show before admitting. */
  capacity: z.number().nullable(),
  activeCount: z.number(),
  residential: z.boolean(),
});

export const admission = z.object({
  name: z
    .string({ error: "성명을 입력하세요." })
    .trim()
    .min(1, "성명을 입력하세요.")
    .max(50, "성명은 50자 이내입니다."),
  residentNumber: z
    .string({ error: "주민등록번호를 입력하세요." })
    .trim()
    .min(1, "주민등록번호를 입력하세요.")
    .max(20),
  admittedOn: isoDate("입소일"),
  /** The user compared a number whose check digit does not match with the ID card (see resident-number.ts). */
  residentNumberConfirmed: z.boolean().optional(),
});
export type Admission = z.infer<typeof admission>;

export const discharge = z.object({
  dischargedOn: isoDate("퇴소일"),
  dischargeReason: z
    .string({ error: "퇴소 사유를 입력하세요." })
    .trim()
    .min(2, "퇴소 사유를 2자 이상 입력하세요.")
    .max(200, "퇴소 사유는 200자 이내입니다."),
  version: z.number().int().optional(),
});
export type Discharge = z.infer<typeof discharge>;

/** 이름 정정 (e.g. a typo or a legal name change); the 주민등록번호 is not edited: discharge and admit again. */
export const clientUpdate = z.object({
  name: z
    .string({ error: "성명을 입력하세요." })
    .trim()
    .min(1, "성명을 입력하세요.")
    .max(50, "성명은 50자 이내입니다."),
  reason: z
    .string({ error: "정정 사유를 입력하세요." })
    .trim()
    .min(2, "정정 사유를 2자 이상 입력하세요.")
    .max(200, "정정 사유는 200자 이내입니다."),
  version: z.number().int().optional(),
});
export type ClientUpdate = z.infer<typeof clientUpdate>;

export const unmaskBody = z.object({
  reason: z
    .string({ error: "열람 사유를 입력하세요." })
    .trim()
    .min(5, "열람 사유를 5자 이상 입력하세요.")
    .max(200, "열람 사유는 200자 이내입니다."),
});
export const unmaskResponse = z.object({ id: z.string(), residentNumber: z.string(), rrnMasked: z.string() });

export const clientIdParams = z.object({ id: uuidField("이용자") });
export const institutionClientParams = z.object({
  id: uuidField("기관"),
  clientId: uuidField("이용자"),
});
export const institutionIdParams = z.object({ id: uuidField("기관") });
