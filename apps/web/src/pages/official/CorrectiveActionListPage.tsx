import { CORRECTIVE_OUTCOME_LABELS, CORRECTIVE_OUTCOMES } from "@ssis/domain";
import { useState } from "react";
import { Link } from "react-router-dom";
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
import type { Option } from "../../components/FormField";
import {
  ActionDialog,
  Check,
  CorrectiveStatusBadge,
  DueBadge,
  formatWon,
} from "../../components/InspectionParts";
import { EmptyState } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { type Outcome, OutcomeAlert } from "../../components/list/ListExcel";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { RegionFilterFields } from "../../components/RegionFilterFields";
import { ScrollTable } from "../../components/TableWrap";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";
import { useListParams } from "../../lib/listParams";

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

const FILTERS = ["status", "sido", "sigungu", "outcome", "q"] as const;

/** 시정·개선 조치 (UWDX): open and overdue actions with the per-시군구 summary; 독촉; 엑셀 다운로드. */
export function CorrectiveActionListPage() {
  const list = useListParams({ filters: FILTERS, defaults: { status: "open" }, sorts: SORTS });
  const { filters } = list;
  const query: CorrectiveQuery & { sort: CorrectiveSort } = {
    status: STATUS_OPTIONS.find((s) => s.value === filters.status)?.value ?? "open",
    sigungu: filters.sigungu || undefined,
    outcome: CORRECTIVE_OUTCOMES.find((o) => o === filters.outcome),
    q: filters.q.trim() || undefined,
    sort: list.sort,
  };
  // The selection belongs to one search: other conditions start it again.
  const searched = JSON.stringify(query);
  const [selection, setSelection] = useState<{ of: string; items: Record<string, CorrectiveItem> }>({
    of: searched,
    items: {},
  });
  const selected = selection.of === searched ? selection.items : {};
  const setSelected = (change: (all: Record<string, CorrectiveItem>) => Record<string, CorrectiveItem>) =>
    setSelection({ of: searched, items: change(selected) });
  const [reminding, setReminding] = useState(false);
  const [notice, setNotice] = useState<Outcome | null>(null);
  const actions = useCorrectiveList({ ...query, page: list.page, limit: LIMIT });
  const remind = useOfficialMutation((message: string) => remindCorrective(Object.keys(selected), message));

  const remindable = (a: CorrectiveItem) =>
    a.needsReport && (a.status === "ordered" || a.status === "returned");
  const pageItems = actions.data?.items ?? [];
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
      <OutcomeAlert outcome={notice} />

      <section className="app-section" aria-labelledby="corrective-summary">
        <h2 id="corrective-summary" className="app-section-title">
          시군구별 현황
        </h2>
        {actions.data && actions.data.summary.length === 0 ? (
          <EmptyState>조치 중인 지적사항이 없습니다</EmptyState>
        ) : null}
        {actions.data && actions.data.summary.length > 0 ? (
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
                  {actions.data.summary.map((s) => (
                    <tr key={s.sigunguCode}>
                      <th scope="row">
                        <button
                          type="button"
                          className="app-link-button"
                          onClick={() =>
                            list.search({
                              ...filters,
                              sigungu: s.sigunguCode,
                              sido: s.sigunguCode.slice(0, 2),
                            })
                          }
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
                      {formatNumber(actions.data.summary.reduce((n, s) => n + s.open, 0))}
                    </td>
                    <td className="app-num">
                      {formatNumber(actions.data.summary.reduce((n, s) => n + s.overdue, 0))}
                    </td>
                    <td className="app-num">
                      {formatNumber(actions.data.summary.reduce((n, s) => n + s.submitted, 0))}
                    </td>
                  </tr>
                </tbody>
              </table>
            </ScrollTable>
          </div>
        ) : null}
      </section>

      <ListSection
        id="corrective-results"
        title="조치 목록"
        filter={
          <ListFilter list={list} label="시정·개선 조치 검색" idPrefix="corr">
            {(f) => (
              <>
                {f.select("status", "처리 상태", STATUS_OPTIONS, { placeholder: null })}
                <RegionFilterFields idPrefix="corr" value={f.draft} onChange={f.set} />
                {f.select("outcome", "조치 구분", OUTCOME_OPTIONS)}
                {f.text("q", "기관명")}
              </>
            )}
          </ListFilter>
        }
        query={actions}
        subject="시정·개선 조치"
        empty="조건에 맞는 조치가 없습니다"
        list={list}
        sortId="corr-sort"
        limit={LIMIT}
        beside={
          <p className="app-selection" aria-live="polite">
            {selectedCount > 0 ? `${formatNumber(selectedCount)}건 선택` : ""}
          </p>
        }
        actions={
          <button
            type="button"
            className="krds-btn small primary"
            disabled={selectedCount === 0}
            onClick={() => setReminding(true)}
          >
            선택한 조치 독촉
          </button>
        }
        excel={{
          disabled: !actions.data || actions.data.total === 0,
          download: () =>
            downloadExcel("/api/official/corrective-actions.xlsx", query, "시정개선조치_목록.xlsx"),
        }}
      >
        {(items) => (
          <DataTable
            label="시정·개선 조치 목록 표"
            testId="corrective-table"
            caption="시정·개선 조치: 선택, 기관명, 시군구, 지적사항, 조치 구분, 조치 기한, 처리 상태, 결과 보고, 최근 독촉"
            columns={[
              {
                header: "선택",
                content: (
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
                ),
              },
              { header: "기관명", sort: "name" },
              { header: "시군구", sort: "region" },
              "지적사항",
              "조치 구분",
              { header: "조치 기한", sort: "due_on" },
              { header: "처리 상태", sort: "status" },
              "결과 보고",
              "최근 독촉",
            ]}
            sorting={list}
          >
            {items.map((a) => (
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
                  <Link to={`/official/inspections/${a.inspectionId}?tab=findings`}>{a.institutionName}</Link>
                </th>
                <td className="app-nowrap">{a.sigunguName}</td>
                <td>{a.findingTitle}</td>
                <td className="app-nowrap">
                  {a.outcomeLabel}
                  {a.amountWon !== null ? ` ${formatWon(a.amountWon)}` : ""}
                </td>
                <td className="app-nowrap">
                  {a.dueOn ? formatDate(a.dueOn) : "-"} <DueBadge label={a.dueLabel} overdue={a.isOverdue} />
                </td>
                <td>
                  <CorrectiveStatusBadge status={a.status} label={a.statusLabel} />
                </td>
                <td className="app-nowrap">
                  {a.reportedAt ? `${formatDate(a.reportedAt)}${a.isLate ? " (지연)" : ""}` : "-"}
                </td>
                <td className="app-nowrap">{a.lastRemindedAt ? formatDateTime(a.lastRemindedAt) : "-"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>

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
            setSelected(() => ({}));
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
