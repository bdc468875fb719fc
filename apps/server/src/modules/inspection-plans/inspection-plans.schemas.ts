import { INSPECTION_KINDS, PLAN_STATUSES } from "@ssis/domain";
import { z } from "zod";
import { dateField, pagedList, pageFields, textField, uuidField } from "../../platform/schema-fields.ts";
import { inspectionItem, sigungu } from "../inspections/index.ts";

const uuid = uuidField;
const text = textField;

export const idParams = z.object({ id: uuid("대상") });
export const versionBody = z.object({ version: z.number().int().min(1).optional() });

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
  lastInspectedBefore: dateField("최근 점검 기준일").optional(),
  grades: z
    .string()
    .regex(/^[ABCDF](,[ABCDF])*$/, "평가등급은 A,B,C,D,F 중에서 쉼표로 고르세요.")
    .optional(),
  withFindings: z.enum(["true", "false"]).optional(),
  /** 최근 3년 안에 행정처분(결정된 것, 취소 제외)을 받은 기관 */
  withDispositions: z.enum(["true", "false"]).optional(),
  q: z.string().trim().max(100).optional(),
  ...pageFields,
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
  ...pageFields,
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
export const planList = pagedList(planItem);
export const monthProgress = z.object({
  month: z.number(),
  planned: z.number(),
  scheduled: z.number(),
  inProgress: z.number(),
  done: z.number(),
  cancelled: z.number(),
});

export const planDetail = planItem.extend({
  months: z.array(monthProgress),
  inspections: z.array(inspectionItem),
});
