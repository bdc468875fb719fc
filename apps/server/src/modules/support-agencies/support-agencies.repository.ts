import type { Queryable } from "@ssis/db";
import {
  type AgencyKind,
  ASSIGNMENT_STATUS_LABELS,
  assignmentStatus,
  INSTITUTION_STATUS_LABELS,
  type InstitutionStatus,
} from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { containsPattern, countedPage } from "../../platform/paging.ts";
import { scopeColumns, scopeCondition } from "../../platform/scope.ts";
import { iso } from "../../platform/timestamps.ts";
import { agencyReadCondition, agencyWriteCondition } from "./support-agencies.policy.ts";
import type {
  AgencyDetail,
  AgencyListQuery,
  AgencySummary,
  AssignedInstitutionSummary,
  AssignmentItem,
  CoverageInput,
} from "./support-agencies.schemas.ts";

const INSTITUTION_SCOPE = scopeColumns("i", "i.id");

// ── the register ─────────────────────────────────────────────────────────────
interface AgencyRow {
  id: string;
  name: string;
  kind: AgencyKind;
  sido_code: string | null;
  sido_name: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  homepage: string | null;
  contact_name: string | null;
  is_active: boolean;
  version: number;
  created_at: string | Date;
  updated_at: string | Date;
  coverage: { sidoCode: string; sigunguCode: string | null; label: string }[] | string | null;
  active_assignments: number | string;
  staff_count: number | string;
  can_edit: boolean;
}

const parseJson = <T>(v: T | string | null): T | null => (typeof v === "string" ? (JSON.parse(v) as T) : v);

const AGENCY_COLUMNS = (
  writeCondition: string,
) => `a.id, a.name, a.kind, a.sido_code, rs.sido_name, a.phone, a.email,
  a.address, a.homepage, a.contact_name, a.is_active, a.version, a.created_at, a.updated_at,
  (select coalesce(json_agg(json_build_object('sidoCode', r.sido_code, 'sigunguCode', r.sigungu_code,
      'label', trim(coalesce(cs.sido_name, r.sido_code) || ' ' || coalesce(cg.sigungu_name, '')))
      order by r.sido_code, r.sigungu_code nulls first), '[]'::json)
     from support_agency_region r
     left join region cs on cs.code5 = r.sido_code || '000'
     left join region cg on cg.code5 = r.sigungu_code
    where r.agency_id = a.id) as coverage,
  (select count(*) from agency_assignment aa where aa.agency_id = a.id and aa.starts_on <= app_today()
     and (aa.ends_on is null or aa.ends_on >= app_today()) and aa.ends_on is distinct from aa.starts_on - 1)
     as active_assignments,
  (select count(*) from app_user u where u.role = 'support_agency_staff' and u.scope_kind = 'agency'
     and u.scope_code = a.id::text and u.is_active) as staff_count,
  (${writeCondition}) as can_edit`;
const AGENCY_FROM = "support_agency a left join region rs on rs.code5 = a.sido_code || '000'";

const toSummary = (r: AgencyRow): AgencySummary => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  sidoCode: r.sido_code,
  sidoName: r.sido_code === null ? "전국" : (r.sido_name ?? r.sido_code),
  phone: r.phone,
  email: r.email,
  isActive: r.is_active,
  coverage: parseJson(r.coverage) ?? [],
  activeAssignments: Number(r.active_assignments),
  staffCount: Number(r.staff_count),
  canEdit: r.can_edit,
  version: r.version,
});

const SORTS: Record<AgencyListQuery["sort"], string> = {
  name: "a.name asc, a.id asc",
  "-name": "a.name desc, a.id desc",
  kind: "a.kind asc, a.name asc, a.id asc",
  sido: "a.sido_code asc nulls first, a.name asc, a.id asc",
  "-assignments": "active_assignments desc, a.name asc, a.id asc",
};

