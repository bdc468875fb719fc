/** 종사자 list, shared by the institution's own page and the officials' institution detail. */
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { DownloadResult } from "../api/download";
import type { Staff, StaffPage, StaffQuery, StaffSort } from "../api/staff";
import { formatDate, formatNumber, orEmpty } from "../lib/format";
import type { ListParams, ListParamsSpec } from "../lib/listParams";
import type { Option } from "./FormField";
import { InstitutionRecordList, oneOf, RECORD_LIMIT } from "./InstitutionRecordList";
import { DataTable } from "./list/DataTable";

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
  title,
  idPrefix,
  inTab,
  jobTypes,
  download,
  actions,
}: {
  list: StaffListParams;
  query: UseQueryResult<StaffPage>;
  title: string;
  idPrefix: string;
  inTab?: boolean;
  /** the 직종 filter's choices (the institution's own page) */
  jobTypes?: Option[];
  /** 엑셀 다운로드 under the list's filters, with the reason the access log keeps */
  download: (filters: StaffQuery, reason: string) => Promise<DownloadResult>;
  actions?: (s: Staff) => ReactNode;
}) {
  const total = query.data?.total;
  return (
    <InstitutionRecordList
      list={list}
      total={total}
      filterLabel="종사자 검색"
      idPrefix={idPrefix}
      inTab={inTab}
      fields={(f) => (
        <>
          {f.select("status", "재직 여부", STATUS_OPTIONS, { placeholder: null })}
          {jobTypes ? f.select("jobType", "직종", jobTypes) : null}
          {f.text("q", "성명")}
        </>
      )}
      id={`${idPrefix}-results`}
      title={title}
      query={query}
      items={query.data?.items}
      count={{ total, unit: "명" }}
      subject="종사자"
      loading="종사자 목록을 불러오는 중입니다."
      empty="조건에 맞는 종사자가 없습니다"
      excel={{
        download: (reason) => download(staffQuery(list), reason),
        disabled: !total,
        ask: {
          intro: (
            <>
              현재 조회 조건의 종사자 <strong>{formatNumber(total)}</strong>명을 엑셀 파일로 내려받습니다.
            </>
          ),
          notice:
            "파일에는 종사자의 성명과 자격·면허번호가 들어 있습니다. 다운로드 사유와 건수는 접속기록에 남습니다.",
          placeholder: "예: 인력 배치 기준 점검 자료",
        },
      }}
    >
      {(items) => (
        <DataTable
          label="종사자 목록 표"
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
            ...(actions ? ["관리"] : []),
          ]}
        >
          {items.map((s) => (
            <tr key={s.id}>
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
              {actions ? <td>{actions(s)}</td> : null}
            </tr>
          ))}
        </DataTable>
      )}
    </InstitutionRecordList>
  );
}
