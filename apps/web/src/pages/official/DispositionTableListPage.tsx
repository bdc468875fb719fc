import { Link } from "react-router-dom";
import { useTables } from "../../api/dispositions";
import { useUser } from "../../auth/useSession";
import { Alert } from "../../components/Alert";
import { VerifiedBadge } from "../../components/DispositionParts";
import { DataTable } from "../../components/list/DataTable";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { formatDate, formatNumber } from "../../lib/format";
import { canOpen } from "../../navigation/access";

/** 처분기준표 (UWDX): every version of every law's 행정처분기준, built in or entered by the ministry. */
export function DispositionTableListPage() {
  const user = useUser();
  const tables = useTables();
  const items = [...(tables.data?.items ?? [])].sort(
    (a, b) => a.lawCode.localeCompare(b.lawCode) || b.effectiveFrom.localeCompare(a.effectiveFrom),
  );
  return (
    <>
      <PageHeader
        title="처분기준표"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "기관관리감독" }]}
        description={
          <p>
            법령별 행정처분기준의 판입니다. 위반행위에는 그 적발일(위반일이 있으면 위반일)에 시행 중인 판이
            적용되고, 새 판이 나와도 옛 판은 그 시행 기간의 위반행위에 계속 쓰입니다. ‘미확인’은 공포된 원문과
            대조하지 못한 내용이므로 처분 전에 원문을 확인하세요. 출처와 항목별 확인 여부는 각 판에서 볼 수
            있습니다.
          </p>
        }
        actions={
          canOpen(user, "dispositionTableEdit") ? (
            <Link to="/official/disposition-tables/new" className="krds-btn medium primary">
              새 판 등록
            </Link>
          ) : null
        }
      />
      {tables.data && tables.data.problems.length > 0 ? (
        <Alert tone="warning" title="판 사이에 맞지 않는 곳이 있습니다">
          <ul className="disp-list">
            {tables.data.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <ListSection
        id="tables-list"
        title="처분기준표 판 목록"
        query={tables}
        items={tables.data ? items : undefined}
        count={{ total: tables.data ? items.length : undefined, unit: "개" }}
        subject="처분기준표 판"
        empty="등록된 처분기준표가 없습니다"
      >
        {(items) => (
          <DataTable
            label="처분기준표 판 목록 표"
            testId="ladder-tables"
            caption="처분기준표 판: 처분기준표(판 식별자), 법령, 시행 기간, 구분, 확인, 개별기준 수"
            columns={["처분기준표", "법령", "시행 기간", "구분", "확인", "개별기준"]}
          >
            {items.map((t) => (
              <tr key={t.key}>
                <th scope="row" className="app-cell-name">
                  <Link to={`/official/disposition-tables/${encodeURIComponent(t.key)}`}>{t.tableName}</Link>
                  <span className="app-code">{t.key}</span>
                </th>
                <td>
                  {t.lawName}
                  <span className="app-code">{t.lawCode}</span>
                </td>
                <td className="app-nowrap">
                  {formatDate(t.effectiveFrom)} ~{" "}
                  {t.effectiveTo ? formatDate(t.effectiveTo) : "다음 판 시행 전까지"}
                </td>
                <td className="app-nowrap">{t.builtIn ? "기본 제공" : "보건복지부 입력"}</td>
                <td className="app-nowrap">
                  <VerifiedBadge verified={t.verified} />
                </td>
                <td className="app-nowrap">
                  {formatNumber(t.rows)}개
                  {t.unverifiedRows > 0 ? (
                    <span className="app-muted"> (미확인 {formatNumber(t.unverifiedRows)})</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
    </>
  );
}
