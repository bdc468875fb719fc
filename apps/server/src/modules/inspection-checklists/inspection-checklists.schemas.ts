import { z } from "zod";
import { idParam, textField, uuidField } from "../../platform/schema-fields.ts";

export const VIOLATION_CODE = /^[A-Z]{2,5}-[0-9A-Za-z가-힣.]{1,10}$/;
/** A 별표 row's code (SWS-4가); findings use the same field. */
export const violationCode = z
  .string()
  .trim()
  .regex(VIOLATION_CODE, "위반 코드 형식이 올바르지 않습니다(예: SWS-4가).")
  .nullable()
  .optional();

export const idParams = idParam("대상");

export const checklistItemInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z]{2,6}-\d{2,3}$/, "항목 코드는 'ACC-01' 형식입니다."),
  domain: textField("점검 영역", 40),
  item: textField("점검 항목", 1000),
  legalBasis: textField("법적 근거", 1000),
  appliesTo: z.string().trim().max(500).nullable().optional(),
  violationCode,
  verified: z.boolean(),
});
export const checklistItem = checklistItemInput.extend({
  id: z.uuid(),
  position: z.number(),
  typicalFinding: z.string().nullable(),
  typicalOutcome: z.string().nullable(),
  appliesTo: z.string().nullable(),
  violationCode: z.string().nullable(),
  source: z.string().nullable(),
});
export const checklistVersionSummary = z.object({
  id: z.uuid(),
  templateId: z.uuid(),
  templateCode: z.string(),
  templateName: z.string(),
  version: z.number(),
  changeNote: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  itemCount: z.number(),
  unverifiedCount: z.number(),
  isLatest: z.boolean(),
});
export const checklistVersionDetail = checklistVersionSummary.extend({ items: z.array(checklistItem) });
export const checklistList = z.object({ items: z.array(checklistVersionSummary) });
export const checklistVersionCreate = z.object({
  basedOnVersionId: uuidField("점검표 버전"),
  changeNote: textField("변경 내용", 500),
  items: z
    .array(checklistItemInput)
    .min(1, "점검 항목을 하나 이상 두세요.")
    .max(300, "점검 항목은 300개까지 둘 수 있습니다."),
});
export type ChecklistVersionCreate = z.infer<typeof checklistVersionCreate>;
