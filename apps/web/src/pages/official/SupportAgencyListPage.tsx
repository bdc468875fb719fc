import { AGENCY_KINDS, type AgencyKind } from "@ssis/domain";
import { Link } from "react-router-dom";
import { useRegions } from "../../api/reference";
import { type AgencyQuery, type AgencySort, useAgencies } from "../../api/support-agencies";
import { useUser } from "../../auth/useSession";
import { DataTable } from "../../components/list/DataTable";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { ActiveBadge } from "../../components/SupportAgencyParts";
import { formatNumber, orEmpty } from "../../lib/format";
import { useListParams } from "../../lib/listParams";
import { canOpen } from "../../navigation/access";

const SORTS: { value: AgencySort; label: string }[] = [
  { value: "name", label: "기관명 가나다순" },
  { value: "-name", label: "기관명 역순" },
  { value: "kind", label: "유형순" },
  { value: "sido", label: "소재 시도순" },
  { value: "-assignments", label: "지원 중 배정 많은순" },
];
const KIND_OPTIONS = AGENCY_KINDS.map((k) => ({ value: k, label: k }));
const ACTIVE_OPTIONS = [
  { value: "true", label: "운영" },
  { value: "false", label: "운영 중단" },
];
const PAGE_SIZE = 20;

/** 지원기관 관리: the register of support bodies (사회서비스원, 지원단, 평가·컨설팅기관). */
export function SupportAgencyListPage() {
  const user = useUser();
  const regions = useRegions();
  const list = useListParams({ filters: ["q", "kind", "sido", "active"], sorts: SORTS });
  const { filters } = list;
  const kind = AGENCY_KINDS.find((k): k is AgencyKind => k === filters.kind);
  const active = filters.active === "true" || filters.active === "false" ? filters.active : undefined;
  const query: AgencyQuery = {
    q: filters.q.trim() || undefined,
    kind,
    sido: filters.sido || undefined,
    active,
    sort: list.sort,
    page: list.page,
    limit: PAGE_SIZE,
  };
  const agencies = useAgencies(query);
  const sidoOptions = (regions.data ?? [])
    .filter((r) => r.level === "sido")
    .map((r) => ({ value: r.sidoCode, label: r.sidoName }));

  return (
    <>
      <PageHeader
        title="지원기관 관리"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "현황정보관리" }]}
        description={
          <p>
            사회서비스원, 지역사회서비스지원단, 평가·컨설팅기관 등 지원기관과 사업 지역, 기관 배정 현황을
            관리합니다.
          </p>
        }
        actions={
          canOpen(user, "officialSupportAgencyEdit") ? (
            <Link to="/official/support-agencies/new" className="krds-btn medium primary">
              지원기관 등록
            </Link>
          ) : null
        }
      />
      <ListFilter list={list} label="지원기관 검색" idPrefix="agency">
        {(f) => (
          <>
            {f.text("q", "기관명", { maxLength: 50, placeholder: "예: 사회서비스원" })}
            {f.select("kind", "유형", KIND_OPTIONS)}
            {f.select("sido", "시도(소재 또는 사업 지역)", sidoOptions, { disabled: regions.isPending })}
            {f.select("active", "운영 여부", ACTIVE_OPTIONS)}
          </>
        )}
      </ListFilter>
      <ListSection
        id="agency-results"
        title="조회 결과"
        query={agencies}
        unit="개 기관"
        subject="지원기관"
        empty="조회된 지원기관이 없습니다"
        list={list}
        sortId="agency-sort"
        limit={PAGE_SIZE}
      >
        {(items) => (
          <DataTable
            label="지원기관 목록 표"
            caption={`지원기관 목록 (총 ${formatNumber(agencies.data?.total ?? 0)}개): 기관명, 유형, 소재 시도, 사업 지역, 전화번호, 담당자 계정 수, 지원 중 배정 수, 운영 여부`}
            columns={[
              { header: "기관명", sort: "name" },
              { header: "유형", sort: "kind" },
              { header: "소재 시도", sort: "sido" },
              "사업 지역",
              "전화번호",
              "담당자 계정",
              { header: "지원 중 배정", sort: "assignments" },
              "운영 여부",
            ]}
            sorting={list}
          >
            {items.map((a) => (
              <tr key={a.id}>
                <th scope="row" className="app-cell-name">
                  <Link to={`/official/support-agencies/${encodeURIComponent(a.id)}`}>{a.name}</Link>
                </th>
                <td className="app-nowrap">{a.kind}</td>
                <td className="app-nowrap">{orEmpty(a.sidoName)}</td>
                <td>{a.coverage.length > 0 ? a.coverage.map((c) => c.label).join(", ") : "-"}</td>
                <td className="app-nowrap">{orEmpty(a.phone)}</td>
                <td className="app-num">{formatNumber(a.staffCount)}명</td>
                <td className="app-num">{formatNumber(a.activeAssignments)}곳</td>
                <td>
                  <ActiveBadge isActive={a.isActive} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
    </>
  );
}