/** One page of the register as the official may see it, with the filters they chose. */
export async function listAgencies(tx: Queryable, actor: Actor, query: AgencyListQuery) {
  const params: unknown[] = [];
  const where = [agencyReadCondition(actor, params)];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (query.q) add((p) => `a.name ilike ${p}`, containsPattern(query.q));
  if (query.kind) add((p) => `a.kind = ${p}`, query.kind);
  if (query.sido)
    add(
      (p) =>
        `(a.sido_code = ${p} or exists (select 1 from support_agency_region r where r.agency_id = a.id and r.sido_code = ${p}))`,
      query.sido,
    );
  if (query.active === "true") where.push("a.is_active");
  if (query.active === "false") where.push("not a.is_active");
  const whereSql = where.join(" and ");
  const { rows, total } = await countedPage<AgencyRow>(
    tx,
    params,
    {
      from: "support_agency a",
      where: whereSql,
      select: () =>
        `select ${AGENCY_COLUMNS(agencyWriteCondition(actor, params))} from ${AGENCY_FROM} where ${whereSql}
         order by ${SORTS[query.sort]}`,
    },
    query,
  );
  return { items: rows.map(toSummary), total, page: query.page, limit: query.limit };
}

/** An agency the official may see (read) or change (write); null when it does not exist for them. */
export async function findAgency(tx: Queryable, actor: Actor, id: string, mode: "read" | "write" = "read") {
  const params: unknown[] = [id];
  const condition =
    mode === "write" ? agencyWriteCondition(actor, params) : agencyReadCondition(actor, params);
  const writeCondition = agencyWriteCondition(actor, params);
  const { rows } = await tx.query<AgencyRow>(
    `select ${AGENCY_COLUMNS(writeCondition)} from ${AGENCY_FROM} where a.id = $1::uuid and ${condition}`,
    params,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    ...toSummary(row),
    address: row.address,
    homepage: row.homepage,
    contactName: row.contact_name,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** By id, without an official's scope: for the agency's own staff (the caller checks it is their agency). */
export async function findOwnAgency(tx: Queryable, agencyId: string) {
  const { rows } = await tx.query<AgencyRow>(
    `select ${AGENCY_COLUMNS("false")} from ${AGENCY_FROM} where a.id = $1::uuid`,
    [agencyId],
  );
  const row = rows[0];
  if (!row) return null;
  const { canEdit: _c, staffCount: _s, ...summary } = toSummary(row);
  return { ...summary, address: row.address, homepage: row.homepage, contactName: row.contact_name };
}

export async function agencyNameExists(tx: Queryable, name: string, exceptId?: string) {
  const { rowCount } = await tx.query(
    "select 1 from support_agency where lower(name) = lower($1) and ($2::uuid is null or id <> $2::uuid)",
    [name, exceptId ?? null],
  );
  return rowCount > 0;
}

export async function listAgencyStaff(tx: Queryable, agencyId: string): Promise<AgencyDetail["staff"]> {
  const { rows } = await tx.query<{ id: string; name: string; username: string; is_active: boolean }>(
    `select id, name, username, is_active from app_user
      where role = 'support_agency_staff' and scope_kind = 'agency' and scope_code = $1
      order by is_active desc, name, username`,
    [agencyId],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, username: r.username, isActive: r.is_active }));
}

