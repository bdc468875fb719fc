import { useJurisdictionDashboard } from "../../api/dashboards";
import { JurisdictionDashboardView } from "../../components/JurisdictionDashboardView";
import { Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { WorkInboxSummary } from "../../components/WorkInboxSummary";
import { formatDateTime } from "../../lib/format";

/**
 * 업무현황: the officials' start page. A 시군구 sees its own figures, a 시도 its 시군구s side by side, the
 * ministry the 시도s; every figure opens the list behind it.
 */
export function DashboardPage() {
  const query = useJurisdictionDashboard();
  const data = query.data;
  return (
    <>
      <PageHeader
        title="업무현황"
        breadcrumbs={[{ label: "홈" }]}
        description={
          data ? (
            <p>
              관할: {data.scope.label} · 기준일 {data.asOf}(한국 시간) · {formatDateTime(data.computedAt)}{" "}
              집계
            </p>
          ) : null
        }
      />
      <WorkInboxSummary portal="official" />
      {query.isPending ? <Loading label="업무현황을 불러오는 중입니다." /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data ? <JurisdictionDashboardView data={data} /> : null}
    </>
  );
}
