import { INSPECTION_STATUS_LABELS, INSPECTION_STATUSES, koreaToday } from "@ssis/domain";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import {
  addPlanTargets,
  approvePlan,
  type InspectionItem,
  type PlanDetail,
  useOfficialMutation,
  usePlan,
} from "../../api/inspections";
import { Alert, Notice } from "../../components/Alert";
import { InlineSelect } from "../../components/FormField";
import { ProblemAlert } from "../../components/FormSection";
import {
  CandidatePicker,
  checkTargets,
  type TargetDraft,
  toTargetInput,
} from "../../components/InspectionCandidatePicker";
import { ActionDialog, InspectionStatusBadge, MONTH_OPTIONS } from "../../components/InspectionParts";
import { KeyValueTable } from "../../components/KeyValueTable";
import { EmptyState, Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { Pager } from "../../components/StaffClientPager";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";
import { useFormErrors } from "../../lib/useFormErrors";

const LIMIT = 50;
type TargetSort = "month" | "name" | "status" | "scheduled";
const TARGET_SORTS: { value: TargetSort; label: string }[] = [
  { value: "month", label: "점검 월순" },
  { value: "name", label: "기관명 가나다순" },
  { value: "status", label: "진행 상태순" },
  { value: "scheduled", label: "점검일순" },
];

/** 점검계획 상세: monthly progress, the targets and their inspections, 승인 (and 대상 추가 while a draft). */
export function InspectionPlanDetailPage() {
  const { id = "" } = useParams();
  const plan = usePlan(id);
  if (plan.isPending) return <Loading label="점검계획을 불러오는 중입니다." />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  return <PlanView p={plan.data} />;
}

function PlanView({ p }: { p: PlanDetail }) {
  const [notice, setNotice] = useState<string | null>(null);
  const [approving, setApproving] = useState(false);
  const [adding, setAdding] = useState(false);
  // The server says whether the user's jurisdiction made the plan (only it changes or approves it).
  const owns = p.canManage;
  // Months without a target say nothing; the total row below still counts every month.
  const months = p.months.filter((m) => m.planned > 0);
  const approve = useOfficialMutation(() => approvePlan(p.id, p.version));
  const totals = p.months.reduce(
    (sum, m) => ({
      planned: sum.planned + m.planned,
      scheduled: sum.scheduled + m.scheduled,
      inProgress: sum.inProgress + m.inProgress,
      done: sum.done + m.done,
      cancelled: sum.cancelled + m.cancelled,
    }),
    { planned: 0, scheduled: 0, inProgress: 0, done: 0, cancelled: 0 },
  );
  const rate =
    totals.planned - totals.cancelled > 0
      ? Math.round((totals.done / (totals.planned - totals.cancelled)) * 100)
      : 0;

  return (
    <>
      <PageHeader
        title={p.title}
        breadcrumbs={[
          { label: "홈", to: "/official" },
          { label: "기관관리감독" },
          { label: "점검계획", to: "/official/inspections/plans" },
        ]}
        description={
          <p>
            <span
              className={`krds-badge ${p.status === "approved" ? "bg-light-success" : "bg-light-warning"}`}
            >
              {p.statusLabel}
            </span>{" "}
            {p.planYear}년 {p.kindLabel} 점검{p.jointBodies ? `(${p.jointBodies})` : ""} · {p.scopeLabel} ·
            대상 {formatNumber(p.targets)}곳 · 완료 {formatNumber(p.done)}곳
          </p>
        }
        actions={
          <>
            <Link className="krds-btn medium secondary" to={`/official/inspections?planId=${p.id}`}>
              점검 목록에서 보기
            </Link>
            {p.status === "draft" && owns ? (
              <>
                <button type="button" className="krds-btn medium secondary" onClick={() => setAdding(true)}>
                  대상 추가
                </button>
                <button type="button" className="krds-btn medium primary" onClick={() => setApproving(true)}>
                  계획 승인
                </button>
              </>
            ) : null}
          </>
        }
      />
      <Notice message={notice} />
      {p.status === "draft" && !owns ? (
        <Alert tone="info" live="none">
          계획을 수립한 기관({p.scopeLabel})의 담당자만 대상을 바꾸거나 승인할 수 있습니다.
        </Alert>
      ) : null}

      <Section id="plan-info" title="계획 정보">
        <KeyValueTable
          caption="계획 정보"
          rows={[
            ["점검 구분", `${p.kindLabel}${p.jointBodies ? ` (합동: ${p.jointBodies})` : ""}`],
            ["점검표", p.checklistLabel],
            ["수립", `${p.createdByName} · ${formatDateTime(p.createdAt)}`],
            [
              "승인",
              p.approvedAt ? `${p.approvedByName ?? ""} · ${formatDateTime(p.approvedAt)}` : "승인 전",
            ],
            ["비고", p.note ?? "-"],
          ]}
        />
      </Section>

      <Section id="plan-months" title="월별 진행 현황">
        <p>
          완료율 <strong>{rate}%</strong> (완료 {formatNumber(totals.done)} / 취소를 뺀 대상{" "}
          {formatNumber(totals.planned - totals.cancelled)})
        </p>
        {months.length === 0 ? (
          <EmptyState>대상 기관이 없습니다</EmptyState>
        ) : (
          <div className="app-medium">
            <DataTable
              label="월별 진행 현황 표"
              caption="월별 진행 현황: 점검 월, 대상, 일정 확정, 점검 중, 완료, 취소"
              columns={[
                "점검 월",
                { header: "대상", className: "app-num" },
                { header: "일정 확정", className: "app-num" },
                { header: "점검 중", className: "app-num" },
                { header: "완료(통보·종결 포함)", className: "app-num" },
                { header: "취소", className: "app-num" },
              ]}
              testId="plan-months"
            >
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}월</th>
                  <td className="app-num">{formatNumber(m.planned)}</td>
                  <td className="app-num">{formatNumber(m.scheduled)}</td>
                  <td className="app-num">{formatNumber(m.inProgress)}</td>
                  <td className="app-num">{formatNumber(m.done)}</td>
                  <td className="app-num">{formatNumber(m.cancelled)}</td>
                </tr>
              ))}
              <tr className="app-total-row">
                <th scope="row">합계</th>
                <td className="app-num">{formatNumber(totals.planned)}</td>
                <td className="app-num">{formatNumber(totals.scheduled)}</td>
                <td className="app-num">{formatNumber(totals.inProgress)}</td>
                <td className="app-num">{formatNumber(totals.done)}</td>
                <td className="app-num">{formatNumber(totals.cancelled)}</td>
              </tr>
            </DataTable>
          </div>
        )}
      </Section>

      {adding ? (
        <AddTargets
          p={p}
          onClose={(m) => {
            setAdding(false);
            if (m) setNotice(m);
          }}
        />
      ) : null}

      <TargetsSection items={p.inspections} />

      {approving ? (
        <ActionDialog
          title="점검계획을 승인할까요?"
          confirmLabel="승인"
          run={() => approve.mutateAsync(undefined)}
          onClose={(ok) => {
            setApproving(false);
            if (ok) setNotice("점검계획을 승인했습니다. 대상 점검마다 일정을 확정하세요.");
          }}
        >
          <p>
            「{p.title}」을(를) 대상 기관 {formatNumber(p.targets)}곳으로 승인합니다. 승인한 뒤에는 대상을
            바꿀 수 없고, 계획 밖의 기관은 수시 점검으로 따로 등록합니다.
          </p>
        </ActionDialog>
      ) : null}
    </>
  );
}

