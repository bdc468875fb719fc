import { useInstitutionFinances } from "../api/finances";
import { Alert } from "./Alert";
import { FinanceTable } from "./FinanceTable";
import { EmptyState, Loading } from "./Loading";
import { QueryError } from "./QueryError";

/** 재정·보조금 tab of the officials' institution detail (UWSI): read only, totals and subsidy share. */
export function FinancesTab({ institutionId }: { institutionId: string }) {
  const list = useInstitutionFinances(institutionId);
  return (
    <>
      {list.data ? <Alert tone="info">{list.data.notice}</Alert> : null}
      {list.isPending ? <Loading label="재정 요약을 불러오는 중입니다." /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <EmptyState>보고된 재정 요약이 없습니다</EmptyState>
      ) : null}
      {list.data && list.data.items.length > 0 ? <FinanceTable items={list.data.items} /> : null}
    </>
  );
}
