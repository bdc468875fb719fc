import type { Queryable } from "@ssis/db";
import { INSTITUTION_STATUS_LABELS, type InstitutionStatus } from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { scopeCondition } from "../../platform/scope.ts";
import type { InstitutionDetail, InstitutionSummary, ListQuery } from "./institutions.schemas.ts";

const SCOPE_COLUMNS = { sido: "i.sido_code", sigungu: "i.sigungu_code", institution: "i.id" };

const SUMMARY_COLUMNS = `i.id, i.name, i.type_code, t.type_name, t.field, rs.sido_name, rg.sigungu_name, i.status,
  i.capacity, i.current_users, i.head_name, i.phone, i.latest_grade, i.version, i.opened_on`;
const FROM = `institution i
  join institution_type t on t.code = i.type_code
  join region rg on rg.code5 = i.sigungu_code
  join region rs on rs.code5 = i.sido_code || '000'`;

interface SummaryRow {
  id: string;
  name: string;
  type_code: string;
  type_name: string;
  field: string;
  sido_name: string;
  sigungu_name: string;
  status: InstitutionStatus;
  capacity: number | null;
  current_users: number | null;
  head_name: string | null;
  phone: string | null;
  latest_grade: string | null;
  version: number;
  opened_on: string | null;
}

const toSummary = (r: SummaryRow): InstitutionSummary => ({
  id: r.id,
  name: r.name,
  typeCode: r.type_code,
  typeName: r.type_name,
  field: r.field,
  sidoName: r.sido_name,
  sigunguName: r.sigungu_name ?? "",
  status: r.status,
  statusLabel: INSTITUTION_STATUS_LABELS[r.status],
  capacity: r.capacity,
  currentUsers: r.current_users,
  headName: r.head_name,
  phone: r.phone,
  latestGrade: r.latest_grade,
  version: r.version,
});

// Keyset paging: the cursor is the last row's sort value and id, so a deep page costs what the first does.
const encodeCursor = (value: string | null, id: string) =>
  Buffer.from(JSON.stringify([value, id])).toString("base64url");
function decodeCursor(cursor: string): [string | null, string] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(v) && v.length === 2 && typeof v[1] === "string" ? [v[0], v[1]] : null;
  } catch {
    return null;
  }
}

export async function listInstitutions(tx: Queryable, actor: Actor, query: ListQuery) {
  const params: unknown[] = [];
  const where = [scopeCondition(actor, params, SCOPE_COLUMNS)];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (query.q) add((p) => `i.name ilike ${p}`, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (query.sido) add((p) => `i.sido_code = ${p}`, query.sido);
  if (query.sigungu) add((p) => `i.sigungu_code = ${p}`, query.sigungu);
  if (query.type) add((p) => `i.type_code = ${p}`, query.type);
  if (query.field) add((p) => `t.field = ${p}`, query.field);
  if (query.status) add((p) => `i.status = ${p}`, query.status);
  const countParams = [...params];
  const countWhere = where.join(" and ");

  const descending = query.sort.startsWith("-");
  const column = query.sort.replace("-", "") === "name" ? "i.name" : "i.opened_on";
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (cursor) {
    params.push(cursor[0], cursor[1]);
    const v = `$${params.length - 1}`;
    const id = `$${params.length}::uuid`;
    const cmp = descending ? "<" : ">";
    // Nulls sort last in both directions; the id breaks ties.
    where.push(
      cursor[0] === null
        ? `(${column} is null and i.id ${cmp} ${id})`
        : `((${column}, i.id) ${cmp} (${v}::${column === "i.name" ? "text" : "date"}, ${id}) or ${column} is null)`,
    );
  }
  params.push(query.limit + 1);
  const dir = descending ? "desc" : "asc";
  const { rows } = await tx.query<SummaryRow>(
    `select ${SUMMARY_COLUMNS} from ${FROM} where ${where.join(" and ")}
     order by ${column} ${dir} nulls last, i.id ${dir} limit $${params.length}`,
    params,
  );
  const { rows: countRows } = await tx.query<{ total: number }>(
    `select count(*) as total from ${FROM} where ${countWhere}`,
    countParams,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    total: countRows[0]?.total ?? 0,
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor(column === "i.name" ? last.name : last.opened_on, last.id)
        : null,
  };
}

export async function findInstitution(
  tx: Queryable,
  actor: Actor,
  id: string,
): Promise<InstitutionDetail | null> {
  const params: unknown[] = [id];
  const scope = scopeCondition(actor, params, SCOPE_COLUMNS);
  const { rows } = await tx.query<
    SummaryRow & {
      road_address: string;
      address_detail: string | null;
      postal_code: string | null;
      fax: string | null;
      email: string | null;
      business_no: string | null;
      operator_kind: string;
      operator_name: string;
      head_appointed_on: string | null;
      staff_count: number;
    }
  >(
    `select ${SUMMARY_COLUMNS}, i.road_address, i.address_detail, i.postal_code, i.fax, i.email, i.business_no,
       i.operator_kind, i.operator_name, i.head_appointed_on,
       (select count(*) from staff s where s.institution_id = i.id and s.left_on is null) as staff_count
     from ${FROM} where i.id = $1 and ${scope}`,
    params,
  );
  const r = rows[0];
  if (!r) return null;
  const { rows: history } = await tx.query<{
    status: InstitutionStatus;
    valid_from: string;
    valid_to: string | null;
    reason: string | null;
  }>(
    "select status, valid_from, valid_to, reason from institution_status_history where institution_id = $1 order by valid_from",
    [id],
  );
  return {
    ...toSummary(r),
    roadAddress: r.road_address,
    addressDetail: r.address_detail,
    postalCode: r.postal_code,
    fax: r.fax,
    email: r.email,
    businessNo: r.business_no,
    operatorKind: r.operator_kind,
    operatorName: r.operator_name,
    headAppointedOn: r.head_appointed_on,
    openedOn: r.opened_on,
    staffCount: r.staff_count,
    statusHistory: history.map((h) => ({
      status: h.status,
      statusLabel: INSTITUTION_STATUS_LABELS[h.status],
      validFrom: h.valid_from,
      validTo: h.valid_to,
      reason: h.reason,
    })),
  };
}

export async function countInScope(tx: Queryable, actor: Actor) {
  const params: unknown[] = [];
  const scope = scopeCondition(actor, params, SCOPE_COLUMNS);
  const { rows: byStatus } = await tx.query<{ status: InstitutionStatus; count: number }>(
    `select i.status, count(*) as count from institution i where ${scope} group by i.status`,
    params,
  );
  const { rows: byField } = await tx.query<{ field: string; count: number }>(
    `select t.field, count(*) as count from institution i join institution_type t on t.code = i.type_code
     where ${scope} group by t.field order by count desc, t.field`,
    params,
  );
  const { rows: staff } = await tx.query<{ active: number }>(
    `select count(*) as active from staff s join institution i on i.id = s.institution_id
     where s.left_on is null and ${scope}`,
    params,
  );
  return { byStatus, byField, activeStaff: staff[0]?.active ?? 0 };
}
