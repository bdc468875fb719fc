import {
  MAX_REMARKS_LENGTH,
  MAX_REPORT_COUNT,
  MAX_STAFF_LINES,
  REPORT_ROUND_STATUSES,
  REPORT_TARGET_STATUSES,
} from "@ssis/domain";
import { josa } from "es-hangul";
import { z } from "zod";
import {
  pagedList,
  pageFields,
  sigunguFilter,
  uuidField,
  versionField,
} from "../../platform/schema-fields.ts";

const uuid = uuidField;

// ── requests ────────────────────────────────────────────────────────────────
export const roundIdParams = z.object({ id: uuid("회차") });
export const roundTargetParams = z.object({ id: uuid("회차"), institutionId: uuid("기관") });
export const providerRoundParams = z.object({ roundId: uuid("회차") });

/** 대상 기관 선택: all operating institutions in scope, or by field/type/시군구, or an explicit list. */
export const targetFilter = z
  .object({
    mode: z.enum(["all", "filter", "list"], {
      error: "대상 선택 방식은 전체, 조건 지정, 목록 선택 중 하나입니다.",
    }),
    field: z.string().trim().max(40).optional(),
    typeCodes: z.array(z.string().max(40)).max(100, "시설 유형은 100개까지 고를 수 있습니다.").optional(),
    sigunguCodes: z
      .array(z.string().regex(/^\d{5}$/, "시군구 코드는 숫자 5자리입니다."))
      .max(300)
      .optional(),
    institutionIds: z.array(uuid("기관")).max(5000, "기관은 5,000곳까지 고를 수 있습니다.").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.mode === "filter" && !v.field && !v.typeCodes?.length && !v.sigunguCodes?.length)
      ctx.addIssue({
        code: "custom",
        path: ["field"],
        message: "분야, 시설 유형 또는 시군구 중 하나 이상을 고르세요.",
      });
    if (v.mode === "list" && !v.institutionIds?.length)
      ctx.addIssue({ code: "custom", path: ["institutionIds"], message: "대상 기관을 한 곳 이상 고르세요." });
  });
export type TargetFilter = z.infer<typeof targetFilter>;

export const roundOpen = z.object({
  title: z
    .string({ error: "회차 제목을 입력하세요." })
    .trim()
    .min(1, "회차 제목을 입력하세요.")
    .max(100, "회차 제목은 100자 이내로 입력하세요."),
  periodLabel: z
    .string({ error: "보고 기간을 입력하세요." })
    .trim()
    .min(1, "보고 기간(예: 2026년 4분기)을 입력하세요.")
    .max(40, "보고 기간은 40자 이내로 입력하세요."),
  dueOn: z.string({ error: "제출 기한을 입력하세요." }),
  target: targetFilter,
});
export type RoundOpen = z.infer<typeof roundOpen>;

export const roundListQuery = z.object({
  status: z.enum(REPORT_ROUND_STATUSES, { error: "상태는 진행 중 또는 마감 중 하나입니다." }).optional(),
  period: z.string().trim().max(40).optional(),
  sort: z
    .enum(["-opened_at", "opened_at", "due_on", "-due_on"], { error: "정렬 기준이 올바르지 않습니다." })
    .default("-opened_at"),
  ...pageFields,
});
export type RoundListQuery = z.infer<typeof roundListQuery>;

