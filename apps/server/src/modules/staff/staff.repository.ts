import type { Queryable } from "@ssis/db";
import { EMPLOYMENT_KIND_LABELS, type EmploymentKind } from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { containsPattern, countedPage, param } from "../../platform/paging.ts";
import { scopeColumns, scopeCondition } from "../../platform/scope.ts";
import type { StaffItem, StaffListQuery } from "./staff.schemas.ts";

const SCOPE = scopeColumns("s");
const COLUMNS = `s.id, s.institution_id, s.name, s.job_type_code, j.job_type, s.qualification, s.license_no,
  s.employment_kind, s.weekly_hours, s.hired_on, s.left_on, s.end_reason, s.version`;
const FROM = "staff s join staff_job_type j on j.code = s.job_type_code";

interface StaffRow {
  id: string;
  institution_id: string;
  name: string;
  job_type_code: string;
  job_type: string;
  qualification: string | null;
  license_no: string | null;
  employment_kind: EmploymentKind;
  weekly_hours: number | null;
  hired_on: string;
  left_on: string | null;
  end_reason: string | null;
  version: number;
}

const toItem = (r: StaffRow): StaffItem => ({
  id: r.id,
  institutionId: r.institution_id,
  name: r.name,
  jobTypeCode: r.job_type_code,
  jobTypeName: r.job_type,
  qualification: r.qualification,
  licenseNo: r.license_no,
  employmentKind: r.employment_kind,
  employmentKindLabel: EMPLOYMENT_KIND_LABELS[r.employment_kind],
  weeklyHours: r.weekly_hours === null ? null : Number(r.weekly_hours),
  hiredOn: r.hired_on,
  leftOn: r.left_on,
  endReason: r.end_reason,
  isActive: r.left_on === null,
  version: r.version,
});

const SORTS: Record<StaffListQuery["sort"], string> = {
  name: "s.name asc, s.id asc",
  "-name": "s.name desc, s.id desc",
  hired_on: "s.hired_on asc, s.name asc, s.id asc",
  "-hired_on": "s.hired_on desc, s.name asc, s.id asc",
  job_type: "j.job_type asc, s.name asc, s.id asc",
};

/** One institution's staff, within the actor's scope (first wall; RLS is the second). */
export async function listStaff(tx: Queryable, actor: Actor, institutionId: string, query: StaffListQuery) {
  const params: unknown[] = [institutionId];
  const where = ["s.institution_id = $1::uuid", scopeCondition(actor, params, SCOPE)];
  if (query.status === "active") where.push("s.left_on is null");
  if (query.status === "left") where.push("s.left_on is not null");
  if (query.jobType) where.push(`s.job_type_code = ${param(params, query.jobType)}`);
  if (query.q) where.push(`s.name ilike ${param(params, containsPattern(query.q))}`);
  const condition = where.join(" and ");
  const { rows, total } = await countedPage<StaffRow>(
    tx,
    params,
    {
      from: FROM,
      where: condition,
      select: () => `select ${COLUMNS} from ${FROM} where ${condition} order by ${SORTS[query.sort]}`,
    },
    query,
  );
  return { items: rows.map(toItem), total, page: query.page, limit: query.limit };
}

export async function findStaff(tx: Queryable, actor: Actor, id: string): Promise<StaffItem | null> {
  const params: unknown[] = [id];
  const { rows } = await tx.query<StaffRow>(
    `select ${COLUMNS} from ${FROM} where s.id = $1::uuid and ${scopeCondition(actor, params, SCOPE)}`,
    params,
  );
  return rows[0] ? toItem(rows[0]) : null;
}

export interface NewStaff {
  name: string;
  jobTypeCode: string;
  qualification: string | null;
  licenseNo: string | null;
  employmentKind: EmploymentKind;
  weeklyHours: number | null;
  hiredOn: string;
  leftOn: string | null;
  endReason: string | null;
}

export async function insertStaff(
  tx: Queryable,
  institution: { id: string; sido_code: string; sigungu_code: string },
  s: NewStaff,
  userId: string,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into staff (institution_id, sido_code, sigungu_code, name, job_type_code, qualification, license_no,
       employment_kind, weekly_hours, hired_on, left_on, end_reason, created_by, updated_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) returning id`,
    [
      institution.id,
      institution.sido_code,
      institution.sigungu_code,
      s.name,
      s.jobTypeCode,
      s.qualification,
      s.licenseNo,
      s.employmentKind,
      s.weeklyHours,
      s.hiredOn,
      s.leftOn,
      s.endReason,
      userId,
    ],
  );
  return (rows[0] as { id: string }).id;
}

export async function listJobTypes(tx: Queryable) {
  const { rows } = await tx.query<{ code: string; job_type: string; qualification: string | null }>(
    "select code, job_type, qualification from staff_job_type order by job_type",
  );
  return rows.map((r) => ({ code: r.code, name: r.job_type, qualification: r.qualification }));
}
