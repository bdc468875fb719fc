import { type JobQuery, type JobRecord, useJobs } from "../../api/admin-jobs";
import type { Option } from "../../components/FormField";
import { DataTable } from "../../components/list/DataTable";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { formatDateTime, formatNumber } from "../../lib/format";
import { useListParams } from "../../lib/listParams";

type State = JobRecord["state"];

const STATE: Record<State, { label: string; tone: string }> = {
  created: { label: "대기", tone: "bg-light-gray" },
  retry: { label: "재시도 대기", tone: "bg-light-warning" },
  active: { label: "실행 중", tone: "bg-light-information" },
  completed: { label: "완료", tone: "bg-light-success" },
  cancelled: { label: "취소", tone: "bg-light-gray" },
  failed: { label: "실패", tone: "bg-light-danger" },
};
const STATES = Object.keys(STATE) as State[];
const STATE_OPTIONS: Option[] = STATES.map((s) => ({ value: s, label: STATE[s].label }));
const JOB_OPTIONS: Option[] = [
  { value: "notifications.deliver", label: "알림 발송(전자우편·문자)" },
  { value: "work.daily-sweep", label: "기한 점검(매일 00:10)" },
];
const LIMIT = 20;
const FILTERS = ["name", "state"] as const;
const minute = (iso: string | null) => (iso ? formatDateTime(iso).slice(0, 16) : "-");

/**
 * 작업 이력 (system administrator): what the job queue ran (notice delivery, the daily deadline sweep), when,
 * how often it was retried and why it failed; finished jobs are kept 90 days.
 */
export function JobHistoryPage() {
  const list = useListParams({ filters: FILTERS });
  const query: JobQuery = {
    name: JOB_OPTIONS.find((o) => o.value === list.filters.name)?.value,
    state: STATES.find((s) => s === list.filters.state),
    page: list.page,
    limit: LIMIT,
  };
  const jobs = useJobs(query);
  return (
    <>
      <PageHeader
        title="작업 이력"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "시스템" }]}
        description={
          <p>
            알림 발송과 매일 기한 점검 같은 예약 작업의 실행 기록입니다. 실패한 작업은 간격을 늘려 가며 다시
            실행하고, 끝난 작업은 90일 동안 보관합니다.
          </p>
        }
      />
      <ListSection
        id="job-results"
        title="실행 기록"
        filter={
          <ListFilter list={list} label="작업 이력 검색" idPrefix="job">
            {(f) => (
              <>
                {f.select("name", "작업", JOB_OPTIONS)}
                {f.select("state", "상태", STATE_OPTIONS)}
              </>
            )}
          </ListFilter>
        }
        query={jobs}
        subject="작업"
        loading="작업 이력을 불러오는 중입니다."
        empty="조건에 맞는 작업이 없습니다"
        list={list}
        limit={LIMIT}
      >
        {(items) => (
          <DataTable
            label="작업 이력 표"
            caption="작업 이력: 작업, 상태, 재시도 횟수, 만든 일시, 시작 일시, 끝난 일시, 오류"
            columns={[
              "작업",
              "상태",
              { header: "재시도", className: "app-num" },
              "만든 일시",
              "시작",
              "끝남",
              "오류",
            ]}
            testId="job-table"
          >
            {items.map((j) => (
              <tr key={j.id}>
                <th scope="row">{j.label}</th>
                <td className="app-nowrap">
                  <span className={`krds-badge ${STATE[j.state].tone}`}>{STATE[j.state].label}</span>
                </td>
                <td className="app-num">{formatNumber(j.retryCount)}회</td>
                <td className="app-nowrap">{minute(j.createdOn)}</td>
                <td className="app-nowrap">{minute(j.startedOn)}</td>
                <td className="app-nowrap">{minute(j.completedOn)}</td>
                <td>{j.error ? <span className="app-code">{j.error}</span> : "-"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
    </>
  );
}
