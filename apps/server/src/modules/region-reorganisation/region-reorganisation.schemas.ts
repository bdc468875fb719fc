import { z } from "zod";
import { idParam, uuidField } from "../../platform/schema-fields.ts";

const mappingRow = z.object({
  oldCode5: z.string().trim().max(10),
  newCode5: z.string().trim().max(10),
  /** 분할: the old code goes to two or more new codes, each row marked */
  split: z.boolean().optional(),
});
const splitAssignment = z.object({
  institutionId: uuidField("기관"),
  newCode5: z.string().trim().max(10),
});

export const previewBody = z.object({
  effectiveOn: z.string().trim().max(10),
  mappings: z.array(mappingRow).max(400, "한 번에 400줄까지 적용할 수 있습니다."),
  splitAssignments: z.array(splitAssignment).max(5000).optional(),
});
export type PreviewBody = z.infer<typeof previewBody>;

export const applyBody = previewBody.extend({
  title: z.string().trim().min(1, "제목을 입력하세요.").max(100, "제목은 100자 이내로 입력하세요."),
  legalBasis: z
    .string()
    .trim()
    .min(1, "근거 법령을 입력하세요.")
    .max(300, "근거 법령은 300자 이내로 입력하세요."),
  /** 되돌릴 수 없는 작업이므로 화면의 확인을 거친 요청만 받습니다. */
  confirm: z.boolean().optional(),
});
export type ApplyBody = z.infer<typeof applyBody>;

const fieldError = z.object({ field: z.string(), message: z.string() });
const codeName = z.object({ code5: z.string(), name: z.string() });

export const previewResponse = z.object({
  effectiveOn: z.string(),
  /** the mapping's problems; applying is refused while there are any */
  errors: z.array(fieldError),
  warnings: z.array(z.string()),
  rows: z.array(
    z.object({
      oldCode5: z.string(),
      oldName: z.string(),
      level: z.string(),
      newCodes: z.array(codeName),
      split: z.boolean(),
      institutions: z.number(),
      users: z.number(),
      openChangeRequests: z.number(),
      openReportTargets: z.number(),
    }),
  ),
  totals: z.object({
    institutions: z.number(),
    users: z.number(),
    openChangeRequests: z.number(),
    openReportTargets: z.number(),
  }),
  /** institutions of split codes: each needs a new 시군구 */
  splitInstitutions: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      sigunguCode: z.string(),
      roadAddress: z.string(),
      candidates: z.array(codeName),
      assignedCode5: z.string().nullable(),
    }),
  ),
  /** tables that copy an institution's region: moved, or kept as written (append-only) */
  copyTables: z.array(z.object({ table: z.string(), kept: z.boolean() })),
  alreadyApplied: z.array(z.object({ oldCode5: z.string(), newCode5: z.string(), title: z.string() })),
});
export type PreviewResponse = z.infer<typeof previewResponse>;

export const listQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListQuery = z.infer<typeof listQuery>;

export const reorganisationSummary = z.object({
  id: z.string(),
  title: z.string(),
  legalBasis: z.string(),
  effectiveOn: z.string(),
  appliedAt: z.string(),
  appliedByName: z.string(),
  status: z.literal("applied"),
  changeCount: z.number(),
  institutionCount: z.number(),
});
export const listResponse = z.object({
  items: z.array(reorganisationSummary),
  total: z.number(),
  offset: z.number(),
  limit: z.number(),
});

export const reorganisationDetail = reorganisationSummary.extend({
  changes: z.array(
    z.object({
      oldCode5: z.string(),
      oldName: z.string(),
      newCode5: z.string(),
      newName: z.string(),
      isSplit: z.boolean(),
      institutions: z.number(),
    }),
  ),
  /** rows moved per table ('kept': append-only, left as written) */
  counts: z.record(z.string(), z.union([z.number(), z.string()])),
});
export type ReorganisationDetail = z.infer<typeof reorganisationDetail>;

export const presetsResponse = z.object({
  items: z.array(
    z.object({
      effectiveOn: z.string(),
      title: z.string(),
      legalBasis: z.string(),
      note: z.string(),
      mappings: z.array(z.object({ oldCode5: z.string(), newCode5: z.string(), split: z.boolean() })),
    }),
  ),
});

export const idParams = idParam("요청한 자료");
