import {
  ACCESS_ACTION_LABELS,
  ACCESS_TARGET_LABELS,
  accessActionLabel,
  accessTargetLabel,
  dateRangeError,
  isAccessAction,
  isAccessTarget,
  isRole,
  ROLE_LABELS,
} from "@ssis/domain";
import { useAccessLog } from "../../api/access-log";
import { compact } from "../../api/client";
import type { Option } from "../../components/FormField";
import { DataTable } from "../../components/list/DataTable";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { formatDateTime, orEmpty } from "../../lib/format";
import { useListParams } from "../../lib/listParams";

const KEYS = ["from", "to", "username", "action", "targetType"] as const;
const byLabel = (labels: Record<string, string>): Option[] =>
  Object.entries(labels)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, "ko"));
const ACTION_OPTIONS = byLabel(ACCESS_ACTION_LABELS);
const TARGET_OPTIONS = byLabel(ACCESS_TARGET_LABELS);

export function AccessLogPage() {
  const list = useListParams({ filters: KEYS });
  // A code the tables do not know (an edited address) is left out rather than sent.
  const { action, targetType, ...rest } = compact(list.filters);
  const log = useAccessLog({
    ...rest,
    ...(action && isAccessAction(action) ? { action } : {}),
    ...(targetType && isAccessTarget(targetType) ? { targetType } : {}),
    cursor: list.cursor ? Number(list.cursor) : undefined,
  });

  return (
    <>
      <PageHeader
        title="접속기록 조회"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "시스템" }]}
        description={
          <p>
            개인정보처리시스템 접속기록(누가, 언제, 어디서, 무엇을 했는지)을 조회합니다. 조회 행위도
            기록됩니다.
          </p>
        }
      />
      <ListFilter
        list={list}
        label="접속기록 검색"
        check={(d) => ({ to: dateRangeError("접속일", d.from, d.to) })}
      >
        {(f) => (
          <>
            {f.date("from", "접속일(부터)")}
            {f.date("to", "접속일(까지)")}
            {f.text("username", "아이디", { id: "log-username", name: "username", type: "text" })}
            {f.select("action", "수행 업무", ACTION_OPTIONS)}
            {f.select("targetType", "대상 유형", TARGET_OPTIONS)}
          </>
        )}
      </ListFilter>
      <ListSection
        id="access-log-results"
        title="조회 결과"
        query={log}
        subject="접속기록"
        empty="조회된 접속기록이 없습니다"
        list={list}
      >
        {(items) => (
          <DataTable
            label="접속기록 표"
            testId="access-log-table"
            caption="접속기록: 일시, 아이디, 역할, 접속 IP, 수행 업무, 대상 유형, 대상 식별자, 정보주체, 사유"
            columns={[
              "번호",
              "일시",
              "아이디",
              "역할",
              "접속 IP",
              "수행 업무",
              "대상 유형",
              "대상 식별자",
              "정보주체",
              "사유",
            ]}
          >
            {items.map((e) => (
              <tr key={e.seq}>
                <td className="app-num">{e.seq}</td>
                <td className="app-nowrap">{formatDateTime(e.occurredAt)}</td>
                <td>{orEmpty(e.username)}</td>
                <td>{e.role && isRole(e.role) ? ROLE_LABELS[e.role] : orEmpty(e.role)}</td>
                <td className="app-nowrap">{orEmpty(e.clientIp)}</td>
                <td>{accessActionLabel(e.action)}</td>
                <td>{accessTargetLabel(e.targetType)}</td>
                <td className="app-break">{orEmpty(e.targetId)}</td>
                <td>{orEmpty(e.subject)}</td>
                <td>{orEmpty(e.reason)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
    </>
  );
}
