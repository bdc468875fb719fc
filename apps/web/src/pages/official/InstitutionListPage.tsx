import {
  INSTITUTION_SORT_LABELS,
  INSTITUTION_SORTS,
  INSTITUTION_STATUS_LABELS,
  INSTITUTION_STATUSES,
  type InstitutionSort,
  OPERATOR_KIND_LABELS,
  OPERATOR_KINDS,
} from "@ssis/domain";
import { compact } from "../../api/client";
import {
  downloadInstitutionExcel,
  INSTITUTION_EXPORTERS,
  listOfficialInstitutions,
  useInstitutionList,
} from "../../api/institutions";
import type { InstitutionType, Region } from "../../api/reference";
import { useInstitutionTypes, useRegions } from "../../api/reference";
import { useUser } from "../../auth/useSession";
import type { Option } from "../../components/FormField";
import { institutionExportAsk } from "../../components/InstitutionExportDialog";
import { InstitutionTable } from "../../components/InstitutionTable";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { formatNumber } from "../../lib/format";
import { type ListParams, useListParams } from "../../lib/listParams";
import { sidoChoices, sigunguChoices } from "../../lib/regions";

const GRADES = ["A", "B", "C", "D", "F", "none"] as const;
type GradeFilter = (typeof GRADES)[number];
const GRADE_OPTIONS: Option[] = GRADES.map((g) => ({
  value: g,
  label: g === "none" ? "미평가" : `${g}등급`,
}));
const STATUS_OPTIONS: Option[] = INSTITUTION_STATUSES.map((s) => ({
  value: s,
  label: INSTITUTION_STATUS_LABELS[s],
}));

const OPERATOR_KIND_OPTIONS: Option[] = OPERATOR_KINDS.map((k) => ({
  value: k,
  label: OPERATOR_KIND_LABELS[k],
}));

const FILTER_KEYS = [
  "q",
  "sido",
  "sigungu",
  "field",
  "type",
  "status",
  "grade",
  "operatorKind",
  "operator",
  "openedFrom",
  "openedTo",
  "closedFrom",
  "closedTo",
] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
/** The conditions under 상세 조건, folded away until one is used. */
const MORE_KEYS = ["operatorKind", "operator", "openedFrom", "openedTo", "closedFrom", "closedTo"] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOrEmpty = (value: string) => (ISO_DATE.test(value) ? value : "");

const SORTS = INSTITUTION_SORTS.map((value) => ({ value, label: INSTITUTION_SORT_LABELS[value] }));

export function InstitutionListPage() {
  const list = useListParams({ filters: FILTER_KEYS, sorts: SORTS });
  const { filters, sort } = list;
  const status = INSTITUTION_STATUSES.find((s) => s === filters.status);
  const grade = GRADES.find((g): g is GradeFilter => g === filters.grade);
  const operatorKind = OPERATOR_KINDS.find((k) => k === filters.operatorKind);
  const user = useUser();
  const canExport = INSTITUTION_EXPORTERS.includes(user.role);

  const query = compact({
    q: filters.q.trim(),
    sido: filters.sido,
    sigungu: filters.sigungu,
    field: filters.field,
    type: filters.type,
    status,
    grade,
    operatorKind,
    operator: filters.operator.trim(),
    openedFrom: dateOrEmpty(filters.openedFrom),
    openedTo: dateOrEmpty(filters.openedTo),
    closedFrom: dateOrEmpty(filters.closedFrom),
    closedTo: dateOrEmpty(filters.closedTo),
    sort,
  });
  const page = useInstitutionList({ ...query, cursor: list.cursor });
  // The server counts on the first page only; a later page reads the count there (usually cached).
  const first = useInstitutionList(query);
  const total = first.data?.total ?? undefined;
  // Past 1,000 matches the server stops counting (a nation-wide count costs too much on every search):
  // the screen says "1,000건 이상", and the Excel dialog asks for the exact number when it opens.
  const capped = first.data?.totalCapped ?? false;
  const totalText = `${formatNumber(total ?? 0)}건${capped ? " 이상" : ""}`;

  /** The exact number of rows the download will hold (the list counts only up to 1,000). */
  const exportAsk = async () => {
    const exact = capped
      ? ((await listOfficialInstitutions({ ...query, limit: 1, count: "exact" })).total ?? 0)
      : (total ?? 0);
    return institutionExportAsk(exact);
  };

  return (
    <>
      <PageHeader
        title="기관 현황"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "현황정보관리" }]}
        description={<p>관할 구역의 사회복지시설·사회서비스 제공기관을 조회합니다.</p>}
      />
      <InstitutionFilter list={list} />
      <ListSection
        id="institution-results"
        title="조회 결과"
        query={page}
        count={{ total, capped, testId: "institution-total" }}
        subject="기관"
        empty="조회된 기관이 없습니다"
        list={list}
        sortId="sort"
        excel={
          canExport
            ? {
                disabled: !page.isSuccess || total === 0,
                ask: exportAsk,
                download: (reason) => downloadInstitutionExcel(query, reason),
              }
            : undefined
        }
      >
        {(items) => (
          <InstitutionTable
            items={items}
            caption={`기관 현황 목록 (총 ${totalText} 중 ${formatNumber(list.cursorPage)}쪽 ${formatNumber(items.length)}건 표시): 기관명, 분야, 시설 유형, 소재지, 상태, 정원, 현원, 시설장, 전화번호, 최근 평가등급`}
            detailPath={(item) => `/official/institutions/${encodeURIComponent(item.id)}`}
            sorting={list}
          />
        )}
      </ListSection>
    </>
  );
}

