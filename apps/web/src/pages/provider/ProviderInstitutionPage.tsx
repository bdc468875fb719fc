import { useProviderInstitution } from "../../api/institutions";
import { InstitutionDetailView } from "../../components/InstitutionDetailView";
import { Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";

/** 희망이음: the provider's own institution (CWSU 현황정보관리). */
export function ProviderInstitutionPage() {
  const query = useProviderInstitution();
  return (
    <>
      <PageHeader
        title="기관 현황"
        breadcrumbs={[{ label: "홈" }, { label: "현황정보관리" }]}
        description={
          <p>
            우리 기관의 등록 현황입니다. 기관명·주소·유형·정원·시설장·운영 주체·상태 등 법정 사항의 변경은
            관할 시군구의 승인을 거쳐 반영됩니다.
          </p>
        }
      />
      {query.isPending ? <Loading label="기관 정보를 불러오는 중입니다." /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <InstitutionDetailView detail={query.data} /> : null}
    </>
  );
}
