import { INSTITUTION_STATUS_LABELS, INSTITUTION_STATUSES } from "@ssis/domain";
import { Link } from "react-router-dom";
import { useOfficialDashboard } from "../../api/institutions";
import { EmptyState, Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { formatNumber } from "../../lib/format";

export function DashboardPage() {
  const query = useOfficialDashboard();
  const data = query.data;
  return (
    <>
      <PageHeader
        title="대시보드"
        breadcrumbs={[{ label: "홈" }]}
        description={data ? <p>관할: {data.scopeLabel}</p> : null}
      />
      {query.isPending ? <Loading /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data ? (
        <>
          <section className="app-section" aria-labelledby="dash-institutions">
            <h2 id="dash-institutions" className="app-section-title">
              기관 현황
            </h2>
            <ul className="app-stat-grid">
              <li className="app-stat">
                <span className="app-stat__label">전체 기관</span>
                <Link className="app-stat__value" to="/official/institutions">
                  {formatNumber(data.institutions.total)}
                  <span className="app-stat__unit">개소</span>
                </Link>
              </li>
              {INSTITUTION_STATUSES.map((status) => (
                <li key={status} className={`app-stat app-stat--${status}`}>
                  <span className="app-stat__label">{INSTITUTION_STATUS_LABELS[status]}</span>
                  <Link className="app-stat__value" to={`/official/institutions?status=${status}`}>
                    {formatNumber(data.institutions.byStatus[status])}
                    <span className="app-stat__unit">개소</span>
                  </Link>
                </li>
              ))}
              <li className="app-stat">
                <span className="app-stat__label">재직 종사자</span>
                <span className="app-stat__value">
                  {formatNumber(data.staff.active)}
                  <span className="app-stat__unit">명</span>
                </span>
              </li>
            </ul>
          </section>
          <section className="app-section" aria-labelledby="dash-fields">
            <h2 id="dash-fields" className="app-section-title">
              분야별 기관 수
            </h2>
            {data.institutions.byField.length === 0 ? (
              <EmptyState>조회된 기관이 없습니다</EmptyState>
            ) : (
              <div className="krds-table-wrap">
                <table className="tbl col data app-table app-table--narrow">
                  <caption className="sr-only">분야별 기관 수: 분야, 기관 수</caption>
                  <thead>
                    <tr>
                      <th scope="col">분야</th>
                      <th scope="col">기관 수</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.institutions.byField.map((row) => (
                      <tr key={row.field}>
                        <th scope="row">
                          <Link to={`/official/institutions?field=${encodeURIComponent(row.field)}`}>
                            {row.field}
                          </Link>
                        </th>
                        <td className="app-num">{formatNumber(row.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
