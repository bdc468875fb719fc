import type { ReactNode } from "react";
import type { DownloadResult } from "../api/download";
import { formatNumber } from "../lib/format";
import type { ListParams } from "../lib/listParams";
import { DataTable } from "./list/DataTable";
import { type FilterFields, ListFilter } from "./list/ListFilter";
import { type ListQueryState, ListSection } from "./list/ListSection";

/** The rows per page of an institution's records (종사자, 이용자, 프로그램), in both portals. */
export const RECORD_LIMIT = 20;

/** The first of `values` equal to `value` (a filter read from the address), typed as the API wants it. */
export function oneOf<V extends string>(values: readonly V[], value: string): V | undefined {
  return values.find((v) => v === value);
}

/** What a screen adds to an institution's record list: its place, heading, buttons and file. */
export interface RecordListUse<T> {
  title: string;
  /** ids of the filter's fields, the order's select and the heading */
  idPrefix: string;
  /** in a tab of the officials' institution detail: the filter under the heading, in the section */
  inTab?: boolean;
  /** a line before the filter (what the list shows and what is logged) */
  intro?: ReactNode;
  /** beside the count (정원·재원) */
  beside?: ReactNode;
  /** a 관리 column with the row's buttons */
  actions?: (item: T) => ReactNode;
}

interface RecordListProps<T extends { id: string }, F extends string> extends RecordListUse<T> {
  list: ListParams<F, string>;
  query: ListQueryState & { data?: { items: T[]; total: number } };
  /** what the list holds ("종사자") and its counting word ("명", "건") */
  subject: string;
  unit: string;
  /** the line when nothing matches ("조건에 맞는 종사자가 없습니다") */
  empty: string;
  fields: (f: FilterFields<F>) => ReactNode;
  columns: string[];
  caption: string;
  /** the row's cells (its name first, as a row header) */
  row: (item: T) => ReactNode;
  /** 엑셀 다운로드 under the list's filters, with the reason the access log keeps and what the file holds */
  excel?: { download: (reason: string) => Promise<DownloadResult>; contents: string; placeholder: string };
}

/**
 * A list of one institution's records, the same in both portals: on the institution's own page the filter
 * stands above the list's section; in a tab of the officials' institution detail it stands in the section,
 * under the heading. Numbered pages of RECORD_LIMIT rows, the order beside the count.
 */
export function InstitutionRecordList<T extends { id: string }, F extends string>(
  props: RecordListProps<T, F>,
) {
  const { list, query, subject, unit, idPrefix, inTab, actions, excel } = props;
  const total = query.data?.total;
  const filter = (
    <>
      {props.intro}
      <ListFilter list={list} label={`${subject} 검색`} idPrefix={idPrefix}>
        {props.fields}
      </ListFilter>
    </>
  );
  const section = (
    <ListSection
      id={`${idPrefix}-results`}
      title={props.title}
      query={query}
      items={query.data?.items}
      count={{ total, unit }}
      beside={props.beside}
      subject={subject}
      loading={`${subject} 목록을 불러오는 중입니다.`}
      empty={props.empty}
      list={list}
      sortId={`${idPrefix}-sort`}
      filter={inTab ? filter : undefined}
      paging={total === undefined ? undefined : { label: `${subject} 목록`, limit: RECORD_LIMIT, total }}
      excel={
        excel && {
          download: excel.download,
          disabled: !total,
          ask: {
            intro: (
              <>
                현재 조회 조건의 {subject} <strong>{formatNumber(total)}</strong>
                {unit}을 엑셀 파일로 내려받습니다.
              </>
            ),
            notice: `${excel.contents} 다운로드 사유와 건수는 접속기록에 남습니다.`,
            placeholder: excel.placeholder,
          },
        }
      }
    >
      {(items) => (
        <DataTable
          label={`${subject} 목록 표`}
          caption={props.caption}
          columns={[...props.columns, ...(actions ? ["관리"] : [])]}
        >
          {items.map((item) => (
            <tr key={item.id}>
              {props.row(item)}
              {actions ? <td>{actions(item)}</td> : null}
            </tr>
          ))}
        </DataTable>
      )}
    </ListSection>
  );
  return inTab ? (
    section
  ) : (
    <>
      {filter}
      {section}
    </>
  );
}
