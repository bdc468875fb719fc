import { koreaToday } from "@ssis/domain";
import { Link } from "react-router-dom";
import { useMine } from "../../api/dispositions";
import { Alert } from "../../components/Alert";
import { DispositionStatusBadge, periodText } from "../../components/DispositionParts";
import { DataTable } from "../../components/list/DataTable";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { daysLeft } from "../../lib/deadlines";
import { formatDate, orEmpty } from "../../lib/format";
import { useListParams } from "../../lib/listParams";

const LIMIT = 20;

/** 행정처분 (CWOM): our institution's pre-notices and decisions, the history that follows it. */
export function ProviderDispositionListPage() {
  const list = useListParams({ filters: [] });
  const dispositions = useMine({ page: list.page, limit: LIMIT, sort: "-created_at" });
  const open = (dispositions.data?.items ?? []).filter(
    (d) => d.status === "pre_noticed" && d.opinionDueOn && d.opinionDueOn >= koreaToday(),
  );
  return (
    <>
      <PageHeader
        title="행정처분"
        breadcrumbs={[{ label: "홈", to: "/provider" }, { label: "기관관리감독" }]}
        description={
          <p>
            처분청이 우리 기관에 보낸 처분 사전통지와 처분 결정입니다. 사전통지를 받으면 의견제출 기한까지
            의견과 자료를 낼 수 있습니다.
          </p>
        }
      />
      {open.length > 0 ? (
        <Alert tone="warning" title="의견을 낼 수 있는 사전통지가 있습니다">
          <ul className="disp-list">
            {open.map((d) => (
              <li key={d.id}>
                <Link to={`/provider/dispositions/${d.id}`}>
                  {d.authorityName} · {d.measureLabel}
                </Link>{" "}
                — 의견제출 기한 {formatDate(d.opinionDueOn)} ({daysLeft(d.opinionDueOn)})
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <ListSection
        id="my-dispositions"
        title="처분 목록"
        query={dispositions}
        subject="행정처분"
        empty="받은 행정처분이 없습니다"
        list={list}
        limit={LIMIT}
      >
        {(items) => (
          <DataTable
            label="행정처분 목록 표"
            testId="my-dispositions"
            caption="행정처분: 처분청, 처분 내용, 상태, 사전통지일, 의견제출 기한, 처분일, 처분 기간"
            columns={["처분청", "처분 내용", "상태", "사전통지일", "의견제출 기한", "처분일", "처분 기간"]}
          >
            {items.map((d) => (
              <tr key={d.id}>
                <th scope="row" className="app-cell-name">
                  <Link to={`/provider/dispositions/${d.id}`}>
                    {d.authorityName}
                    <span className="sr-only"> {d.measureLabel} 처분 보기</span>
                  </Link>
                </th>
                <td>
                  {d.measureLabel}
                  <span className="app-muted"> ({orEmpty(d.repeatSummary)})</span>
                </td>
                <td className="app-nowrap">
                  <DispositionStatusBadge status={d.status} label={d.statusLabel} />
                </td>
                <td className="app-nowrap">{formatDate(d.preNoticeOn)}</td>
                <td className="app-nowrap">
                  {formatDate(d.opinionDueOn)}
                  {d.status === "pre_noticed" && d.opinionDueOn ? (
                    <span className="app-muted"> ({daysLeft(d.opinionDueOn)})</span>
                  ) : null}
                </td>
                <td className="app-nowrap">{formatDate(d.decidedOn)}</td>
                <td className="app-nowrap">{periodText(d)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </ListSection>
    </>
  );
}
