import {
  DISPOSITION_STATUS_LABELS,
  DISPOSITION_STATUSES,
  dateRangeError,
  koreaToday,
  MEASURE_KIND_LABELS,
} from "@ssis/domain";
import { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { compact } from "../../api/client";
import {
  type DispositionItem,
  type DispositionQuery,
  type DispositionSort,
  downloadRegister,
  listDispositions,
  useDispositions,
  useTables,
} from "../../api/dispositions";
import { useUser } from "../../auth/useSession";
import { Choice, DispositionStatusBadge, wonText } from "../../components/DispositionParts";
import type { Option } from "../../components/FormField";
import { EmptyState, Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { RegionFilterFields } from "../../components/RegionFilterFields";
import { formatDate, formatNumber, orEmpty } from "../../lib/format";
import { type Filters, type Sorting, useListParams } from "../../lib/listParams";

const LIMIT = 20;
/** The print view gathers at most this many rows (pages of 100); more should be downloaded as Excel. */
const PRINT_MAX = 1000;
const SORTS: { value: DispositionSort; label: string }[] = [
  { value: "-created_at", label: "작성일 최근순" },
  { value: "-decided_on", label: "처분일 최근순" },
  { value: "decided_on", label: "처분일 오래된순" },
  { value: "name", label: "기관명 가나다순" },
  { value: "region", label: "시군구순" },
  { value: "status", label: "상태순" },
];
const STATUS_OPTIONS: Option[] = DISPOSITION_STATUSES.map((s) => ({
  value: s,
  label: DISPOSITION_STATUS_LABELS[s],
}));
/** The kinds of measure as the tables word them; the list matches the measure's label by these words. */
const MEASURE_OPTIONS: Option[] = Object.values(MEASURE_KIND_LABELS).map((label) => ({
  value: label,
  label,
}));

const FILTERS = [
  "from",
  "to",
  "sido",
  "sigungu",
  "law",
  "measure",
  "status",
  "activeSuspension",
  "q",
] as const;

/** The list's conditions as the server takes them (the 시도 only narrows the 시군구 choice). */
function toQuery({ sido: _sido, status, activeSuspension, ...rest }: Filters<(typeof FILTERS)[number]>) {
  return {
    ...compact(rest),
    status: DISPOSITION_STATUSES.find((s) => s === status),
    activeSuspension: activeSuspension === "true" ? ("true" as const) : undefined,
  };
}

/** 행정처분대장 (UWDX): every disposition of the jurisdiction, with filters, sort, paging, Excel and print. */
export function DispositionListPage() {
  const tables = useTables();
  const list = useListParams({ filters: FILTERS, sorts: SORTS });
  const filters = { ...toQuery(list.filters), sort: list.sort };
  const [printing, setPrinting] = useState(false);
  const dispositions = useDispositions({ ...filters, page: list.page, limit: LIMIT });

  const lawOptions: Option[] = [
    ...new Map((tables.data?.items ?? []).map((t) => [t.lawCode, t.lawName] as const)).entries(),
  ].map(([value, label]) => ({ value, label }));

  if (printing) return <RegisterPrintView filters={filters} onClose={() => setPrinting(false)} />;

  return (
    <>
      <PageHeader
        title="행정처분대장"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "기관관리감독" }]}
        description={
          <p>
            관할 구역의 행정처분을 처분일, 법적 근거, 위반 차수, 처분 내용, 기간, 과태료·과징금, 보건복지부
            보고일과 함께 기록합니다. 기간 조건은 처분일 기준입니다.
          </p>
        }
        actions={
          <>
            <Link to="/official/disposition-tables" className="krds-btn medium secondary">
              처분기준표
            </Link>
            <Link to="/official/dispositions/new" className="krds-btn medium primary">
              처분안 작성
            </Link>
          </>
        }
      />

      <ListFilter
        list={list}
        label="행정처분 검색"
        idPrefix="disp"
        // What the official typed stays in the form; only the wrong end of the range is pointed out.
        check={(d) => ({ to: dateRangeError("처분일", d.from, d.to) })}
      >
        {(f) => (
          <>
            {f.date("from", "처분일(부터)")}
            {f.date("to", "처분일(까지)")}
            <RegionFilterFields idPrefix="disp" value={f.draft} onChange={f.set} />
            {f.select("law", "근거 법령", lawOptions)}
            {f.select("measure", "처분", MEASURE_OPTIONS)}
            {f.select("status", "상태", STATUS_OPTIONS)}
            {f.text("q", "기관명")}
          </>
        )}
      </ListFilter>

      <ListSection
        id="disp-results"
        title="처분 목록"
        query={dispositions}
        subject="행정처분"
        empty="조건에 맞는 행정처분이 없습니다"
        list={list}
        sortId="disp-sort"
        limit={LIMIT}
        beside={
          <Choice
            id="disp-active-suspension"
            label="정지 처분 집행 중인 기관만"
            checked={list.filters.activeSuspension === "true"}
            onChange={(on) => list.patch({ activeSuspension: on ? "true" : "" })}
          />
        }
        actions={
          <button type="button" className="krds-btn small secondary" onClick={() => setPrinting(true)}>
            출력용 보기
          </button>
        }
        excel={{ download: () => downloadRegister(filters) }}
      >
        {(items) => <RegisterTable items={items} sorting={list} />}
      </ListSection>
    </>
  );
}

