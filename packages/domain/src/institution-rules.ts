import { josa } from "es-hangul";
/**
 * The institution register (현황정보관리, domain.md §4): which fields are legally significant, and the
 * validators every registration, change and change request runs (server and browser alike).
 */
import {
  endsInCheckDigit,
  isValidBusinessNumber,
  normalizeBusinessNumber,
  withoutSeparators,
} from "./business-number.ts";
import { codesOf } from "./codes.ts";
import { INSTITUTION_STATUSES, type InstitutionStatus } from "./institution-status.ts";
import {
  type AddressRegion,
  normalizeRoadAddress,
  postalCodeError,
  roadAddressError,
} from "./road-address.ts";

export const OPERATOR_KIND_LABELS = {
  corporation: "법인",
  individual: "개인",
  public: "국가·지방자치단체",
};
export const OPERATOR_KINDS = codesOf(OPERATOR_KIND_LABELS);
export type OperatorKind = (typeof OPERATOR_KINDS)[number];

/** The register's fields as one record: what a history snapshot holds and what an as-of view shows. */
export interface RegisterFields {
  name: string;
  typeCode: string;
  sigunguCode: string;
  roadAddress: string;
  addressDetail: string | null;
  postalCode: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  homepage: string | null;
  businessNo: string | null; // 사업자등록번호 또는 고유번호
  operatorKind: OperatorKind;
  operatorName: string;
  corporationNo: string | null; // 법인등록번호
  headName: string | null; // 시설장
  headAppointedOn: string | null;
  capacity: number | null; // 정원
  openedOn: string | null;
  closedOn: string | null;
  status: InstitutionStatus;
}
export type RegisterField = keyof RegisterFields;

/**
 * Fields that change only through a change request approved by the 시군구 (domain.md §4: name, address,
 * type, capacity, head, operator, status); an official's own change of one of them needs a reason.
 */
export const LEGALLY_SIGNIFICANT_FIELDS = [
  "name",
  "roadAddress",
  "addressDetail",
  "postalCode",
  "typeCode",
  "capacity",
  "headName",
  "headAppointedOn",
  "operatorKind",
  "operatorName",
  "corporationNo",
  "status",
  "closedOn",
] as const satisfies readonly RegisterField[];

/** Contacts and the like: the institution changes them itself, at once. */
export const MINOR_FIELDS = ["phone", "fax", "email", "homepage"] as const satisfies readonly RegisterField[];

/**
 * Everything an official may change after registration. The 시군구 is not among them: moving to another
 * 시군구 is a transfer between jurisdictions, not a change of the register entry.
 */
export const EDITABLE_FIELDS = [
  ...LEGALLY_SIGNIFICANT_FIELDS,
  ...MINOR_FIELDS,
  "businessNo",
  "openedOn",
] as const satisfies readonly RegisterField[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const REGISTER_FIELD_LABELS: Record<RegisterField, string> = {
  name: "기관명",
  typeCode: "시설 유형",
  sigunguCode: "시군구",
  roadAddress: "도로명주소",
  addressDetail: "상세주소",
  postalCode: "우편번호",
  phone: "전화번호",
  fax: "팩스번호",
  email: "전자우편",
  homepage: "홈페이지",
  businessNo: "사업자등록번호(고유번호)",
  operatorKind: "운영 주체 구분",
  operatorName: "운영 주체명",
  corporationNo: "법인등록번호",
  headName: "시설장 성명",
  headAppointedOn: "시설장 임용일",
  capacity: "정원",
  openedOn: "개소일",
  closedOn: "폐지일",
  status: "운영 상태",
};

export function isLegallySignificantField(field: string): boolean {
  return (LEGALLY_SIGNIFICANT_FIELDS as readonly string[]).includes(field);
}

export function isMinorField(field: string): boolean {
  return (MINOR_FIELDS as readonly string[]).includes(field);
}

/** The fields whose value differs between two snapshots (null and "" count as the same: empty). */
export function changedFields(
  before: Partial<RegisterFields>,
  after: Partial<RegisterFields>,
): RegisterField[] {
  const norm = (v: unknown) => (v === "" || v === undefined ? null : v);
  return (Object.keys(after) as RegisterField[]).filter((k) => norm(before[k]) !== norm(after[k]));
}

/**
 * 법인등록번호 (13 digits): the 13th digit checks the first twelve with weights 1,2,1,2,… — the products
 * are summed as they are, and the check digit is (10 − sum mod 10) mod 10. Same rule as, for example,
 * HKCHO/mirine.tools `src/lib/company/isCorporateRegistrationNo.js`; 삼성전자 130111-0006246 passes.
 */
export function corporationNumberCheckDigit(twelveDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelveDigits[i] ?? 0) * (i % 2 === 0 ? 1 : 2);
  return (10 - (sum % 10)) % 10;
}

