import { EMPLOYMENT_KINDS } from "@ssis/domain";
import { josa } from "es-hangul";
import { z } from "zod";
import {
  dateField,
  downloadReason,
  idParam,
  listPage,
  pagedList,
  requiredText,
  versionField,
} from "../../platform/schema-fields.ts";

export const staffItem = z.object({
  id: z.string(),
  institutionId: z.string(),
  name: z.string(),
  jobTypeCode: z.string(),
  jobTypeName: z.string(),
  qualification: z.string().nullable(),
  licenseNo: z.string().nullable(),
  employmentKind: z.enum(EMPLOYMENT_KINDS),
  employmentKindLabel: z.string(),
  weeklyHours: z.number().nullable(),
  hiredOn: z.string(),
  leftOn: z.string().nullable(),
  endReason: z.string().nullable(),
  isActive: z.boolean(),
  version: z.number(),
});
export type StaffItem = z.infer<typeof staffItem>;

export const staffListQuery = z.object({
  status: z.enum(["active", "left", "all"]).default("active"),
  jobType: z.string().max(40).optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(["name", "-name", "hired_on", "-hired_on", "job_type"]).default("name"),
  ...listPage(200),
});
export type StaffListQuery = z.infer<typeof staffListQuery>;

/** Staff lists are personal data: a download states why (domain.md §9). */
export const staffExportQuery = staffListQuery
  .omit({ page: true, limit: true })
  .extend({ reason: downloadReason });
export type StaffExportQuery = z.infer<typeof staffExportQuery>;

export const staffListResponse = pagedList(staffItem);

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${josa(label, "은/는")} ${max}자 이내입니다.`)
    .nullable()
    .optional();

export const staffCreate = z.object({
  name: requiredText("성명", 50),
  jobTypeCode: z.string({ error: "직종을 선택하세요." }).min(1, "직종을 선택하세요.").max(40),
  qualification: optionalText(100, "자격(증)명"),
  licenseNo: optionalText(50, "자격·면허번호"),
  employmentKind: z.enum(EMPLOYMENT_KINDS, { error: "근무형태(전일제·시간제)를 선택하세요." }),
  weeklyHours: z.number({ error: "주당 근무시간은 숫자입니다." }).nullable().optional(),
  hiredOn: dateField("입사일"),
});
export type StaffCreate = z.infer<typeof staffCreate>;

export const staffUpdate = staffCreate.partial().extend({ version: versionField });
export type StaffUpdate = z.infer<typeof staffUpdate>;

export const staffEnd = z.object({
  leftOn: dateField("퇴사일"),
  endReason: requiredText("퇴사 사유", 200, 2),
  version: versionField,
});
export type StaffEnd = z.infer<typeof staffEnd>;

export const staffIdParams = idParam("종사자");
export const institutionIdParams = idParam("기관");

export const jobTypesResponse = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string(), qualification: z.string().nullable() })),
});

export const importReport = z.object({
  ok: z.boolean(),
  saved: z.number(),
  rows: z.array(
    z.object({
      row: z.number(),
      name: z.string().nullable(),
      errors: z.array(z.object({ column: z.string(), message: z.string() })),
    }),
  ),
});
export type ImportReport = z.infer<typeof importReport>;
