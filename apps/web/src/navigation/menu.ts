/**
 * The portals' menus as data: business function → pages, each page open to some roles. Add an entry
 * here (and its route in App.tsx) when a screen is built; groups without a page the user may open are
 * not shown, so no menu item ever leads to a placeholder.
 */
import type { Role } from "@ssis/domain";
import { canOpen, type PageId } from "./access";

export interface MenuItem {
  id: string;
  label: string;
  to: string;
  page: PageId;
  /** match the path exactly (portal home) rather than as a prefix */
  end?: boolean;
  /** a live count beside the label (the shell renders it: layout/PortalShell.tsx) */
  badge?: MenuBadge;
}

export type MenuBadge = "workInbox";

export interface MenuGroup {
  id: string;
  label: string;
  /** business function code of the 차세대 사회보장정보시스템 (domain.md §1) */
  code?: string;
  items: MenuItem[];
}

export const OFFICIAL_MENU: readonly MenuGroup[] = [
  {
    id: "home",
    label: "업무 현황",
    items: [
      {
        id: "work-inbox",
        label: "내 할 일",
        to: "/official/work-inbox",
        page: "officialWorkInbox",
        badge: "workInbox",
      },
      { id: "dashboard", label: "업무현황", to: "/official", page: "officialDashboard", end: true },
    ],
  },
  {
    id: "uwsi",
    code: "UWSI",
    label: "현황정보관리",
    items: [
      { id: "institutions", label: "기관 현황", to: "/official/institutions", page: "officialInstitutions" },
      {
        id: "institution-register",
        label: "기관 등록",
        to: "/official/institution-registration",
        page: "institutionRegister",
      },
      {
        id: "change-requests",
        label: "변경신청 처리",
        to: "/official/change-requests",
        page: "changeRequestInbox",
      },
      {
        id: "status-reports",
        label: "현황보고 관리",
        to: "/official/status-reports",
        page: "officialStatusReports",
      },
      {
        id: "support-agencies",
        label: "지원기관 관리",
        to: "/official/support-agencies",
        page: "officialSupportAgencies",
      },
    ],
  },
  {
    id: "uwdx",
    code: "UWDX",
    label: "기관관리감독",
    items: [
      {
        id: "inspection-plans",
        label: "점검계획",
        to: "/official/inspections/plans",
        page: "inspectionPlans",
      },
      { id: "inspections", label: "지도점검", to: "/official/inspections", page: "inspections", end: true },
      {
        id: "corrective-actions",
        label: "시정·개선 조치",
        to: "/official/inspections/corrective-actions",
        page: "correctiveActions",
      },
      {
        id: "inspection-checklists",
        label: "점검표 관리",
        to: "/official/inspections/checklists",
        page: "inspectionChecklists",
      },
      {
        id: "casebook",
        label: "지적 사례집",
        to: "/official/inspections/casebook",
        page: "officialCasebook",
      },
      {
        id: "dispositions",
        label: "행정처분대장",
        to: "/official/dispositions",
        page: "officialDispositions",
      },
      {
        id: "disposition-tables",
        label: "처분기준표",
        to: "/official/disposition-tables",
        page: "dispositionTables",
      },
    ],
  },
  { id: "uwsa", code: "UWSA", label: "사회서비스평가", items: [] },
  { id: "uwlt", code: "UWLT", label: "지자체공무원기능", items: [] },
  {
    id: "system",
    label: "시스템",
    items: [
      { id: "access-log", label: "접속기록 조회", to: "/official/access-log", page: "accessLog" },
      { id: "users", label: "사용자 관리", to: "/official/admin/users", page: "adminUsers" },
      {
        id: "region-reorganisations",
        label: "행정구역 개편",
        to: "/official/admin/region-reorganisations",
        page: "regionReorganisations",
      },
      {
        id: "register-settings",
        label: "등록부 설정",
        to: "/official/admin/register-settings",
        page: "registerSettings",
      },
      {
        id: "notification-templates",
        label: "알림 문구 관리",
        to: "/official/admin/notification-templates",
        page: "notificationTemplates",
      },
      {
        id: "notification-deliveries",
        label: "알림 발송 기록",
        to: "/official/admin/notification-deliveries",
        page: "notificationDeliveries",
      },
      { id: "job-history", label: "작업 이력", to: "/official/admin/jobs", page: "jobHistory" },
    ],
  },
  {
    id: "account",
    label: "내 정보",
    items: [
      { id: "notifications", label: "알림", to: "/account/notifications", page: "notifications" },
      {
        id: "notification-settings",
        label: "알림 설정",
        to: "/account/notification-settings",
        page: "notificationSettings",
      },
      { id: "password", label: "비밀번호 변경", to: "/account/password", page: "password" },
    ],
  },
];

