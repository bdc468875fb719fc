/**
 * Which roles may open which page. The menus (./menu.ts) and the route guards (App.tsx) both read
 * this, so a menu entry and its route cannot disagree. The server enforces the same on every call;
 * this only keeps users away from pages that would answer 403/404.
 */
import type { Role, Zone } from "@ssis/domain";
import { OFFICIAL_ROLES, PROVIDER_ROLES } from "@ssis/domain";
import type { SessionUser } from "../api/auth";

/** Officials who work with the institution register (not the auditor, not the system administrator). */
export const REGISTER_OFFICIALS: readonly Role[] = [
  "mohw_official",
  "sido_official",
  "sigungu_official",
  "eval_agency_staff",
];

export const PAGE_ROLES = {
  officialDashboard: REGISTER_OFFICIALS,
  officialInstitutions: REGISTER_OFFICIALS,
  institutionRegister: ["sido_official", "sigungu_official"],
  institutionEdit: ["sido_official", "sigungu_official"],
  changeRequestInbox: ["mohw_official", "sido_official", "sigungu_official"],
  officialStatusReports: ["mohw_official", "sido_official", "sigungu_official"],
  accessLog: ["auditor"],
  adminUsers: ["system_admin"],
  regionReorganisations: ["system_admin"],
  registerSettings: ["system_admin"],
  providerDashboard: ["provider_admin", "provider_staff"],
  providerInstitution: ["provider_admin", "provider_staff"],
  providerInstitutionChange: ["provider_admin"],
  providerChangeRequests: ["provider_admin", "provider_staff"],
  providerStaff: ["provider_admin", "provider_staff"],
  providerClients: ["provider_admin", "provider_staff"],
  providerPrograms: ["provider_admin", "provider_staff"],
  providerFinances: ["provider_admin", "provider_staff"],
  providerStatusReports: ["provider_admin", "provider_staff"],
  agencyInstitutions: ["support_agency_staff"],
  officialSupportAgencies: ["mohw_official", "sido_official", "sigungu_official", "eval_agency_staff"],
  officialSupportAgencyEdit: ["mohw_official", "sido_official"],
  evaluatorHome: ["evaluator"],
  // 지도점검 (UWDX / CWOM): as the server's inspections.policy.ts
  inspectionPlans: ["mohw_official", "sido_official", "sigungu_official"],
  inspections: ["mohw_official", "sido_official", "sigungu_official"],
  correctiveActions: ["mohw_official", "sido_official", "sigungu_official"],
  inspectionChecklists: ["mohw_official", "sido_official", "sigungu_official"],
  officialCasebook: ["mohw_official", "sido_official", "sigungu_official"],
  providerInspections: ["provider_admin", "provider_staff"],
  providerCorrectiveReport: ["provider_admin"],
  providerCasebook: ["provider_admin", "provider_staff"],
  // 행정처분 (UWDX / CWOM): as the server's dispositions.policy.ts
  officialDispositions: ["mohw_official", "sido_official", "sigungu_official"],
  dispositionTables: ["mohw_official", "sido_official", "sigungu_official"],
  dispositionTableEdit: ["mohw_official"],
  providerDispositions: ["provider_admin", "provider_staff"],
  providerDispositionOpinion: ["provider_admin"],
  password: [...OFFICIAL_ROLES, ...PROVIDER_ROLES],
  // 통합알림 and 내 할 일: as the server's notifications.policy.ts and work-inbox.policy.ts
  notifications: [...OFFICIAL_ROLES, ...PROVIDER_ROLES],
  notificationSettings: [...OFFICIAL_ROLES, ...PROVIDER_ROLES],
  notificationTemplates: ["system_admin"],
  notificationDeliveries: ["system_admin"],
  jobHistory: ["system_admin"],
  officialWorkInbox: ["mohw_official", "sido_official", "sigungu_official"],
  providerWorkInbox: ["provider_admin", "provider_staff"],
} as const satisfies Record<string, readonly Role[]>;

export type PageId = keyof typeof PAGE_ROLES;

export function canOpen(user: Pick<SessionUser, "role">, page: PageId): boolean {
  return (PAGE_ROLES[page] as readonly Role[]).includes(user.role);
}

export function portalPath(zone: Zone): string {
  return zone === "official" ? "/official" : "/provider";
}

/** Is `path` a page of the user's own portal (or a shared page)? Used to honour ?next= after login. */
export function belongsToZone(path: string, zone: Zone): boolean {
  if (path.startsWith("/account/")) return true;
  const root = portalPath(zone);
  return path === root || path.startsWith(`${root}/`);
}

/** Only same-origin absolute paths are accepted as a return target. */
export function safeReturnPath(value: string | null): string | null {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (value.startsWith("/login")) return null;
  return value;
}
