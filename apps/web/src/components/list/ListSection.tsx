import type { ReactNode } from "react";
import { formatNumber } from "../../lib/format";
import type { Sorting } from "../../lib/listParams";
import { LiveRegion } from "../Alert";
import { EmptyState, Loading } from "../Loading";
import { QueryError } from "../QueryError";
import { type ExcelConfig, type Outcome, OutcomeAlert, useListExcel } from "./ListExcel";
import { ListPager, type Paging } from "./ListPager";

/** What the section needs of the list's query (TanStack Query's result). */
export interface ListQueryState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** A list's answer: a page of rows with the server's total, or a keyset page with its next cursor. */
export interface ListData<T> {
  items: readonly T[];
  total?: number | null;
  nextCursor?: string | number | null;
}

/** The list's size: the server's total ("총 N건"), or, for a list that does not count, the rows shown. */
export type ListCount =
  | {
      total: number | undefined;
      /** "건" unless said otherwise ("명", "개 기관") */
      unit?: string;
      /** the server stopped counting: "N건 이상" */
      capped?: boolean;
      testId?: string;
    }
  | { shown: number; more: boolean; unit?: string };

function countText(count: ListCount): string | null {
  const unit = count.unit ?? "건";
  if ("shown" in count) return `${formatNumber(count.shown)}${unit} 표시${count.more ? " (더 있음)" : ""}`;
  if (count.total === undefined) return null;
  return `${formatNumber(count.total)}${unit}${count.capped ? " 이상" : ""}`;
}

function CountLine({ count }: { count: ListCount }) {
  const unit = count.unit ?? "건";
  if ("shown" in count)
    return (
      <p className="app-count">
        <strong>{formatNumber(count.shown)}</strong>
        {unit} 표시{count.more ? " (더 있음)" : ""}
      </p>
    );
  return (
    <p className="app-count" data-testid={count.testId}>
      {count.total === undefined ? (
        "조회 중"
      ) : (
        <>
          총 <strong>{formatNumber(count.total)}</strong>
          {unit}
          {count.capped ? " 이상" : ""}
        </>
      )}
    </p>
  );
}

/** The list's order as a select beside its count ("정렬"). */
export function SortSelect<S extends string>({ id, sorting }: { id: string; sorting: Sorting<S> }) {
  return (
    <div className="app-sort">
      <label htmlFor={id}>정렬</label>
      <select
        id={id}
        name={id}
        className="krds-form-select small"
        value={sorting.sort}
        onChange={(e) => {
          const next = sorting.sorts.find((s) => s.value === e.target.value);
          if (next) sorting.setSort(next.value);
        }}
      >
        {sorting.sorts.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ListSectionProps<T> {
  /** the heading's id; the section is named by it */
  id: string;
  title: string;
  /** the list's query; its answer gives the rows, the count and the pager unless they are given */
  query: ListQueryState & { data?: ListData<T> | readonly T[] };
  /** the rows shown, when they are not the answer's (a filtered part); undefined until the first answer */
  items?: readonly T[];
  /** the count line; by default the answer's total ("총 N건"), or the rows shown of a keyset page; false: none */
  count?: ListCount | false;
  /** the count's unit: "건" unless said otherwise ("명", "개 기관") */
  unit?: string;
  /** rows per numbered page: with it the answer's total gives the pager (a keyset answer needs none) */
  limit?: number;
  /** what the list holds: the screen reader's announcement ("지도점검 총 12건"), the pager's name ("… 목록") */
  subject: string;
  /** the loading line ("기관 목록을 불러오는 중입니다." unless said otherwise) */
  loading?: string;
  /** the empty line ("조회된 기관이 없습니다") */
  empty: string;
  /** the list's order and page, in the address (useListParams) */
  list?: Sorting<string> & Paging;
  /** the id of the order's select; no select without it */
  sortId?: string;
  /** the pager under the rows, when not the answer's: numbered pages (a total) or keyset pages (`next`) */
  paging?: { label: string } & (
    | { limit: number; total: number }
    | { next: string | number | null | undefined }
  );
  /** beside the count (a selection, a checkbox that narrows the list) */
  beside?: ReactNode;
  /** buttons after the order (독촉, 출력용 보기) */
  actions?: ReactNode;
  excel?: ExcelConfig;
  /** what an action on the list did ("3건을 독촉했습니다."), under the header */
  outcome?: Outcome | null;
  /** other messages under the header */
  notices?: ReactNode;
  /** a filter form between the heading and the list's header (a list under other content) */
  filter?: ReactNode;
  children: (items: readonly T[]) => ReactNode;
}

/**
 * One list of a list screen: heading, "총 N건", order, actions and 엑셀 다운로드, then the rows (or loading,
 * the failure with 다시 시도, or the empty line) and the pager. The count is announced to screen readers.
 */
export function ListSection<T>({
  id,
  title,
  query,
  items: givenItems,
  count: givenCount,
  unit,
  limit,
  subject,
  loading,
  empty,
  list,
  sortId,
  paging: givenPaging,
  beside,
  actions,
  excel,
  outcome,
  notices,
  filter,
  children,
}: ListSectionProps<T>) {
  const download = useListExcel(excel);
  const data = query.data;
  const answer: ListData<T> | undefined = data && isRows(data) ? { items: data } : data;
  const items = givenItems ?? answer?.items;
  const total = typeof answer?.total === "number" ? answer.total : undefined;
  const keyset = answer !== undefined && "nextCursor" in answer;
  const count: ListCount | undefined =
    givenCount === false
      ? undefined
      : (givenCount ??
        (keyset && total === undefined
          ? { shown: items?.length ?? 0, more: answer?.nextCursor != null, unit }
          : total !== undefined || (!answer && limit)
            ? { total, unit }
            : undefined));
  const paging =
    givenPaging ??
    (keyset
      ? { label: `${subject} 목록`, next: answer?.nextCursor }
      : limit && total !== undefined
        ? { label: `${subject} 목록`, limit, total }
        : undefined);
  const heading = (
    <h2 id={id} className="app-section-title">
      {title}
    </h2>
  );
  const shown = count ? countText(count) : null;
  const live =
    items === undefined || !count || !shown ? null : `${subject} ${"shown" in count ? "" : "총 "}${shown}`;
  return (
    <section className="app-section" aria-labelledby={id}>
      {filter ? (
        <>
          {heading}
          {filter}
        </>
      ) : null}
      <div className={filter ? "app-list-header app-section" : "app-list-header"}>
        {filter ? null : heading}
        {count ? <CountLine count={count} /> : null}
        {beside}
        {list && sortId ? <SortSelect id={sortId} sorting={list} /> : null}
        {actions || download.button ? (
          <div className="app-button-row">
            {actions}
            {download.button}
          </div>
        ) : null}
      </div>
      {download.outcome}
      <OutcomeAlert outcome={outcome} />
      {notices}
      <LiveRegion message={live} />
      {query.isPending ? <Loading label={loading ?? `${subject} 목록을 불러오는 중입니다.`} /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {items && items.length === 0 && !query.isError ? <EmptyState>{empty}</EmptyState> : null}
      {items && items.length > 0 ? (
        <>
          {children(items)}
          {list && paging ? <ListPager list={list} {...paging} /> : null}
        </>
      ) : null}
      {download.dialog}
    </section>
  );
}

function isRows<T>(data: ListData<T> | readonly T[]): data is readonly T[] {
  return Array.isArray(data);
}
