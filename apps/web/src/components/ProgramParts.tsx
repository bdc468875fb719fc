/** 프로그램 list, shared by the institution's own page and the officials' institution detail. */
import { PROGRAM_CATEGORIES, PROGRAM_CATEGORY_LABELS } from "@ssis/domain";
import type { UseQueryResult } from "@tanstack/react-query";
import type { Program, ProgramPage, ProgramQuery, ProgramSort } from "../api/programs";
import { formatDate, formatNumber, orEmpty } from "../lib/format";
import type { ListParams, ListParamsSpec } from "../lib/listParams";
import type { Option } from "./FormField";
import { InstitutionRecordList, oneOf, RECORD_LIMIT, type RecordListUse } from "./InstitutionRecordList";

type ProgramFilter = "status" | "category" | "q";
export type ProgramListParams = ListParams<ProgramFilter, ProgramSort>;

const STATUSES = ["ongoing", "ended", "all"] as const;
const STATUS_OPTIONS: Option[] = [
  { value: "ongoing", label: "진행중" },
  { value: "ended", label: "종료" },
  { value: "all", label: "전체" },
];

export const CATEGORY_OPTIONS = PROGRAM_CATEGORIES.map((c) => ({
  value: c,
  label: PROGRAM_CATEGORY_LABELS[c],
}));

/** The list's filters and orders (the first is the default); it opens on `status` (진행중 or 전체). */
export const programList = (
  status: (typeof STATUSES)[number],
): ListParamsSpec<ProgramFilter, ProgramSort> => ({
  filters: ["status", "category", "q"],
  defaults: { status },
  sorts: [
    { value: "-started_on", label: "시작일 최근순" },
    { value: "started_on", label: "시작일 오래된순" },
    { value: "name", label: "프로그램명 가나다순" },
    { value: "-participants", label: "참여 인원 많은순" },
    { value: "category", label: "분야순" },
  ],
});

/** The API's query for the list's filters, order and page. */
export function programQuery({ filters, sort, page }: ProgramListParams): ProgramQuery {
  return {
    status: oneOf(STATUSES, filters.status),
    category: oneOf(PROGRAM_CATEGORIES, filters.category),
    q: filters.q || undefined,
    sort,
    page,
    limit: RECORD_LIMIT,
  };
}

export function ProgramList({
  list,
  query,
  ...use
}: Omit<RecordListUse<Program>, "title"> & { list: ProgramListParams; query: UseQueryResult<ProgramPage> }) {
  return (
    <InstitutionRecordList
      {...use}
      title="프로그램 목록"
      list={list}
      query={query}
      subject="프로그램"
      unit="건"
      empty="조건에 맞는 프로그램이 없습니다"
      fields={(f) => (
        <>
          {f.select("status", "상태", STATUS_OPTIONS, { placeholder: null })}
          {f.select("category", "분야", CATEGORY_OPTIONS)}
          {f.text("q", "프로그램명·대상")}
        </>
      )}
      caption="프로그램 목록: 프로그램명, 분야, 대상, 기간, 상태, 월 운영 횟수, 참여 인원, 재원"
      columns={["프로그램명", "분야", "대상", "기간", "상태", "월 운영 횟수", "참여 인원", "재원"]}
      row={(p) => (
        <>
          <th scope="row" className="app-cell-name">
            {p.name}
            {p.description ? <span className="sr-only">: {p.description}</span> : null}
          </th>
          <td className="app-nowrap">{p.categoryLabel}</td>
          <td>{p.targetGroup}</td>
          <td className="app-nowrap">
            {formatDate(p.startedOn)} ~ {p.endedOn ? formatDate(p.endedOn) : ""}
          </td>
          <td className="app-nowrap">{p.isEnded ? "종료" : "진행중"}</td>
          <td className="app-num">{formatNumber(p.sessionsPerMonth)}회</td>
          <td className="app-num">{formatNumber(p.participants)}명</td>
          <td className="app-nowrap">{orEmpty(p.fundingSourceLabel)}</td>
        </>
      )}
    />
  );
}
