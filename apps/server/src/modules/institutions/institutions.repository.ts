import type { Queryable } from "@ssis/db";
import { INSTITUTION_STATUS_LABELS, type InstitutionStatus, parseInstitutionSearch } from "@ssis/domain";
import { LRUCache } from "lru-cache";
import type { Actor } from "../../platform/context.ts";
import { AppError } from "../../platform/errors.ts";
import { containsPattern } from "../../platform/paging.ts";
import { typeCodesOfField, withReferenceNames } from "../../platform/reference-names.ts";
import { scopeColumns, scopeCondition } from "../../platform/scope.ts";
import { currentRegionCodesFor } from "../region-reorganisation/index.ts";
import {
  CONDITION_KEYS,
  type InstitutionDetail,
  type InstitutionFilters,
  type InstitutionSort,
  type InstitutionSummary,
  type ListQuery,
} from "./institutions.schemas.ts";

const SCOPE_COLUMNS = scopeColumns("i", "i.id");

// The list reads institution alone; the names of its type and regions are added by withReferenceNames.
const SUMMARY_COLUMNS = `i.id, i.name, i.type_code, i.sido_code, i.sigungu_code, i.status,
  i.capacity, i.current_users, i.head_name, i.phone, i.latest_grade, i.version, i.opened_on`;
const FROM = `institution i
  join institution_type t on t.code = i.type_code
  join region rg on rg.code5 = i.sigungu_code
  join region rs on rs.code5 = i.sido_code || '000'`;

interface SummaryRow {
  id: string;
  name: string;
  type_code: string;
  sido_code: string;
  sigungu_code: string;
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

type SortValue = string | number | null;
// Keyset paging: the cursor is the last row's sort values and id, so a deep page costs what the first does.
const encodeCursor = (values: SortValue[], id: string) =>
  Buffer.from(JSON.stringify([...values, id])).toString("base64url");
function decodeCursor(cursor: string, keys: number): { values: SortValue[]; id: string } | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(v) || v.length !== keys + 1) return null;
    const id = v[keys];
    const values = v.slice(0, keys);
    return typeof id === "string" &&
      /^[0-9a-f-]{36}$/i.test(id) &&
      values.every((x) => x === null || typeof x === "string" || typeof x === "number")
      ? { values, id }
      : null;
  } catch {
    return null;
  }
}

interface SortKey {
  column: string;
  cast: "text" | "date" | "integer";
  /**
   * Whether the column may be null (nulls sort last in both directions). `nullable: false` matters for speed:
   * without an "or … is null" branch the keyset condition becomes an index condition, so a deep page starts
   * where the last one ended (PostgreSQL 15 does not drop the branch itself from the NOT NULL constraint).
   */
  nullable: boolean;
  value: (r: SummaryRow) => SortValue;
}
const key = (column: keyof SummaryRow, cast: SortKey["cast"], nullable: boolean): SortKey => ({
  column: `i.${column}`,
  cast,
  nullable,
  value: (r) => r[column] as SortValue,
});
const BY_NAME = key("name", "text", false);
/**
 * The list's orders, one for every column it shows, each with an index in both directions (migrations 0016,
 * 0019). A grouping column (type, region, status, grade) is followed by the name. Only a first key may be
 * null. 분야 orders as the type: every field's type codes share its prefix (ELD- 노인, DIS- 장애인, …), so
 * types in code order are grouped by field.
 */
const SORTS: Record<SortName, readonly [SortKey, ...SortKey[]]> = {
  name: [BY_NAME],
  opened_on: [key("opened_on", "date", true)],
  capacity: [key("capacity", "integer", true)],
  current_users: [key("current_users", "integer", true)],
  head_name: [key("head_name", "text", true)],
  phone: [key("phone", "text", true)],
  type: [key("type_code", "text", false), BY_NAME],
  region: [key("sigungu_code", "text", false), BY_NAME],
  status: [key("status", "text", false), BY_NAME],
  grade: [key("latest_grade", "text", true), BY_NAME],
};
type SortName = Exclude<InstitutionSort, `-${string}`>;

