import { useAgencyInstitutions } from "../../api/institutions";
import { useOwnAgency, useOwnAssignments } from "../../api/support-agencies";
import { InstitutionTable } from "../../components/InstitutionTable";
import { EmptyState, Loading } from "../../components/Loading";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { ActiveBadge, AssignmentTable, KeyValueTable } from "../../components/SupportAgencyParts";
import { formatNumber, orEmpty } from "../../lib/format";

const summaryPath = (id: string) => `/provider/agency/institutions/${encodeURIComponent(id)}`;

/** 지원기관 담당자 home (CWAM): our agency, the institutions we support now, and every assignment. */
export function AgencyInstitutionsPage() {
  const agency = useOwnAgency();
  const query = useAgencyInstitutions();
  const assignments = useOwnAssignments();
  const history = assignments.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="지원 대상 기관"
        breadcrumbs={[{ label: "홈", to: "/provider" }, { label: "지원기관정보" }]}
        description={<p>우리 기관에 배정되어 지원 기간 중인 기관의 요약 정보와 배정 이력입니다.</p>}
      />
      <section className="app-section" aria-labelledby="own-agency">
        <h2 id="own-agency" className="app-section-title">
          우리 지원기관
        </h2>
        {agency.isPending ? <Loading label="지원기관 정보를 불러오는 중입니다." /> : null}
        {agency.isError ? <QueryError error={agency.error} onRetry={() => void agency.refetch()} /> : null}
        {agency.data ? (
          <KeyValueTable
            caption={`${agency.data.name} 기본 정보`}
            rows={[
              ["기관명", agency.data.name],
              ["유형", agency.data.kind],
              ["운영 여부", <ActiveBadge key="active" isActive={agency.data.isActive} />],
              ["소재 시도", orEmpty(agency.data.sidoName)],
              [
                "사업 지역",
                agency.data.coverage.length > 0 ? agency.data.coverage.map((c) => c.label).join(", ") : "-",
              ],
              ["전화번호", orEmpty(agency.data.phone)],
              ["전자우편", orEmpty(agency.data.email)],
              ["담당자", orEmpty(agency.data.contactName)],
            ]}
          />
        ) : null}
      </section>
      <ListSection
        id="agency-results"
        title="배정 기관 목록"
        query={query}
        count={{ total: query.data?.items.length, unit: "개 기관" }}
        subject="배정 기관"
        empty="조회된 기관이 없습니다"
      >
        {(items) => (
          <InstitutionTable
            items={items}
            caption={`배정 기관 목록 (총 ${formatNumber(items.length)}개): 기관명, 분야, 시설 유형, 소재지, 상태, 정원, 현원, 시설장, 전화번호, 최근 평가등급`}
            detailPath={(item) => summaryPath(item.id)}
          />
        )}
      </ListSection>
      <section className="app-section" aria-labelledby="agency-assignments">
        <h2 id="agency-assignments" className="app-section-title">
          배정 현황·이력
        </h2>
        {assignments.isPending ? <Loading label="배정 이력을 불러오는 중입니다." /> : null}
        {assignments.isError ? (
          <QueryError error={assignments.error} onRetry={() => void assignments.refetch()} />
        ) : null}
        {assignments.isSuccess && history.length === 0 ? <EmptyState>배정 이력이 없습니다</EmptyState> : null}
        {history.length > 0 ? (
          <AssignmentTable
            items={history}
            caption="배정 현황·이력"
            institutionLink={(a) => ("isInForce" in a && a.isInForce ? summaryPath(a.institutionId) : null)}
          />
        ) : null}
        <p className="app-muted">기관 요약 정보는 배정 기간 중에만 볼 수 있습니다.</p>
      </section>
    </>
  );
}
