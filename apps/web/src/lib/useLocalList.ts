import { useState } from "react";
import type { Filters, ListParams, ListParamsSpec } from "./listParams";

/**
 * A list's filters, order and page kept in the component instead of the address (useListParams): for a
 * list inside a tab, where the address belongs to the page and another tab's list would read the same
 * names. The same ListParams, so the list's pieces (ListFilter, ListSection) take either.
 */
export function useLocalList<F extends string, S extends string = never>(
  spec: ListParamsSpec<F, S>,
): ListParams<F, S> {
  const sorts = spec.sorts ?? [];
  const empty = Object.fromEntries(
    spec.filters.map((key) => [key, spec.defaults?.[key] ?? ""]),
  ) as Filters<F>;
  const [state, setState] = useState({
    filters: empty,
    sort: sorts[0]?.value as S,
    page: 1,
    cursors: [] as string[],
    /** counts the changes: the filter form's key */
    version: 0,
  });
  const trimmed = (filters: Filters<F>) =>
    Object.fromEntries(Object.entries<string>(filters).map(([k, v]) => [k, v.trim()])) as Filters<F>;
  const go = (next: Partial<Omit<typeof state, "version">>) =>
    setState((s) => ({ ...s, page: 1, cursors: [], ...next, version: s.version + 1 }));
  return {
    filters: state.filters,
    empty,
    sort: state.sort,
    sorts,
    page: state.page,
    cursor: state.cursors.at(-1),
    cursorPage: state.cursors.length + 1,
    key: String(state.version),
    search: (filters) => go({ filters: trimmed(filters) }),
    patch: (next) => go({ filters: trimmed({ ...state.filters, ...next }) }),
    reset: () => go({ filters: empty }),
    setSort: (sort) => go({ sort }),
    setPage: (page) => go({ page }),
    nextCursor: (cursor) => go({ cursors: [...state.cursors, cursor] }),
    previousCursor: () => go({ cursors: state.cursors.slice(0, -1) }),
  };
}
