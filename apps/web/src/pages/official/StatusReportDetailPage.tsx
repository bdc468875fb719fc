import { type FormEvent, useState } from "react";
import { useParams } from "react-router-dom";
import { isApiError } from "../../api/problem";
import {
  closeRound,
  downloadProgressExcel,
  type RegionProgress,
  type RoundDetail,
  type RoundSummary,
  sendReminders,
  type TargetQuery,
  type TargetSort,
  useRound,
  useRoundMutation,
  useSummary,
  useTarget,
  useTargets,
} from "../../api/status-reports";
import { Alert, LiveRegion, Notice } from "../../components/Alert";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { type Option, SelectField, TextAreaField, TextField } from "../../components/FormField";
import { ProblemAlert } from "../../components/FormSection";
import { Check } from "../../components/InspectionParts";
import { EmptyState, Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { Modal } from "../../components/Modal";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { Pager } from "../../components/StaffClientPager";
import { ScrollTable } from "../../components/TableWrap";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";

const LIMIT = 50;
const SORTS: { value: TargetSort; label: string }[] = [
  { value: "region", label: "시군구순" },
  { value: "name", label: "기관명 가나다순" },
  { value: "state", label: "제출 상태순" },
  { value: "-submitted_at", label: "제출 최근순" },
  { value: "submitted_at", label: "제출 오래된순" },
];
const STATE_OPTIONS: Option[] = [
  { value: "pending", label: "미제출" },
  { value: "submitted", label: "제출" },
  { value: "late", label: "지연 제출" },
];
const DEFAULT_REMINDER = "현황보고 제출 기한이 다가왔습니다. 기한 안에 제출해 주시기 바랍니다.";

/** 현황보고 회차 상세: progress by region and institution, 독촉, 마감, 엑셀, 집계. */
export function StatusReportDetailPage() {
  const { id = "" } = useParams();
  const round = useRound(id);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<"remind-all" | "remind-selected" | "close" | null>(null);
  // 독촉 대상으로 고른 미제출 기관 (id → name), kept across the list's pages and filters
  const [selected, setSelected] = useState<ReadonlyMap<string, string>>(new Map());

  if (round.isPending) return <Loading label="회차 정보를 불러오는 중입니다." />;
  if (round.isError) return <QueryError error={round.error} onRetry={() => void round.refetch()} />;
  const r = round.data;

  return (
    <>
      <PageHeader
        title={r.title}
        breadcrumbs={[
          { label: "홈", to: "/official" },
          { label: "현황정보관리" },
          { label: "현황보고 관리", to: "/official/status-reports" },
        ]}
        description={
          <p>
            {r.periodLabel} · {r.scopeLabel} 개설({r.openedByName}) · 제출 기한 {formatDate(r.dueOn)} (
            {r.dueLabel}) · {r.statusLabel}
            {r.closedAt ? ` (${formatDateTime(r.closedAt)} 마감)` : ""}
          </p>
        }
        actions={
          <div className="app-button-row">
            {r.canRemind ? (
              <button
                type="button"
                className="krds-btn medium secondary"
                disabled={r.pending === 0}
                onClick={() => setDialog("remind-all")}
              >
                미제출 기관 전체 독촉
              </button>
            ) : null}
            {r.canClose ? (
              <button type="button" className="krds-btn medium primary" onClick={() => setDialog("close")}>
                회차 마감
              </button>
            ) : null}
          </div>
        }
      />
      <Notice message={notice} />

      <Section id="round-progress" title="제출 현황">
        <p>
          대상 <strong>{formatNumber(r.targets)}</strong>곳 · 제출{" "}
          <strong>{formatNumber(r.submitted)}</strong>곳(지연 {formatNumber(r.late)}) ·{" "}
          {r.status === "closed" ? "미제출" : "제출 대기"} <strong>{formatNumber(r.pending)}</strong>곳 ·
          제출률 <strong>{r.rate}%</strong>
        </p>
        {r.bySido.length > 1 ? <ProgressTable label="시도별 제출 현황" rows={r.bySido} level="sido" /> : null}
        <ProgressTable label="시군구별 제출 현황" rows={r.bySigungu} level="sigungu" />
      </Section>

      <TargetSection
        round={r}
        selected={selected}
        onSelect={setSelected}
        onRemindSelected={() => setDialog("remind-selected")}
      />
      <SummarySection id={r.id} />

      {r.reminders.length > 0 ? (
        <Section id="round-reminders" title="독촉 이력">
          <p className="app-muted">
            독촉은 기관 포털의 현황보고 화면에 표시됩니다(전자우편·문자는 보내지 않습니다).
          </p>
          <ul>
            {r.reminders.map((m) => (
              <li key={m.batchId}>
                {formatDateTime(m.sentAt)} {m.sentByName} → {formatNumber(m.institutions)}곳: {m.message}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {dialog === "remind-all" || dialog === "remind-selected" ? (
        <RemindDialog
          round={r}
          selected={dialog === "remind-selected" ? selected : null}
          onClose={(message) => {
            if (message && dialog === "remind-selected") setSelected(new Map());
            setDialog(null);
            if (message) setNotice(message);
          }}
        />
      ) : null}
      {dialog === "close" ? (
        <CloseDialog
          round={r}
          onClose={(message) => {
            setDialog(null);
            if (message) setNotice(message);
          }}
        />
      ) : null}
    </>
  );
}

function ProgressTable({
  label,
  rows,
  level,
}: {
  label: string;
  rows: RegionProgress[];
  level: "sido" | "sigungu";
}) {
  if (rows.length === 0) return <EmptyState>대상 기관이 없습니다</EmptyState>;
  return (
    <DataTable
      label={`${label} 표`}
      caption={`${label}: 대상, 제출, 지연, 미제출, 제출률`}
      columns={[level === "sido" ? "시도" : "시군구", "대상", "제출", "지연 제출", "미제출", "제출률"]}
    >
      {rows.map((p) => (
        <tr key={`${p.sidoCode}-${p.sigunguCode ?? ""}`}>
          <th scope="row">{level === "sido" ? p.sidoName : `${p.sidoName} ${p.sigunguName ?? ""}`}</th>
          <td className="app-num">{formatNumber(p.targets)}</td>
          <td className="app-num">{formatNumber(p.submitted)}</td>
          <td className="app-num">{formatNumber(p.late)}</td>
          <td className="app-num">{formatNumber(p.pending)}</td>
          <td className="app-num">{p.rate}%</td>
        </tr>
      ))}
    </DataTable>
  );
}

function TargetSection({
  round,
  selected,
  onSelect,
  onRemindSelected,
}: {
  round: RoundDetail;
  selected: ReadonlyMap<string, string>;
  onSelect: (next: ReadonlyMap<string, string>) => void;
  onRemindSelected: () => void;
}) {
  const [query, setQuery] = useState<TargetQuery & { page: number; sort: TargetSort }>({
    page: 1,
    sort: "region",
  });
  const [draft, setDraft] = useState({ status: "", sigungu: "", q: "" });
  const [viewing, setViewing] = useState<string | null>(null);
  const [downloadProblem, setDownloadProblem] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const list = useTargets(round.id, { ...query, limit: LIMIT });
  // Only pending institutions of an open round can be reminded, so only they can be ticked.
  const selectable = round.canRemind && round.status === "open";
  const pendingOnPage = (list.data?.items ?? []).filter((t) => t.status === "pending");
  const allOnPage = pendingOnPage.length > 0 && pendingOnPage.every((t) => selected.has(t.institutionId));
  const toggle = (rows: { institutionId: string; institutionName: string }[], on: boolean) => {
    const next = new Map(selected);
    for (const t of rows) {
      if (on) next.set(t.institutionId, t.institutionName);
      else next.delete(t.institutionId);
    }
    onSelect(next);
  };
  const sigunguOptions = round.bySigungu.map((s) => ({
    value: s.sigunguCode ?? "",
    label: s.sigunguName ?? "",
  }));

  const search = (e: FormEvent) => {
    e.preventDefault();
    setQuery({
      ...query,
      status: (draft.status || undefined) as TargetQuery["status"],
      sigungu: draft.sigungu || undefined,
      q: draft.q.trim() || undefined,
      page: 1,
    });
  };
  const download = async () => {
    setDownloading(true);
    setDownloadProblem(null);
    try {
      const { page: _page, ...filters } = query;
      await downloadProgressExcel(round.id, filters);
    } catch (error) {
      setDownloadProblem(isApiError(error) ? error.detail : "내려받지 못했습니다.");
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Section id="round-targets" title="기관별 제출 현황">
      <search className="app-filter" aria-label="대상 기관 검색">
        <form onSubmit={search}>
          <div className="app-filter__grid">
            <SelectField
              id="target-status"
              label="제출 상태"
              options={STATE_OPTIONS}
              placeholder="전체"
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.target.value })}
            />
            {sigunguOptions.length > 1 ? (
              <SelectField
                id="target-sigungu"
                label="시군구"
                options={sigunguOptions}
                placeholder="전체"
                value={draft.sigungu}
                onChange={(e) => setDraft({ ...draft, sigungu: e.target.value })}
              />
            ) : null}
            <TextField
              id="target-q"
              label="기관명"
              type="search"
              value={draft.q}
              onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            />
          </div>
          <div className="app-filter__actions">
            <button type="submit" className="krds-btn medium primary">
              검색
            </button>
          </div>
        </form>
      </search>
      <div className="app-list-header">
        <p className="app-count">
          {list.data ? (
            <>
              총 <strong>{formatNumber(list.data.total)}</strong>곳
            </>
          ) : (
            "조회 중"
          )}
        </p>
        <div className="app-sort">
          <label htmlFor="target-sort">정렬</label>
          <select
            id="target-sort"
            className="krds-form-select small"
            value={query.sort}
            onChange={(e) => setQuery({ ...query, sort: e.target.value as TargetSort, page: 1 })}
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
          className="krds-btn small secondary"
          disabled={downloading}
          onClick={() => void download()}
        >
          {downloading ? "내려받는 중…" : "엑셀 다운로드"}
        </button>
      </div>
      {downloadProblem ? (
        <Alert tone="danger" live="alert">
          {downloadProblem}
        </Alert>
      ) : null}
      <LiveRegion message={list.data ? `대상 기관 총 ${formatNumber(list.data.total)}곳` : null} />
      {list.isPending ? <Loading label="대상 기관을 불러오는 중입니다." /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <EmptyState>조건에 맞는 대상 기관이 없습니다</EmptyState>
      ) : null}
      {selectable && list.data && list.data.items.length > 0 ? (
        <div className="app-selection-bar">
          <Check
            id="target-select-page"
            label="현재 페이지 전체 선택"
            checked={allOnPage}
            disabled={pendingOnPage.length === 0}
            describedBy="target-select-help"
            onChange={(on) => toggle(pendingOnPage, on)}
          />
          <p className="app-count" aria-live="polite">
            독촉할 기관 <strong>{formatNumber(selected.size)}</strong>곳 선택
          </p>
          <div className="app-button-row">
            <button
              type="button"
              className="krds-btn small primary"
              disabled={selected.size === 0}
              onClick={onRemindSelected}
            >
              선택한 기관 독촉
            </button>
            <button
              type="button"
              className="krds-btn small tertiary"
              disabled={selected.size === 0}
              onClick={() => onSelect(new Map())}
            >
              선택 해제
            </button>
          </div>
          <p id="target-select-help" className="app-muted app-selection-bar__help">
            미제출 기관만 고를 수 있습니다. 다른 페이지나 검색 조건에서 고른 기관도 선택에 남습니다.
          </p>
        </div>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <DataTable
            label="기관별 제출 현황 표"
            caption={
              <>
                기관별 제출 현황: {selectable ? "독촉 선택, " : ""}기관명, 시군구, 시설 유형, 상태, 제출 일시,
                정원, 현원, 종사자, 독촉
              </>
            }
            columns={[
              ...(selectable ? ["선택"] : []),
              "기관명",
              "시군구",
              "시설 유형",
              "상태",
              "제출 일시",
              "정원",
              "현원",
              "종사자",
              "독촉",
            ]}
          >
            {list.data.items.map((t) => (
              <tr key={t.institutionId}>
                {selectable ? (
                  <td>
                    {t.status === "pending" ? (
                      <Check
                        id={`target-pick-${t.institutionId}`}
                        hideLabel
                        label={`${t.institutionName} 독촉 대상으로 선택`}
                        checked={selected.has(t.institutionId)}
                        onChange={(on) => toggle([t], on)}
                      />
                    ) : null}
                  </td>
                ) : null}
                <th scope="row" className="app-cell-name">
                  {t.status === "submitted" ? (
                    <button
                      type="button"
                      className="krds-btn small tertiary"
                      onClick={() => setViewing(t.institutionId)}
                    >
                      {t.institutionName}
                      <span className="sr-only"> 제출 내용 보기</span>
                    </button>
                  ) : (
                    t.institutionName
                  )}
                </th>
                <td>{t.sigunguName}</td>
                <td>{t.typeName}</td>
                <td className="app-nowrap">{t.stateLabel}</td>
                <td className="app-nowrap">{formatDateTime(t.submittedAt)}</td>
                <td className="app-num">{formatNumber(t.capacity)}</td>
                <td className="app-num">{formatNumber(t.currentUsers)}</td>
                <td className="app-num">{formatNumber(t.staffCount)}</td>
                <td className="app-num">
                  {t.reminderCount > 0 ? `${formatNumber(t.reminderCount)}회` : "-"}
                </td>
              </tr>
            ))}
          </DataTable>
          <Pager
            page={query.page}
            limit={LIMIT}
            total={list.data.total}
            onPage={(page) => setQuery({ ...query, page })}
            label="기관별 제출 현황"
          />
        </>
      ) : null}
      {viewing ? (
        <TargetReport roundId={round.id} institutionId={viewing} onClose={() => setViewing(null)} />
      ) : null}
    </Section>
  );
}

function TargetReport({
  roundId,
  institutionId,
  onClose,
}: {
  roundId: string;
  institutionId: string;
  onClose: () => void;
}) {
  const target = useTarget(roundId, institutionId);
  const report = target.data?.report;
  return (
    <Modal
      title={target.data ? `${target.data.institutionName} 현황보고` : "현황보고"}
      onEscape={onClose}
      actions={
        <button type="button" className="krds-btn medium primary" onClick={onClose}>
          닫기
        </button>
      }
    >
      {target.isPending ? <Loading /> : null}
      {target.isError ? <QueryError error={target.error} /> : null}
      {target.data && report ? (
        <>
          <p>
            {target.data.stateLabel} · {formatDateTime(target.data.submittedAt)} ·{" "}
            {target.data.submittedByName ?? "-"}
          </p>
          <table className="tbl data app-table">
            <caption className="sr-only">제출 내용</caption>
            <tbody>
              <tr>
                <th scope="row">정원</th>
                <td>{formatNumber(report.capacity)}</td>
              </tr>
              <tr>
                <th scope="row">현원(남/여)</th>
                <td>
                  {formatNumber(report.currentUsers)} ({formatNumber(report.currentUsersMale)}/
                  {formatNumber(report.currentUsersFemale)})
                </td>
              </tr>
              <tr>
                <th scope="row">종사자</th>
                <td>
                  {report.staff
                    .map((s) => `${s.jobTypeCode} 전일제 ${s.fullTime}·시간제 ${s.partTime}`)
                    .join(", ") || "-"}
                </td>
              </tr>
              <tr>
                <th scope="row">프로그램 수</th>
                <td>{formatNumber(report.programCount)}</td>
              </tr>
              <tr>
                <th scope="row">특이사항</th>
                <td>{report.remarks || "-"}</td>
              </tr>
            </tbody>
          </table>
        </>
      ) : null}
    </Modal>
  );
}

function SummarySection({ id }: { id: string }) {
  const [shown, setShown] = useState(false);
  const summary = useSummary(id, shown);
  return (
    <Section id="round-summary" title="집계">
      {!shown ? (
        <button type="button" className="krds-btn small secondary" onClick={() => setShown(true)}>
          시군구·시설 유형별 집계 보기
        </button>
      ) : null}
      {summary.isFetching && !summary.data ? <Loading label="집계 중입니다." /> : null}
      {summary.isError ? <QueryError error={summary.error} /> : null}
      {summary.data ? <SummaryTables data={summary.data} /> : null}
    </Section>
  );
}

function SummaryTables({ data }: { data: RoundSummary }) {
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">대상</th>
        <th scope="col">제출</th>
        <th scope="col">제출률</th>
        <th scope="col">정원 합계</th>
        <th scope="col">현원 합계</th>
        <th scope="col">종사자 합계</th>
      </tr>
    </thead>
  );
  const cells = (s: RoundSummary["total"]) => (
    <>
      <td className="app-num">{formatNumber(s.targets)}</td>
      <td className="app-num">{formatNumber(s.submitted)}</td>
      <td className="app-num">{s.rate}%</td>
      <td className="app-num">{formatNumber(s.capacity)}</td>
      <td className="app-num">{formatNumber(s.currentUsers)}</td>
      <td className="app-num">{formatNumber(s.staff)}</td>
    </>
  );
  return (
    <>
      <p className="app-muted">정원·현원·종사자 합계는 제출한 기관의 보고 내용만 더한 값입니다.</p>
      <ScrollTable label="시도·시군구별 집계 표">
        <table className="tbl col data app-table">
          <caption>시도·시군구별 집계</caption>
          {head("지역")}
          <tbody>
            {data.bySido.map((s) => (
              <tr key={s.sidoCode}>
                <th scope="row">{s.sidoName} 계</th>
                {cells(s)}
              </tr>
            ))}
            {data.bySigungu.map((s) => (
              <tr key={s.sigunguCode}>
                <th scope="row">
                  {s.sidoName} {s.sigunguName}
                </th>
                {cells(s)}
              </tr>
            ))}
            <tr>
              <th scope="row">합계</th>
              {cells(data.total)}
            </tr>
          </tbody>
        </table>
      </ScrollTable>
      <ScrollTable label="시설 유형별 집계 표">
        <table className="tbl col data app-table">
          <caption>시설 유형별 집계</caption>
          {head("분야 · 시설 유형")}
          <tbody>
            {data.byType.map((s) => (
              <tr key={s.typeCode}>
                <th scope="row">
                  {s.field} · {s.typeName}
                </th>
                {cells(s)}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

/** How many names the confirmation lists before "외 N곳". */
const NAMES_SHOWN = 10;

/**
 * 독촉: to the ticked institutions, or to every pending institution of the round in the official's
 * jurisdiction. The count is shown before confirming; the server reminds only those still pending.
 */
function RemindDialog({
  round,
  selected,
  onClose,
}: {
  round: RoundDetail;
  /** null: every pending institution */
  selected: ReadonlyMap<string, string> | null;
  onClose: (message?: string) => void;
}) {
  const [message, setMessage] = useState(DEFAULT_REMINDER);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = selected ? [...selected.keys()] : undefined;
  const names = selected ? [...selected.values()] : [];
  const count = selected ? selected.size : round.pending;
  const remind = useRoundMutation((m: string) =>
    sendReminders(round.id, { message: m, institutionIds: ids }),
  );
  const send = () => {
    if (!message.trim()) {
      setProblem("독촉 내용을 입력하세요.");
      return;
    }
    remind.mutate(message.trim(), {
      onSuccess: (r) => {
        const skipped = count - r.sent;
        onClose(
          selected
            ? `선택한 기관 ${formatNumber(r.sent)}곳에 독촉을 보냈습니다.${skipped > 0 ? ` 그사이 제출한 ${formatNumber(skipped)}곳은 뺐습니다.` : ""}`
            : `미제출 기관 ${formatNumber(r.sent)}곳에 독촉을 보냈습니다.`,
        );
      },
      onError: (error) =>
        setProblem(isApiError(error) ? (error.fieldErrors.message ?? error.detail) : "보내지 못했습니다."),
    });
  };
  return (
    <ConfirmDialog
      title={selected ? "선택한 기관에 독촉할까요?" : "미제출 기관 전체에 독촉할까요?"}
      confirmLabel={<>{formatNumber(count)}곳에 독촉 보내기</>}
      onConfirm={send}
      pending={remind.isPending}
      onCancel={() => onClose()}
      initialFocus="first"
    >
      <p>
        {selected ? "선택한 미제출 기관" : "관할 구역의 미제출 기관"} <strong>{formatNumber(count)}</strong>
        곳의 기관 포털에 아래 내용이 표시됩니다. 전자우편·문자는 보내지 않습니다.
      </p>
      {selected ? (
        <p className="app-muted" data-testid="remind-selected-names">
          {names.slice(0, NAMES_SHOWN).join(", ")}
          {names.length > NAMES_SHOWN ? ` 외 ${formatNumber(names.length - NAMES_SHOWN)}곳` : ""}
        </p>
      ) : null}
      <ProblemAlert problem={problem} />
      <TextAreaField
        id="remind-message"
        label="독촉 내용"
        rows={3}
        maxLength={500}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
      />
    </ConfirmDialog>
  );
}

function CloseDialog({ round, onClose }: { round: RoundDetail; onClose: (message?: string) => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const close = useRoundMutation(() => closeRound(round.id, round.version));
  return (
    <ConfirmDialog
      title="회차를 마감할까요?"
      confirmLabel="마감"
      onConfirm={() =>
        close.mutate(undefined, {
          onSuccess: () => onClose("회차를 마감했습니다. 더 이상 제출을 받지 않습니다."),
          onError: (error) => setProblem(isApiError(error) ? error.detail : "마감하지 못했습니다."),
        })
      }
      pending={close.isPending}
      onCancel={() => onClose()}
    >
      <p>
        마감하면 더 이상 제출을 받지 않으며 되돌릴 수 없습니다. 제출하지 않은 {formatNumber(round.pending)}
        곳은 미제출로 남습니다.
      </p>
      <ProblemAlert problem={problem} />
    </ConfirmDialog>
  );
}
