import { CORRECTIVE_OUTCOME_LABELS, CORRECTIVE_OUTCOMES } from "@ssis/domain";
import { type FormEvent, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import {
  type CorrectiveItem,
  type CorrectiveListStatus,
  type CorrectiveQuery,
  type CorrectiveSort,
  downloadExcel,
  remindCorrective,
  useCorrectiveList,
  useOfficialMutation,
} from "../../api/inspections";
import { isApiError } from "../../api/problem";
import { Alert, LiveRegion } from "../../components/Alert";
import { type Option, SelectField, TextField } from "../../components/FormField";
import {
  ActionDialog,
  Check,
  CorrectiveStatusBadge,
  DueBadge,
  formatWon,
} from "../../components/InspectionParts";
import { EmptyState, Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { RegionFilterFields } from "../../components/RegionFilterFields";
import { Pager } from "../../components/StaffClientPager";
import { ScrollTable } from "../../components/TableWrap";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";

const LIMIT = 20;
const STATUS_OPTIONS: { value: CorrectiveListStatus; label: string }[] = [
  { value: "open", label: "미종결(조치 중)" },
  { value: "overdue", label: "기한 경과" },
  { value: "submitted", label: "결과 보고(확인 대기)" },
  { value: "accepted", label: "확인 완료" },
  { value: "all", label: "전체" },
];
const SORTS: { value: CorrectiveSort; label: string }[] = [
  { value: "due_on", label: "조치 기한 빠른순" },
  { value: "-due_on", label: "조치 기한 늦은순" },
  { value: "name", label: "기관명 가나다순" },
  { value: "region", label: "시군구순" },
  { value: "status", label: "처리 상태순" },
];
const OUTCOME_OPTIONS: Option[] = CORRECTIVE_OUTCOMES.map((o) => ({
  value: o,
  label: CORRECTIVE_OUTCOME_LABELS[o],
}));
const DEFAULT_REMINDER =
  "지도점검 지적사항의 조치 기한이 지났거나 다가왔습니다. 조치 결과를 보고해 주시기 바랍니다.";

type Draft = { status: CorrectiveListStatus; sido: string; sigungu: string; outcome: string; q: string };

/** 시정·개선 조치 (UWDX): open and overdue actions with the per-시군구 summary; 독촉; 엑셀 다운로드. */
export function CorrectiveActionListPage() {
  const [params] = useSearchParams();
  const initialStatus = (STATUS_OPTIONS.find((s) => s.value === params.get("status"))?.value ??
    "open") as CorrectiveListStatus;
  const [draft, setDraft] = useState<Draft>({
    status: initialStatus,
    sido: "",
    sigungu: "",
    outcome: "",
    q: "",
  });
  const [query, setQuery] = useState<CorrectiveQuery & { page: number; sort: CorrectiveSort }>({
    status: initialStatus,
    page: 1,
    sort: "due_on",
  });
  const [selected, setSelected] = useState<Record<string, CorrectiveItem>>({});
  const [reminding, setReminding] = useState(false);
  const [notice, setNotice] = useState<{ tone: "success" | "danger" | "info"; text: string } | null>(null);
  const [downloading, setDownloading] = useState(false);
  const list = useCorrectiveList({ ...query, limit: LIMIT });
  const remind = useOfficialMutation((message: string) => remindCorrective(Object.keys(selected), message));

  const apply = (d: Draft) => {
    setQuery({
      ...query,
      status: d.status,
      sigungu: d.sigungu || undefined,
      outcome: (d.outcome || undefined) as CorrectiveQuery["outcome"],
      q: d.q.trim() || undefined,
      page: 1,
    });
    setSelected({});
  };
  const search = (e: FormEvent) => {
    e.preventDefault();
    apply(draft);
  };
  const download = async () => {
    setDownloading(true);
    setNotice(null);
    try {
      const { page: _page, ...filters } = query;
      const file = await downloadExcel(
        "/api/official/corrective-actions.xlsx",
        filters,
        "시정개선조치_목록.xlsx",
      );
      setNotice({
        tone: "success",
        text: `${file.fileName} (${formatNumber(file.rows)}건)을 내려받았습니다.`,
      });
    } catch (error) {
      setNotice({ tone: "danger", text: isApiError(error) ? error.detail : "내려받지 못했습니다." });
    } finally {
      setDownloading(false);
    }
  };
  const remindable = (a: CorrectiveItem) =>
    a.needsReport && (a.status === "ordered" || a.status === "returned");
  const pageItems = list.data?.items ?? [];
  const pageRemindable = pageItems.filter(remindable);
  const allOnPage = pageRemindable.length > 0 && pageRemindable.every((a) => selected[a.id]);
  const selectedCount = Object.keys(selected).length;

  return (
    <>
      <PageHeader
        title="시정·개선 조치"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "기관관리감독" }]}
        description={
          <p>
            지도점검 지적사항에 요구한 조치와 기관의 결과 보고를 관리합니다. 기한이 지난 조치는 골라서
            독촉하고, 보고된 조치는 점검 상세의 지적사항에서 확인(승인)하거나 보완을 요구합니다.
          </p>
        }
      />
      {notice ? (
        <Alert tone={notice.tone} live={notice.tone === "danger" ? "alert" : "status"}>
          {notice.text}
        </Alert>
      ) : null}

      <section className="app-section" aria-labelledby="corrective-summary">
        <h2 id="corrective-summary" className="app-section-title">
          시군구별 현황
        </h2>
        {list.data && list.data.summary.length === 0 ? (
          <EmptyState>조치 중인 지적사항이 없습니다</EmptyState>
        ) : null}
        {list.data && list.data.summary.length > 0 ? (
          <div className="app-medium">
            <ScrollTable label="시군구별 조치 현황 표">
              <table className="tbl col data app-table" data-testid="corrective-summary">
                <caption className="sr-only">
                  시군구별 조치 현황: 시군구, 미종결, 기한 경과, 확인 대기
                </caption>
                <thead>
                  <tr>
                    <th scope="col">시군구</th>
                    <th scope="col" className="app-num">
                      미종결
                    </th>
                    <th scope="col" className="app-num">
                      기한 경과
                    </th>
                    <th scope="col" className="app-num">
                      결과 보고(확인 대기)
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.summary.map((s) => (
                    <tr key={s.sigunguCode}>
                      <th scope="row">
                        <button
                          type="button"
                          className="app-link-button"
                          onClick={() => {
                            const next = {
                              ...draft,
                              sigungu: s.sigunguCode,
                              sido: s.sigunguCode.slice(0, 2),
                            };
                            setDraft(next);
                            apply(next);
                          }}
                        >
                          {s.sigunguName}
                          <span className="sr-only"> 조치 목록 보기</span>
                        </button>
                      </th>
                      <td className="app-num">{formatNumber(s.open)}</td>
                      <td className="app-num">
                        {s.overdue > 0 ? (
                          <strong className="app-error-text">{formatNumber(s.overdue)}</strong>
                        ) : (
                          "0"
                        )}
                      </td>
                      <td className="app-num">{formatNumber(s.submitted)}</td>
                    </tr>
                  ))}
                  <tr className="app-total-row">
                    <th scope="row">합계</th>
                    <td className="app-num">
                      {formatNumber(list.data.summary.reduce((n, s) => n + s.open, 0))}
                    </td>
                    <td className="app-num">
                      {formatNumber(list.data.summary.reduce((n, s) => n + s.overdue, 0))}
                    </td>
                    <td className="app-num">
                      {formatNumber(list.data.summary.reduce((n, s) => n + s.submitted, 0))}
                    </td>
                  </tr>
                </tbody>
              </table>
            </ScrollTable>
          </div>
        ) : null}
      </section>

      <section className="app-section" aria-labelledby="corrective-results">
        <h2 id="corrective-results" className="app-section-title">
          조치 목록
        </h2>
        <search className="app-filter" aria-label="시정·개선 조치 검색">
          <form onSubmit={search} noValidate>
            <div className="app-filter__grid">
              <SelectField
                id="corr-status"
                label="처리 상태"
                options={STATUS_OPTIONS}
                value={draft.status}
                onChange={(e) => setDraft({ ...draft, status: e.target.value as CorrectiveListStatus })}
              />
              <RegionFilterFields
                idPrefix="corr"
                value={draft}
                onChange={(r) => setDraft({ ...draft, ...r })}
              />
              <SelectField
                id="corr-outcome"
                label="조치 구분"
                options={OUTCOME_OPTIONS}
                placeholder="전체"
                value={draft.outcome}
                onChange={(e) => setDraft({ ...draft, outcome: e.target.value })}
              />
              <TextField
                id="corr-q"
                label="기관명"
                type="search"
                value={draft.q}
                onChange={(e) => setDraft({ ...draft, q: e.target.value })}
              />
            </div>
            <div className="app-filter__actions app-button-row">
              <button type="submit" className="krds-btn medium primary">
                검색
              </button>
            </div>
          </form>
        </search>

        <div className="app-list-header app-section">
          <p className="app-count">
            {list.data ? (
              <>
                총 <strong>{formatNumber(list.data.total)}</strong>건
              </>
            ) : (
              "조회 중"
            )}
          </p>
          <p className="app-selection" aria-live="polite">
            {selectedCount > 0 ? `${formatNumber(selectedCount)}건 선택` : ""}
          </p>
          <div className="app-sort">
            <label htmlFor="corr-sort">정렬</label>
            <select
              id="corr-sort"
              className="krds-form-select small"
              value={query.sort}
              onChange={(e) => setQuery({ ...query, sort: e.target.value as CorrectiveSort, page: 1 })}
            >
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="krds-btn small primary"
            disabled={selectedCount === 0}
            onClick={() => setReminding(true)}
          >
            선택한 조치 독촉
          </button>
          <button
            type="button"
            className="krds-btn small secondary"
            disabled={downloading || !list.data || list.data.total === 0}
            onClick={() => void download()}
          >
            {downloading ? "내려받는 중…" : "엑셀 다운로드"}
          </button>
        </div>
        <LiveRegion message={list.data ? `시정·개선 조치 총 ${formatNumber(list.data.total)}건` : null} />
        {list.isPending ? <Loading label="조치 목록을 불러오는 중입니다." /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && list.data.items.length === 0 ? (
          <EmptyState>조건에 맞는 조치가 없습니다</EmptyState>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <>
            <ScrollTable label="시정·개선 조치 목록 표">
              <table className="tbl col data app-table" data-testid="corrective-table">
                <caption className="sr-only">
                  시정·개선 조치: 선택, 기관명, 시군구, 지적사항, 조치 구분, 조치 기한, 처리 상태, 결과 보고,
                  최근 독촉
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <Check
                        id="corr-select-page"
                        hideLabel
                        label="이 쪽의 독촉할 수 있는 조치 모두 선택"
                        disabled={pageRemindable.length === 0}
                        checked={allOnPage}
                        onChange={(on) =>
                          setSelected((all) => {
                            const next = { ...all };
                            for (const a of pageRemindable) {
                              if (on) next[a.id] = a;
                              else delete next[a.id];
                            }
                            return next;
                          })
                        }
                      />
                    </th>
                    <th scope="col">기관명</th>
                    <th scope="col">시군구</th>
                    <th scope="col">지적사항</th>
                    <th scope="col">조치 구분</th>
                    <th scope="col">조치 기한</th>
                    <th scope="col">처리 상태</th>
                    <th scope="col">결과 보고</th>
                    <th scope="col">최근 독촉</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((a) => (
                    <tr key={a.id}>
                      <td>
                        <Check
                          id={`corr-select-${a.id}`}
                          hideLabel
                          label={`${a.institutionName} ${a.findingTitle} 선택`}
                          disabled={!remindable(a)}
                          checked={!!selected[a.id]}
                          onChange={(on) =>
                            setSelected((all) => {
                              const next = { ...all };
                              if (on) next[a.id] = a;
                              else delete next[a.id];
                              return next;
                            })
                          }
                        />
                      </td>
                      <th scope="row" className="app-cell-name">
                        <Link to={`/official/inspections/${a.inspectionId}?tab=findings`}>
                          {a.institutionName}
                        </Link>
                      </th>
                      <td className="app-nowrap">{a.sigunguName}</td>
                      <td>{a.findingTitle}</td>
                      <td className="app-nowrap">
                        {a.outcomeLabel}
                        {a.amountWon !== null ? ` ${formatWon(a.amountWon)}` : ""}
                      </td>
                      <td className="app-nowrap">
                        {a.dueOn ? formatDate(a.dueOn) : "-"}{" "}
                        <DueBadge label={a.dueLabel} overdue={a.isOverdue} />
                      </td>
                      <td>
                        <CorrectiveStatusBadge status={a.status} label={a.statusLabel} />
                      </td>
                      <td className="app-nowrap">
                        {a.reportedAt ? `${formatDate(a.reportedAt)}${a.isLate ? " (지연)" : ""}` : "-"}
                      </td>
                      <td className="app-nowrap">
                        {a.lastRemindedAt ? formatDateTime(a.lastRemindedAt) : "-"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
            <Pager
              page={query.page}
              limit={LIMIT}
              total={list.data.total}
              onPage={(page) => setQuery({ ...query, page })}
              label="시정·개선 조치 목록"
            />
          </>
        ) : null}
      </section>

      {reminding ? (
        <ActionDialog
          title="선택한 조치를 독촉할까요?"
          confirmLabel="독촉 보내기"
          input={{
            label: "독촉 내용",
            required: true,
            field: "message",
            initial: DEFAULT_REMINDER,
            maxLength: 500,
          }}
          run={async (message) => {
            const result = await remind.mutateAsync(message);
            setSelected({});
            setNotice({
              tone: "success",
              text: `${formatNumber(result.reminded)}건을 독촉했습니다.${
                result.skipped.length > 0
                  ? ` 독촉할 수 없는 조치(보고 완료 등): ${result.skipped.join(", ")}`
                  : ""
              }`,
            });
          }}
          onClose={() => setReminding(false)}
        >
          <p>
            선택한 {formatNumber(selectedCount)}건(
            {[...new Set(Object.values(selected).map((a) => a.institutionName))].slice(0, 5).join(", ")}
            {new Set(Object.values(selected).map((a) => a.institutionName)).size > 5 ? " 외" : ""})의 기관
            화면에 독촉이 표시됩니다. 전자우편·문자는 보내지 않습니다.
          </p>
        </ActionDialog>
      ) : null}
    </>
  );
}