export async function insertAgency(
  tx: Queryable,
  input: {
    name: string;
    kind: AgencyKind;
    sidoCode: string | null;
    address: string | null;
    phone: string | null;
    email: string | null;
    homepage: string | null;
    contactName: string | null;
    createdBy: string;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into support_agency (name, kind, sido_code, address, phone, email, homepage, contact_name, created_by, updated_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) returning id`,
    [
      input.name,
      input.kind,
      input.sidoCode,
      input.address,
      input.phone,
      input.email,
      input.homepage,
      input.contactName,
      input.createdBy,
    ],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("support_agency insert returned no id");
  return id;
}

export async function readCoverage(tx: Queryable, agencyId: string): Promise<CoverageInput[]> {
  const { rows } = await tx.query<{ sido_code: string; sigungu_code: string | null }>(
    "select sido_code, sigungu_code from support_agency_region where agency_id = $1 order by sido_code, sigungu_code",
    [agencyId],
  );
  return rows.map((r) => ({ sidoCode: r.sido_code, sigunguCode: r.sigungu_code }));
}

export async function replaceCoverage(tx: Queryable, agencyId: string, coverage: CoverageInput[]) {
  await tx.query("delete from support_agency_region where agency_id = $1", [agencyId]);
  for (const c of coverage)
    await tx.query(
      "insert into support_agency_region (agency_id, sido_code, sigungu_code) values ($1, $2, $3)",
      [agencyId, c.sidoCode, c.sigunguCode ?? null],
    );
}

/** Current regions: which of these 시도 and 시군구 codes exist (and do they lie in the 시도 given)? */
export async function currentRegions(tx: Queryable, codes: string[]) {
  if (codes.length === 0) return new Map<string, { level: string; sidoCode: string }>();
  const { rows } = await tx.query<{ code5: string; level: string; sido_code: string }>(
    "select code5, level, sido_code from region where code5 = any($1::text[]) and valid_to is null",
    [codes],
  );
  return new Map(rows.map((r) => [r.code5, { level: r.level, sidoCode: r.sido_code }]));
}

// ── assignments ──────────────────────────────────────────────────────────────
interface AssignmentRow {
  id: string;
  agency_id: string;
  agency_name: string;
  institution_id: string;
  institution_name: string | null;
  sigungu_name: string | null;
  purpose: string;
  starts_on: string;
  ends_on: string | null;
  ended_reason: string | null;
  created_at: string | Date;
  version: number;
}

const toAssignment = (r: AssignmentRow, on: string): AssignmentItem => {
  const status = assignmentStatus({ startsOn: r.starts_on, endsOn: r.ends_on }, on);
  return {
    id: r.id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    institutionId: r.institution_id,
    institutionName: r.institution_name ?? "(조회 불가 기관)",
    sigunguName: r.sigungu_name,
    purpose: r.purpose,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    endedReason: r.ended_reason,
    status,
    statusLabel: ASSIGNMENT_STATUS_LABELS[status],
    createdAt: iso(r.created_at),
    version: r.version,
  };
};

/**
 * An agency's assignments to institutions within the official's jurisdiction (the institution's scope is the
 * first wall; row-level security on institution and agency_assignment is the second). Current first.
 */
export async function listAssignmentsForOfficial(
  tx: Queryable,
  actor: Actor,
  agencyId: string,
  on: string,
  assignmentId?: string,
) {
  const params: unknown[] = [agencyId];
  const where = ["aa.agency_id = $1::uuid", scopeCondition(actor, params, INSTITUTION_SCOPE)];
  if (assignmentId) {
    params.push(assignmentId);
    where.push(`aa.id = $${params.length}::uuid`);
  }
  const { rows } = await tx.query<AssignmentRow>(
    `select aa.id, aa.agency_id, a.name as agency_name, aa.institution_id, i.name as institution_name,
            rg.sigungu_name, aa.purpose, aa.starts_on::text, aa.ends_on::text, aa.ended_reason, aa.created_at,
            aa.version
       from agency_assignment aa
       join support_agency a on a.id = aa.agency_id
       join institution i on i.id = aa.institution_id
       left join region rg on rg.code5 = i.sigungu_code
      where ${where.join(" and ")}
      order by (aa.ends_on is null or aa.ends_on >= app_today()) desc, aa.starts_on desc, i.name, aa.id`,
    params,
  );
  return rows.map((r) => toAssignment(r, on));
}

/** Other assignments of the same agency to the institution, to refuse overlapping periods. */
export async function assignmentsOf(tx: Queryable, agencyId: string, institutionId: string) {
  const { rows } = await tx.query<{ id: string; purpose: string; starts_on: string; ends_on: string | null }>(
    `select id, purpose, starts_on::text, ends_on::text from agency_assignment
      where agency_id = $1::uuid and institution_id = $2::uuid`,
    [agencyId, institutionId],
  );
  return rows.map((r) => ({ id: r.id, purpose: r.purpose, startsOn: r.starts_on, endsOn: r.ends_on }));
}

export async function insertAssignment(
  tx: Queryable,
  input: {
    agencyId: string;
    institutionId: string;
    purpose: string;
    startsOn: string;
    endsOn: string | null;
    createdBy: string;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into agency_assignment (agency_id, institution_id, purpose, starts_on, ends_on, created_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [input.agencyId, input.institutionId, input.purpose, input.startsOn, input.endsOn, input.createdBy],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("agency_assignment insert returned no id");
  return id;
}

// ── providers' side: the agency's own staff ──────────────────────────────────
/**
 * The agency's own assignments, current and past. Past ones name institutions the agency can no longer read
 * (row-level security on institution); institution_name (migration 0001, security definer) gives the name only.
 */
export async function listOwnAssignments(tx: Queryable, agencyId: string, on: string) {
  const { rows } = await tx.query<AssignmentRow>(
    `select aa.id, aa.agency_id, '' as agency_name, aa.institution_id,
            institution_name(aa.institution_id::text) as institution_name, rg.sigungu_name,
            aa.purpose, aa.starts_on::text, aa.ends_on::text, aa.ended_reason, aa.created_at, aa.version
       from agency_assignment aa
       left join institution i on i.id = aa.institution_id
       left join region rg on rg.code5 = i.sigungu_code
      where aa.agency_id = $1::uuid
      order by (aa.ends_on is null or aa.ends_on >= app_today()) desc, aa.starts_on desc, aa.id`,
    [agencyId],
  );
  return rows.map((r) => {
    const { agencyName: _a, ...item } = toAssignment(r, on);
    return { ...item, isInForce: item.status === "active" };
  });
}

/**
 * Summary of one institution, only while an assignment of the actor's agency is in force: scopeCondition with
 * the agency scope checks agency_assignment dates, and row-level security on institution checks them again.
 */
export async function findAssignedInstitution(
  tx: Queryable,
  actor: Actor,
  id: string,
): Promise<Omit<AssignedInstitutionSummary, "assignments"> | null> {
  const params: unknown[] = [id];
  const { rows } = await tx.query<{
    id: string;
    name: string;
    type_name: string;
    field: string;
    sido_name: string;
    sigungu_name: string | null;
    road_address: string;
    phone: string | null;
    head_name: string | null;
    capacity: number | null;
    current_users: number | null;
    status: InstitutionStatus;
    latest_grade: string | null;
    latest_grade_year: number | null;
  }>(
    `select i.id, i.name, t.type_name, t.field, rs.sido_name, rg.sigungu_name, i.road_address, i.phone,
            i.head_name, i.capacity, i.current_users, i.status, i.latest_grade, i.latest_grade_year
       from institution i
       join institution_type t on t.code = i.type_code
       join region rg on rg.code5 = i.sigungu_code
       join region rs on rs.code5 = i.sido_code || '000'
      where i.id = $1::uuid and ${scopeCondition(actor, params, INSTITUTION_SCOPE)}`,
    params,
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    name: r.name,
    typeName: r.type_name,
    field: r.field,
    sidoName: r.sido_name,
    sigunguName: r.sigungu_name ?? "",
    roadAddress: r.road_address,
    phone: r.phone,
    headName: r.head_name,
    capacity: r.capacity,
    currentUsers: r.current_users,
    status: r.status,
    statusLabel: INSTITUTION_STATUS_LABELS[r.status],
    latestGrade: r.latest_grade,
    latestGradeYear: r.latest_grade_year,
  };
}

/** The assignments in force that open this institution to the agency. */
export async function assignmentsInForce(tx: Queryable, agencyId: string, institutionId: string) {
  const { rows } = await tx.query<{ id: string; purpose: string; starts_on: string; ends_on: string | null }>(
    `select id, purpose, starts_on::text, ends_on::text from agency_assignment
      where agency_id = $1::uuid and institution_id = $2::uuid and starts_on <= app_today()
        and (ends_on is null or ends_on >= app_today())
      order by starts_on`,
    [agencyId, institutionId],
  );
  return rows.map((r) => ({ id: r.id, purpose: r.purpose, startsOn: r.starts_on, endsOn: r.ends_on }));
}
