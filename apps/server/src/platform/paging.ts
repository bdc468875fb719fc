/**
 * Building a list statement: parameters appended as they are written, and the two ways a list pages (a page
 * number, or a keyset cursor for the long logs). The values always travel as parameters, never in the text.
 */
import type { Queryable } from "@ssis/db";
import { escapeLikePattern } from "@ssis/domain";

/** An `ilike` pattern matching text that contains `text` literally (its % and _ are no wildcards). */
export const containsPattern = (text: string) => `%${escapeLikePattern(text)}%`;

/** Appends a value to the statement's parameters and returns its placeholder (`$3`). */
export function param(params: unknown[], value: unknown): string {
  params.push(value);
  return `$${params.length}`;
}

/** Where a 1-based page starts. */
export const pageOffset = (page: { page: number; limit: number }) => (page.page - 1) * page.limit;

/** `limit $n offset $m` for one page of rows. */
export const limitOffset = (params: unknown[], page: { limit: number; offset: number }) =>
  `limit ${param(params, page.limit)} offset ${param(params, page.offset)}`;

/** `limit $n offset $m` for a 1-based page of a list. */
export const pageClause = (params: unknown[], page: { page: number; limit: number }) =>
  limitOffset(params, { limit: page.limit, offset: pageOffset(page) });

/** A page by number (`page`, `limit`) or by position (`limit`, `offset`). */
type Page = { page: number; limit: number } | { limit: number; offset: number };

/**
 * One page of a list and how many rows its conditions match. The count runs first, on `from` and `where` with
 * the conditions' parameters; `select` is called after it (its columns may add parameters of their own) and
 * gets the page's `limit … offset …` (no page: every row).
 */
export async function countedPage<Row>(
  tx: Queryable,
  params: unknown[],
  statement: { from: string; where: string; select: () => string },
  page: Page | null,
): Promise<{ rows: Row[]; total: number }> {
  const { rows: count } = await tx.query<{ total: number | string }>(
    `select count(*) as total from ${statement.from} where ${statement.where}`,
    params,
  );
  const select = statement.select();
  const paging =
    page === null
      ? ""
      : limitOffset(params, "offset" in page ? page : { limit: page.limit, offset: pageOffset(page) });
  const { rows } = await tx.query<Row>(`${select} ${paging}`, params);
  return { rows, total: Number(count[0]?.total ?? 0) };
}

/** Every row a list's conditions select, `size` at a time (a download): each batch is one statement. */
export async function* inBatches<Row>(
  fetch: (page: { limit: number; offset: number }) => Promise<Row[]>,
  size = 1000,
): AsyncGenerator<Row[]> {
  for (let offset = 0; ; offset += size) {
    const rows = await fetch({ limit: size, offset });
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
  }
}

/**
 * A keyset page: the statement reads `limit + 1` rows (`keysetLimit`); the extra row only says there is a
 * next page, whose cursor is the last shown row's key.
 */
export const keysetLimit = (params: unknown[], limit: number) => `limit ${param(params, limit + 1)}`;

export function keysetPage<R, C>(
  rows: R[],
  limit: number,
  cursorOf: (last: R) => C,
): { rows: R[]; nextCursor: C | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}
