import { Link, useParams } from "react-router-dom";
import { useHistory } from "../../api/dispositions";
import { DispositionHistoryPanel } from "../../components/DispositionParts";
import { PageHeader } from "../../components/PageHeader";

/**
 * 행정처분 이력 (UWDX): an institution's dispositions and its operator's other institutions', nationwide and
 * read-only outside the jurisdiction. Reached from a disposition and from the register's institution page.
 */
export function DispositionHistoryPage() {
  const { institutionId = "" } = useParams();
  // The panel below reads the same query; here only for the title.
  const history = useHistory(institutionId);
  const name = history.data?.institution.name;
  return (
    <>
      <PageHeader
        title={name ? `${name} 행정처분 이력` : "행정처분 이력"}
        breadcrumbs={[
          { label: "홈", to: "/official" },
          { label: "기관관리감독" },
          { label: "행정처분대장", to: "/official/dispositions" },
        ]}
        actions={
          <>
            {history.data?.institution.inJurisdiction ? (
              <Link
                to={`/official/institutions/${encodeURIComponent(institutionId)}`}
                className="krds-btn medium secondary"
              >
                기관 상세 보기
              </Link>
            ) : null}
            <Link to="/official/dispositions" className="krds-btn medium secondary">
              행정처분대장
            </Link>
          </>
        }
      />
      <DispositionHistoryPanel institutionId={institutionId} />
    </>
  );
}
