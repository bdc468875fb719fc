import { useState } from "react";
import { useInspections } from "../api/inspections";
import { formatNumber } from "../lib/format";
import { InspectionTable } from "./InspectionTable";
import { EmptyState, Loading } from "./Loading";
import { QueryError } from "./QueryError";
import { Section } from "./Section";
import { Pager } from "./StaffClientPager";

const LIMIT = 20;

/** 지도점검 이력 tab of the officials' institution detail (UWSI, filled by UWDX): latest first, read only. */
export function InspectionHistoryTab({ institutionId }: { institutionId: string }) {
  const [page, setPage] = useState(1);
  const list = useInspections({ institutionId, sort: "-scheduled_on", page, limit: LIMIT });
  if (list.isPending) return <Loading label="지도점검 이력을 불러오는 중입니다." />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const { items, total } = list.data;
  return (
    <Section id="inspection-history" title={<>지도점검 이력 ({formatNumber(total)}건)</>}>
      <p className="app-muted">점검일 최근순입니다. 점검일을 누르면 점검 내용과 지적사항을 볼 수 있습니다.</p>
      {items.length === 0 ? (
        <EmptyState>이 기관의 지도점검 이력이 없습니다</EmptyState>
      ) : (
        <>
          <InspectionTable items={items} forInstitution />
          <Pager page={page} limit={LIMIT} total={total} onPage={setPage} label="지도점검 이력" />
        </>
      )}
    </Section>
  );
}
