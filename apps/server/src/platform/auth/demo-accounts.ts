import type { Queryable } from "@ssis/db";
import type { Role, ScopeKind } from "@ssis/domain";
import { hashPassword } from "./passwords.ts";

/** The development password of every demo account (printed by `npm start`, listed in the README). */
export const DEMO_PASSWORD = "Welfare!2026";

export interface DemoAccount {
  username: string;
  name: string;
  role: Role;
  scopeKind: ScopeKind;
  scopeCode: string | null;
  note: string;
}

export interface DemoIds {
  jongnoInstitutionId: string;
  mapoInstitutionId: string;
  seoulAgencyId: string;
  centralAgencyId: string;
}

/** One login per role, plus a second 시군구 and institution so that scopes can be compared side by side. */
export function demoAccounts(ids: DemoIds): DemoAccount[] {
  return [
    {
      username: "mohw",
      name: "김정책",
      role: "mohw_official",
      scopeKind: "nation",
      scopeCode: null,
      note: "보건복지부(전국)",
    },
    {
      username: "sido.seoul",
      name: "이광역",
      role: "sido_official",
      scopeKind: "sido",
      scopeCode: "11",
      note: "서울특별시",
    },
    {
      username: "gu.jongno",
      name: "박담당",
      role: "sigungu_official",
      scopeKind: "sigungu",
      scopeCode: "11110",
      note: "서울특별시 종로구",
    },
    {
      username: "gu.mapo",
      name: "최담당",
      role: "sigungu_official",
      scopeKind: "sigungu",
      scopeCode: "11440",
      note: "서울특별시 마포구",
    },
    {
      username: "eval.agency",
      name: "정평가",
      role: "eval_agency_staff",
      scopeKind: "nation",
      scopeCode: null,
      note: "평가기관(중앙사회서비스원)",
    },
    {
      username: "evaluator",
      name: "한위원",
      role: "evaluator",
      scopeKind: "agency",
      scopeCode: ids.centralAgencyId,
      note: "평가위원",
    },
    {
      username: "support.seoul",
      name: "윤지원",
      role: "support_agency_staff",
      scopeKind: "agency",
      scopeCode: ids.seoulAgencyId,
      note: "서울특별시사회서비스원",
    },
    {
      username: "provider.admin",
      name: "오시설",
      role: "provider_admin",
      scopeKind: "institution",
      scopeCode: ids.jongnoInstitutionId,
      note: "종로구 소재 기관의 관리자",
    },
    {
      username: "provider.staff",
      name: "서실무",
      role: "provider_staff",
      scopeKind: "institution",
      scopeCode: ids.jongnoInstitutionId,
      note: "같은 기관의 실무자",
    },
    {
      username: "provider.mapo",
      name: "강시설",
      role: "provider_admin",
      scopeKind: "institution",
      scopeCode: ids.mapoInstitutionId,
      note: "마포구 소재 기관의 관리자",
    },
    {
      username: "auditor",
      name: "문감사",
      role: "auditor",
      scopeKind: "nation",
      scopeCode: null,
      note: "접속기록 점검(전국)",
    },
    {
      username: "sysadmin",
      name: "장관리",
      role: "system_admin",
      scopeKind: "system",
      scopeCode: null,
      note: "계정·코드 관리",
    },
  ];
}

export async function insertDemoAccounts(q: Queryable, ids: DemoIds, passwordHash?: string) {
  const hash = passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  const accounts = demoAccounts(ids);
  for (const a of accounts)
    await q.query(
      `insert into app_user (username, name, role, scope_kind, scope_code, password_hash, password_is_published)
       values ($1, $2, $3, $4, $5, $6, true) on conflict (username) do nothing`,
      [a.username, a.name, a.role, a.scopeKind, a.scopeCode, hash],
    );
  return accounts;
}

export function formatDemoLogins(accounts: DemoAccount[]): string {
  const width = Math.max(...accounts.map((a) => a.username.length));
  return [
    `데모 계정 (비밀번호는 모두 ${DEMO_PASSWORD})`,
    ...accounts.map((a) => `  ${a.username.padEnd(width)}  ${a.role.padEnd(20)} ${a.note}`),
  ].join("\n");
}