/** A value safe to write into a statement as a literal (reference codes and enumerations). */
const PLAIN_CODE = /^[A-Za-z0-9_-]{1,40}$/;
/** Plain codes as an array literal, each element quoted so that none reads as NULL. */
const codesLiteral = (codes: string[]) => `'{${codes.map((c) => `"${c}"`).join(",")}}'::text[]`;
/** A first page counts its matches up to this many; past it the list says "1,000건 이상" (`totalCapped`). */
export const COUNT_CAP = 1000;
/**
 * A search term with at most this many matches in the actor's scope is read by id (every match fetched and
 * sorted: about 1 ms per 300); with more it is common enough to read rows in page order (see selectPage).
 */
const SEARCH_IDS = 2000;
/** Rows a common term's page reads in the list's order before it looks the matches up instead. */
const WALK_ROWS = 5000;
/**
 * A 초성 of 3 or more consonants with more matches than this is read through its pairs' lists (migration
 * 0018) once known: a page there costs about as much as any other page, while the lookup reads and sorts
 * every match (about 1 ms per 100). Fewer, and the lookup is cheaper than walking a pair's whole list.
 */
export const PAIRS_FROM = 200;
/** Entries of a pair's list counted when choosing the shortest list of a term's pairs. */
const PAIR_COUNT_CAP = 5000;

/** A 초성 or a fragment of the name or road address, and the two ways to find it. */
interface Term {
  /** The security-definer lookup through the term's index (migration 0011), and the term it takes. */
  lookup: string;
  arg: string;
  /**
   * The same test on a row, for reading rows in page order. Wrapped in coalesce (it is never null) on
   * purpose: under row-level security PostgreSQL does not use column statistics for LIKE (not leakproof),
   * guesses a handful of matches and would rather scan and sort everything. An opaque condition counts as
   * half the rows, so the planner walks the index of the requested order.
   */
  test: (p: string) => string;
  /** The columns the test reads. */
  columns: string[];
  pattern: string;
  /** A 초성 of 2 or more consonants: its distinct pairs of neighbours, the keys of migration 0018's lists. */
  pairs?: string[];
}

/**
 * What q asks for, resolved once per request: a 초성 or a fragment is looked up through its index, stopping at
 * SEARCH_IDS + 1 ids. Up to SEARCH_IDS ids are every match in the actor's scope ("ids"): the page and the
 * count read just those rows. More ("common": "요양", "ㅎㅂ") and the page reads rows in its order, testing
 * each (see selectPage). The list looks the term up in its page's own statement ("lookup"), so no id
 * travels to the server and back; the download looks it up first.
 */
type Search =
  | { kind: "ids"; ids: string[]; term: Term }
  | { kind: "common"; term: Term }
  | { kind: "lookup"; term: Term; markCommon: () => void; markMany?: () => void }
  | { kind: "pairs"; term: Term; pair: string };

function termOf(
  parsed: Exclude<ReturnType<typeof parseInstitutionSearch>, null | { kind: "businessNo" }>,
): Term {
  if (parsed.kind === "initials") {
    const pairs = initialsPairs(parsed.initials);
    return {
      lookup: "institution_ids_by_initials",
      arg: parsed.initials,
      test: (p) => `coalesce(i.name_initials like ${p}, false)`,
      columns: ["i.name_initials"],
      pattern: containsPattern(parsed.initials),
      ...(pairs.length > 0 ? { pairs } : {}),
    };
  }
  // Hangul and digits have no case: for such a term LIKE finds what ILIKE finds, and ILIKE lower-cases every
  // row it tests (about 3.5 µs a row against 0.3 µs; a common term's page tests a few hundred).
  const like = isCaseless(parsed.text) ? "like" : "ilike";
  return {
    lookup: "institution_ids_by_text",
    arg: parsed.text,
    test: (p) => `coalesce(i.name ${like} ${p} or i.road_address ${like} ${p}, false)`,
    columns: ["i.name", "i.road_address"],
    pattern: containsPattern(parsed.text),
  };
}

const isCaseless = (text: string) => text.toLowerCase() === text && text.toUpperCase() === text;

/** Ids of every match of the term in the actor's scope, through its index. */
async function idsOf(tx: Queryable, term: Term): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(`select id from ${term.lookup}($1, null) as id`, [
    term.arg,
  ]);
  return rows.map((r) => r.id);
}

