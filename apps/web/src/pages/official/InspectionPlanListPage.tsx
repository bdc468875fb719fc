import {
  INSPECTION_KIND_LABELS,
  INSPECTION_KINDS,
  koreaToday,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
} from "@ssis/domain";
import { Link } from "react-router-dom";
import { type PlanSort, usePlans } from "../../api/inspections";
import type { Option } from "../../components/FormField";
import { DataTable } from "../../components/list/DataTable";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { formatDate, formatNumber } from "../../lib/format";
import { useListParams } from "../../lib/listParams";

const LIMIT = 20;
const SORTS: { value: PlanSort; label: string }[] = [
  { value: "-created_at", label: "수립일 최근순" },
  { value: "created_at", label: "수립일 오래된순" },
  { value: "-plan_year", label: "계획 연도 최근순" },
  { value: "title", label: "제목 가나다순" },
];
const KIND_OPTIONS: Option[] = INSPECTION_KINDS.map((k) => ({ value: k, label: INSPECTION_KIND_LABELS[k] }));
const STATUS_OPTIONS: Option[] = PLAN_STATUSES.map((s) => ({ value: s, label: PLAN_STATUS_LABELS[s] }));

/** 점검계획 목록 (UWDX): the jurisdiction's plans by year, kind and status; 계획 수립. */
export function InspectionPlanListPage() {
  const list = useListParams({ filters: ["year", "kind", "status"], sorts: SORTS });
  const { filters } = list;
  const plans = usePlans({
    year: /^\d{4}$/.test(filters.year) ? Number(filters.year) : undefined,
    kind: INSPECTION_KINDS.find((k) => k === filters.kind),
    status: PLAN_STATUSES.find((s) => s === filters.status),
    sort: list.sort,
    page: list.page,
    limit: LIMIT,
  });
  const thisYear = Number(koreaToday().slice(0, 4));

  return (
    <>
      <PageHeader
        title="점검계획"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "기관관리감독" }]}
        description={
          <p>
            관할 기관의 정기·수시·특별·합동 지도점검 계획입니다. 대상 기관과 선정 사유, 점검 월을 정해 계획을
            수립하고 승인합니다.
          </p>
        }
        actions={
          <Link className="krds-btn medium primary" to="/official/inspections/plans/new">
            계획 수립
          </Link>
        }
      />
      <ListFilter
        list={list}
        label="점검계획 검색"
        idPrefix="plan"
        check={(d) => ({
          year:
            d.year.trim() && !/^\d{4}$/.test(d.year.trim())
              ? "연도는 네 자리 숫자로 입력하세요(예: 2026)."
              : null,
        })}
      >
        {(f) => (
          <>
            {f.text("year", "계획 연도", {
              type: "text",
              inputMode: "numeric",
              placeholder: `예: ${thisYear}`,
            })}
            {f.select("kind", "점검 구분", KIND_OPTIONS)}
            {f.select("status", "상태", STATUS_OPTIONS)}
          </>
        )}
      </ListFilter>

      <ListSection
        id="plan-results"
        title="계획 목록"
        query={plans}
        subject="점검계획"
        empty="조건에 맞는 점검계획이 없습니다. 계획 수립으로 새 계획을 만드세요"
        list={list}
        sortId="plan-sort"
        limit={LIMIT}
      >
        {(items) => (
          <DataTable
            label="점검계획 목록 표"
            testId="plan-table"
            caption="점검계획: 제목, 연도, 구분, 수립 기관, 점검표, 상태, 대상, 완료, 수립"
            columns={[
              { header: "계획", sort: "title" },
              { header: "연도", sort: "plan_year", className: "app-num" },
              "구분",
              "수립 기관",
              "점검표",
              "상태",
              { header: "대상", className: "app-num" },
              { header: "완료", className: "app-num" },
              { header: "수립", sort: "created_at" },
            ]}
            sorting={list}
          >
            {items.map((p) => (
              <tr key={p.id}>
                <th scope="row" className="app-cell-name">
                  <Link to={`/official/inspections/plans/${p.id}`}>{p.title}</Link>
                </th>
                <td className="app-num">{p.planYear}</td>
                <td className="app-nowrap">
                  {p.kindLabel}
                  {p.jointBodies ? ` (${p.jointBodies})` : ""}
                </td>
                <td>{p.scopeLabel}</td>
                <td>{p.checklistLabel}</td>
                <td>
                  <span
                    className={`krds-badge ${p.status === "approved" ? "bg-light-success" : "bg-light-warning"}`}
                  >
                    {p.statusLabel}
                  </span>
                </td>
                <td className="app-num">{formatNumber(p.targets)}</td>
                <td className="app-num">{formatNumber(p.done)}</td>
                <td className="app-nowrap">
                  {formatDate(p.createdAt)} {p.createdByName}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
    </>
  );
}
