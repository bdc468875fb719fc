/** 종사자 list, shared by the institution's own page and the officials' institution detail. */
import type { UseQueryResult } from "@tanstack/react-query";
import type { DownloadResult } from "../api/download";
import type { Staff, StaffPage, StaffQuery, StaffSort } from "../api/staff";
import { formatDate, orEmpty } from "../lib/format";
import type { ListParams, ListParamsSpec } from "../lib/listParams";
import type { Option } from "./FormField";
import { InstitutionRecordList, oneOf, RECORD_LIMIT, type RecordListUse } from "./InstitutionRecordList";

type StaffFilter = "status" | "jobType" | "q";
export type StaffListParams = ListParams<StaffFilter, StaffSort>;

const STATUSES = ["active", "left", "all"] as const;
const STATUS_OPTIONS: Option[] = [
  { value: "active", label: "재직" },
  { value: "left", label: "퇴직" },
  { value: "all", label: "전체" },
];

/** The list's filters, orders (the first is the default) and what it opens on: 재직 only. */
export const STAFF_LIST: ListParamsSpec<StaffFilter, StaffSort> = {
  filters: ["status", "jobType", "q"],
  defaults: { status: "active" },
  sorts: [
    { value: "name", label: "성명 가나다순" },
    { value: "-hired_on", label: "입사일 최근순" },
    { value: "hired_on", label: "입사일 오래된순" },
    { value: "job_type", label: "직종순" },
  ],
};

/** The API's query for the list's filters, order and page. */
export function staffQuery({ filters, sort, page }: StaffListParams): StaffQuery {
  const { jobType, q } = filters;
  return {
    status: oneOf(STATUSES, filters.status),
    jobType: jobType || undefined,
    q: q || undefined,
    sort,
    page,
    limit: RECORD_LIMIT,
  };
}

export function StaffList({
  list,
  query,
  jobTypes,
  download,
  ...use
}: RecordListUse<Staff> & {
  list: StaffListParams;
  query: UseQueryResult<StaffPage>;
  /** the 직종 filter's choices (the institution's own page) */
  jobTypes?: Option[];
  /** 엑셀 다운로드 under the list's filters, with the reason the access log keeps */
  download: (filters: StaffQuery, reason: string) => Promise<DownloadResult>;
}) {
  return (
    <InstitutionRecordList
      {...use}
      list={list}
      query={query}
      subject="종사자"
      unit="명"
      empty="조건에 맞는 종사자가 없습니다"
      fields={(f) => (
        <>
          {f.select("status", "재직 여부", STATUS_OPTIONS, { placeholder: null })}
          {jobTypes ? f.select("jobType", "직종", jobTypes) : null}
          {f.text("q", "성명")}
        </>
      )}
      excel={{
        download: (reason) => download(staffQuery(list), reason),
        contents: "파일에는 종사자의 성명과 자격·면허번호가 들어 있습니다.",
        placeholder: "예: 인력 배치 기준 점검 자료",
      }}
      caption="종사자 목록: 성명, 직종, 자격(증), 자격·면허번호, 근무형태, 주당 근무시간, 입사일, 퇴사일"
      columns={[
        "성명",
        "직종",
        "자격(증)",
        "자격·면허번호",
        "근무형태",
        "주당 근무시간",
        "입사일",
        "퇴사일(사유)",
      ]}
      row={(s) => (
        <>
          <th scope="row" className="app-cell-name">
            {s.name}
          </th>
          <td>{s.jobTypeName}</td>
          <td>{orEmpty(s.qualification)}</td>
          <td className="app-nowrap">{orEmpty(s.licenseNo)}</td>
          <td className="app-nowrap">{s.employmentKindLabel}</td>
          <td className="app-num">{s.weeklyHours === null ? "-" : `${s.weeklyHours}시간`}</td>
          <td className="app-nowrap">{formatDate(s.hiredOn)}</td>
          <td className="app-nowrap">
            {s.leftOn ? `${formatDate(s.leftOn)} (${orEmpty(s.endReason)})` : "재직"}
          </td>
        </>
      )}
    />
  );
}
