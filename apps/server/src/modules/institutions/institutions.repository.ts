import type { Queryable } from "@ssis/db";
import {
  escapeLikePattern,
  INSTITUTION_STATUS_LABELS,
  type InstitutionStatus,
  parseInstitutionSearch,
} from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { AppError } from "../../platform/errors.ts";
import { scopeCondition } from "../../platform/scope.ts";
import { currentRegionCodesFor } from "../region-reorganisation/index.ts";
import type {
  InstitutionDetail,
  InstitutionFilters,
  InstitutionSummary,
  ListQuery,
} from "./institutions.schemas.ts";

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
const encodeCursor = (value: string | number | null, id: string) =>
  Buffer.from(JSON.stringify([value, id])).toString("base64url");
function decodeCursor(cursor: string): [string | number | null, string] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(v) &&
      v.length === 2 &&
      (v[0] === null || typeof v[0] === "string" || typeof v[0] === "number") &&
      typeof v[1] === "string" &&
      /^[0-9a-f-]{36}$/i.test(v[1])
      ? [v[0], v[1]]
      : null;
  } catch {
    return null;
  }
}

// `nullable: false` matters for speed: without an "or … is null" branch the keyset condition becomes an index
// condition, so a deep page in name order starts where the last one ended (PostgreSQL 15 does not drop the
// branch itself from the NOT NULL constraint).
const SORT_COLUMNS = {
  name: { column: "i.name", cast: "text", nullable: false, value: (r: SummaryRow) => r.name },
  opened_on: { column: "i.opened_on", cast: "date", nullable: true, value: (r: SummaryRow) => r.opened_on },
  capacity: { column: "i.capacity", cast: "integer", nullable: true, value: (r: SummaryRow) => r.capacity },
} as const;

/**
 * The search conditions shared by the list and the Excel download: the actor's scope first, then what the
 * official chose. q is read by parseInstitutionSearch: 초성 → the hangul_initials(name) trigram index,
 * 10 digits → 사업자등록번호, otherwise a fragment of the name or the road address (trigram indexes).
 * The trigram lookups go through institution_ids_by_* (migration 0004): under row-level security LIKE
 * cannot use an index, so those functions search with the index and apply the scope test themselves.
 */
function filterConditions(
  actor: Actor,
  filters: InstitutionFilters,
  params: unknown[],
  regions: RegionCodes,
): string[] {
  const where = [scopeCondition(actor, params, SCOPE_COLUMNS)];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  const term = parseInstitutionSearch(filters.q);
  if (term?.kind === "initials")
    add((p) => `i.id in (select institution_ids_by_initials(${p}))`, `%${escapeLikePattern(term.initials)}%`);
  else if (term?.kind === "businessNo") add((p) => `i.business_no = ${p}`, term.digits);
  else if (term?.kind === "text")
    add((p) => `i.id in (select institution_ids_by_text(${p}))`, `%${escapeLikePattern(term.text)}%`);
  // One code (the usual case) stays an equality, so the (sido_code|sigungu_code, name, id) indexes keep
  // serving the keyset order.
  const inCodes = (column: string, codes: string[]) =>
    codes.length === 1
      ? add((p) => `${column} = ${p}`, codes[0])
      : add((p) => `${column} = any(${p}::text[])`, codes);
  if (regions.sido) inCodes("i.sido_code", regions.sido);
  if (regions.sigungu) inCodes("i.sigungu_code", regions.sigungu);
  if (filters.type) add((p) => `i.type_code = ${p}`, filters.type);
  if (filters.field) add((p) => `t.field = ${p}`, filters.field);
  if (filters.status) add((p) => `i.status = ${p}`, filters.status);
  if (filters.grade === "none") where.push("i.latest_grade is null");
  else if (filters.grade) add((p) => `i.latest_grade = ${p}`, filters.grade);
  return where;
}

interface RegionCodes {
  sido: string[] | null;
  sigungu: string[] | null;
}

/** An old 시도·시군구 code (행정구역 개편) reads as the code(s) it became, so it still finds what was there. */
async function currentRegions(tx: Queryable, filters: InstitutionFilters): Promise<RegionCodes> {
  return {
    sido: filters.sido ? await currentRegionCodesFor(tx, filters.sido) : null,
    sigungu: filters.sigungu ? await currentRegionCodesFor(tx, filters.sigungu) : null,
  };
}