/** The same, or null when there are more than `atMost` (then no id leaves the database). */
async function fewIdsOf(tx: Queryable, term: Term, atMost: number): Promise<string[] | null> {
  const { rows } = await tx.query<{ ids: string[] | null }>(
    `select case when count(*) <= $3 then coalesce(array_agg(id), '{}') end as ids
       from ${term.lookup}($1, $2) as id`,
    [term.arg, atMost + 1, atMost],
  );
  return rows[0]?.ids ?? null;
}

/**
 * Two facts about a search that cost the most to learn and hold for minutes, remembered per scope and
 * conditions for a minute (the rows themselves are always read afresh):
 * - `common`: the term has more than SEARCH_IDS matches in the scope, so its index lookup is skipped;
 * - `capped`: a first page matches more than COUNT_CAP, so it is not counted again ("1,000건 이상").
 * A fact can only be stale where a result shrinks from thousands to under a thousand within the minute, and
 * then the list still shows the right rows, only "1,000건 이상" for at most a minute. Counts at or under
 * the cap, exact counts and downloads are never taken from here.
 */
const searchFacts = new LRUCache<string, true>({ max: 10_000, ttl: 60_000 });
const scopeKey = (actor: Actor) => `${actor.scope.kind}:${actor.scope.code ?? ""}`;
/** Every condition of the list but its order, which does not change what matches. */
const conditionsKey = (actor: Actor, f: InstitutionFilters) =>
  JSON.stringify([scopeKey(actor), ...CONDITION_KEYS.map((k) => f[k] ?? null)]);

/**
 * The conditions shared by the list and the Excel download: the actor's scope first (row-level security
 * is the second wall), then what the official chose. q is read by parseInstitutionSearch: 초성, a
 * fragment of the name or the road address, or 10 digits for the 사업자등록번호.
 */
interface Selection {
  /** Scope, 사업자등록번호 and filters: everything but a 초성 or fragment search. */
  base: string[];
  params: unknown[];
  search: Search | null;
  /** A condition besides the scope and the search (region, type, field, status, grade, operator, dates). */
  narrowed: boolean;
}

