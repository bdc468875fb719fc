import { CORRECTIVE_OUTCOMES, FINDING_SEVERITIES } from "@ssis/domain";
import { z } from "zod";
import { dateField, pagedList, pageFields, textField, uuidField } from "../../platform/schema-fields.ts";
import { violationCode } from "../inspection-checklists/index.ts";
import { correctiveItem, findingItem, sigungu } from "../inspections/index.ts";

const uuid = uuidField;
const text = textField;

export const idParams = z.object({ id: uuid("대상") });

export const findingCreate = z.object({
  itemId: uuid("점검 항목").nullable().optional(),
  domain: text("점검 영역", 40).optional(),
  title: text("지적 제목", 200),
  detail: text("지적 내용", 4000),
  severity: z.enum(FINDING_SEVERITIES, { error: "심각도는 경미·보통·중대 중 하나입니다." }),
  violationCode,
});
export type FindingCreate = z.infer<typeof findingCreate>;

export const correctiveOrder = z
  .object({
    outcome: z.enum(CORRECTIVE_OUTCOMES, { error: "조치 구분을 고르세요." }),
    instruction: text("조치 요구 내용", 2000),
    amountWon: z.number().int().positive("금액은 0보다 커야 합니다.").max(1e13).nullable().optional(),
    noticeOn: dateField("통보일"),
    days: z.number().int().min(1, "기한 일수는 1 이상입니다.").max(365).nullable().optional(),
    dueOn: dateField("조치 기한").nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.outcome === "subsidy_recovery" || v.outcome === "fine") && !v.amountWon)
      ctx.addIssue({ code: "custom", path: ["amountWon"], message: "환수액 또는 과태료 금액을 입력하세요." });
    const reports = ["caution", "warning", "correction", "improvement", "subsidy_recovery"].includes(
      v.outcome,
    );
    if (reports && !v.days && !v.dueOn)
      ctx.addIssue({ code: "custom", path: ["dueOn"], message: "조치 기한(날짜 또는 일수)을 입력하세요." });
    if (v.dueOn && v.dueOn < v.noticeOn)
      ctx.addIssue({ code: "custom", path: ["dueOn"], message: "조치 기한은 통보일 이후여야 합니다." });
  });
export type CorrectiveOrder = z.infer<typeof correctiveOrder>;

/** One finding with where it was found, e.g. for the disposition it leads to. */
export const findingDetail = findingItem.extend({
  institutionId: z.uuid(),
  institutionName: z.string(),
  foundOn: z.string(),
});

export const correctiveListQuery = z.object({
  status: z.enum(["open", "overdue", "submitted", "accepted", "all"]).default("open"),
  sigungu,
  outcome: z.enum(CORRECTIVE_OUTCOMES).optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(["due_on", "-due_on", "name", "region", "status"]).default("due_on"),
  ...pageFields,
});
export type CorrectiveListQuery = z.infer<typeof correctiveListQuery>;
export const correctiveList = pagedList(correctiveItem).extend({
  summary: z.array(
    z.object({
      sigunguCode: z.string(),
      sigunguName: z.string(),
      open: z.number(),
      overdue: z.number(),
      submitted: z.number(),
    }),
  ),
});
export const remindBody = z.object({
  ids: z.array(uuid("조치")).min(1, "독촉할 조치를 고르세요.").max(500),
  message: text("독촉 내용", 500),
});
export type RemindBody = z.infer<typeof remindBody>;

export const correctiveSubmit = z.object({
  version: z.number().int().min(1).optional(),
  report: text("조치 결과", 4000),
});
export type CorrectiveSubmit = z.infer<typeof correctiveSubmit>;
export const verificationBody = z.object({
  version: z.number().int().min(1).optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type VerificationBody = z.infer<typeof verificationBody>;
