import { useAgencyInstitutions } from "../../api/queries";
import { InstitutionTable } from "../../components/InstitutionTable";
import { EmptyState, Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { formatNumber } from "../../lib/format";

/** 지원기관 담당자: institutions assigned to the agency, summary view only (CWAM). */
export function AgencyInstitutionsPage() {
  const query = useAgencyInstitutions();
  const items = query.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="지원 대상 기관"
        breadcrumbs={[{ label: "홈", to: "/provider" }, { label: "지원기관정보" }]}
        description={<p>우리 기관에 배정되어 지원 기간 중인 기관의 요약 정보입니다.</p>}
      />
      <section className="app-section" aria-labelledby="agency-results">
        <div className="app-list-header">
          <h2 id="agency-results" className="app-section-title">
            배정 기관 목록
          </h2>
          {query.isSuccess ? (
            <p className="app-count">
              총 <strong>{formatNumber(items.length)}</strong>개 기관
            </p>
          ) : null}
        </div>
        {query.isPending ? <Loading label="배정 기관을 불러오는 중입니다." /> : null}
        {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.isSuccess && items.length === 0 ? <EmptyState>조회된 기관이 없습니다</EmptyState> : null}
        {items.length > 0 ? (
          <InstitutionTable
            items={items}
            caption={`배정 기관 목록 (총 ${formatNumber(items.length)}개): 기관명, 분야, 시설 유형, 소재지, 상태, 정원, 현원, 시설장, 전화번호, 최근 평가등급`}
          />
        ) : null}
      </section>
    </>
  );
}