function InstitutionFilter({ list }: { list: ListParams<FilterKey, InstitutionSort> }) {
  const user = useUser();
  const regions = useRegions();
  const types = useInstitutionTypes();
  const regionItems: Region[] = regions.data ?? [];
  const sidoOptions = sidoChoices(regionItems, user.scope);
  const sidoFixed = sidoOptions.length === 1 ? (sidoOptions[0]?.value ?? "") : "";
  const typeItems: InstitutionType[] = types.data ?? [];
  const fieldOptions = [...new Set(typeItems.map((t) => t.field))].map((f) => ({ value: f, label: f }));

  return (
    <ListFilter
      list={list}
      label="기관 검색"
      // What the official typed stays in the form; only the wrong end of a range is pointed out.
      check={(d) => ({
        openedTo:
          d.openedFrom && d.openedTo && d.openedFrom > d.openedTo
            ? "개소일(까지)는 개소일(부터)와 같거나 그 이후여야 합니다."
            : null,
        closedTo:
          d.closedFrom && d.closedTo && d.closedFrom > d.closedTo
            ? "폐지일(까지)는 폐지일(부터)와 같거나 그 이후여야 합니다."
            : null,
      })}
      prepare={(d) => {
        const sigunguFixed =
          user.scope.kind === "sigungu" &&
          sigunguChoices(regionItems, user.scope, sidoFixed || d.sido).length === 1;
        return { ...d, sido: sidoFixed ? "" : d.sido, sigungu: sigunguFixed ? "" : d.sigungu };
      }}
      more={{
        summary: "상세 조건 (운영주체·개소일·폐지일)",
        keys: MORE_KEYS,
        fields: (f) => (
          <>
            {f.select("operatorKind", "운영주체 구분", OPERATOR_KIND_OPTIONS)}
            {f.text("operator", "운영주체명", {
              type: "text",
              maxLength: 100,
              placeholder: "예: 행복재단",
              hint: "법인·단체 또는 개인 이름의 일부",
            })}
            {f.date("openedFrom", "개소일(부터)")}
            {f.date("openedTo", "개소일(까지)")}
            {f.date("closedFrom", "폐지일(부터)")}
            {f.date("closedTo", "폐지일(까지)")}
          </>
        ),
      }}
    >
      {(f) => {
        const sido = sidoFixed || f.draft.sido;
        const sigunguOptions = sigunguChoices(regionItems, user.scope, sido);
        const sigunguFixed = user.scope.kind === "sigungu" && sigunguOptions.length === 1;
        const typeOptions = typeItems
          .filter((t) => !f.draft.field || t.field === f.draft.field)
          .map((t) => ({ value: t.code, label: t.typeName }));
        return (
          <>
            {f.text("q", "검색어", {
              maxLength: 100,
              placeholder: "예: 행복요양원, ㅎㅂㅇㅇㅇ, 123-45-67890",
              hint: "기관명·도로명주소 일부, 기관명 초성 또는 사업자등록번호",
            })}
            {f.select("sido", "시도", sidoOptions, {
              placeholder: sidoFixed ? null : "전체",
              value: sido,
              disabled: regions.isPending,
              also: { sigungu: "" },
            })}
            {f.select("sigungu", "시군구", sigunguOptions, {
              placeholder: sigunguFixed ? null : sido ? "전체" : "시도를 먼저 선택하세요",
              value: sigunguFixed ? (sigunguOptions[0]?.value ?? "") : f.draft.sigungu,
              disabled: !sido,
            })}
            {f.select("field", "분야", fieldOptions, { also: { type: "" } })}
            {f.select("type", "시설 유형", typeOptions)}
            {f.select("status", "상태", STATUS_OPTIONS)}
            {f.select("grade", "최근 평가등급", GRADE_OPTIONS)}
          </>
        );
      }}
    </ListFilter>
  );
}
