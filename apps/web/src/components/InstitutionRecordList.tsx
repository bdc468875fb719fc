import type { ComponentProps, ReactNode } from "react";
import type { ListParams } from "../lib/listParams";
import { type FilterFields, ListFilter } from "./list/ListFilter";
import { ListSection } from "./list/ListSection";

/** The rows per page of an institution's records (종사자, 이용자, 프로그램), in both portals. */
export const RECORD_LIMIT = 20;

/** The first of `values` equal to `value` (a filter read from the address), typed as the API wants it. */
export function oneOf<V extends string>(values: readonly V[], value: string): V | undefined {
  return values.find((v) => v === value);
}

type SectionProps<T> = Omit<ComponentProps<typeof ListSection<T>>, "list" | "filter" | "sortId" | "paging">;

/**
 * A list of one institution's records, the same in both portals: on the institution's own page the filter
 * stands above the list's section; in a tab of the officials' institution detail (`inTab`) it stands in the
 * section, under the heading. Numbered pages of RECORD_LIMIT rows, the order beside the count.
 */
export function InstitutionRecordList<T, F extends string>({
  list,
  total,
  filterLabel,
  idPrefix,
  fields,
  intro,
  inTab = false,
  ...section
}: SectionProps<T> & {
  list: ListParams<F, string>;
  total: number | undefined;
  /** the search landmark's name ("종사자 검색") */
  filterLabel: string;
  idPrefix: string;
  fields: (f: FilterFields<F>) => ReactNode;
  /** a line before the filter (what the list shows and what is logged) */
  intro?: ReactNode;
  inTab?: boolean;
}) {
  const filter = (
    <>
      {intro}
      <ListFilter list={list} label={filterLabel} idPrefix={idPrefix}>
        {fields}
      </ListFilter>
    </>
  );
  const body = (
    <ListSection
      {...section}
      list={list}
      sortId={`${idPrefix}-sort`}
      filter={inTab ? filter : undefined}
      paging={
        total === undefined ? undefined : { label: `${section.subject} 목록`, limit: RECORD_LIMIT, total }
      }
    />
  );
  return inTab ? (
    body
  ) : (
    <>
      {filter}
      {body}
    </>
  );
}