async function selection(
  tx: Queryable,
  actor: Actor,
  filters: InstitutionFilters,
  lookup: "first" | "in-page" = "first",
): Promise<Selection> {
  const params: unknown[] = [];
  const base = [scopeCondition(actor, params, SCOPE_COLUMNS)];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    base.push(sql(`$${params.length}`));
  };
  const parsed = parseInstitutionSearch(filters.q);
  if (parsed?.kind === "businessNo") add((p) => `i.business_no = ${p}`, parsed.digits);
  const before = base.length;
  // One code (the usual case) stays an equality, so the (sido_code|sigungu_code, name, id) indexes keep
  // serving the keyset order. An old 시도·시군구 code (행정구역 개편) reads as the code(s) it became.
  // Digits, so written as literals like the scope's code (platform/scope.ts).
  const inCodes = (column: string, codes: string[]) =>
    codes.every((c) => /^\d{2}$|^\d{5}$/.test(c))
      ? base.push(
          codes.length === 1 ? `${column} = '${codes[0]}'` : `${column} = any(${codesLiteral(codes)})`,
        )
      : codes.length === 1
        ? add((p) => `${column} = ${p}`, codes[0])
        : add((p) => `${column} = any(${p}::text[])`, codes);
  if (filters.sido) inCodes("i.sido_code", await currentRegionCodesFor(tx, filters.sido));
  if (filters.sigungu) inCodes("i.sigungu_code", await currentRegionCodesFor(tx, filters.sigungu));
  const afterRegions = base.length;
  // Type, field, status and grade as literals where they are plain codes: a few hundred values in all, so a
  // statement per value; PostgreSQL planned these anew on every request with a parameter, since a generic
  // plan cannot tell 25 % of the register (a common type) from 10 institutions (docs/benchmarks.md).
  const equals = (column: string, value: string) =>
    PLAIN_CODE.test(value) ? base.push(`${column} = '${value}'`) : add((p) => `${column} = ${p}`, value);
  if (filters.type) equals("i.type_code", filters.type);
  // A field is a set of types. As type codes (not a join condition on institution_type) the planner knows
  // from the statistics of type_code how many institutions it holds, and walks the name order for 노인
  // (58 % of the register) instead of sorting all of them; the count needs no join either.
  if (filters.field) {
    const codes = await typeCodesOfField(tx, filters.field);
    if (codes.every((c) => PLAIN_CODE.test(c))) base.push(`i.type_code = any(${codesLiteral(codes)})`);
    else add((p) => `i.type_code = any(${p}::text[])`, codes);
  }
  if (filters.status) equals("i.status", filters.status);
  if (filters.grade === "none") base.push("i.latest_grade is null");
  else if (filters.grade) equals("i.latest_grade", filters.grade);
  if (filters.operatorKind) equals("i.operator_kind", filters.operatorKind);
  if (filters.operator) {
    // Part of the 법인·단체 or person's name; a trigram index serves 3 characters or more (migration 0020).
    const like = isCaseless(filters.operator) ? "like" : "ilike";
    add((p) => `i.operator_name ${like} ${p}`, containsPattern(filters.operator));
  }
  // Dates as parameters: a range's best plan hardly depends on its ends, and their values are countless.
  if (filters.openedFrom) add((p) => `i.opened_on >= ${p}::date`, filters.openedFrom);
  if (filters.openedTo) add((p) => `i.opened_on <= ${p}::date`, filters.openedTo);
  if (filters.closedFrom) add((p) => `i.closed_on >= ${p}::date`, filters.closedFrom);
  if (filters.closedTo) add((p) => `i.closed_on <= ${p}::date`, filters.closedTo);
  const narrowed = base.length > before;
  const narrowedBeyondRegions = base.length > afterRegions;
  let search: Search | null = null;
  if (parsed && parsed.kind !== "businessNo") {
    const term = termOf(parsed);
    const key = `${scopeKey(actor)}|${term.lookup}|${term.arg}`;
    const markCommon = () => searchFacts.set(`common|${key}`, true);
    const markMany = () => searchFacts.set(`many|${key}`, true);
    // The pairs' lists are in name order and hold the scope's and the regions' columns, nothing else.
    const pairsServe =
      term.pairs &&
      lookup === "in-page" &&
      (filters.sort === "name" || filters.sort === "-name") &&
      !narrowedBeyondRegions;
    if (pairsServe && (term.arg.length === 2 || searchFacts.has(`many|${key}`)))
      search = { kind: "pairs", term, pair: await shortestPair(tx, actor, term.pairs ?? []) };
    else if (searchFacts.has(`common|${key}`)) search = { kind: "common", term };
    else if (lookup === "in-page")
      search = { kind: "lookup", term, markCommon, ...(pairsServe ? { markMany } : {}) };
    else {
      const ids = await fewIdsOf(tx, term, SEARCH_IDS);
      search = ids ? { kind: "ids", ids, term } : { kind: "common", term };
      if (!ids) markCommon();
    }
  }
  return { base, params, search, narrowed };
}

/** $1: a term's pairs; answers the one whose list is shortest in the scope. Also run by the benchmark. */
export const SHORTEST_PAIR_SQL = `select u.pair from unnest($1::text[]) with ordinality as u(pair, n)
  order by (select count(*) from (select 1 from institution_initials_gram g where g.gram = u.pair
    limit ${PAIR_COUNT_CAP}) c), u.n
  limit 1`;

/** The distinct pairs of neighbouring consonants of a 초성 term (the keys of migration 0018's lists). */
export function initialsPairs(initials: string): string[] {
  const chars = [...initials];
  return [...new Set(chars.slice(1).map((c, k) => `${chars[k]}${c}`))];
}

/**
 * The pair of a term whose list is shortest in the actor's scope, counted up to PAIR_COUNT_CAP entries
 * each, remembered for ten minutes per scope and term (it only decides which list is walked, never what
 * the answer is).
 */
async function shortestPair(tx: Queryable, actor: Actor, pairs: string[]): Promise<string> {
  if (pairs.length === 1) return pairs[0] as string;
  const key = `${scopeKey(actor)}|${pairs.join(",")}`;
  const known = shortestPairs.get(key);
  if (known) return known;
  const { rows } = await tx.query<{ pair: string }>(SHORTEST_PAIR_SQL, [pairs]);
  const pair = rows[0]?.pair ?? (pairs[0] as string);
  shortestPairs.set(key, pair);
  return pair;
}
const shortestPairs = new LRUCache<string, string>({ max: 10_000, ttl: 600_000 });

/** How a first page counts: up to COUNT_CAP + 1 (the list), or every match (`count=exact`, the download). */
export type CountMode = "capped" | "exact";
export interface Total {
  total: number;
  /** More than `total` (then COUNT_CAP) match. */
  capped: boolean;
}

