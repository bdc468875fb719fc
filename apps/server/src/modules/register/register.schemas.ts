import { INSTITUTION_STATUSES, OPERATOR_KINDS } from "@ssis/domain";
import { josa } from "es-hangul";
import { z } from "zod";
import { idParam, sigunguFilter, versionField } from "../../platform/schema-fields.ts";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "날짜는 YYYY-MM-DD 형식으로 입력하세요.");
const text = (max: number, label: string) =>
  z.string().max(max, `${josa(label, "은/는")} ${max}자 이내로 입력하세요.`);

/** The register's fields (RegisterFields in packages/domain): a snapshot, as stored in the history. */
export const registerFields = z.object({
  name: z.string(),
  typeCode: z.string(),
  sigunguCode: z.string(),
  roadAddress: z.string(),
  addressDetail: z.string().nullable(),
  postalCode: z.string().nullable(),
  phone: z.string().nullable(),
  fax: z.string().nullable(),
  email: z.string().nullable(),
  homepage: z.string().nullable(),
  businessNo: z.string().nullable(),
  operatorKind: z.enum(OPERATOR_KINDS),
  operatorName: z.string(),
  corporationNo: z.string().nullable(),
  headName: z.string().nullable(),
  headAppointedOn: z.string().nullable(),
  capacity: z.number().nullable(),
  openedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  status: z.enum(INSTITUTION_STATUSES),
});

/** The current register entry of one institution, with the labels a screen needs. */
export const registerRecord = registerFields.extend({
  id: z.string(),
  version: z.number(),
  sidoCode: z.string(),
  sidoName: z.string(),
  sigunguName: z.string(),
  typeName: z.string(),
  residential: z.boolean(),
  currentUsers: z.number().nullable(),
  statusLabel: z.string(),
  /** 처리 중인 변경신청 수 */
  pendingChangeRequests: z.number(),
});
export type RegisterRecord = z.infer<typeof registerRecord>;

// Input: strings as typed (validated by the domain rules, which answer in Korean keyed by field).
const fieldInputs = {
  name: text(100, "기관명"),
  typeCode: text(40, "시설 유형"),
  roadAddress: text(200, "도로명주소"),
  addressDetail: text(100, "상세주소").nullable(),
  postalCode: text(10, "우편번호").nullable(),
  phone: text(20, "전화번호").nullable(),
  fax: text(20, "팩스번호").nullable(),
  email: text(200, "전자우편").nullable(),
  homepage: text(300, "홈페이지").nullable(),
  businessNo: text(20, "사업자등록번호").nullable(),
  operatorKind: z.enum(OPERATOR_KINDS, "운영 주체 구분을 선택하세요."),
  operatorName: text(100, "운영 주체명"),
  corporationNo: text(20, "법인등록번호").nullable(),
  headName: text(50, "시설장 성명").nullable(),
  headAppointedOn: date.nullable(),
  capacity: z.number("정원은 숫자로 입력하세요.").int("정원은 정수로 입력하세요.").nullable(),
  openedOn: date.nullable(),
  closedOn: date.nullable(),
  status: z.enum(INSTITUTION_STATUSES, "운영 상태를 선택하세요."),
};

export const createInstitutionBody = z.object({
  ...fieldInputs,
  sigunguCode: z.string().regex(/^\d{5}$/, "시군구를 선택하세요."),
  addressDetail: fieldInputs.addressDetail.optional(),
  postalCode: fieldInputs.postalCode.optional(),
  phone: fieldInputs.phone.optional(),
  fax: fieldInputs.fax.optional(),
  email: fieldInputs.email.optional(),
  homepage: fieldInputs.homepage.optional(),
  businessNo: fieldInputs.businessNo.optional(),
  corporationNo: fieldInputs.corporationNo.optional(),
  headName: fieldInputs.headName.optional(),
  headAppointedOn: fieldInputs.headAppointedOn.optional(),
  capacity: fieldInputs.capacity.optional(),
  openedOn: fieldInputs.openedOn.optional(),
  closedOn: z.null().optional(),
  status: z.literal("operating").default("operating"),
  currentUsers: z.number().int().min(0, "현원은 0 이상이어야 합니다.").nullable().optional(),
  reason: text(500, "등록 사유").nullable().optional(),
});
export type CreateInstitutionBody = z.infer<typeof createInstitutionBody>;