function TargetsSection({ items }: { items: InspectionItem[] }) {
  const [sort, setSort] = useState<TargetSort>("month");
  const [status, setStatus] = useState("");
  const [month, setMonth] = useState("");
  const [page, setPage] = useState(1);
  const filtered = items
    .filter((i) => (!status || i.status === status) && (!month || String(i.plannedMonth) === month))
    .sort((a, b) => {
      switch (sort) {
        case "name":
          return a.institutionName.localeCompare(b.institutionName, "ko");
        case "status":
          return INSPECTION_STATUSES.indexOf(a.status) - INSPECTION_STATUSES.indexOf(b.status);
        case "scheduled":
          return (a.scheduledOn ?? "9999").localeCompare(b.scheduledOn ?? "9999");
        default:
          return (
            (a.plannedMonth ?? 13) - (b.plannedMonth ?? 13) ||
            a.institutionName.localeCompare(b.institutionName, "ko")
          );
      }
    });
  const rows = filtered.slice((page - 1) * LIMIT, page * LIMIT);
  return (
    <section className="app-section" aria-labelledby="plan-target-list">
      <div className="app-list-header">
        <h2 id="plan-target-list" className="app-section-title">
          대상 기관
        </h2>
        <p className="app-count">
          <strong>{formatNumber(filtered.length)}</strong>곳
        </p>
        <InlineSelect
          id="plan-target-status"
          label="진행 상태"
          options={INSPECTION_STATUSES.map((s) => ({ value: s, label: INSPECTION_STATUS_LABELS[s] }))}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
        />
        <InlineSelect
          id="plan-target-month"
          label="점검 월"
          options={MONTH_OPTIONS}
          value={month}
          onChange={(v) => {
            setMonth(v);
            setPage(1);
          }}
        />
        <div className="app-sort">
          <label htmlFor="plan-target-sort">정렬</label>
          <select
            id="plan-target-sort"
            className="krds-form-select small"
            value={sort}
            onChange={(e) => setSort(e.target.value as TargetSort)}
          >
            {TARGET_SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {filtered.length === 0 ? (
        <EmptyState>조건에 맞는 대상 기관이 없습니다</EmptyState>
      ) : (
        <>
          <DataTable
            label="대상 기관 표"
            caption="대상 기관: 기관명, 지역·유형, 점검 월, 선정 사유, 진행 상태, 점검일, 결과"
            columns={["기관명", "지역 · 시설 유형", "점검 월", "선정 사유", "진행 상태", "점검일", "결과"]}
            testId="plan-target-table"
          >
            {rows.map((i) => (
              <tr key={i.id}>
                <th scope="row" className="app-cell-name">
                  <Link to={`/official/inspections/${i.id}`}>{i.institutionName}</Link>
                </th>
                <td>
                  {i.sigunguName} · {i.typeName}
                </td>
                <td className="app-nowrap">{i.plannedMonth ? `${i.plannedMonth}월` : "-"}</td>
                <td>{i.reason}</td>
                <td>
                  <InspectionStatusBadge status={i.status} label={i.statusLabel} />
                </td>
                <td className="app-nowrap">{formatDate(i.scheduledOn)}</td>
                <td className="app-nowrap">{i.overallResultLabel ?? "-"}</td>
              </tr>
            ))}
          </DataTable>
          <Pager page={page} limit={LIMIT} total={filtered.length} onPage={setPage} label="대상 기관" />
        </>
      )}
    </section>
  );
}

function AddTargets({ p, onClose }: { p: PlanDetail; onClose: (message?: string) => void }) {
  const [targets, setTargets] = useState<TargetDraft[]>([]);
  const { errors, problem, passes, failed } = useFormErrors();
  const add = useOfficialMutation(() => addPlanTargets(p.id, toTargetInput(targets), p.version));
  const existing = new Set(p.inspections.filter((i) => i.status !== "cancelled").map((i) => i.institutionId));
  const nextMonth = String((Number(koreaToday().slice(5, 7)) % 12) + 1);
  const save = () => {
    const local = checkTargets(targets);
    if (targets.length === 0) local.targets = "대상 기관을 한 곳 이상 고르세요.";
    if (!passes(local)) return;
    add.mutate(undefined, {
      onSuccess: () => onClose(`대상 기관 ${targets.length}곳을 계획에 더했습니다.`),
      onError: (error) => failed(error, "더하지 못했습니다."),
    });
  };
  return (
    <section className="app-section app-subform" aria-labelledby="add-targets-title">
      <h2 id="add-targets-title" className="app-section-title">
        대상 추가
      </h2>
      <ProblemAlert problem={problem} />
      <CandidatePicker
        selected={targets}
        onChange={setTargets}
        errors={errors}
        exclude={existing}
        defaultMonth={nextMonth}
      />
      <div className="app-section app-button-row">
        <button type="button" className="krds-btn medium primary" disabled={add.isPending} onClick={save}>
          대상 저장
        </button>
        <button type="button" className="krds-btn medium secondary" onClick={() => onClose()}>
          닫기
        </button>
      </div>
    </section>
  );
}