export const PROVIDER_MENU: readonly MenuGroup[] = [
  {
    id: "home",
    label: "업무 현황",
    items: [
      {
        id: "work-inbox",
        label: "내 할 일",
        to: "/provider/work-inbox",
        page: "providerWorkInbox",
        badge: "workInbox",
      },
      { id: "dashboard", label: "업무현황", to: "/provider", page: "providerDashboard", end: true },
    ],
  },
  {
    id: "cwsu",
    code: "CWSU",
    label: "현황정보관리",
    items: [
      {
        id: "institution",
        label: "기관 현황",
        to: "/provider/institution",
        page: "providerInstitution",
        end: true,
      },
      {
        id: "institution-change",
        label: "기관 정보 변경",
        to: "/provider/institution/change",
        page: "providerInstitutionChange",
      },
      {
        id: "change-requests",
        label: "변경신청 내역",
        to: "/provider/change-requests",
        page: "providerChangeRequests",
      },
      { id: "staff", label: "종사자 관리", to: "/provider/staff", page: "providerStaff" },
      { id: "clients", label: "이용자 관리", to: "/provider/clients", page: "providerClients" },
      { id: "programs", label: "프로그램 관리", to: "/provider/programs", page: "providerPrograms" },
      { id: "finances", label: "재정 현황", to: "/provider/finances", page: "providerFinances" },
      {
        id: "status-reports",
        label: "현황보고",
        to: "/provider/status-reports",
        page: "providerStatusReports",
      },
    ],
  },
  {
    id: "cwom",
    code: "CWOM",
    label: "기관관리감독",
    items: [
      {
        id: "inspections",
        label: "지도점검",
        to: "/provider/inspections",
        page: "providerInspections",
        end: true,
      },
      {
        id: "casebook",
        label: "지적 사례집",
        to: "/provider/inspections/casebook",
        page: "providerCasebook",
      },
      { id: "dispositions", label: "행정처분", to: "/provider/dispositions", page: "providerDispositions" },
    ],
  },
  {
    id: "cwam",
    code: "CWAM",
    label: "지원기관정보",
    items: [{ id: "agency", label: "지원 대상 기관", to: "/provider/agency", page: "agencyInstitutions" }],
  },
  {
    id: "cwsa",
    code: "CWSA",
    label: "사회서비스평가",
    items: [{ id: "evaluator-home", label: "평가 업무", to: "/provider", page: "evaluatorHome", end: true }],
  },
  {
    id: "account",
    label: "내 정보",
    items: [
      { id: "notifications", label: "알림", to: "/account/notifications", page: "notifications" },
      {
        id: "notification-settings",
        label: "알림 설정",
        to: "/account/notification-settings",
        page: "notificationSettings",
      },
      { id: "password", label: "비밀번호 변경", to: "/account/password", page: "password" },
    ],
  },
];

export function menuFor(menu: readonly MenuGroup[], role: Role): MenuGroup[] {
  return menu
    .map((group) => ({ ...group, items: group.items.filter((item) => canOpen({ role }, item.page)) }))
    .filter((group) => group.items.length > 0);
}

/** The first page a role may open in a portal: where "/official" or "/provider" sends it. */
export function firstPage(menu: readonly MenuGroup[], role: Role): MenuItem | null {
  return menuFor(menu, role)[0]?.items[0] ?? null;
}