const change = z.object(fieldInputs).partial();
export const changeInstitutionBody = change.extend({
  version: versionField,
  reason: text(500, "변경 사유").nullable().optional(),
  /** The day a status change takes effect (default today; for 폐지 the 폐지일). */
  statusEffectiveOn: date.optional(),
});
export type ChangeInstitutionBody = z.infer<typeof changeInstitutionBody>;

export const providerChangeBody = changeInstitutionBody;

export const idParams = idParam("요청한 자료");
export const asOfParams = idParams.extend({ date });
export const pageQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const historyEntry = z.object({
  id: z.string(),
  changedAt: z.string(),
  changedByName: z.string(),
  changedByRole: z.string(),
  changedByRoleLabel: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  reason: z.string().nullable(),
  changedFields: z.array(z.string()),
  changedFieldLabels: z.array(z.string()),
  before: registerFields.nullable(),
  after: registerFields,
  changeRequest: z
    .object({
      id: z.string(),
      requestedByName: z.string(),
      requestedAt: z.string(),
      reason: z.string(),
      status: z.string(),
      /** the requested values (field → value) */
      changes: z.record(z.string(), z.unknown()),
    })
    .nullable(),
});
export const historyPage = z.object({
  items: z.array(historyEntry),
  total: z.number(),
  offset: z.number(),
  limit: z.number(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

export const asOfResponse = z.object({
  institutionId: z.string(),
  asOf: z.string(),
  /** history: from the snapshot after the last change that day or before; before_first_change: the
   * earliest recorded `before`; current: no change was ever recorded. */
  basis: z.enum(["history", "before_first_change", "current"]),
  changedAt: z.string().nullable(),
  record: registerFields,
});

export const CHANGE_REQUEST_STATUSES = ["submitted", "approved", "returned", "withdrawn"] as const;
export const changeRequestItem = z.object({
  id: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  sigunguCode: z.string(),
  sigunguName: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  dueOn: z.string(),
  isOverdue: z.boolean(),
  status: z.enum(CHANGE_REQUEST_STATUSES),
  statusLabel: z.string(),
  changes: z.record(z.string(), z.unknown()),
  before: z.record(z.string(), z.unknown()),
  changedFieldLabels: z.array(z.string()),
  reason: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  version: z.number(),
});
export type ChangeRequestItem = z.infer<typeof changeRequestItem>;

export const changeRequestQuery = z.object({
  status: z.enum(CHANGE_REQUEST_STATUSES).optional(),
  overdue: z.enum(["true", "false"]).optional(),
  q: z.string().trim().max(100).optional(),
  sigungu: sigunguFilter,
  sort: z.enum(["due_on", "-due_on", "-requested_at"]).default("due_on"),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ChangeRequestQuery = z.infer<typeof changeRequestQuery>;
export const changeRequestPage = z.object({
  items: z.array(changeRequestItem),
  total: z.number(),
  offset: z.number(),
  limit: z.number(),
});

export const approveBody = z.object({
  version: versionField,
  /** The register version the official looked at; when given, a newer register is a conflict. */
  institutionVersion: z.number().int().optional(),
  note: text(500, "처리 의견").nullable().optional(),
});
export const returnBody = z.object({
  version: versionField,
  reason: z
    .string()
    .trim()
    .min(1, "반려 사유를 입력하세요.")
    .max(500, "반려 사유는 500자 이내로 입력하세요."),
});
export const withdrawBody = z.object({ version: versionField });

export const providerChangeResponse = z.object({
  institution: registerRecord,
  appliedFields: z.array(z.string()),
  changeRequest: changeRequestItem.nullable(),
});
