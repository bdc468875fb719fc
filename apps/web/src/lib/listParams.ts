import { useSearchParams } from "react-router-dom";

/**
 * A list screen's state in the address (filters, order, page), so a search can be bookmarked, shared,
 * reloaded and left with the browser's back button. Every filter is a string ("" when not chosen); the
 * page is `page` (numbered pages) or the repeated `cursor` (keyset pages: the cursors of pages 2…n, so 이전
 * goes back without asking the server). A value equal to its default is left out of the address.
 */
export interface ListParamsSpec<F extends string, S extends string> {
  /** the filter keys, in the order they go into the address */
  filters: readonly F[];
  /** a filter's value when the address has none (a list that opens on 미종결 only) */
  defaults?: Partial<Record<F, string>>;
  /** the orders the list offers; the first is the default */
  sorts?: readonly { value: S; label: string }[];
}

export type Filters<F extends string> = Record<F, string>;

export interface ListParams<F extends string, S extends string> {
  filters: Filters<F>;
  /** the filters with nothing chosen (their defaults): what 초기화 goes back to */
  empty: Filters<F>;
  sort: S;
  sorts: readonly { value: S; label: string }[];
  /** numbered pages: the page shown, from 1 */
  page: number;
  /** keyset pages: the cursor of the page shown (none on the first) and its number */
  cursor: string | undefined;
  cursorPage: number;
  /** changes whenever the address does: the filter form's key, so it shows what is searched */
  key: string;
  /** new filters: first page, same order */
  search(next: Filters<F>): void;
  /** some filters changed directly (a checkbox above the list): first page, same order */
  patch(next: Partial<Filters<F>>): void;
  /** back to no conditions, same order */
  reset(): void;
  setSort(sort: S): void;
  setPage(page: number): void;
  /** keyset pages: 다음 with the server's next cursor, and 이전 */
  nextCursor(cursor: string): void;
  previousCursor(): void;
}

export function useListParams<F extends string, S extends string = never>(
  spec: ListParamsSpec<F, S>,
): ListParams<F, S> {
  const [params, setParams] = useSearchParams();
  const sorts = spec.sorts ?? [];
  const defaultSort = sorts[0]?.value;
  const empty = {} as Filters<F>;
  for (const key of spec.filters) empty[key] = spec.defaults?.[key] ?? "";
  const filters = {} as Filters<F>;
  for (const key of spec.filters) filters[key] = params.get(key) ?? empty[key];
  const sortParam = params.get("sort");
  const sort = (sorts.find((s) => s.value === sortParam)?.value ?? defaultSort) as S;
  const page = Math.max(1, Math.floor(Number(params.get("page"))) || 1);
  const cursors = params.getAll("cursor").filter(Boolean);

  const go = (next: Filters<F>, nextSort: S, paging?: { page?: number; cursors?: string[] }) => {
    const search = new URLSearchParams();
    for (const key of spec.filters) {
      const value = next[key].trim();
      if (value && value !== empty[key]) search.set(key, value);
      // A default that was cleared on purpose (처리 상태 전체 instead of 미종결) says so.
      else if (!value && empty[key]) search.set(key, "");
    }
    if (nextSort && nextSort !== defaultSort) search.set("sort", nextSort);
    if (paging?.page && paging.page > 1) search.set("page", String(paging.page));
    for (const cursor of paging?.cursors ?? []) search.append("cursor", cursor);
    setParams(search);
  };

  return {
    filters,
    empty,
    sort,
    sorts,
    page,
    cursor: cursors.at(-1),
    cursorPage: cursors.length + 1,
    key: params.toString(),
    search: (next) => go(next, sort),
    patch: (next) => go({ ...filters, ...next }, sort),
    reset: () => go(empty, sort),
    setSort: (next) => go(filters, next),
    setPage: (next) => go(filters, sort, { page: next }),
    nextCursor: (cursor) => go(filters, sort, { cursors: [...cursors, cursor] }),
    previousCursor: () => go(filters, sort, { cursors: cursors.slice(0, -1) }),
  };
}

/** What a sort control needs of a list: its order, the orders offered, and a way to change it. */
export type Sorting<S extends string> = Pick<ListParams<string, S>, "sort" | "sorts" | "setSort">;
