import {
  CORRECTIVE_OUTCOMES,
  CORRECTIVE_STATUSES,
  dateRangeError,
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  ITEM_RESULTS,
  PLAN_STATUSES,
} from "@ssis/domain";
import { z } from "zod";
import { storedFileSchema } from "../../platform/files.ts";
import { dateField, pageFields, textField, uuidField } from "../../platform/schema-fields.ts";

const uuid = uuidField;
const isoDate = dateField;
const text = textField;
const reason = z.object({ reason: text("사유", 1000) });
const page = pageFields;
const sigungu = z
  .string()
  .regex(/^\d{5}$/, "시군구 코드는 숫자 5자리입니다.")
  .optional();
export const VIOLATION_CODE = /^[A-Z]{2,5}-[0-9A-Za-z가-힣.]{1,10}$/;
const violationCode = z
  .string()
  .trim()
  .regex(VIOLATION_CODE, "위반 코드 형식이 올바르지 않습니다(예: SWS-4가).")
  .nullable()
  .optional();

export const idParams = z.object({ id: uuid("대상") });
export const documentParams = z.object({ id: uuid("점검"), documentId: uuid("점검자료") });
export const versionBody = z.object({ version: z.number().int().min(1).optional() });
export type VersionBody = z.infer<typeof versionBody>;

export const fileItem = storedFileSchema;

// ── checklists ──────────────────────────────────────────────────────────────
export const checklistItemInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z]{2,6}-\d{2,3}$/, "항목 코드는 'ACC-01' 형식입니다."),
  domain: text("점검 영역", 40),
  item: text("점검 항목", 1000),
  legalBasis: text("법적 근거", 1000),
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
  basedOnVersionId: uuid("점검표 버전"),
  changeNote: text("변경 내용", 500),
  items: z
    .array(checklistItemInput)
    .min(1, "점검 항목을 하나 이상 두세요.")
    .max(300, "점검 항목은 300개까지 둘 수 있습니다."),
});
export type ChecklistVersionCreate = z.infer<typeof checklistVersionCreate>;

// ── plans ───────────────────────────────────────────────────────────────────
export const planTargetInput = z.object({
  institutionId: uuid("기관"),
  reason: text("선정 사유", 500),
  plannedMonth: z.number().int().min(1, "점검 월은 1~12입니다.").max(12, "점검 월은 1~12입니다."),
});
export const planCreate = z.object({
  title: text("계획 제목", 100),
  planYear: z.number().int().min(2000).max(2100),
  kind: z.enum(INSPECTION_KINDS, { error: "점검 구분은 정기·수시·특별·합동 중 하나입니다." }),
  jointBodies: z.string().trim().max(200).nullable().optional(),
  checklistVersionId: uuid("점검표 버전"),
  note: z.string().trim().max(2000).nullable().optional(),
  targets: z.array(planTargetInput).max(2000, "대상 기관은 2,000곳까지 담을 수 있습니다.").default([]),
});
export type PlanCreate = z.infer<typeof planCreate>;
export const planTargetsAdd = z.object({
  version: z.number().int().min(1).optional(),
  targets: z.array(planTargetInput).min(1, "대상 기관을 한 곳 이상 고르세요.").max(2000),
});
export type PlanTargetsAdd = z.infer<typeof planTargetsAdd>;

export const candidateQuery = z.object({
  type: z.string().max(40).optional(),
  sigungu,
  /** 최근 점검일이 이 날짜 이전(또는 점검 이력 없음) */
  lastInspectedBefore: isoDate("최근 점검 기준일").optional(),
  grades: z
    .string()
    .regex(/^[ABCDF](,[ABCDF])*$/, "평가등급은 A,B,C,D,F 중에서 쉼표로 고르세요.")
    .optional(),
  withFindings: z.enum(["true", "false"]).optional(),
  /** 최근 3년 안에 행정처분(결정된 것, 취소 제외)을 받은 기관 */
  withDispositions: z.enum(["true", "false"]).optional(),
  q: z.string().trim().max(100).optional(),
  ...page,
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type CandidateQuery = z.infer<typeof candidateQuery>;
export const candidateItem = z.object({
  institutionId: z.uuid(),
  name: z.string(),
  typeName: z.string(),
  sigunguName: z.string(),
  latestGrade: z.string().nullable(),
  lastInspectedOn: z.string().nullable(),
  openFindings: z.number(),
  recentDispositions: z.number(),
  suggestedReason: z.string(),
});
export const candidateList = z.object({ items: z.array(candidateItem), total: z.number(), page: z.number() });

export const planListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: z.enum(INSPECTION_KINDS).optional(),
  status: z.enum(PLAN_STATUSES).optional(),
  sort: z.enum(["-created_at", "created_at", "title", "-plan_year"]).default("-created_at"),
  ...page,
});
export type PlanListQuery = z.infer<typeof planListQuery>;
export const planItem = z.object({
  id: z.uuid(),
  /** The user's jurisdiction made the plan: it may add targets and approve. */
  canManage: z.boolean(),
  title: z.string(),
  planYear: z.number(),
  kind: z.enum(INSPECTION_KINDS),
  kindLabel: z.string(),
  jointBodies: z.string().nullable(),
  scopeLabel: z.string(),
  status: z.enum(PLAN_STATUSES),
  statusLabel: z.string(),
  checklistVersionId: z.uuid(),
  checklistLabel: z.string(),
  note: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  targets: z.number(),
  done: z.number(),
  version: z.number(),
});
export const planList = z.object({
  items: z.array(planItem),
  total: z.number(),
  page: z.number(),
  limit: z.number(),
});
export const monthProgress = z.object({
  month: z.number(),
  planned: z.number(),
  scheduled: z.number(),
  inProgress: z.number(),
  done: z.number(),
  cancelled: z.number(),
});

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

