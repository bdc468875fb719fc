import type { Queryable } from "@ssis/db";

/**
 * Names of institution types and regions by code, and the types of a field, for lists that read the
 * institution table alone. Joining the two reference tables made PostgreSQL plan each list statement anew at
 * about twice the cost of running it (a custom plan per filter value); read by itself the table's plan is
 * cheap. A code's names do not change (a region reorganisation makes new codes and closes old ones), and the
 * reference tables change only with a new release of the reference files, so all of it is kept for ten
 * minutes, which only bounds how long a corrected reference file takes to show.
 */
export interface TypeNames {
  typeName: string;
  field: string;
}

const KEEP_MS = 10 * 60_000;
// Plain maps emptied every KEEP_MS: a list looks up about 150 names per page, so the lookup must cost nothing.
// They hold at most every type and region code (a few hundred).
const types = new Map<string, TypeNames>();
/** code5 → the 시도's name for a 시도 row (code and '000'), else the 시군구's ("" where it has none). */
const regions = new Map<string, string>();
/** field → the codes of its types (a list's 분야 filter). */
const fieldTypes = new Map<string, string[]>();
let filledAt = 0;

function forgetWhenOld() {
  if (Date.now() - filledAt > KEEP_MS) {
    types.clear();
    regions.clear();
    fieldTypes.clear();
    filledAt = Date.now();
  }
}

/** The codes of the institution types of a field (분야), e.g. every 노인 type; none for an unknown field. */
export async function typeCodesOfField(q: Queryable, field: string): Promise<string[]> {
  forgetWhenOld();
  const known = fieldTypes.get(field);
  if (known) return known;
  const { rows } = await q.query<{ code: string }>(
    "select code from institution_type where field = $1 order by code",
    [field],
  );
  const codes = rows.map((r) => r.code);
  // An unknown field is not remembered: the map holds only what the reference table holds.
  if (codes.length > 0) fieldTypes.set(field, codes);
  return codes;
}

// `region.sido_name` and `sigungu_name` of one code5; a 시도's own row is its code and '000'.
interface RegionRow {
  code5: string;
  sido_name: string;
  sigungu_name: string | null;
}

async function loadMissing(q: Queryable, typeCodes: Set<string>, regionCodes: Set<string>) {
  forgetWhenOld();
  const missingTypes = [...typeCodes].filter((c) => !types.has(c));
  const missingRegions = [...regionCodes].filter((c) => !regions.has(c));
  if (missingTypes.length > 0) {
    const { rows } = await q.query<{ code: string; type_name: string; field: string }>(
      "select code, type_name, field from institution_type where code = any($1::text[])",
      [missingTypes],
    );
    for (const r of rows) types.set(r.code, { typeName: r.type_name, field: r.field });
  }
  if (missingRegions.length > 0) {
    const { rows } = await q.query<RegionRow>(
      "select code5, sido_name, sigungu_name from region where code5 = any($1::text[])",
      [missingRegions],
    );
    for (const r of rows)
      regions.set(r.code5, r.code5.endsWith("000") ? r.sido_name : (r.sigungu_name ?? ""));
  }
}

/** The names and fields of institution types by code (unknown codes are left out). */
export async function typeNamesOf(q: Queryable, codes: Iterable<string>): Promise<Map<string, TypeNames>> {
  const wanted = new Set(codes);
  await loadMissing(q, wanted, new Set());
  const named = new Map<string, TypeNames>();
  for (const code of wanted) {
    const type = types.get(code);
    if (type) named.set(code, type);
  }
  return named;
}

/**
 * Adds the type's and the regions' names to each row (in place: the rows are the driver's fresh objects, and
 * copying them cost more than the lookups), reading the database only for codes not yet known.
 */
export async function withReferenceNames<
  R extends { type_code: string; sido_code: string; sigungu_code: string },
>(q: Queryable, rows: R[]): Promise<(R & ReferenceNameColumns)[]> {
  const typeCodes = new Set<string>();
  const regionCodes = new Set<string>();
  for (const r of rows) {
    typeCodes.add(r.type_code);
    regionCodes.add(`${r.sido_code}000`);
    regionCodes.add(r.sigungu_code);
  }
  await loadMissing(q, typeCodes, regionCodes);
  const named = rows as (R & ReferenceNameColumns)[];
  for (const r of named) {
    const type = types.get(r.type_code);
    r.type_name = type?.typeName ?? r.type_code;
    r.field = type?.field ?? "";
    r.sido_name = regions.get(`${r.sido_code}000`) ?? r.sido_code;
    r.sigungu_name = regions.get(r.sigungu_code) || null;
  }
  return named;
}

export interface ReferenceNameColumns {
  type_name: string;
  field: string;
  sido_name: string;
  sigungu_name: string | null;
}