export const normalizeCorporationNumber = withoutSeparators;

export function isValidCorporationNumber(input: string): boolean {
  return endsInCheckDigit(input, 13, corporationNumberCheckDigit);
}

export function formatCorporationNumber(input: string): string {
  const d = normalizeCorporationNumber(input);
  return d.length === 13 ? `${d.slice(0, 6)}-${d.slice(6)}` : input;
}

/**
 * Korean telephone numbers: 02 (서울) + 3–4 + 4 digits; other area codes 0XX (031–064) + 3–4 + 4;
 * 070 (인터넷전화), 050X (안심번호), 080 (수신자부담); mobile 010/011/016–019; and the nationwide
 * 8-digit numbers 15XX/16XX/18XX-XXXX. Hyphens optional.
 */
export function isValidPhoneNumber(input: string): boolean {
  const v = input.trim();
  if (/^1[568]\d{2}-?\d{4}$/.test(v)) return true;
  if (/^02-?\d{3,4}-?\d{4}$/.test(v)) return true;
  if (/^0(?:3[1-3]|4[1-4]|5[1-5]|6[1-4])-?\d{3,4}-?\d{4}$/.test(v)) return true;
  if (/^0(?:70|80|50\d)-?\d{3,4}-?\d{4}$/.test(v)) return true;
  return /^01[016789]-?\d{3,4}-?\d{4}$/.test(v);
}

/** 우편번호 (국가기초구역번호, 5 digits since 2015). */
export function isValidPostalCode(input: string): boolean {
  return /^\d{5}$/.test(input.trim());
}

export function isValidEmail(input: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(input.trim()) && input.length <= 200;
}

