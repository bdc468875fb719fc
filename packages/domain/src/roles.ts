import { codesOf } from "./codes.ts";
/** Roles of the system's users (domain.md §2) and the zone (network) each works in. */

export const ROLE_LABELS = {
  mohw_official: "보건복지부 공무원",
  sido_official: "시도 공무원",
  sigungu_official: "시군구 담당 공무원",
  eval_agency_staff: "평가기관 담당자",
  evaluator: "평가위원",
  support_agency_staff: "지원기관 담당자",
  provider_admin: "기관 관리자(시설장)",
  provider_staff: "기관 실무자",
  auditor: "감사 담당",
  system_admin: "시스템 관리자",
};
export const ROLES = codesOf(ROLE_LABELS);
export type Role = (typeof ROLES)[number];

export const SCOPE_KINDS = ["nation", "sido", "sigungu", "institution", "agency", "system"] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** 행망 (official) or 인망 (provider): mirrors 망분리, see design.md. */
export type Zone = "official" | "provider";

export const ROLE_ZONE: Record<Role, Zone> = {
  mohw_official: "official",
  sido_official: "official",
  sigungu_official: "official",
  eval_agency_staff: "official",
  auditor: "official",
  system_admin: "official",
  evaluator: "provider",
  support_agency_staff: "provider",
  provider_admin: "provider",
  provider_staff: "provider",
};

/** Which scope kind each role carries; a user's scope code must fit it. */
export const ROLE_SCOPE_KINDS: Record<Role, readonly ScopeKind[]> = {
  mohw_official: ["nation"],
  sido_official: ["sido"],
  sigungu_official: ["sigungu"],
  eval_agency_staff: ["nation"],
  evaluator: ["agency"],
  support_agency_staff: ["agency"],
  provider_admin: ["institution"],
  provider_staff: ["institution"],
  auditor: ["nation", "sido", "sigungu"],
  system_admin: ["system"],
};

export const OFFICIAL_ROLES = ROLES.filter((r) => ROLE_ZONE[r] === "official");
export const PROVIDER_ROLES = ROLES.filter((r) => ROLE_ZONE[r] === "provider");

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
