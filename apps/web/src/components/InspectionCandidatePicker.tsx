import { type FormEvent, useState } from "react";
import { type Candidate, type CandidateQuery, useCandidates } from "../api/inspections";
import { useInstitutionTypes } from "../api/reference";
import { formatDate, formatNumber } from "../lib/format";
import { LiveRegion } from "./Alert";
import { LimitedInput, SelectField, TextField } from "./FormField";
import { Check, FieldGroup, MONTH_OPTIONS } from "./InspectionParts";
import { EmptyState, Loading } from "./Loading";
import { DataTable } from "./list/DataTable";
import { QueryError } from "./QueryError";
import { RegionFilterFields } from "./RegionFilterFields";
import { Pager } from "./StaffClientPager";

export interface TargetDraft {
  institutionId: string;
  name: string;
  sigunguName: string;
  typeName: string;
  reason: string;
  plannedMonth: string;
}

const LIMIT = 20;
const GRADES = ["A", "B", "C", "D", "F"] as const;

type Filter = {
  type: string;
  sido: string;
  sigungu: string;
  lastInspectedBefore: string;
  grades: string[];
  withFindings: boolean;
  q: string;
};
const EMPTY: Filter = {
  type: "",
  sido: "",
  sigungu: "",
  lastInspectedBefore: "",
  grades: [],
  withFindings: false,
  q: "",
};

/**
 * 점검 대상 선정: search the jurisdiction's institutions by type, region, last inspection, evaluation
 * grade and open findings; pick them; give each a reason (prefilled from the search) and a month.
 */