export function isValidHomepage(input: string): boolean {
  return /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]{2,}$/i.test(input.trim()) && input.length <= 300;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(input: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input)) return false;
  const d = new Date(`${input}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === input;
}

export function addCalendarDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A change request still waiting after its due date is overdue (처리기한 경과). */
export function isChangeRequestOverdue(request: { status: string; dueOn: string }, today: string): boolean {
  return request.status === "submitted" && request.dueOn < today;
}

/** 운영 ⇄ 휴지, either → 폐지; 폐지 is final (사회복지사업법 제38조: 휴지·재개·폐지 신고). */
export function canChangeStatus(from: InstitutionStatus, to: InstitutionStatus): boolean {
  if (from === to) return true;
  return from !== "closed";
}

export interface RegisterFieldError {
  field: RegisterField | "reason" | "statusEffectiveOn";
  message: string;
}

export interface RegisterCheckContext {
  today: string;
  /** Whether the (new) type is a residential (생활) facility: then 정원 ≥ 현원. */
  residential: boolean;
  /** 현원 now */
  currentUsers: number | null;
  /** The 시도 and 시군구 names of the record's 시군구: the 도로명주소 must lie there (skipped when unknown). */
  region?: AddressRegion | null;
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * Checks a complete register record (after applying a change) and returns Korean messages keyed by field.
 * Only the fields named in `fields` (those the user touched) are reported, plus the cross-field rules they
 * take part in, so an old inconsistency elsewhere does not block an unrelated change.
 */
export function validateRegister(
  record: RegisterFields,
  context: RegisterCheckContext,
  fields: readonly RegisterField[] = Object.keys(record) as RegisterField[],
): RegisterFieldError[] {
  const errors: RegisterFieldError[] = [];
  const touched = new Set<RegisterField>(fields);
  const add = (field: RegisterField, message: string) => {
    if (touched.has(field) && !errors.some((e) => e.field === field)) errors.push({ field, message });
  };
  const r = record;

  if (blank(r.name)) add("name", "기관명을 입력하세요.");
  else if (r.name.trim().length > 100) add("name", "기관명은 100자 이내로 입력하세요.");
  if (blank(r.typeCode)) add("typeCode", "시설 유형을 선택하세요.");
  if (!/^\d{5}$/.test(r.sigunguCode ?? "")) add("sigunguCode", "시군구를 선택하세요.");
  if (blank(r.roadAddress)) add("roadAddress", "도로명주소를 입력하세요.");
  else if (r.roadAddress.length > 200) add("roadAddress", "도로명주소는 200자 이내로 입력하세요.");
  else {
    const wrong = roadAddressError(r.roadAddress, context.region);
    if (wrong) add("roadAddress", wrong);
  }
  if (r.addressDetail && r.addressDetail.length > 100)
    add("addressDetail", "상세주소는 100자 이내로 입력하세요.");
  if (!blank(r.postalCode) && !isValidPostalCode(r.postalCode ?? ""))
    add("postalCode", "우편번호는 숫자 5자리입니다(예: 03154).");
  else if (!blank(r.postalCode) && /^\d{5}$/.test(r.sigunguCode ?? "")) {
    const wrong = postalCodeError(r.postalCode ?? "", r.sigunguCode);
    if (wrong) add("postalCode", wrong);
  }
  if (!blank(r.phone) && !isValidPhoneNumber(r.phone ?? ""))
    add("phone", "전화번호 형식이 올바르지 않습니다(예: 02-1234-5678, 031-123-4567, 1588-1234).");
  if (!blank(r.fax) && !isValidPhoneNumber(r.fax ?? ""))
    add("fax", "팩스번호 형식이 올바르지 않습니다(예: 02-1234-5679).");
  if (!blank(r.email) && !isValidEmail(r.email ?? ""))
    add("email", "전자우편 주소 형식이 올바르지 않습니다(예: info@example.or.kr).");
  if (!blank(r.homepage) && !isValidHomepage(r.homepage ?? ""))
    add("homepage", "홈페이지 주소는 http:// 또는 https://로 시작해야 합니다.");
  if (!blank(r.businessNo) && !isValidBusinessNumber(r.businessNo ?? ""))
    add("businessNo", "사업자등록번호(고유번호)가 올바르지 않습니다. 10자리 숫자와 검증번호를 확인하세요.");

  if (!(OPERATOR_KINDS as readonly string[]).includes(r.operatorKind))
    add("operatorKind", "운영 주체 구분을 선택하세요.");
  if (blank(r.operatorName)) add("operatorName", "운영 주체명(법인명 또는 대표자 성명)을 입력하세요.");
  if (r.operatorKind === "corporation") {
    if (blank(r.corporationNo)) {
      if (touched.has("operatorKind")) touched.add("corporationNo");
      add("corporationNo", "운영 주체가 법인이면 법인등록번호를 입력하세요.");
    } else if (!isValidCorporationNumber(r.corporationNo ?? ""))
      add("corporationNo", "법인등록번호가 올바르지 않습니다. 13자리 숫자와 검증번호를 확인하세요.");
  } else if (!blank(r.corporationNo) && !isValidCorporationNumber(r.corporationNo ?? ""))
    add("corporationNo", "법인등록번호가 올바르지 않습니다. 13자리 숫자와 검증번호를 확인하세요.");

  if (r.headName && r.headName.trim().length > 50) add("headName", "시설장 성명은 50자 이내로 입력하세요.");
  if (!blank(r.headAppointedOn)) {
    if (!isIsoDate(r.headAppointedOn ?? ""))
      add("headAppointedOn", "시설장 임용일 형식이 올바르지 않습니다.");
    else if ((r.headAppointedOn ?? "") > context.today)
      add("headAppointedOn", "시설장 임용일은 오늘 이후일 수 없습니다.");
  } else if (!blank(r.headName) && touched.has("headName")) {
    add("headAppointedOn", "시설장 임용일을 입력하세요.");
  }
  if (!blank(r.openedOn)) {
    if (!isIsoDate(r.openedOn ?? "")) add("openedOn", "개소일 형식이 올바르지 않습니다.");
    else if ((r.openedOn ?? "") > context.today) add("openedOn", "개소일은 오늘 이후일 수 없습니다.");
  }
  if (!blank(r.closedOn)) {
    if (!isIsoDate(r.closedOn ?? "")) add("closedOn", "폐지일 형식이 올바르지 않습니다.");
    else if (!blank(r.openedOn) && (r.closedOn ?? "") < (r.openedOn ?? "")) {
      touched.add("closedOn");
      add("closedOn", "폐지일은 개소일보다 앞설 수 없습니다.");
    }
  }

  if (!(INSTITUTION_STATUSES as readonly string[]).includes(r.status))
    add("status", "운영 상태를 선택하세요.");

  if (r.capacity !== null && r.capacity !== undefined) {
    if (!Number.isInteger(r.capacity) || r.capacity < 0)
      add("capacity", "정원은 0 이상의 정수로 입력하세요.");
    else if (r.capacity > 10_000) add("capacity", "정원이 너무 큽니다. 다시 확인하세요.");
    else if (context.residential && context.currentUsers !== null && r.capacity < context.currentUsers) {
      // 생활시설은 정원을 넘겨 입소시킬 수 없다 (domain.md §4: 정원 ≥ 현원).
      if (touched.has("typeCode")) touched.add("capacity");
      add("capacity", `생활시설의 정원은 현원(${context.currentUsers}명)보다 적을 수 없습니다.`);
    }
  } else if (context.residential && touched.has("capacity")) {
    add("capacity", "생활시설은 정원을 입력해야 합니다.");
  }
  return errors;
}

/**
 * 변경 사유: an official who changes a legally significant field records why; an institution's change of
 * anything but its contacts is a 변경신청 to the 시군구 and needs a reason (domain.md §4). Reported with the
 * fields' own errors, so one save shows every mistake.
 */
export function changeReasonError(
  portal: "official" | "provider",
  changed: readonly RegisterField[],
  reason: string | null | undefined,
): RegisterFieldError | null {
  if (reason && reason.trim() !== "") return null;
  const needing = changed.filter(portal === "official" ? isLegallySignificantField : (f) => !isMinorField(f));
  if (needing.length === 0) return null;
  const labels = needing.map((f) => REGISTER_FIELD_LABELS[f]).join(", ");
  return {
    field: "reason",
    message:
      portal === "official"
        ? `법적으로 중요한 항목(${labels})을 변경할 때는 변경 사유를 입력하세요.`
        : `${josa(labels, "은/는")} 변경신청 대상입니다. 변경 사유를 입력하세요.`,
  };
}

/** Clean user input the same way everywhere: trimmed, empty → null, identifiers without hyphens. */
export function normalizeRegisterValue(field: RegisterField, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (field === "capacity") return value === null || value === "" ? null : Number(value);
  if (typeof value !== "string") return value;
  const v = value.trim();
  if (v === "") return field === "name" || field === "roadAddress" || field === "operatorName" ? "" : null;
  if (field === "roadAddress") return normalizeRoadAddress(v);
  if (field === "businessNo") return normalizeBusinessNumber(v);
  if (field === "corporationNo") return normalizeCorporationNumber(v);
  return v;
}