export const inspectionListQuery = z
  .object({
    from: isoDate("점검일(부터)").optional(),
    to: isoDate("점검일(까지)").optional(),
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
    ...page,
  })
  .superRefine((v, ctx) => {
    const message = dateRangeError("점검일", v.from, v.to);
    if (message) ctx.addIssue({ code: "custom", path: ["to"], message });
  });
export type InspectionListQuery = z.infer<typeof inspectionListQuery>;
export const inspectionList = z.object({
  items: z.array(inspectionItem),
  total: z.number(),
  page: z.number(),
  limit: z.number(),
});

export const planDetail = planItem.extend({
  months: z.array(monthProgress),
  inspections: z.array(inspectionItem),
});

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
    scheduledOn: isoDate("점검일"),
    scheduledEndOn: isoDate("점검 종료일").nullable().optional(),
    team: z.array(teamMember).min(1, "점검반을 한 명 이상 지정하세요.").max(20),
    priorNotice: z.boolean(),
    documentsDueOn: isoDate("사전 점검자료 제출 기한").nullable().optional(),
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

export const findingCreate = z.object({
  itemId: uuid("점검 항목").nullable().optional(),
  domain: text("점검 영역", 40).optional(),
  title: text("지적 제목", 200),
  detail: text("지적 내용", 4000),
  severity: z.enum(FINDING_SEVERITIES, { error: "심각도는 경미·보통·중대 중 하나입니다." }),
  violationCode,
});
export type FindingCreate = z.infer<typeof findingCreate>;

export const inspectionComplete = z.object({
  version: z.number().int().min(1).optional(),
  resultSummary: text("점검 결과 요지", 4000),
  internalNote: z.string().trim().max(4000).nullable().optional(),
});
export type InspectionComplete = z.infer<typeof inspectionComplete>;
export const reasonBody = reason.extend({ version: z.number().int().min(1).optional() });
export type ReasonBody = z.infer<typeof reasonBody>;

export const correctiveOrder = z
  .object({
    outcome: z.enum(CORRECTIVE_OUTCOMES, { error: "조치 구분을 고르세요." }),
    instruction: text("조치 요구 내용", 2000),
    amountWon: z.number().int().positive("금액은 0보다 커야 합니다.").max(1e13).nullable().optional(),
    noticeOn: isoDate("통보일"),
    days: z.number().int().min(1, "기한 일수는 1 이상입니다.").max(365).nullable().optional(),
    dueOn: isoDate("조치 기한").nullable().optional(),
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

export const casebookShare = z.object({
  share: z.boolean(),
  text: z.string().trim().max(4000).nullable().optional(),
});
export type CasebookShare = z.infer<typeof casebookShare>;

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
/** One finding with where it was found, e.g. for the disposition it leads to. */
export const findingDetail = findingItem.extend({
  institutionId: z.uuid(),
  institutionName: z.string(),
  foundOn: z.string(),
});

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

export const correctiveListQuery = z.object({
  status: z.enum(["open", "overdue", "submitted", "accepted", "all"]).default("open"),
  sigungu,
  outcome: z.enum(CORRECTIVE_OUTCOMES).optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(["due_on", "-due_on", "name", "region", "status"]).default("due_on"),
  ...page,
});
export type CorrectiveListQuery = z.infer<typeof correctiveListQuery>;
export const correctiveList = z.object({
  items: z.array(correctiveItem),
  total: z.number(),
  page: z.number(),
  limit: z.number(),
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

export const casebookQuery = z.object({
  domain: z.string().trim().max(40).optional(),
  q: z.string().trim().max(100).optional(),
  ...page,
});
export type CasebookQuery = z.infer<typeof casebookQuery>;
export const casebookList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      domain: z.string(),
      title: z.string(),
      text: z.string(),
      severityLabel: z.string(),
      violationCode: z.string().nullable(),
      typeName: z.string().nullable(),
      sharedAt: z.string(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  limit: z.number(),
});