/** The 행정처분대장's columns: the same facts as its Excel download, folded to fit a screen. */
function RegisterTable({
  items,
  linked = true,
  sorting,
}: {
  items: readonly DispositionItem[];
  linked?: boolean;
  sorting?: Sorting<DispositionSort>;
}) {
  return (
    <DataTable
      label="행정처분대장 표"
      className="disp-register"
      testId="disposition-register"
      caption="행정처분대장: 처분일과 처분 번호, 기관, 위반 내용, 법적 근거, 위반 차수, 처분 내용, 처분 기간, 과태료·과징금, 보건복지부 보고일, 상태"
      columns={[
        { header: "처분일·번호", sort: "decided_on" },
        { header: "기관", sort: "name" },
        "위반 내용",
        "법적 근거",
        "위반 차수",
        "처분 내용",
        "처분 기간",
        "과태료·과징금",
        {
          header: "보건복지부 보고일",
          content: (
            <>
              보건복지부
              <br />
              보고일
            </>
          ),
        },
        { header: "상태", sort: "status" },
      ]}
      sorting={sorting}
    >
      {items.map((d) => (
        <tr key={d.id}>
          <td>
            <span className="app-nowrap">{d.decidedOn ? formatDate(d.decidedOn) : "결정 전"}</span>
            {d.decisionNo ? <span className="disp-cell-sub">{d.decisionNo}</span> : null}
          </td>
          <th scope="row" className="disp-cell-institution">
            {linked ? (
              <Link to={`/official/dispositions/${d.id}`}>{d.institutionName}</Link>
            ) : (
              d.institutionName
            )}
            <span className="disp-cell-sub">{d.sigunguName}</span>
          </th>
          <td className="disp-cell-text">{orEmpty(d.violationSummary)}</td>
          <td className="disp-cell-basis">{d.tableName}</td>
          <td className="app-nowrap">{orEmpty(d.repeatSummary)}</td>
          <td>
            <span className="app-nowrap">{d.measureLabel}</span>
            {d.measureLabel !== d.proposedLabel ? (
              <span className="disp-cell-sub">기준 {d.proposedLabel}</span>
            ) : null}
          </td>
          <td>
            {d.periodFrom ? (
              <>
                <span className="app-nowrap">{formatDate(d.periodFrom)} ~</span>{" "}
                <span className="app-nowrap">{formatDate(d.periodTo)}</span>
              </>
            ) : (
              "-"
            )}
          </td>
          <td className="app-num">{wonText(d.fineWon)}</td>
          <td className="app-nowrap">{formatDate(d.reportedToMohwOn)}</td>
          <td>
            {linked ? <DispositionStatusBadge status={d.status} label={d.statusLabel} /> : d.statusLabel}
            {d.appealStatus !== "none" ? (
              <span className="disp-cell-sub">불복 {d.appealStatusLabel}</span>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** 출력용 보기: every row under the filters (up to PRINT_MAX) on one page, and the browser's print. */
function RegisterPrintView({
  filters,
  onClose,
}: {
  filters: Omit<DispositionQuery, "page" | "limit">;
  onClose: () => void;
}) {
  const user = useUser();
  const [state, setState] = useState<{ items: DispositionItem[]; total: number } | "loading" | Error>(
    "loading",
  );
  const key = JSON.stringify(filters);
  useEffect(() => {
    let live = true;
    const wanted = JSON.parse(key) as typeof filters;
    void (async () => {
      try {
        const items: DispositionItem[] = [];
        let total = 0;
        for (let page = 1; items.length < PRINT_MAX; page += 1) {
          const result = await listDispositions({ ...wanted, page, limit: 100 });
          total = result.total;
          items.push(...result.items);
          if (result.items.length < 100 || items.length >= total) break;
        }
        if (live) setState({ items, total });
      } catch (error) {
        if (live) setState(error instanceof Error ? error : new Error(String(error)));
      }
    })();
    return () => {
      live = false;
    };
  }, [key]);
  return (
    <div className="disp-print-view">
      <PageHeader
        title="행정처분대장 출력"
        breadcrumbs={[
          { label: "홈", to: "/official" },
          { label: "기관관리감독" },
          { label: "행정처분대장", to: "/official/dispositions" },
        ]}
        actions={
          <div className="app-button-row disp-noprint">
            <button
              type="button"
              className="krds-btn medium primary"
              disabled={typeof state !== "object" || state instanceof Error}
              onClick={() => window.print()}
            >
              인쇄
            </button>
            <button type="button" className="krds-btn medium secondary" onClick={onClose}>
              목록으로
            </button>
          </div>
        }
      />
      <p className="disp-print-title">
        <strong>행정처분대장</strong> · {user.scope.label} · 출력일 {koreaToday()}
      </p>
      {state === "loading" ? <Loading label="출력할 행정처분을 모으는 중입니다." /> : null}
      {state instanceof Error ? <QueryError error={state} /> : null}
      {typeof state === "object" && !(state instanceof Error) ? (
        <>
          <p>
            총 {formatNumber(state.total)}건
            {state.total > state.items.length
              ? ` 가운데 ${formatNumber(state.items.length)}건을 보여 줍니다. 전체는 엑셀로 내려받으세요.`
              : ""}
          </p>
          {state.items.length === 0 ? (
            <EmptyState>조건에 맞는 행정처분이 없습니다</EmptyState>
          ) : (
            <RegisterTable items={state.items} linked={false} />
          )}
        </>
      ) : null}
    </div>
  );
}
