/**
 * Test factories: each makes, as the database owner, one object a test needs in the state it needs, and
 * answers its id and the facts the test reasons with. A test says what matters to it (an institution of a
 * type in a 시군구, an official of a scope, an inspection in a given state …) instead of looking for a
 * seeded row that happens to fit. Every object is new, so a test owns it and nothing else changes it.
 *
 * States the API cannot reach in one step (a disposition decided a week ago, a finding already closed) are
 * written directly, with the columns that state implies, as `inspections.transitions.int.test.ts` needs.
 */
import { randomBytes } from "node:crypto";
import type { Queryable } from "@ssis/db";
import { addCalendarDays, koreaToday, type Role, type ScopeKind } from "@ssis/domain";
import { DEMO_PASSWORD } from "../src/platform/auth/demo-accounts.ts";
import { hashPassword } from "../src/platform/auth/passwords.ts";
import type { InspectionDetail } from "./api-types.ts";
import type { TestClient } from "./helpers.ts";

/** What the factories need of a test app (createTestApp's answer). */
export interface FactoryHost {
  asOwner: <T>(fn: (owner: Queryable) => Promise<T>) => Promise<T>;
  login: (username: string, password?: string) => Promise<TestClient>;
}

export type InstitutionStatus = "operating" | "suspended" | "closed";
export type InspectionState =
  | "planned"
  | "scheduled"
  | "in_progress"
  | "completed"
  | "notified"
  | "closed"
  | "cancelled";
export type FindingState = "open" | "ordered" | "closed" | "withdrawn";
export type CorrectiveState = "ordered" | "submitted" | "returned" | "accepted";
export type CorrectiveOutcome =
  | "on_site"
  | "caution"
  | "warning"
  | "correction"
  | "improvement"
  | "disposition"
  | "subsidy_recovery"
  | "fine"
  | "accusation";
export type DispositionState =
  | "draft"
  | "pre_noticed"
  | "decided"
  | "executing"
  | "ended"
  | "withdrawn"
  | "cancelled";

export interface MadeInstitution {
  id: string;
  name: string;
  typeCode: string;
  sidoCode: string;
  sigunguCode: string;
  status: InstitutionStatus;
}

export interface Account {
  id: string;
  username: string;
  name: string;
  role: Role;
  scopeKind: ScopeKind;
  scopeCode: string | null;
}

/** An official's jurisdiction: a 시군구 (5 digits), a 시도 (2 digits) or the ministry (the nation). */
export type OfficialScope = { sigungu: string } | { sido: string } | { nation: true };

const unique = () => randomBytes(3).toString("hex");
let serial = 0;
let passwordHash: Promise<string> | undefined;

const first = async <T>(owner: Queryable, sql: string, params: unknown[] = []) => {
  const row = (await owner.query<T>(sql, params)).rows[0];
  if (!row) throw new Error(`factory: no row from ${sql.slice(0, 60)}`);
  return row;
};

