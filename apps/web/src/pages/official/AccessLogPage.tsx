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
import { type FormEvent, useMemo, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { useAccessLog } from "../../api/access-log";
import { compact } from "../../api/client";
import { LiveRegion } from "../../components/Alert";
import { type Option, SelectField, TextField } from "../../components/FormField";
import { EmptyState, Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { ScrollTable } from "../../components/TableWrap";
import { formatDateTime, formatNumber, orEmpty } from "../../lib/format";

const KEYS = ["from", "to", "username", "action", "targetType"] as const;
const byLabel = (labels: Record<string, string>): Option[] =>
  Object.entries(labels)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, "ko"));
const ACTION_OPTIONS = byLabel(ACCESS_ACTION_LABELS);
const TARGET_OPTIONS = byLabel(ACCESS_TARGET_LABELS);
type Filters = Record<(typeof KEYS)[number], string>;

function read(params: URLSearchParams): Filters {
  const f = {} as Filters;
  for (const key of KEYS) f[key] = params.get(key) ?? "";
  return f;
}

export function AccessLogPage() {
  const [params, setParams] = useSearchParams();
  const filters = read(params);
  // A code the tables do not know (an edited address) is left out rather than sent.
  const { action, targetType, ...rest } = compact(filters);
  const log = useAccessLog({
    ...rest,
    ...(action && isAccessAction(action) ? { action } : {}),
    ...(targetType && isAccessTarget(targetType) ? { targetType } : {}),
  });
  const items = useMemo(() => log.data?.pages.flatMap((p) => p.items) ?? [], [log.data]);

  const apply = (next: Filters) => {
    const search = new URLSearchParams();
    for (const key of KEYS) if (next[key].trim()) search.set(key, next[key].trim());
    setParams(search);
  };

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
      <AccessLogFilter key={params.toString()} initial={filters} onSearch={apply} />
      <section className="app-section" aria-labelledby="access-log-results">
        <div className="app-list-header">
          <h2 id="access-log-results" className="app-section-title">
            조회 결과
          </h2>
          <p className="app-count">
            <strong>{formatNumber(items.length)}</strong>건 표시{log.hasNextPage ? " (더 있음)" : ""}
          </p>
        </div>
        <LiveRegion message={log.isSuccess ? `접속기록 ${formatNumber(items.length)}건 표시` : null} />
        {log.isPending ? <Loading label="접속기록을 불러오는 중입니다." /> : null}
        {log.isError ? <QueryError error={log.error} onRetry={() => void log.refetch()} /> : null}
        {log.isSuccess && items.length === 0 ? <EmptyState>조회된 접속기록이 없습니다</EmptyState> : null}
        {items.length > 0 ? (
          <ScrollTable label="접속기록 표">
            <table className="tbl col data app-table" data-testid="access-log-table">
              <caption className="sr-only">
                접속기록: 일시, 아이디, 역할, 접속 IP, 수행 업무, 대상 유형, 대상 식별자, 정보주체, 사유
              </caption>
              <thead>
                <tr>
                  <th scope="col">번호</th>
                  <th scope="col">일시</th>
                  <th scope="col">아이디</th>
                  <th scope="col">역할</th>
                  <th scope="col">접속 IP</th>
                  <th scope="col">수행 업무</th>
                  <th scope="col">대상 유형</th>
                  <th scope="col">대상 식별자</th>
                  <th scope="col">정보주체</th>
                  <th scope="col">사유</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </ScrollTable>
        ) : null}
        {log.hasNextPage ? (
          <div className="app-more">
            <button
              type="button"
              className="krds-btn medium secondary"
              onClick={() => void log.fetchNextPage()}
              disabled={log.isFetchingNextPage}
              aria-busy={log.isFetchingNextPage || undefined}
            >
              {log.isFetchingNextPage ? "불러오는 중…" : "더 보기"}
            </button>
          </div>
        ) : null}
      </section>
    </>
  );
}

function AccessLogFilter({ initial, onSearch }: { initial: Filters; onSearch: (f: Filters) => void }) {
  const [draft, setDraft] = useState(initial);
  const [rangeError, setRangeError] = useState<string | null>(null);
  const set = (patch: Partial<Filters>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const error = dateRangeError("접속일", draft.from, draft.to);
    setRangeError(error);
    if (error) return;
    onSearch(draft);
  };
  return (
    <search className="app-filter" aria-label="접속기록 검색">
      <form onSubmit={submit} noValidate>
        <div className="app-filter__grid">
          <TextField
            id="from"
            label="접속일(부터)"
            type="date"
            value={draft.from}
            onChange={(e) => set({ from: e.target.value })}
          />
          <TextField
            id="to"
            label="접속일(까지)"
            type="date"
            value={draft.to}
            error={rangeError}
            onChange={(e) => set({ to: e.target.value })}
          />
          <TextField
            id="log-username"
            name="username"
            label="아이디"
            value={draft.username}
            onChange={(e) => set({ username: e.target.value })}
          />
          <SelectField
            id="action"
            label="수행 업무"
            placeholder="전체"
            options={ACTION_OPTIONS}
            value={draft.action}
            onChange={(e) => set({ action: e.target.value })}
          />
          <SelectField
            id="targetType"
            label="대상 유형"
            placeholder="전체"
            options={TARGET_OPTIONS}
            value={draft.targetType}
            onChange={(e) => set({ targetType: e.target.value })}
          />
        </div>
        <div className="app-button-row app-filter__actions">
          <button
            type="button"
            className="krds-btn medium tertiary"
            onClick={() => onSearch({ from: "", to: "", username: "", action: "", targetType: "" })}
          >
            초기화
          </button>
          <button type="submit" className="krds-btn medium primary">
            검색
          </button>
        </div>
      </form>
    </search>
  );
}
