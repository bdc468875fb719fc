import { Link, useParams } from "react-router-dom";
import { useAssignedInstitution } from "../../api/support-agencies";
import { KeyValueTable } from "../../components/KeyValueTable";
import { Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { StatusBadge } from "../../components/StatusBadge";
import { period } from "../../components/SupportAgencyParts";
import { formatNumber, orEmpty } from "../../lib/format";

const people = (n: number | null) => (n === null ? orEmpty(null) : `${formatNumber(n)}명`);

/** 배정 기관 요약: what a support agency may see while the assignment runs (no staff, no clients). */
export function AgencyInstitutionPage() {
  const { id = "" } = useParams();
  const query = useAssignedInstitution(id);
  const crumbs = [
    { label: "홈", to: "/provider" },
    { label: "지원 대상 기관", to: "/provider/agency" },
  ];
  if (query.isPending) return <Loading label="기관 요약 정보를 불러오는 중입니다." />;
  if (query.isError)
    return (
      <>
        <PageHeader title="배정 기관 요약" breadcrumbs={crumbs} />
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
        <p>
          배정 기간이 아닌 기관은 볼 수 없습니다. <Link to="/provider/agency">지원 대상 기관 목록으로</Link>
        </p>
      </>
    );
  const d = query.data;
  return (
    <>
      <PageHeader
        title={d.name}
        breadcrumbs={crumbs}
        description={<p>배정 기간 중인 기관의 요약 정보입니다. 종사자·이용자 정보는 제공하지 않습니다.</p>}
      />
      <Section id="assigned-general" title="기관 요약">
        <KeyValueTable
          caption={`${d.name} 요약 정보`}
          rows={[
            ["기관명", d.name],
            ["상태", <StatusBadge key="s" status={d.status} label={d.statusLabel} />],
            ["분야", d.field],
            ["시설 유형", d.typeName],
            ["소재지", `${d.sidoName} ${d.sigunguName}`],
            ["주소", d.roadAddress],
            ["전화번호", orEmpty(d.phone)],
            ["시설장", orEmpty(d.headName)],
            ["정원", people(d.capacity)],
            ["현원", people(d.currentUsers)],
            [
              "최근 평가등급",
              d.latestGrade ? `${d.latestGrade}등급 (${d.latestGradeYear ?? "-"}년)` : "미평가",
            ],
          ]}
        />
      </Section>
      <Section id="assigned-periods" title="지원 중인 배정">
        <ul className="app-list">
          {d.assignments.map((a) => (
            <li key={a.id}>
              {a.purpose}: {period(a)}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