export const TARGET_SORTS = ["name", "-name", "region", "state", "submitted_at", "-submitted_at"] as const;
const targetFilters = {
  status: z
    .enum(["pending", "submitted", "late"], { error: "제출 상태는 미제출, 제출, 지연 제출 중 하나입니다." })
    .optional(),
  sigungu: sigunguFilter,
  type: z.string().max(40).optional(),
  q: z.string().trim().max(100, "검색어는 100자 이내로 입력하세요.").optional(),
  sort: z.enum(TARGET_SORTS, { error: "정렬 기준이 올바르지 않습니다." }).default("region"),
};
export const targetListQuery = z.object({
  ...targetFilters,
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TargetListQuery = z.infer<typeof targetListQuery>;
export type TargetFilters = Omit<TargetListQuery, "page" | "limit">;
export const targetExportQuery = z.object({
  ...targetFilters,
  reason: z.string().trim().max(200, "사유는 200자 이내로 입력하세요.").optional(),
});
export type TargetExportQuery = z.infer<typeof targetExportQuery>;

export const reminderSend = z.object({
  message: z
    .string({ error: "독촉 내용을 입력하세요." })
    .trim()
    .min(1, "독촉 내용을 입력하세요.")
    .max(500, "독촉 내용은 500자 이내로 입력하세요."),
  /** Omitted: every pending institution of the round within the sender's jurisdiction. */
  institutionIds: z.array(uuid("기관")).max(5000).optional(),
});
export type ReminderSend = z.infer<typeof reminderSend>;

export const versionBody = z.object({ version: versionField });

const count = (label: string) =>
  z
    .number({ error: `${josa(label, "을/를")} 숫자로 입력하세요.` })
    .int(`${josa(label, "은/는")} 정수로 입력하세요.`)
    .min(0, `${josa(label, "은/는")} 0 이상이어야 합니다.`)
    .max(
      MAX_REPORT_COUNT,
      `${josa(label, "은/는")} ${MAX_REPORT_COUNT.toLocaleString("ko-KR")} 이하여야 합니다.`,
    );

/** The report an institution submits (형식만; the rules are validateStatusReport in packages/domain). */
export const reportForm = z.object({
  capacity: count("정원").nullable(),
  currentUsers: count("현원"),
  currentUsersMale: count("남자 현원").nullable(),
  currentUsersFemale: count("여자 현원").nullable(),
  staff: z
    .array(
      z.object({
        jobTypeCode: z.string().max(40),
        fullTime: count("전일제 인원"),
        partTime: count("시간제 인원"),
      }),
    )
    .max(MAX_STAFF_LINES, `직종은 ${MAX_STAFF_LINES}개까지 입력할 수 있습니다.`),
  programCount: count("프로그램 수"),
  remarks: z
    .string()
    .max(MAX_REMARKS_LENGTH, `특이사항은 ${MAX_REMARKS_LENGTH}자 이내로 입력하세요.`)
    .default(""),
});
export type ReportFormBody = z.infer<typeof reportForm>;

/** A draft may be incomplete: every number may still be empty. */
export const draftForm = z.object({
  capacity: count("정원").nullable().optional(),
  currentUsers: count("현원").nullable().optional(),
  currentUsersMale: count("남자 현원").nullable().optional(),
  currentUsersFemale: count("여자 현원").nullable().optional(),
  staff: z
    .array(
      z.object({
        jobTypeCode: z.string().max(40),
        fullTime: count("전일제 인원").nullable(),
        partTime: count("시간제 인원").nullable(),
      }),
    )
    .max(MAX_STAFF_LINES)
    .optional(),
  programCount: count("프로그램 수").nullable().optional(),
  remarks: z.string().max(MAX_REMARKS_LENGTH).optional(),
});

export const reportSubmit = z.object({ report: reportForm, version: versionField });
export type ReportSubmit = z.infer<typeof reportSubmit>;
export const draftSave = z.object({ draft: draftForm, version: versionField });
export type DraftSave = z.infer<typeof draftSave>;

// ── responses ───────────────────────────────────────────────────────────────
const counts = {
  targets: z.number(),
  submitted: z.number(),
  late: z.number(),
  pending: z.number(),
  rate: z.number(),
};

export const roundItem = z.object({
  id: z.string(),
  title: z.string(),
  periodLabel: z.string(),
  scopeKind: z.enum(["nation", "sido", "sigungu"]),
  scopeCode: z.string().nullable(),
  scopeLabel: z.string(),
  openedByName: z.string(),
  dueOn: z.string(),
  dueLabel: z.string(),
  status: z.enum(REPORT_ROUND_STATUSES),
  statusLabel: z.string(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  /** Counts within the caller's jurisdiction (a 시군구 sees its own part of a 시도's round). */
  ...counts,
  version: z.number(),
});
export type RoundItem = z.infer<typeof roundItem>;

export const roundListResponse = pagedList(roundItem);

export const regionProgress = z.object({
  sidoCode: z.string(),
  sidoName: z.string(),
  sigunguCode: z.string().nullable(),
  sigunguName: z.string().nullable(),
  ...counts,
});

export const reminderItem = z.object({
  batchId: z.string(),
  sentAt: z.string(),
  sentByName: z.string(),
  message: z.string(),
  institutions: z.number(),
});

export const roundDetail = roundItem.extend({
  targetFilter: z.record(z.string(), z.unknown()),
  targetCount: z.number(),
  /** May the caller close it (the jurisdiction that opened it, while open)? */
  canClose: z.boolean(),
  canRemind: z.boolean(),
  bySido: z.array(regionProgress),
  bySigungu: z.array(regionProgress),
  reminders: z.array(reminderItem),
});
export type RoundDetail = z.infer<typeof roundDetail>;

export const targetState = z.enum(["pending", "submitted", "late", "missed"]);
export const targetItem = z.object({
  institutionId: z.string(),
  institutionName: z.string(),
  typeCode: z.string(),
  typeName: z.string(),
  sidoName: z.string(),
  sigunguCode: z.string(),
  sigunguName: z.string(),
  status: z.enum(REPORT_TARGET_STATUSES),
  state: targetState,
  stateLabel: z.string(),
  isLate: z.boolean(),
  submittedAt: z.string().nullable(),
  capacity: z.number().nullable(),
  currentUsers: z.number().nullable(),
  staffCount: z.number().nullable(),
  programCount: z.number().nullable(),
  reminderCount: z.number(),
  lastRemindedAt: z.string().nullable(),
});
export type TargetItem = z.infer<typeof targetItem>;
export const targetListResponse = pagedList(targetItem);

const reportShape = z.object({
  capacity: z.number().nullable(),
  currentUsers: z.number(),
  currentUsersMale: z.number().nullable(),
  currentUsersFemale: z.number().nullable(),
  staff: z.array(z.object({ jobTypeCode: z.string(), fullTime: z.number(), partTime: z.number() })),
  programCount: z.number(),
  remarks: z.string(),
});
export const targetDetail = targetItem.extend({
  roundId: z.string(),
  report: reportShape.nullable(),
  submittedByName: z.string().nullable(),
});

const sums = {
  ...counts,
  capacity: z.number(),
  currentUsers: z.number(),
  staff: z.number(),
  programs: z.number(),
};
export const summaryResponse = z.object({
  roundId: z.string(),
  total: z.object(sums),
  bySido: z.array(z.object({ sidoCode: z.string(), sidoName: z.string(), ...sums })),
  bySigungu: z.array(
    z.object({ sidoName: z.string(), sigunguCode: z.string(), sigunguName: z.string(), ...sums }),
  ),
  byType: z.array(z.object({ typeCode: z.string(), typeName: z.string(), field: z.string(), ...sums })),
});

export const targetPreview = z.object({
  total: z.number(),
  bySigungu: z.array(z.object({ sigunguCode: z.string(), sigunguName: z.string(), count: z.number() })),
});

export const openResponse = roundDetail;

export const reminderResult = z.object({ batchId: z.string(), sent: z.number() });

// provider side
export const providerRoundItem = z.object({
  roundId: z.string(),
  title: z.string(),
  periodLabel: z.string(),
  scopeLabel: z.string(),
  dueOn: z.string(),
  dueLabel: z.string(),
  roundStatus: z.enum(REPORT_ROUND_STATUSES),
  roundStatusLabel: z.string(),
  status: z.enum(REPORT_TARGET_STATUSES),
  state: targetState,
  stateLabel: z.string(),
  isLate: z.boolean(),
  submittedAt: z.string().nullable(),
  hasDraft: z.boolean(),
  reminders: z.array(z.object({ sentAt: z.string(), sentByName: z.string(), message: z.string() })),
});
export const providerRoundList = z.object({ items: z.array(providerRoundItem) });

export const providerRoundDetail = providerRoundItem.extend({
  institutionName: z.string(),
  residential: z.boolean(),
  /** What the form shows: the submitted report, else the saved draft, else figures from the register. */
  form: z.object({
    capacity: z.number().nullable(),
    currentUsers: z.number().nullable(),
    currentUsersMale: z.number().nullable(),
    currentUsersFemale: z.number().nullable(),
    staff: z.array(
      z.object({ jobTypeCode: z.string(), fullTime: z.number().nullable(), partTime: z.number().nullable() }),
    ),
    programCount: z.number().nullable(),
    remarks: z.string(),
  }),
  formSource: z.enum(["submitted", "draft", "register"]),
  draftSavedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  jobTypes: z.array(z.object({ code: z.string(), name: z.string() })),
  canSubmit: z.boolean(),
  canEdit: z.boolean(),
  version: z.number(),
});
export type ProviderRoundDetail = z.infer<typeof providerRoundDetail>;
