import {
  APPEAL_KINDS,
  APPEAL_STATUSES,
  DISPOSITION_STATUSES,
  dispositionPreviewRequestSchema,
} from "@ssis/domain";
import { z } from "zod";
import { storedFileSchema } from "../../platform/files.ts";
import {
  dateField,
  pagedList,
  pageFields,
  sigunguFilter,
  textField,
  uuidField,
  withPeriod,
} from "../../platform/schema-fields.ts";

const uuid = uuidField;
const text = textField;
const version = z.number().int().min(1).optional();

export const idParams = z.object({ id: uuid("대상") });
export const keyParams = z.object({ key: z.string().min(1).max(80) });

// ── preview ─────────────────────────────────────────────────────────────────
export const previewBody = dispositionPreviewRequestSchema.extend({
  institutionId: uuid("기관").optional(),
  /** Beyond the shared interface: the 위반일 (picks the table version) and the facts for 일반기준 다목. */
  violations: z
    .array(
      z.object({
        code: text("위반 코드", 40),
        date: dateField("적발일"),
        committedOn: dateField("위반일").optional(),
        immediateClosureFacts: z.string().trim().min(1).max(4000).optional(),
      }),
    )
    .min(1, "위반행위를 하나 이상 입력하세요.")
    .max(50),
});
export type PreviewBody = z.infer<typeof previewBody>;

const priorReport = z.object({
  code: z.string(),
  decidedOn: z.string(),
  repeatCount: z.number(),
  effectiveRepeatCount: z.number(),
  verdict: z.string(),
  reason: z.string(),
  institutionName: z.string().nullable(),
  lookBackEndsOn: z.string().nullable(),
});
export const assessmentItem = z.object({
  code: z.string(),
  date: z.string(),
  ok: z.boolean(),
  errorCode: z.string().nullable(),
  tableName: z.string().nullable(),
  tableVersion: z.string().nullable(),
  tableVerified: z.boolean().nullable(),
  violation: z.string().nullable(),
  article: z.string().nullable(),
  rowVerified: z.boolean().nullable(),
  repeatCount: z.number().nullable(),
  measure: z.string().nullable(),
  counted: z.array(priorReport),
  ignored: z.array(priorReport),
  operatorHistory: z.array(priorReport),
  unverified: z.array(z.string()),
  warnings: z.array(z.string()),
  explanation: z.string(),
});
export const previewResponse = z.object({
  results: z.array(
    z.object({
      code: z.string(),
      repeatCount: z.number().nullable(),
      measure: z.string().nullable(),
      explanation: z.string(),
    }),
  ),
  combined: z.array(
    z.object({
      lawCode: z.string(),
      rule: z.string(),
      measure: z.string().nullable(),
      explanation: z.string(),
    }),
  ),
  assessments: z.array(assessmentItem),
});

// ── dispositions ────────────────────────────────────────────────────────────
export const violationInput = z.object({
  code: text("위반 코드", 40),
  foundOn: dateField("적발일"),
  committedOn: dateField("위반일").nullable().optional(),
  summary: text("위반 내용", 2000),
  immediateClosureFacts: z.string().trim().max(4000).nullable().optional(),
});
export const dispositionCreate = z
  .object({
    institutionId: uuid("기관").optional(),
    findingId: uuid("지적사항").optional(),
    violations: z.array(violationInput).max(20, "위반행위는 20건까지입니다.").optional(),
    adjustment: z
      .object({
        direction: z.enum(["mitigate", "aggravate"], { error: "감경 또는 가중을 고르세요." }),
        to: text("조정한 처분", 60),
        reason: text("조정 사유", 2000),
      })
      .nullable()
      .optional(),
    surcharge: z
      .object({ annualRevenueWon: z.number().int().min(0).optional() })
      .nullable()
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.institutionId && !v.findingId)
      ctx.addIssue({ code: "custom", path: ["institutionId"], message: "기관 또는 지적사항을 고르세요." });
    if (!v.findingId && !v.violations?.length)
      ctx.addIssue({ code: "custom", path: ["violations"], message: "위반행위를 하나 이상 입력하세요." });
  });
export type DispositionCreate = z.infer<typeof dispositionCreate>;

export const dispositionListQuery = withPeriod(
  "처분일",
  z.object({
    from: dateField("처분일(부터)").optional(),
    to: dateField("처분일(까지)").optional(),
    sigungu: sigunguFilter,
    law: z.string().max(10).optional(),
    measure: z.string().trim().max(20).optional(),
    status: z.enum(DISPOSITION_STATUSES).optional(),
    activeSuspension: z.enum(["true", "false"]).optional(),
    q: z.string().trim().max(100).optional(),
    sort: z
      .enum(["-decided_on", "decided_on", "-created_at", "name", "region", "status"])
      .default("-created_at"),
    ...pageFields,
  }),
);
export type DispositionListQuery = z.infer<typeof dispositionListQuery>;

