import {
  CORRECTIVE_OUTCOMES,
  CORRECTIVE_STATUSES,
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  ITEM_RESULTS,
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
const reason = z.object({ reason: text("사유", 1000) });
/** A 시군구 filter of a list (plans' candidates, inspections, corrective actions). */
export const sigungu = sigunguFilter;

export const idParams = z.object({ id: uuid("대상") });
export const documentParams = z.object({ id: uuid("점검"), documentId: uuid("점검자료") });
export const versionBody = z.object({ version: z.number().int().min(1).optional() });
export type VersionBody = z.infer<typeof versionBody>;

export const fileItem = storedFileSchema;

// ── inspections ─────────────────────────────────────────────────────────────
export const inspectionItem = z.object({
  id: z.uuid(),
  planId: z.uuid().nullable(),
  planTitle: z.string().nullable(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  sidoName: z.string(),
  sigunguName: z.string(),
  typeName: z.string(),
  kind: z.enum(INSPECTION_KINDS),
  kindLabel: z.string(),
  reason: z.string(),
  plannedMonth: z.number().nullable(),
  status: z.enum(INSPECTION_STATUSES),
  statusLabel: z.string(),
  scheduledOn: z.string().nullable(),
  scheduledEndOn: z.string().nullable(),
  priorNotice: z.boolean(),
  overallResult: z.enum(["compliant", "findings"]).nullable(),
  overallResultLabel: z.string().nullable(),
  findings: z.number(),
  openFindings: z.number(),
  version: z.number(),
});
export type InspectionItem = z.infer<typeof inspectionItem>;

export const inspectionListQuery = withPeriod(
  "점검일",
  z.object({
    from: dateField("점검일(부터)").optional(),
    to: dateField("점검일(까지)").optional(),
    sigungu,
    kind: z.enum(INSPECTION_KINDS).optional(),
    status: z.enum(INSPECTION_STATUSES).optional(),
    result: z.enum(["compliant", "findings"]).optional(),
    planId: uuid("점검계획").optional(),
    // One institution's inspections (the 지도점검 이력 tab of the institution's page).
    institutionId: uuid("기관").optional(),
    type: z.string().max(40).optional(),
    month: z.coerce.number().int().min(1).max(12).optional(),
    q: z.string().trim().max(100, "검색어는 100자 이내로 입력하세요.").optional(),
    sort: z
      .enum(["-scheduled_on", "scheduled_on", "name", "-name", "status", "region", "planned_month"])
      .default("-scheduled_on"),
    ...pageFields,
  }),
);
export type InspectionListQuery = z.infer<typeof inspectionListQuery>;
export const inspectionList = pagedList(inspectionItem);

export const inspectionCreate = z.object({
  institutionId: uuid("기관"),
  kind: z.enum(INSPECTION_KINDS, { error: "점검 구분을 고르세요." }),
  reason: text("점검 사유", 500),
  checklistVersionId: uuid("점검표 버전"),
});
export type InspectionCreate = z.infer<typeof inspectionCreate>;

export const teamMember = z.object({
  name: text("점검반원 이름", 40),
  position: z.string().trim().max(40).default(""),
});
export const inspectionSchedule = z
  .object({
    version: z.number().int().min(1).optional(),
    scheduledOn: dateField("점검일"),
    scheduledEndOn: dateField("점검 종료일").nullable().optional(),
    team: z.array(teamMember).min(1, "점검반을 한 명 이상 지정하세요.").max(20),
    priorNotice: z.boolean(),
    documentsDueOn: dateField("사전 점검자료 제출 기한").nullable().optional(),
    documents: z.array(text("요청 자료명", 200)).max(50, "요청 자료는 50개까지입니다.").default([]),
  })
  .superRefine((v, ctx) => {
    if (v.scheduledEndOn && v.scheduledEndOn < v.scheduledOn)
      ctx.addIssue({ code: "custom", path: ["scheduledEndOn"], message: "종료일은 점검일 이후여야 합니다." });
    if (v.documents.length > 0 && !v.priorNotice)
      ctx.addIssue({
        code: "custom",
        path: ["documents"],
        message: "불시 점검에는 사전 점검자료를 요청할 수 없습니다.",
      });
    if (v.documents.length > 0 && !v.documentsDueOn)
      ctx.addIssue({ code: "custom", path: ["documentsDueOn"], message: "자료 제출 기한을 입력하세요." });
    if (v.documentsDueOn && v.documentsDueOn > v.scheduledOn)
      ctx.addIssue({
        code: "custom",
        path: ["documentsDueOn"],
        message: "자료 제출 기한은 점검일 이전이어야 합니다.",
      });
  });
export type InspectionSchedule = z.infer<typeof inspectionSchedule>;

export const documentReview = z.object({
  reviewStatus: z.enum(["adequate", "insufficient"], { error: "검토 결과는 적정 또는 보완 필요입니다." }),
  note: z.string().trim().max(1000).nullable().optional(),
});
export type DocumentReview = z.infer<typeof documentReview>;

export const resultsSave = z.object({
  results: z
    .array(
      z.object({
        itemId: uuid("점검 항목"),
        result: z.enum(ITEM_RESULTS, { error: "결과는 적합·부적합·해당 없음 중 하나입니다." }),
        note: z.string().trim().max(2000).nullable().optional(),
      }),
    )
    .min(1, "저장할 결과가 없습니다.")
    .max(300),
});
export type ResultsSave = z.infer<typeof resultsSave>;

export const inspectionComplete = z.object({
  version: z.number().int().min(1).optional(),
  resultSummary: text("점검 결과 요지", 4000),
  internalNote: z.string().trim().max(4000).nullable().optional(),
});
export type InspectionComplete = z.infer<typeof inspectionComplete>;
export const reasonBody = reason.extend({ version: z.number().int().min(1).optional() });
export type ReasonBody = z.infer<typeof reasonBody>;

export const correctiveItem = z.object({
  id: z.uuid(),
  findingId: z.uuid(),
  inspectionId: z.uuid(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  sigunguName: z.string(),
  findingTitle: z.string(),
  outcome: z.enum(CORRECTIVE_OUTCOMES),
  outcomeLabel: z.string(),
  amountWon: z.number().nullable(),
  instruction: z.string(),
  noticeOn: z.string(),
  dueOn: z.string().nullable(),
  dueLabel: z.string().nullable(),
  status: z.enum(CORRECTIVE_STATUSES),
  statusLabel: z.string(),
  needsReport: z.boolean(),
  isOverdue: z.boolean(),
  reportText: z.string().nullable(),
  reportedAt: z.string().nullable(),
  reportedByName: z.string().nullable(),
  isLate: z.boolean(),
  verificationNote: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  verifiedByName: z.string().nullable(),
  lastRemindedAt: z.string().nullable(),
  /** 행정처분으로 이어진 경우 그 처분 */
  dispositionId: z.uuid().nullable(),
  files: z.array(fileItem),
  version: z.number(),
});
export type CorrectiveItem = z.infer<typeof correctiveItem>;

export const findingItem = z.object({
  id: z.uuid(),
  inspectionId: z.uuid(),
  itemId: z.uuid().nullable(),
  itemCode: z.string().nullable(),
  domain: z.string(),
  title: z.string(),
  detail: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  severityLabel: z.string(),
  violationCode: z.string().nullable(),
  status: z.enum(FINDING_STATUSES),
  statusLabel: z.string(),
  casebookShared: z.boolean(),
  casebookText: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  correctiveAction: correctiveItem.nullable(),
  version: z.number(),
});
export type FindingItem = z.infer<typeof findingItem>;
export const documentItem = z.object({
  id: z.uuid(),
  position: z.number(),
  title: z.string(),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  reviewStatus: z.enum(["pending", "adequate", "insufficient"]),
  reviewStatusLabel: z.string(),
  reviewNote: z.string().nullable(),
  files: z.array(fileItem),
  version: z.number(),
});

export const itemResultRow = z.object({
  itemId: z.uuid(),
  position: z.number(),
  code: z.string(),
  domain: z.string(),
  item: z.string(),
  legalBasis: z.string(),
  violationCode: z.string().nullable(),
  verified: z.boolean(),
  result: z.enum(ITEM_RESULTS).nullable(),
  resultLabel: z.string().nullable(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  files: z.array(fileItem),
});

export const transitionItem = z.object({
  entity: z.string(),
  entityLabel: z.string(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  reason: z.string().nullable(),
  actorName: z.string(),
  at: z.string(),
});

export const inspectionDetail = inspectionItem.extend({
  team: z.array(z.object({ name: z.string(), position: z.string() })),
  noticeSentOn: z.string().nullable(),
  documentsDueOn: z.string().nullable(),
  resultSummary: z.string().nullable(),
  internalNote: z.string().nullable(),
  resultNoticeNo: z.string().nullable(),
  resultNotifiedOn: z.string().nullable(),
  checklistVersionId: z.uuid(),
  checklistLabel: z.string(),
  itemsTotal: z.number(),
  itemsWithResult: z.number(),
  items: z.array(itemResultRow),
  documents: z.array(documentItem),
  findingList: z.array(findingItem),
  transitions: z.array(transitionItem),
  canRecord: z.boolean(),
});
export type InspectionDetail = z.infer<typeof inspectionDetail>;
