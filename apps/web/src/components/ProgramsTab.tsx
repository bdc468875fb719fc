import { useState } from "react";
import { type ProgramQuery, useInstitutionPrograms } from "../api/programs";
import { formatNumber } from "../lib/format";
import { LiveRegion } from "./Alert";
import { EmptyState, Loading } from "./Loading";
import { ProgramFilter, ProgramListHeader, ProgramTable } from "./ProgramParts";
import { QueryError } from "./QueryError";
import { Pager } from "./StaffClientPager";

const LIMIT = 20;

/** 프로그램 tab of the officials' institution detail (UWSI): read only. */
export function ProgramsTab({ institutionId }: { institutionId: string }) {
  const [query, setQuery] = useState<
    ProgramQuery & { page: number; sort: NonNullable<ProgramQuery["sort"]> }
  >({
    status: "all",
    sort: "-started_on",
    page: 1,
  });
  const list = useInstitutionPrograms(institutionId, { ...query, limit: LIMIT });
  return (
    <>
      <search className="app-filter" aria-label="프로그램 검색">
        <ProgramFilter
          initial={query}
          idPrefix="inst-program"
          onSearch={(f) => setQuery({ ...query, ...f, page: 1 })}
        />
      </search>
      <ProgramListHeader
        id="inst-program-results"
        total={list.data?.total}
        sort={query.sort}
        onSort={(sort) => setQuery({ ...query, sort, page: 1 })}
      />
      <LiveRegion message={list.data ? `프로그램 총 ${formatNumber(list.data.total)}건` : null} />
      {list.isPending ? <Loading label="프로그램 목록을 불러오는 중입니다." /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <EmptyState>조건에 맞는 프로그램이 없습니다</EmptyState>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <ProgramTable items={list.data.items} />
          <Pager
            page={query.page}
            limit={LIMIT}
            total={list.data.total}
            onPage={(page) => setQuery({ ...query, page })}
            label="프로그램 목록"
          />
        </>
      ) : null}
    </>
  );
}
