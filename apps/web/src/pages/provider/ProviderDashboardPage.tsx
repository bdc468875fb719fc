import { useInstitutionDashboard } from "../../api/dashboards";
import { InstitutionDashboardView } from "../../components/InstitutionDashboardView";
import { Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { WorkInboxSummary } from "../../components/WorkInboxSummary";

/** 업무현황: the institution's start page (its deadlines, open findings, dispositions and latest grade). */
export function ProviderDashboardPage() {
  const query = useInstitutionDashboard();
  const data = query.data;
  return (
    <>
      <PageHeader
        title="업무현황"
        breadcrumbs={[{ label: "홈" }]}
        description={
          data ? (
            <p>
              {data.institution.name}({data.institution.statusLabel}) · 기준일 {data.asOf}(한국 시간)
            </p>
          ) : null
        }
      />
      <WorkInboxSummary portal="provider" />
      {query.isPending ? <Loading label="업무현황을 불러오는 중입니다." /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data ? <InstitutionDashboardView data={data} /> : null}
    </>
  );
}