const totalOf = (n: number, mode: CountMode): Total =>
  mode === "capped" && n > COUNT_CAP ? { total: COUNT_CAP, capped: true } : { total: n, capped: false };

/**
 * The count's SQL, reading institution alone (type_code and sigungu_code are foreign keys, so the list's
 * joins never drop a row); capped, it stops at COUNT_CAP + 1 rows, so a nation-wide first page reads about
 * a thousand rows, not the whole register under row-level security. No SQL but the answer when the search
 * already tells it: every match's id without another filter, or a common term without one (more than the
 * cap). With another filter, the search's test on each row is among the count's conditions.
 */
function countSql(sel: Selection, where: string[], mode: CountMode, from = "institution i"): string | Total {
  // Every match's id is known: that number, exact even past COUNT_CAP (it cost nothing to count).
  if (sel.search?.kind === "ids" && !sel.narrowed) return { total: sel.search.ids.length, capped: false };
  if (sel.search?.kind === "common" && !sel.narrowed && mode === "capped")
    return { total: COUNT_CAP, capped: true };
  const matches = `select 1 from ${from} where ${where.join(" and ")}`;
  return `(select count(*) from (${matches}${mode === "capped" ? ` limit ${COUNT_CAP + 1}` : ""}) c)`;
}

/**
 * One page in the chosen order after the cursor; nulls sort last in both directions, the id breaks ties.
 * With `count` (first page only), the same statement counts the matches. By the search:
 * - none, or a 사업자등록번호: the index of the order (or of the filter) with the conditions.
 * - "ids": those rows by primary key, materialised so the planner cannot walk the whole order to find
 *   them, then sorted (at most SEARCH_IDS rows).
 * - "lookup": the same, with the ids found in the statement itself; past SEARCH_IDS matches the term is
 *   common (remembered), and the page is read as below.
 * - "common", for the list: the first WALK_ROWS rows of the order are tested; a common term fills a page
 *   within a few hundred. Matches bunched late in the order ("햇살…" near the end of 가나다순) leave the
 *   page short, and then every id is looked up and used as above. `common: "scan"` (the download, which
 *   reads everything anyway) tests rows in order without the window.
 */
