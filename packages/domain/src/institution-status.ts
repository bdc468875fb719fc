import { codesOf } from "./codes.ts";
/** 운영 / 휴지 / 폐지 (사회복지사업법 제38조 휴지·재개·폐지). */

export const INSTITUTION_STATUS_LABELS = {
  operating: "운영",
  suspended: "휴지",
  closed: "폐지",
};
export const INSTITUTION_STATUSES = codesOf(INSTITUTION_STATUS_LABELS);
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];
