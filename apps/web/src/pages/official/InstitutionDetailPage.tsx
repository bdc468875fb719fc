import { Link, useParams } from "react-router-dom";
import { useOfficialInstitution } from "../../api/institutions";
import { isApiError } from "../../api/problem";
import { useUser } from "../../auth/useSession";
import { DispositionHistoryPanel } from "../../components/DispositionParts";
import { FinancesTab } from "../../components/FinancesTab";
import { InspectionHistoryTab } from "../../components/InspectionHistoryTab";
import { InstitutionDetailView } from "../../components/InstitutionDetailView";
import { InstitutionHistoryTab } from "../../components/InstitutionHistoryTab";
import { InstitutionPeopleTabs } from "../../components/InstitutionPeopleTabs";
import { Loading } from "../../components/Loading";
import { BackToList, PageHeader } from "../../components/PageHeader";
import { ProgramsTab } from "../../components/ProgramsTab";
import { QueryError } from "../../components/QueryError";
import { canOpen } from "../../navigation/access";

const CRUMBS = [
  { label: "홈", to: "/official" },
  { label: "현황정보관리" },
  { label: "기관 현황", to: "/official/institutions" },
];

export function InstitutionDetailPage() {
  const { id = "" } = useParams();
  const query = useOfficialInstitution(id);
  // 400: not an institution id at all; 404: none such, or outside the user's jurisdiction.
  const notFound = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
  const user = useUser();
  const canEdit =
    (user.role === "sigungu_official" || user.role === "sido_official") && query.data?.status !== "closed";
  const backLink = (
    <>
      {canEdit && query.data ? (
        <Link
          to={`/official/institutions/${encodeURIComponent(id)}/edit`}
          className="krds-btn medium primary"
        >
          정보 변경
        </Link>
      ) : null}
      <BackToList to="/official/institutions" />
    </>
  );

  if (notFound) {
    return (
      <>
        <PageHeader title="기관을 찾을 수 없습니다" breadcrumbs={CRUMBS} actions={backLink} />
        <p>요청하신 기관이 없거나 조회할 수 있는 관할 범위 밖의 기관입니다.</p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={query.data?.name ?? "기관 상세"} breadcrumbs={CRUMBS} actions={backLink} />
      {query.isPending ? <Loading label="기관 정보를 불러오는 중입니다." /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <InstitutionPeopleTabs
          institutionId={id}
          overview={<InstitutionDetailView detail={query.data} />}
          extraTabs={[
            { id: "programs", label: "프로그램", content: <ProgramsTab institutionId={id} /> },
            { id: "finances", label: "재정·보조금", content: <FinancesTab institutionId={id} /> },
            { id: "history", label: "변경이력", content: <InstitutionHistoryTab institutionId={id} /> },
            ...(canOpen(user, "inspections")
              ? [
                  {
                    id: "inspections",
                    label: "지도점검 이력",
                    content: <InspectionHistoryTab institutionId={id} />,
                  },
                ]
              : []),
            // 행정처분 이력 (nationwide, with the operator's other institutions) for the disposition officials.
            ...(canOpen(user, "officialDispositions")
              ? [
                  {
                    id: "dispositions",
                    label: "행정처분 이력",
                    content: <DispositionHistoryPanel institutionId={id} />,
                  },
                ]
              : []),
          ]}
        />
      ) : null}
    </>
  );
}