/** One page in the chosen order after the cursor; nulls sort last in both directions, the id breaks ties. */
async function selectPage<R extends SummaryRow>(
  tx: Queryable,
  actor: Actor,
  filters: InstitutionFilters,
  cursor: string | undefined,
  limit: number,
  extraColumns = "",
) {
  const params: unknown[] = [];
  const where = filterConditions(actor, filters, params, await currentRegions(tx, filters));
  const descending = filters.sort.startsWith("-");
  const sort = SORT_COLUMNS[filters.sort.replace("-", "") as keyof typeof SORT_COLUMNS];
  const after = cursor ? decodeCursor(cursor) : null;
  if (cursor && !after)
    throw new AppError(
      "VALIDATION_FAILED",
      400,
      "페이지 정보(cursor)가 올바르지 않습니다. 처음부터 다시 조회하세요.",
      {
        errors: [{ field: "cursor", message: "페이지 정보가 올바르지 않습니다." }],
      },
    );
  if (after) {
    const cmp = descending ? "<" : ">";
    const [value, lastId] = after;
    params.push(lastId);
    const id = `$${params.length}::uuid`;
    if (value === null) where.push(`(${sort.column} is null and i.id ${cmp} ${id})`);
    else {
      // An unused parameter has no type PostgreSQL can infer, so the value goes in only when compared.
      params.push(value);
      const after = `(${sort.column}, i.id) ${cmp} ($${params.length}::${sort.cast}, ${id})`;
      where.push(sort.nullable ? `(${after} or ${sort.column} is null)` : after);
    }
  }
  params.push(limit + 1);
  const dir = descending ? "desc" : "asc";
  const { rows } = await tx.query<R>(
    `select ${SUMMARY_COLUMNS}${extraColumns} from ${FROM} where ${where.join(" and ")}
     order by ${sort.column} ${dir} nulls last, i.id ${dir} limit $${params.length}`,
    params,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > limit && last ? encodeCursor(sort.value(last), last.id) : null,
  };
}

/**
 * The count reads institution alone (plus its type when filtering by field): type_code and sigungu_code are
 * foreign keys, so the list's joins never drop a row. The count is the costly half of a page: row-level
 * security evaluates its policy on every row counted (about 1 s per 100,000 rows on PostgreSQL 15, see
 * docs/benchmarks.md), while the page itself reads only limit + 1 rows through an index.
 */
export async function countInstitutions(tx: Queryable, actor: Actor, filters: InstitutionFilters) {
  const params: unknown[] = [];
  const where = filterConditions(actor, filters, params, await currentRegions(tx, filters));
  const from = filters.field
    ? "institution i join institution_type t on t.code = i.type_code"
    : "institution i";
  const { rows } = await tx.query<{ total: number }>(
    `select count(*) as total from ${from} where ${where.join(" and ")}`,
    params,
  );
  return Number(rows[0]?.total ?? 0);
}

export async function listInstitutions(tx: Queryable, actor: Actor, query: ListQuery) {
  const { rows, nextCursor } = await selectPage(tx, actor, query, query.cursor, query.limit);
  return {
    items: rows.map(toSummary),
    // Counting every match is most of a large list's cost (docs/benchmarks.md), so only the first page
    // counts; the screens keep that total while they page on.
    total: query.cursor ? null : await countInstitutions(tx, actor, query),
    nextCursor,
  };
}

export interface ExportRow extends InstitutionSummary {
  roadAddress: string;
  addressDetail: string | null;
  businessNo: string | null;
  operatorName: string;
  openedOn: string | null;
}

/** The Excel download reads the same search in batches, each after the last (keyset), in one transaction. */
export async function* readForExport(
  tx: Queryable,
  actor: Actor,
  filters: InstitutionFilters,
  batchSize = 2000,
): AsyncGenerator<ExportRow[]> {
  let cursor: string | undefined;
  for (;;) {
    const page = await selectPage<
      SummaryRow & {
        road_address: string;
        address_detail: string | null;
        business_no: string | null;
        operator_name: string;
      }
    >(
      tx,
      actor,
      filters,
      cursor,
      batchSize,
      ", i.road_address, i.address_detail, i.business_no, i.operator_name",
    );
    if (page.rows.length > 0)
      yield page.rows.map((r) => ({
        ...toSummary(r),
        roadAddress: r.road_address,
        addressDetail: r.address_detail,
        businessNo: r.business_no,
        operatorName: r.operator_name,
        openedOn: r.opened_on,
      }));
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
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