export function factories(t: FactoryHost) {
  const sql = <T>(text: string, params: unknown[] = []) =>
    t.asOwner(async (owner) => (await owner.query<T>(text, params)).rows);
  /** One official per 시군구, made on first use, who signs what a factory writes there. */
  const signers = new Map<string, Promise<Account>>();
  const signerFor = (sigunguCode: string) => {
    let signer = signers.get(sigunguCode);
    if (!signer) {
      signer = official({ sigungu: sigunguCode });
      signers.set(sigunguCode, signer);
    }
    return signer;
  };

  /** An institution of a type in a 시군구, with its first status period (and `staff` active staff members). */
  async function institution(
    o: {
      sigunguCode?: string;
      typeCode?: string;
      status?: InstitutionStatus;
      name?: string;
      operatorKind?: "corporation" | "individual" | "public";
      operatorName?: string;
      corporationNo?: string | null;
      capacity?: number;
      currentUsers?: number;
      openedOn?: string;
      staff?: number;
    } = {},
  ): Promise<MadeInstitution> {
    const sigunguCode = o.sigunguCode ?? "11110";
    const name = o.name ?? `시험요양원 ${++serial}${unique()}`;
    const status = o.status ?? "operating";
    const typeCode = o.typeCode ?? "ELD-MED-NURSING";
    const openedOn = o.openedOn ?? "2015-05-01";
    return t.asOwner(async (owner) => {
      const { id } = await first<{ id: string }>(
        owner,
        `insert into institution (name, type_code, sido_code, sigungu_code, road_address, operator_kind, operator_name,
           corporation_no, status, capacity, current_users, opened_on, closed_on)
         values ($1, $2, left($3, 2), $3, $4, $5, $6, $7, $8, $9, $10, $11,
           case when $8 = 'closed' then current_date end) returning id`,
        [
          name,
          typeCode,
          sigunguCode,
          `${name} 도로명주소 1`,
          o.operatorKind ?? "corporation",
          o.operatorName ?? `사회복지법인 ${name}`,
          o.corporationNo ?? null,
          status,
          o.capacity ?? 30,
          o.currentUsers ?? 20,
          openedOn,
        ],
      );
      await owner.query(
        `insert into institution_status_history (institution_id, sido_code, sigungu_code, status, valid_from)
         values ($1, left($2, 2), $2, $3, $4)`,
        [id, sigunguCode, status, openedOn],
      );
      for (let i = 0; i < (o.staff ?? 0); i++)
        await owner.query(
          `insert into staff (institution_id, sido_code, sigungu_code, name, job_type_code, employment_kind, hired_on)
           values ($1, left($2, 2), $2, $3, 'CAREWORKER', 'full_time', '2020-01-01')`,
          [id, sigunguCode, `김요양${i + 1}`],
        );
      return { id, name, typeCode, sidoCode: sigunguCode.slice(0, 2), sigunguCode, status };
    });
  }

  /** Several institutions at once (each as `institution` makes it). */
  async function institutions(count: number, o: Parameters<typeof institution>[0] = {}) {
    const made: MadeInstitution[] = [];
    for (let i = 0; i < count; i++) made.push(await institution(o));
    return made;
  }

  /** An account of any role and scope; it signs in with the demo password. */
  async function account(o: {
    role: Role;
    scopeKind: ScopeKind;
    scopeCode: string | null;
    username?: string;
    name?: string;
  }): Promise<Account> {
    passwordHash ??= hashPassword(DEMO_PASSWORD);
    const hash = await passwordHash;
    const username = o.username ?? `test.${o.role}.${++serial}${unique()}`;
    const name = o.name ?? `시험 ${o.role}`;
    const { id } = (
      await sql<{ id: string }>(
        `insert into app_user (username, password_hash, name, role, scope_kind, scope_code)
         values ($1, $2, $3, $4, $5, $6) returning id`,
        [username, hash, name, o.role, o.scopeKind, o.scopeCode],
      )
    )[0] as { id: string };
    return { id, username, name, role: o.role, scopeKind: o.scopeKind, scopeCode: o.scopeCode };
  }

  /** A 시군구 official, a 시도 official or a ministry official (or another official role of that scope). */
  function official(scope: OfficialScope, o: { role?: Role; username?: string; name?: string } = {}) {
    if ("sigungu" in scope)
      return account({ role: "sigungu_official", scopeKind: "sigungu", scopeCode: scope.sigungu, ...o });
    if ("sido" in scope)
      return account({ role: "sido_official", scopeKind: "sido", scopeCode: scope.sido, ...o });
    return account({ role: "mohw_official", scopeKind: "nation", scopeCode: null, ...o });
  }

  /** A provider account (the institution's administrator, or its staff) of one institution. */
  function providerAccount(
    institutionId: string,
    role: "provider_admin" | "provider_staff" = "provider_admin",
  ) {
    return account({ role, scopeKind: "institution", scopeCode: institutionId });
  }

  /** A signed-in client of the account: its session cookie and CSRF token. */
  const signIn = (who: Account) => t.login(who.username);

  /** The id of the default checklist's first version (reference data, loaded with the migrations). */
  async function defaultChecklistVersionId() {
    const [v] = await sql<{ id: string }>(
      `select v.id from checklist_version v join checklist_template t on t.id = v.template_id
        where t.code = 'DEFAULT' and v.version = 1`,
    );
    if (!v) throw new Error("factory: default checklist missing");
    return v.id;
  }

  /** An ad hoc (or special) inspection planned through the API by the signed-in official, as it answers it. */
  async function plannedInspection(
    official: TestClient,
    o: { institutionId: string; kind?: "adhoc" | "special"; checklistVersionId?: string },
  ) {
    const res = await official.post("/api/official/inspections", {
      institutionId: o.institutionId,
      kind: o.kind ?? "adhoc",
      reason: "민원 접수(이용자 처우)",
      checklistVersionId: o.checklistVersionId ?? (await defaultChecklistVersionId()),
    });
    if (res.statusCode !== 201) throw new Error(`plannedInspection: ${res.statusCode} ${res.body}`);
    return res.json<InspectionDetail>();
  }

  /** An inspection of an institution in the given state, with the dates and notice that state implies. */
  async function inspection(o: {
    institutionId: string;
    status: InspectionState;
    kind?: "regular" | "adhoc" | "special" | "joint";
    planId?: string;
    by?: Account;
  }) {
    const checklistVersionId = await defaultChecklistVersionId();
    const [inst] = await sql<{ sigungu_code: string }>("select sigungu_code from institution where id = $1", [
      o.institutionId,
    ]);
    const by = o.by ?? (await signerFor(inst?.sigungu_code ?? "11110"));
    const [row] = await sql<{ id: string }>(
      `insert into inspection (plan_id, institution_id, sido_code, sigungu_code, type_code, kind, reason,
         checklist_version_id, status, scheduled_on, prior_notice, created_by, created_by_name, result_notice_no,
         result_notified_on)
       select $6, i.id, i.sido_code, i.sigungu_code, i.type_code, $7, '상태 전이 시험', $2, $3,
              case when $3 in ('planned', 'cancelled') then null else $4::date end, true, $5, $8,
              case when $3 in ('notified', 'closed') then '지도점검-시험' end,
              case when $3 in ('notified', 'closed') then $4::date end
         from institution i where i.id = $1 returning id`,
      [
        o.institutionId,
        checklistVersionId,
        o.status,
        koreaToday(),
        by.id,
        o.planId ?? null,
        o.kind ?? "adhoc",
        by.name,
      ],
    );
    return row?.id as string;
  }

  /**
   * A finding of a notified inspection in the given state, and with `corrective` its corrective action in
   * that state, noticed today and due `dueInDays` later (30 unless said; a negative number makes it overdue).
   */
  async function finding(o: {
    institutionId: string;
    status: FindingState;
    corrective?: { status: CorrectiveState; outcome?: CorrectiveOutcome; dueInDays?: number };
    inspectionId?: string;
  }) {
    const inspectionId =
      o.inspectionId ?? (await inspection({ institutionId: o.institutionId, status: "notified" }));
    const [x] = await sql<{ created_by: string; created_by_name: string }>(
      "select created_by, created_by_name from inspection where id = $1",
      [inspectionId],
    );
    const [f] = await sql<{ id: string }>(
      `insert into inspection_finding (inspection_id, institution_id, sido_code, sigungu_code, domain, title, detail,
         severity, status, created_by, created_by_name)
       select x.id, x.institution_id, x.sido_code, x.sigungu_code, '시설 운영', '시험 지적', '내용', 'minor', $2, $3, $4
         from inspection x where x.id = $1 returning id`,
      [inspectionId, o.status, x?.created_by, x?.created_by_name],
    );
    const findingId = f?.id as string;
    let actionId: string | null = null;
    if (o.corrective) {
      const today = koreaToday();
      const outcome = o.corrective.outcome ?? "correction";
      const [a] = await sql<{ id: string }>(
        `insert into corrective_action (finding_id, inspection_id, institution_id, sido_code, sigungu_code, outcome,
           instruction, notice_on, due_on, status, report_text, ordered_by, ordered_by_name, amount_won)
         select f.id, f.inspection_id, f.institution_id, f.sido_code, f.sigungu_code, $2, '시정할 것', $3::date,
                $4::date, $5, case when $5 <> 'ordered' then '보고' end, f.created_by, f.created_by_name,
                case when $2 in ('subsidy_recovery', 'fine') then 1000000 end
           from inspection_finding f where f.id = $1 returning id`,
        [
          findingId,
          outcome,
          today,
          addCalendarDays(today, o.corrective.dueInDays ?? 30),
          o.corrective.status,
        ],
      );
      actionId = a?.id ?? null;
    }
    return { inspectionId, findingId, actionId };
  }

  /**
   * A disposition (개선명령 for SWS-6, 1차) of an institution in the given state, with the dates that state
   * implies: noticed 20 days ago with the opinion period over, decided `decidedDaysAgo` (5) days ago.
   */
  async function disposition(o: {
    institutionId: string;
    status: DispositionState;
    decidedDaysAgo?: number;
    by?: Account;
  }) {
    const today = koreaToday();
    const noticed = o.status !== "draft";
    const decided = ["decided", "executing", "ended", "cancelled"].includes(o.status);
    const [inst] = await sql<{ sigungu_code: string }>("select sigungu_code from institution where id = $1", [
      o.institutionId,
    ]);
    const by = o.by ?? (await signerFor(inst?.sigungu_code ?? "11110"));
    return t.asOwner(async (owner) => {
      const { id } = await first<{ id: string }>(
        owner,
        `insert into disposition (institution_id, institution_name, sido_code, sigungu_code, authority_kind,
           authority_code, authority_name, operator_key, law_code, table_key, table_name, status, proposed_label,
           measure, measure_label, explanation, pre_notice_on, opinion_due_on, decided_on, created_by,
           created_by_name)
         select i.id, i.name, i.sido_code, i.sigungu_code, 'sigungu', i.sigungu_code,
                r.sido_name || ' ' || r.sigungu_name || '청장', 'individual:' || i.operator_name,
                'SWS', 'SWS-B4-2019-06-12', '사회복지사업법 시행규칙 [별표 4]', $2, '개선명령',
                '{"kind":"improvementOrder"}', '개선명령', '시험', $3::date, $4::date, $5::date, $6, $7
           from institution i join region r on r.code5 = i.sigungu_code where i.id = $1 returning id`,
        [
          o.institutionId,
          o.status,
          noticed ? addCalendarDays(today, -20) : null,
          noticed ? addCalendarDays(today, -10) : null,
          decided ? addCalendarDays(today, -(o.decidedDaysAgo ?? 5)) : null,
          by.id,
          by.name,
        ],
      );
      await owner.query(
        `insert into disposition_violation (disposition_id, institution_id, sido_code, sigungu_code, position, code,
           found_on, summary, repeat_count, measure_label, explanation)
         select d.id, d.institution_id, d.sido_code, d.sigungu_code, 1, 'SWS-6', $2::date, '시험', 1, '개선명령', '1차'
           from disposition d where d.id = $1`,
        [id, addCalendarDays(today, -30)],
      );
      return id;
    });
  }

  /** A submitted change request of an institution (정원 30 → 40 unless said), due in 10 days. */
  async function changeRequest(o: {
    institutionId: string;
    changes?: Record<string, unknown>;
    before?: Record<string, unknown>;
    reason?: string;
    dueOn?: string;
  }) {
    const [row] = await sql<{ id: string }>(
      `insert into change_request (institution_id, sido_code, sigungu_code, requested_by_name, due_on, changes,
         before, reason)
       select i.id, i.sido_code, i.sigungu_code, '시설장', $2, $3, $4, $5 from institution i where i.id = $1
       returning id`,
      [
        o.institutionId,
        o.dueOn ?? addCalendarDays(koreaToday(), 10),
        JSON.stringify(o.changes ?? { capacity: 40 }),
        JSON.stringify(o.before ?? { capacity: 30 }),
        o.reason ?? "정원 증원",
      ],
    );
    return row?.id as string;
  }

  /** An open status-report round of a 시군구 with the listed institutions as its (pending) targets. */
  async function reportRound(o: {
    sigunguCode: string;
    institutionIds: string[];
    dueOn?: string;
    by?: Account;
  }) {
    const by = o.by ?? (await signerFor(o.sigunguCode));
    return t.asOwner(async (owner) => {
      const { id } = await first<{ id: string }>(
        owner,
        `insert into report_round (title, period_label, scope_kind, scope_code, sido_code, sigungu_code, opened_by,
           opened_by_name, due_on, target_filter, target_count)
         values ('시험 현황보고', '시험 분기', 'sigungu', $1, left($1, 2), $1, $2, $3, $4, '{}', $5) returning id`,
        [o.sigunguCode, by.id, by.name, o.dueOn ?? "2099-12-31", o.institutionIds.length],
      );
      for (const institutionId of o.institutionIds)
        await owner.query(
          `insert into report_round_target (round_id, institution_id, sido_code, sigungu_code, type_code)
           select $1, i.id, i.sido_code, i.sigungu_code, i.type_code from institution i where i.id = $2`,
          [id, institutionId],
        );
      return id;
    });
  }

  /** A draft regular inspection plan of a 시군구 with one planned inspection per listed institution. */
  async function inspectionPlan(o: {
    sigunguCode: string;
    institutionIds: string[];
    year?: number;
    by?: Account;
  }) {
    const by = o.by ?? (await signerFor(o.sigunguCode));
    const checklistVersionId = await defaultChecklistVersionId();
    const [plan] = await sql<{ id: string }>(
      `insert into inspection_plan (title, plan_year, kind, scope_kind, sido_code, sigungu_code, checklist_version_id,
         created_by, created_by_name)
       values ($1, $2, 'regular', 'sigungu', left($3, 2), $3, $4, $5, $6) returning id`,
      [`${o.year ?? 2026}년 정기점검`, o.year ?? 2026, o.sigunguCode, checklistVersionId, by.id, by.name],
    );
    const planId = plan?.id as string;
    for (const institutionId of o.institutionIds)
      await inspection({ institutionId, status: "planned", kind: "regular", planId, by });
    return planId;
  }

  /** A support agency of a 시도 (or nationwide with `sidoCode: null`). */
  async function supportAgency(o: { sidoCode: string | null; kind?: string; name?: string }) {
    const [row] = await sql<{ id: string }>(
      "insert into support_agency (name, kind, sido_code) values ($1, $2, $3) returning id",
      [o.name ?? `시험지원기관 ${++serial}${unique()}`, o.kind ?? "지역사회서비스지원단", o.sidoCode],
    );
    return row?.id as string;
  }

  /** An institution's assignment to a support agency for a period (open-ended without `endsOn`). */
  async function agencyAssignment(o: {
    agencyId: string;
    institutionId: string;
    startsOn: string;
    endsOn?: string | null;
    purpose?: string;
  }) {
    const [row] = await sql<{ id: string }>(
      `insert into agency_assignment (agency_id, institution_id, purpose, starts_on, ends_on)
       values ($1, $2, $3, $4, $5) returning id`,
      [o.agencyId, o.institutionId, o.purpose ?? "시험 배정", o.startsOn, o.endsOn ?? null],
    );
    return row?.id as string;
  }

  return {
    institution,
    institutions,
    account,
    official,
    providerAccount,
    signIn,
    defaultChecklistVersionId,
    plannedInspection,
    inspection,
    finding,
    disposition,
    changeRequest,
    reportRound,
    inspectionPlan,
    supportAgency,
    agencyAssignment,
  };
}

export type Factories = ReturnType<typeof factories>;