async function selectPage<R extends SummaryRow>(
  tx: Queryable,
  filters: InstitutionFilters,
  sel: Selection,
  cursor: string | undefined,
  limit: number,
  options: { extraColumns?: string; count?: CountMode; common?: "walk" | "scan" } = {},
): Promise<{ rows: R[]; nextCursor: string | null; total: Total | null }> {
  const descending = filters.sort.startsWith("-");
  const keys = SORTS[filters.sort.replace("-", "") as SortName];
  const after = cursor ? decodeCursor(cursor, keys.length) : null;
  if (cursor && !after)
    throw new AppError(
      "VALIDATION_FAILED",
      400,
      "페이지 정보가 올바르지 않습니다. 처음부터 다시 조회하세요.",
      {
        errors: [{ field: "cursor", message: "페이지 정보가 올바르지 않습니다." }],
      },
    );
  // Each statement gets its own parameters: PostgreSQL refuses one it cannot type because it is unused.
  const statement = () => {
    const params = [...sel.params];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const keyset: string[] = [];
    if (after) {
      const cmp = descending ? "<" : ">";
      // Rows after (v1, …, id) in the order: a row comparison; a null first key sorts last, so rows with
      // one follow every row with a value, and among themselves compare on the other keys.
      const [first, ...rest] = keys;
      const [value, ...restValues] = after.values;
      const values = (k: readonly SortKey[], v: SortValue[]) => [
        ...k.map((x, n) => `${param(v[n])}::${x.cast}`),
        `${param(after.id)}::uuid`,
      ];
      const columns = (k: readonly SortKey[]) => [...k.map((x) => x.column), "i.id"].join(", ");
      if (value === null)
        keyset.push(`(${first.column} is null and (${columns(rest)}) ${cmp} (${values(rest, restValues)}))`);
      else {
        const later = `(${columns(keys)}) ${cmp} (${values(keys, after.values)})`;
        keyset.push(first.nullable ? `(${later} or ${first.column} is null)` : later);
      }
    }
    return { params, param, keyset };
  };
  // A literal, not a parameter: the statement is prepared (packages/db), and with an unknown limit its
  // generic plan would be costed for a tenth of the table, so every request would be planned anew.
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`page size ${limit}`);
  const pageRows = limit + 1;
  const countMode = after ? undefined : options.count;
  const dir = descending ? "desc" : "asc";
  // Unknown values last in both directions. Not said of a column that has none (the name): PostgreSQL does not
  // know that it makes no difference there, and sorted the whole register for "desc nulls last" instead of
  // reading the name index backwards.
  const order = [
    ...keys.map((k) => `${k.column} ${dir}${k.nullable ? " nulls last" : ""}`),
    `i.id ${dir}`,
  ].join(", ");
  const columns = `${SUMMARY_COLUMNS}${options.extraColumns ?? ""}`;
  type Row = R & { total?: number | string };
  const finish = async (rows: Row[], known: Total | null, mode = countMode) => {
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      rows: (await withReferenceNames(tx, page)) as R[],
      nextCursor:
        rows.length > limit && last
          ? encodeCursor(
              keys.map((k) => k.value(last)),
              last.id,
            )
          : null,
      // An empty first page means no match at all, so the count it did not return is 0.
      total: known ?? (mode ? totalOf(Number(rows[0]?.total ?? 0), mode) : null),
    };
  };

  const byIds = async (ids: string[]) => {
    const { params, param, keyset } = statement();
    const m = `select i.* from institution i
      where i.id = any(${param(ids)}::uuid[]) and ${[...sel.base, ...keyset].join(" and ")}`;
    // Counting at most SEARCH_IDS rows already read costs nothing, so this count is exact.
    const known = countMode && !sel.narrowed ? { total: ids.length, capped: false } : null;
    const count = countMode && !known ? ", (select count(*) from m) as total" : "";
    const { rows } = await tx.query<Row>(
      `with m as materialized (${m})
       select ${columns}${count} from m i order by ${order} limit ${pageRows}`,
      params,
    );
    return finish(rows, known, countMode && "exact");
  };
  const search = sel.search;
  if (search?.kind === "ids") return byIds(search.ids);
  if (search?.kind === "lookup") {
    const { params, param, keyset } = statement();
    const found = `${search.term.lookup}(${param(search.term.arg)}, ${SEARCH_IDS + 1})`;
    const count = countMode && sel.narrowed ? ", (select count(*) from m) as total" : "";
    // n is always one row, so the answer says how many matched even when the page is empty or not read.
    const { rows } = await tx.query<Row & { matches: number | string }>(
      `with found as materialized (select id from ${found} as id),
            n as (select count(*) as matches from found),
            m as materialized (select i.* from institution i
              where (select matches from n) <= ${SEARCH_IDS} and i.id in (select id from found)
                and ${[...sel.base, ...keyset].join(" and ")})
       select n.matches, p.* from n left join lateral (
         select ${columns}${count} from m i order by ${order} limit ${pageRows}) p on true`,
      params,
    );
    const matches = Number(rows[0]?.matches ?? 0);
    if (matches > PAIRS_FROM) search.markMany?.();
    if (matches > SEARCH_IDS) {
      search.markCommon();
      return selectPage(
        tx,
        filters,
        { ...sel, search: { kind: "common", term: search.term } },
        cursor,
        limit,
        options,
      );
    }
    const known = countMode && !sel.narrowed ? { total: matches, capped: false } : null;
    return finish(
      rows.filter((r) => r.id !== null),
      known,
      countMode && "exact",
    );
  }

  if (search?.kind === "pairs") {
    // The pair's list in name order (migration 0018), index-only: its entries carry the name, the id, the
    // 초성 the whole term is tested on, and the regions the scope and the filters read.
    const { params, param, keyset } = statement();
    // The pair as a literal (two of 19 consonants): PostgreSQL then keeps one plan per pair.
    const gram = /^[ㄱ-ㅎ]{2}$/.test(search.pair) ? `'${search.pair}'` : param(search.pair);
    const matching = [`i.gram = ${gram}`, ...sel.base, search.term.test(param(search.term.pattern))];
    const count = countMode ? countSql(sel, matching, countMode, "institution_initials_gram i") : null;
    const { rows } = await tx.query<Row>(
      `select ${columns}${typeof count === "string" ? `, ${count} as total` : ""} from institution i
       where i.id in (select i.id from institution_initials_gram i
         where ${[...matching, ...keyset].join(" and ")} order by ${order} limit ${pageRows})
       order by ${order}`,
      params,
    );
    return finish(rows, count && typeof count !== "string" ? count : null);
  }

  const { params, param, keyset } = statement();
  const matching = search ? [...sel.base, search.term.test(param(search.term.pattern))] : sel.base;
  const count = countMode ? countSql(sel, matching, countMode) : null;
  const countColumn = typeof count === "string" ? `, ${count} as total` : "";
  const known = count && typeof count !== "string" ? count : null;
  if (search?.kind === "common" && options.common !== "scan") {
    // The window reads only the order, the id and what the test needs: in name order that is an index-only
    // scan (migration 0017); the page's rows are read after, by id.
    const window = `select ${[...new Set(["i.id", ...keys.map((k) => k.column), ...search.term.columns])].join(", ")}
      from institution i where ${[...sel.base, ...keyset].join(" and ")} order by ${order} limit ${WALK_ROWS}`;
    const test = matching.at(-1) as string;
    const { rows } = await tx.query<Row>(
      `select ${columns}${countColumn} from institution i
       where i.id in (select i.id from (${window}) i where ${test} order by ${order} limit ${pageRows})
       order by ${order}`,
      params,
    );
    if (rows.length > limit) return finish(rows, known);
    return byIds(await idsOf(tx, search.term));
  }
  const { rows } = await tx.query<Row>(
    `select ${columns}${countColumn} from institution i
     where ${[...matching, ...keyset].join(" and ")}
     order by ${order} limit ${pageRows}`,
    params,
  );
  return finish(rows, known);
}

