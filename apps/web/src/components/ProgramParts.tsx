/** 프로그램 list pieces shared by the institution's own page and the officials' institution detail. */
import { PROGRAM_CATEGORIES, PROGRAM_CATEGORY_LABELS, type ProgramCategory } from "@ssis/domain";
import { type FormEvent, type ReactNode, useState } from "react";
import type { Program, ProgramQuery, ProgramSort } from "../api/programs";
import { formatDate, formatNumber, orEmpty } from "../lib/format";
import { SelectField, TextField } from "./FormField";
import { ScrollTable } from "./TableWrap";

export function ProgramListHeader({
  id,
  total,
  sort,
  onSort,
}: {
  id: string;
  total: number | undefined;
  sort: ProgramSort;
  onSort: (sort: ProgramSort) => void;
}) {
  return (
    <div className="app-list-header">
      <h2 id={id} className="app-section-title">
        프로그램 목록
      </h2>
      <p className="app-count">
        {total === undefined ? (
          "조회 중"
        ) : (
          <>
            총 <strong>{formatNumber(total)}</strong>건
          </>
        )}
      </p>
      <div className="app-sort">
        <label htmlFor={`${id}-sort`}>정렬</label>
        <select
          id={`${id}-sort`}
          className="krds-form-select small"
          value={sort}
          onChange={(e) => onSort(e.target.value as ProgramSort)}
        >
          {PROGRAM_SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

export function ProgramTable({ items, actions }: { items: Program[]; actions?: (p: Program) => ReactNode }) {
  return (
    <ScrollTable label="프로그램 목록 표">
      <table className="tbl col data app-table">
        <caption className="sr-only">
          프로그램 목록: 프로그램명, 분야, 대상, 기간, 상태, 월 운영 횟수, 참여 인원, 재원
        </caption>
        <thead>
          <tr>
            <th scope="col">프로그램명</th>
            <th scope="col">분야</th>
            <th scope="col">대상</th>
            <th scope="col">기간</th>
            <th scope="col">상태</th>
            <th scope="col">월 운영 횟수</th>
            <th scope="col">참여 인원</th>
            <th scope="col">재원</th>
            {actions ? <th scope="col">관리</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id}>
              <th scope="row" className="app-cell-name">
                {p.name}
                {p.description ? <span className="sr-only">: {p.description}</span> : null}
              </th>
              <td className="app-nowrap">{p.categoryLabel}</td>
              <td>{p.targetGroup}</td>
              <td className="app-nowrap">
                {formatDate(p.startedOn)} ~ {p.endedOn ? formatDate(p.endedOn) : ""}
              </td>
              <td className="app-nowrap">{p.isEnded ? "종료" : "진행중"}</td>
              <td className="app-num">{formatNumber(p.sessionsPerMonth)}회</td>
              <td className="app-num">{formatNumber(p.participants)}명</td>
              <td className="app-nowrap">{orEmpty(p.fundingSourceLabel)}</td>
              {actions ? <td>{actions(p)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function ProgramFilter({
  initial,
  onSearch,
  idPrefix,
}: {
  initial: ProgramQuery;
  onSearch: (f: ProgramQuery) => void;
  idPrefix: string;
}) {
  const [draft, setDraft] = useState({
    status: initial.status ?? "ongoing",
    category: initial.category ?? "",
    q: initial.q ?? "",
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch({
      status: draft.status,
      category: (draft.category || undefined) as ProgramCategory | undefined,
      q: draft.q.trim() || undefined,
    });
  };
  return (
    <form onSubmit={submit}>
      <div className="app-filter__grid">
        <SelectField
          id={`${idPrefix}-status`}
          label="상태"
          options={STATUS_OPTIONS}
          value={draft.status}
          onChange={(e) => setDraft({ ...draft, status: e.target.value as "ongoing" })}
        />
        <SelectField
          id={`${idPrefix}-category`}
          label="분야"
          options={CATEGORY_OPTIONS}
          placeholder="전체"
          value={draft.category}
          onChange={(e) => setDraft({ ...draft, category: e.target.value })}
        />
        <TextField
          id={`${idPrefix}-q`}
          label="프로그램명·대상"
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
  );
}

export const PROGRAM_SORTS: { value: ProgramSort; label: string }[] = [
  { value: "-started_on", label: "시작일 최근순" },
  { value: "started_on", label: "시작일 오래된순" },
  { value: "name", label: "프로그램명 가나다순" },
  { value: "-participants", label: "참여 인원 많은순" },
  { value: "category", label: "분야순" },
];

const STATUS_OPTIONS = [
  { value: "ongoing", label: "진행중" },
  { value: "ended", label: "종료" },
  { value: "all", label: "전체" },
];

export const CATEGORY_OPTIONS = PROGRAM_CATEGORIES.map((c) => ({
  value: c,
  label: PROGRAM_CATEGORY_LABELS[c],
}));
