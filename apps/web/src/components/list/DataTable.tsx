import type { ReactNode } from "react";
import type { Sorting } from "../../lib/listParams";
import { ScrollTable } from "../TableWrap";

/** A column: its header, and optionally the list order it sorts by (without the "-" of the other way). */
export interface Column {
  header: string;
  /** shown instead of the header text (a line break); the header text stays its name */
  content?: ReactNode;
  sort?: string;
  className?: string;
}

/**
 * A list's data table (KRDS `tbl col data`) in a frame that scrolls sideways: the screen-reader caption, the
 * column headers, and the rows. With `sorting`, a header whose column has an order sorts the list by it
 * (again: the other way) and says which way it is sorted (`aria-sort`).
 */
export function DataTable<S extends string>({
  label,
  caption,
  columns,
  testId,
  className,
  sorting,
  children,
}: {
  /** the scrolling frame's name ("기관 목록 표") */
  label: string;
  caption: ReactNode;
  columns: readonly (Column | string)[];
  testId?: string;
  className?: string;
  sorting?: Sorting<S>;
  children: ReactNode;
}) {
  return (
    <ScrollTable label={label}>
      <table className={`tbl col data app-table${className ? ` ${className}` : ""}`} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const column = typeof c === "string" ? { header: c } : c;
              return (
                <SortHeader key={column.header} column={column} sorting={column.sort ? sorting : undefined} />
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollTable>
  );
}

function SortHeader<S extends string>({ column, sorting }: { column: Column; sorting?: Sorting<S> }) {
  const content = column.content ?? column.header;
  const key = column.sort;
  if (!sorting || !key) {
    return (
      <th scope="col" className={column.className}>
        {content}
      </th>
    );
  }
  const offered = (value: string) => sorting.sorts.find((s) => s.value === value);
  const ascending = offered(key);
  const descending = offered(`-${key}`);
  const direction =
    sorting.sort === key ? "ascending" : sorting.sort === `-${key}` ? "descending" : undefined;
  // Again on the column in use: the other way, where the list offers it.
  const next = (direction === "ascending" ? (descending ?? ascending) : (ascending ?? descending)) ?? null;
  if (!next) {
    return (
      <th scope="col" className={column.className}>
        {content}
      </th>
    );
  }
  return (
    <th scope="col" className={column.className} aria-sort={direction}>
      <button
        type="button"
        className="app-sort-button"
        title={`${next.label}으로 정렬`}
        onClick={() => sorting.setSort(next.value)}
      >
        {content}
        {/* Only the column in use shows its direction: a mark on every header pushed the last column out of
            a 1366-pixel screen. The others show a pointer and an underline on hover, and a tooltip. */}
        {direction ? (
          <span className="app-sort-mark" aria-hidden="true">
            {direction === "ascending" ? "▲" : "▼"}
          </span>
        ) : null}
      </button>
    </th>
  );
}