export async function listInstitutions(tx: Queryable, actor: Actor, query: ListQuery) {
  const sel = await selection(tx, actor, query, "in-page");
  // Only the first page counts; the screens keep its total while they page on.
  const mode = query.count ?? "capped";
  const capped = `capped|${conditionsKey(actor, query)}`;
  const knownCapped = !query.cursor && mode === "capped" && searchFacts.has(capped);
  const { rows, nextCursor, total } = await selectPage(tx, query, sel, query.cursor, query.limit, {
    count: knownCapped ? undefined : mode,
  });
  if (total?.capped) searchFacts.set(capped, true);
  const counted = knownCapped ? { total: COUNT_CAP, capped: true } : total;
  return {
    items: rows.map(toSummary),
    total: counted?.total ?? null,
    totalCapped: counted?.capped ?? false,
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

/**
 * The Excel download: the list's conditions, resolved once, an exact count, then the rows in batches, each
 * after the last (keyset), in the request's transaction. Only one batch is in memory at a time.
 */
export async function openExport(
  tx: Queryable,
  actor: Actor,
  filters: InstitutionFilters,
  batchSize = 2000,
): Promise<{ total: number; batches: AsyncGenerator<ExportRow[]> }> {
  const sel = await selection(tx, actor, filters);
  const params = [...sel.params];
  const where = [...sel.base];
  if (sel.search?.kind === "ids") {
    params.push(sel.search.ids);
    where.push(`i.id = any($${params.length}::uuid[])`);
  } else if (sel.search) {
    params.push(sel.search.term.pattern);
    where.push(sel.search.term.test(`$${params.length}`));
  }
  const counted = countSql(sel, where, "exact");
  const total =
    typeof counted === "string"
      ? Number(
          (await tx.query<{ total: number | string }>(`select ${counted} as total`, params)).rows[0]?.total,
        )
      : counted.total;
  async function* batches(): AsyncGenerator<ExportRow[]> {
    let cursor: string | undefined;
    for (;;) {
      const page = await selectPage<
        SummaryRow & {
          road_address: string;
          address_detail: string | null;
          business_no: string | null;
          operator_name: string;
        }
      >(tx, filters, sel, cursor, batchSize, {
        extraColumns: ", i.road_address, i.address_detail, i.business_no, i.operator_name",
        common: "scan",
      });
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
  return { total, batches: batches() };
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
    `select ${SUMMARY_COLUMNS}, t.type_name, t.field, rs.sido_name, rg.sigungu_name,
       i.road_address, i.address_detail, i.postal_code, i.fax, i.email, i.business_no,
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