export function CandidatePicker({
  selected,
  onChange,
  errors,
  exclude,
  defaultMonth,
}: {
  selected: TargetDraft[];
  onChange: (targets: TargetDraft[]) => void;
  /** the server's field errors, keyed `targets.N.field` by the position in `selected` */
  errors: Record<string, string>;
  /** institutions already in the plan */
  exclude?: ReadonlySet<string>;
  defaultMonth: string;
}) {
  const types = useInstitutionTypes();
  const [draft, setDraft] = useState<Filter>(EMPTY);
  const [query, setQuery] = useState<(CandidateQuery & { page: number }) | null>(null);
  const [bulkMonth, setBulkMonth] = useState("");
  const candidates = useCandidates(query ? { ...query, limit: LIMIT } : null);
  const chosen = new Set(selected.map((t) => t.institutionId));

  const search = (e: FormEvent) => {
    e.preventDefault();
    setQuery({
      type: draft.type || undefined,
      sigungu: draft.sigungu || undefined,
      lastInspectedBefore: draft.lastInspectedBefore || undefined,
      grades: draft.grades.length > 0 ? draft.grades.join(",") : undefined,
      withFindings: draft.withFindings ? "true" : undefined,
      q: draft.q.trim() || undefined,
      page: 1,
    });
  };
  const toggle = (c: Candidate, on: boolean) => {
    if (on)
      onChange([
        ...selected,
        {
          institutionId: c.institutionId,
          name: c.name,
          sigunguName: c.sigunguName,
          typeName: c.typeName,
          reason: c.suggestedReason,
          plannedMonth: defaultMonth,
        },
      ]);
    else onChange(selected.filter((t) => t.institutionId !== c.institutionId));
  };
  const pickable = (candidates.data?.items ?? []).filter((c) => !exclude?.has(c.institutionId));
  const setTarget = (id: string, patch: Partial<TargetDraft>) =>
    onChange(selected.map((t) => (t.institutionId === id ? { ...t, ...patch } : t)));

  return (
    <>
      <search className="app-filter" aria-label="점검 대상 후보 검색">
        <form onSubmit={search} noValidate>
          <div className="app-filter__grid">
            <SelectField
              id="cand-type"
              label="시설 유형"
              placeholder="전체"
              options={(types.data ?? []).map((t) => ({
                value: t.code,
                label: `${t.field} · ${t.typeName}`,
              }))}
              value={draft.type}
              onChange={(e) => setDraft({ ...draft, type: e.target.value })}
            />
            <RegionFilterFields
              idPrefix="cand"
              value={draft}
              onChange={(r) => setDraft({ ...draft, ...r })}
            />
            <TextField
              id="cand-last"
              label="최근 점검일 기준"
              type="date"
              hint="이 날짜 전에 점검했거나 점검 이력이 없는 기관"
              value={draft.lastInspectedBefore}
              onChange={(e) => setDraft({ ...draft, lastInspectedBefore: e.target.value })}
            />
            <TextField
              id="cand-q"
              label="기관명"
              type="search"
              value={draft.q}
              onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            />
            <FieldGroup label="최근 평가등급">
              <div className="app-choices">
                {GRADES.map((g) => (
                  <Check
                    key={g}
                    id={`cand-grade-${g}`}
                    label={`${g}등급`}
                    checked={draft.grades.includes(g)}
                    onChange={(on) =>
                      setDraft({
                        ...draft,
                        grades: on ? [...draft.grades, g] : draft.grades.filter((x) => x !== g),
                      })
                    }
                  />
                ))}
              </div>
            </FieldGroup>
            <div className="form-group">
              <Check
                id="cand-findings"
                label="미조치 지적사항이 있는 기관만"
                checked={draft.withFindings}
                onChange={(on) => setDraft({ ...draft, withFindings: on })}
              />
            </div>
          </div>
          <div className="app-filter__actions app-button-row">
            <button type="submit" className="krds-btn medium primary">
              후보 검색
            </button>
          </div>
        </form>
      </search>

      {query ? (
        <section className="app-section" aria-labelledby="cand-results">
          <div className="app-list-header">
            <h3 id="cand-results" className="app-section-title">
              대상 후보
            </h3>
            <p className="app-count">
              {candidates.data ? (
                <>
                  총 <strong>{formatNumber(candidates.data.total)}</strong>곳 (최근 점검일이 오래된 순)
                </>
              ) : (
                "조회 중"
              )}
            </p>
            {pickable.length > 0 ? (
              <div className="app-sort">
                <button
                  type="button"
                  className="krds-btn small secondary"
                  onClick={() => {
                    const add = pickable.filter((c) => !chosen.has(c.institutionId));
                    onChange([
                      ...selected,
                      ...add.map((c) => ({
                        institutionId: c.institutionId,
                        name: c.name,
                        sigunguName: c.sigunguName,
                        typeName: c.typeName,
                        reason: c.suggestedReason,
                        plannedMonth: defaultMonth,
                      })),
                    ]);
                  }}
                >
                  이 쪽 후보 모두 선택
                </button>
              </div>
            ) : null}
          </div>
          <LiveRegion
            message={candidates.data ? `대상 후보 ${formatNumber(candidates.data.total)}곳` : null}
          />
          {candidates.isPending ? <Loading label="후보를 찾는 중입니다." /> : null}
          {candidates.isError ? (
            <QueryError error={candidates.error} onRetry={() => void candidates.refetch()} />
          ) : null}
          {candidates.data && candidates.data.items.length === 0 ? (
            <EmptyState>조건에 맞는 운영 중인 기관이 없습니다</EmptyState>
          ) : null}
          {candidates.data && candidates.data.items.length > 0 ? (
            <>
              <DataTable
                label="대상 후보 표"
                caption="대상 후보: 선택, 기관명, 시군구, 시설 유형, 최근 점검일, 평가등급, 미조치 지적, 추천 사유"
                columns={[
                  "선택",
                  "기관명",
                  "시군구",
                  "시설 유형",
                  "최근 점검일",
                  "평가등급",
                  { header: "미조치 지적", className: "app-num" },
                  "추천 사유",
                ]}
                testId="candidate-table"
              >
                {candidates.data.items.map((c) => {
                  const inPlan = exclude?.has(c.institutionId) ?? false;
                  return (
                    <tr key={c.institutionId}>
                      <td>
                        <Check
                          id={`cand-pick-${c.institutionId}`}
                          hideLabel
                          label={`${c.name} 선택`}
                          disabled={inPlan}
                          checked={inPlan || chosen.has(c.institutionId)}
                          onChange={(on) => toggle(c, on)}
                        />
                      </td>
                      <th scope="row" className="app-cell-name">
                        {c.name}
                        {inPlan ? <span className="app-muted"> (계획에 있음)</span> : null}
                      </th>
                      <td>{c.sigunguName}</td>
                      <td>{c.typeName}</td>
                      <td className="app-nowrap">
                        {c.lastInspectedOn ? formatDate(c.lastInspectedOn) : "이력 없음"}
                      </td>
                      <td>{c.latestGrade ?? "-"}</td>
                      <td className="app-num">{formatNumber(c.openFindings)}</td>
                      <td>{c.suggestedReason}</td>
                    </tr>
                  );
                })}
              </DataTable>
              <Pager
                page={query.page}
                limit={LIMIT}
                total={candidates.data.total}
                onPage={(page) => setQuery({ ...query, page })}
                label="대상 후보"
              />
            </>
          ) : null}
        </section>
      ) : null}

      <section className="app-section" aria-labelledby="targets-title">
        <div className="app-list-header">
          <h3 id="targets-title" className="app-section-title">
            선정한 대상 기관 ({formatNumber(selected.length)}곳)
          </h3>
          {selected.length > 1 ? (
            <div className="app-sort">
              <label htmlFor="targets-bulk-month">모든 대상의 점검 월</label>
              <select
                id="targets-bulk-month"
                className="krds-form-select small"
                value={bulkMonth}
                onChange={(e) => {
                  setBulkMonth(e.target.value);
                  if (e.target.value) onChange(selected.map((t) => ({ ...t, plannedMonth: e.target.value })));
                }}
              >
                <option value="">선택</option>
                {MONTH_OPTIONS.map((m) => (
                  <option key={m.value} value={m.value}>
                    {m.label}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        {errors.targets ? <p className="form-hint-invalid">{errors.targets}</p> : null}
        {selected.length === 0 ? (
          <EmptyState>후보를 검색해 대상 기관을 고르세요</EmptyState>
        ) : (
          <DataTable
            label="선정한 대상 기관 표"
            caption="선정한 대상 기관: 기관명, 시군구·유형, 선정 사유, 점검 월, 빼기"
            columns={["기관명", "시군구 · 시설 유형", "선정 사유(필수)", "점검 월(필수)", "빼기"]}
            testId="target-table"
          >
            {selected.map((t, i) => {
              const reasonError = errors[`targets.${i}.reason`];
              const monthError = errors[`targets.${i}.plannedMonth`];
              const institutionError = errors[`targets.${i}.institutionId`];
              return (
                <tr key={t.institutionId}>
                  <th scope="row" className="app-cell-name">
                    {t.name}
                    {institutionError ? <p className="form-hint-invalid">{institutionError}</p> : null}
                  </th>
                  <td>
                    {t.sigunguName} · {t.typeName}
                  </td>
                  <td>
                    <label className="sr-only" htmlFor={`target-reason-${t.institutionId}`}>
                      {t.name} 선정 사유
                    </label>
                    <LimitedInput
                      id={`target-reason-${t.institutionId}`}
                      className="krds-input small"
                      maxLength={500}
                      aria-invalid={reasonError ? true : undefined}
                      value={t.reason}
                      onChange={(e) => setTarget(t.institutionId, { reason: e.target.value })}
                    />
                    {reasonError ? <p className="form-hint-invalid">{reasonError}</p> : null}
                  </td>
                  <td>
                    <label className="sr-only" htmlFor={`target-month-${t.institutionId}`}>
                      {t.name} 점검 월
                    </label>
                    <select
                      id={`target-month-${t.institutionId}`}
                      className="krds-form-select small"
                      aria-invalid={monthError ? true : undefined}
                      value={t.plannedMonth}
                      onChange={(e) => setTarget(t.institutionId, { plannedMonth: e.target.value })}
                    >
                      {MONTH_OPTIONS.map((m) => (
                        <option key={m.value} value={m.value}>
                          {m.label}
                        </option>
                      ))}
                    </select>
                    {monthError ? <p className="form-hint-invalid">{monthError}</p> : null}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="krds-btn small tertiary"
                      onClick={() => onChange(selected.filter((x) => x.institutionId !== t.institutionId))}
                    >
                      빼기<span className="sr-only"> ({t.name})</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>
    </>
  );
}

/** Check the targets as the server will (선정 사유 required), keyed as the server keys its errors. */
export function checkTargets(targets: TargetDraft[]): Record<string, string> {
  const errors: Record<string, string> = {};
  targets.forEach((t, i) => {
    if (!t.reason.trim()) errors[`targets.${i}.reason`] = "선정 사유를 입력하세요.";
    if (!t.plannedMonth) errors[`targets.${i}.plannedMonth`] = "점검 월을 고르세요.";
  });
  return errors;
}

export const toTargetInput = (targets: TargetDraft[]) =>
  targets.map((t) => ({
    institutionId: t.institutionId,
    reason: t.reason.trim(),
    plannedMonth: Number(t.plannedMonth),
  }));
