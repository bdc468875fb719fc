/** 운영 / 휴지 / 폐지 (사회복지사업법 제38조 휴지·재개·폐지). */
export const INSTITUTION_STATUSES = ["operating", "suspended", "closed"] as const;
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];

export const INSTITUTION_STATUS_LABELS: Record<InstitutionStatus, string> = {
  operating: "운영",
  suspended: "휴지",
  closed: "폐지",
};