export const dispositionItem = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  sigunguCode: z.string(),
  sigunguName: z.string(),
  authorityName: z.string(),
  lawCode: z.string(),
  tableName: z.string(),
  status: z.enum(DISPOSITION_STATUSES),
  statusLabel: z.string(),
  proposedLabel: z.string(),
  measureLabel: z.string(),
  violationSummary: z.string(),
  repeatSummary: z.string(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  fineWon: z.number().nullable(),
  preNoticeOn: z.string().nullable(),
  opinionDueOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decisionNo: z.string().nullable(),
  reportedToMohwOn: z.string().nullable(),
  appealStatus: z.enum(APPEAL_STATUSES),
  appealStatusLabel: z.string(),
  createdAt: z.string(),
  inJurisdiction: z.boolean(),
  version: z.number(),
});
export type DispositionItem = z.infer<typeof dispositionItem>;
export const dispositionList = pagedList(dispositionItem);

export const dispositionDetail = dispositionItem.extend({
  findingId: z.uuid().nullable(),
  inspectionId: z.uuid().nullable(),
  violations: z.array(
    z.object({
      code: z.string(),
      foundOn: z.string(),
      summary: z.string(),
      article: z.string().nullable(),
      repeatCount: z.number(),
      measureLabel: z.string(),
      explanation: z.string(),
    }),
  ),
  explanation: z.string(),
  adjustment: z.enum(["mitigate", "aggravate"]).nullable(),
  adjustmentReason: z.string().nullable(),
  immediateClosureFacts: z.string().nullable(),
  hearingRequired: z.boolean(),
  opinionText: z.string().nullable(),
  opinionSubmittedAt: z.string().nullable(),
  opinionByName: z.string().nullable(),
  opinionFiles: z.array(storedFileSchema),
  decisionReason: z.string().nullable(),
  executedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  closingReason: z.string().nullable(),
  appealKind: z.enum(APPEAL_KINDS).nullable(),
  appealFiledOn: z.string().nullable(),
  appealDecidedOn: z.string().nullable(),
  appealNote: z.string().nullable(),
  measureBeforeAppeal: z.string().nullable(),
  transitions: z.array(
    z.object({
      action: z.string(),
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      reason: z.string().nullable(),
      actorName: z.string(),
      at: z.string(),
    }),
  ),
});
export type DispositionDetail = z.infer<typeof dispositionDetail>;

export const preNoticeBody = z.object({
  version,
  noticeOn: dateField("사전통지일"),
  opinionDueOn: dateField("의견제출 기한"),
});
export type PreNoticeBody = z.infer<typeof preNoticeBody>;
export const decideBody = z.object({
  version,
  decidedOn: dateField("처분일"),
  decisionReason: z.string().trim().max(2000).nullable().optional(),
  periodFrom: dateField("처분 시작일").nullable().optional(),
});
export type DecideBody = z.infer<typeof decideBody>;
export const dateBody = z.object({ version, on: dateField("일자") });
export type DateBody = z.infer<typeof dateBody>;
export const reasonBody = z.object({ version, reason: text("사유", 2000) });
export type ReasonBody = z.infer<typeof reasonBody>;
export const appealBody = z
  .object({
    version,
    kind: z.enum(APPEAL_KINDS, { error: "행정심판 또는 행정소송을 고르세요." }),
    status: z.enum(["filed", "dismissed", "cancelled", "changed"], { error: "진행 상황을 고르세요." }),
    on: dateField("일자"),
    note: text("내용", 2000),
    changedMeasure: z.string().trim().max(60).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status === "changed" && !v.changedMeasure)
      ctx.addIssue({
        code: "custom",
        path: ["changedMeasure"],
        message: "변경된 처분을 입력하세요(예: 개선명령).",
      });
  });
export type AppealBody = z.infer<typeof appealBody>;
export const opinionBody = z.object({ version, opinion: text("의견", 4000) });
export type OpinionBody = z.infer<typeof opinionBody>;

export const historyResponse = z.object({
  institution: z.object({
    id: z.uuid(),
    name: z.string(),
    sigunguName: z.string(),
    operatorName: z.string(),
    inJurisdiction: z.boolean(),
  }),
  dispositions: z.array(dispositionItem),
  operatorDispositions: z.array(dispositionItem),
});

// ── ladder tables ───────────────────────────────────────────────────────────
export const ladderTableItem = z.object({
  key: z.string(),
  lawCode: z.string(),
  lawName: z.string(),
  tableName: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  verified: z.boolean(),
  builtIn: z.boolean(),
  rows: z.number(),
  unverifiedRows: z.number(),
  source: z.string(),
});
export const ladderTableList = z.object({ items: z.array(ladderTableItem), problems: z.array(z.string()) });
export const ladderTableDetail = ladderTableItem.extend({
  table: z.record(z.string(), z.unknown()).describe("처분기준표 한 판(일반기준·개별기준)"),
  rowLabels: z.array(
    z.object({
      code: z.string(),
      violation: z.string(),
      article: z.string(),
      steps: z.array(z.string()),
      verified: z.boolean(),
      source: z.string(),
    }),
  ),
});
export const ladderTableCreate = z.object({ table: z.record(z.string(), z.unknown()) });
