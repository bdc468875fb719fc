import { z } from "zod";
import {
  dateField,
  downloadReason,
  idParam,
  listPage,
  pagedList,
  requiredText,
  uuidField,
  versionField,
} from "../../platform/schema-fields.ts";

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
  ...listPage(200),
});
export type ClientListQuery = z.infer<typeof clientListQuery>;

/** Resident lists are personal data: a download states why (domain.md §9); numbers stay masked. */
export const clientExportQuery = clientListQuery
  .omit({ page: true, limit: true })
  .extend({ reason: downloadReason });
export type ClientExportQuery = z.infer<typeof clientExportQuery>;

export const clientListResponse = pagedList(clientItem).extend({
  /** For residential institutions: 정원 and the active count, to show before admitting. */
  capacity: z.number().nullable(),
  activeCount: z.number(),
  residential: z.boolean(),
});

const name = requiredText("성명", 50);

export const admission = z.object({
  name,
  residentNumber: z
    .string({ error: "주민등록번호를 입력하세요." })
    .trim()
    .min(1, "주민등록번호를 입력하세요.")
    .max(20),
  admittedOn: dateField("입소일"),
  /** The user compared a number whose check digit does not match with the ID card (see resident-number.ts). */
  residentNumberConfirmed: z.boolean().optional(),
});
export type Admission = z.infer<typeof admission>;

export const discharge = z.object({
  dischargedOn: dateField("퇴소일"),
  dischargeReason: requiredText("퇴소 사유", 200, 2),
  version: versionField,
});
export type Discharge = z.infer<typeof discharge>;

/** 이름 정정 (e.g. a typo or a legal name change); the 주민등록번호 is not edited: discharge and admit again. */
export const clientUpdate = z.object({
  name,
  reason: requiredText("정정 사유", 200, 2),
  version: versionField,
});
export type ClientUpdate = z.infer<typeof clientUpdate>;

export const unmaskBody = z.object({ reason: requiredText("열람 사유", 200, 5) });
export const unmaskResponse = z.object({ id: z.string(), residentNumber: z.string(), rrnMasked: z.string() });

export const clientIdParams = idParam("이용자");
export const institutionClientParams = z.object({
  id: uuidField("기관"),
  clientId: uuidField("이용자"),
});
export const institutionIdParams = idParam("기관");
