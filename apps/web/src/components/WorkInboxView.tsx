import type { Zone } from "@ssis/domain";
import { type DeadlineState, useWorkInbox } from "../api/work-inbox";
import { useListParams } from "../lib/listParams";
import { portalPath } from "../navigation/access";
import { ListFilter } from "./list/ListFilter";
import { ListSection } from "./list/ListSection";
import { PageHeader } from "./PageHeader";
import { RegionFilterFields } from "./RegionFilterFields";
import { WorkInboxKindLinks, WorkInboxTable, workInboxPath } from "./WorkInboxParts";

const LIMIT = 20;
const STATE_OPTIONS: { value: DeadlineState; label: string }[] = [
  { value: "overdue", label: "경과" },
  { value: "soon", label: "임박(3일 이내)" },
  { value: "ok", label: "여유" },
  { value: "none", label: "기한 없음" },
];
const FILTERS = ["kind", "sido", "sigungu", "state"] as const;

const INTRO: Record<Zone, string> = {
  official:
    "관할 기관에서 처리를 기다리는 업무입니다. 기한이 지난 일부터 기한이 가까운 순서로 보이며, 제목을 누르면 처리할 화면이 열립니다.",
  provider:
    "우리 기관이 제출하거나 처리해야 할 업무입니다. 기한이 지난 일부터 기한이 가까운 순서로 보이며, 제목을 누르면 처리할 화면이 열립니다.",
};

/**
 * 내 할 일 of either portal: the kinds with their counts (links that filter), 시군구 (officials over more than
 * one) and 기한 상태, and the work in deadline order with its state and days left. Conditions are in the
 * address, so the start page's summary and the menu can link into a filtered inbox.
 */
export function WorkInboxView({ portal }: { portal: Zone }) {
  const list = useListParams({ filters: FILTERS });
  const { filters } = list;
  const query = {
    kind: filters.kind || undefined,
    sidoCode: portal === "official" && !filters.sigungu ? filters.sido || undefined : undefined,
    sigunguCode: portal === "official" ? filters.sigungu || undefined : undefined,
    state: STATE_OPTIONS.find((s) => s.value === filters.state)?.value,
    page: list.page,
    limit: LIMIT,
  };
  const inbox = useWorkInbox(portal, query);
  const kinds = inbox.data?.kinds ?? [];
  const total = kinds.reduce((n, k) => n + k.count, 0);
  const hrefOf = (kind: string) => {
    const search = new URLSearchParams();
    for (const key of FILTERS) {
      const value = key === "kind" ? kind : filters[key];
      if (value) search.set(key, value);
    }
    const text = search.toString();
    return `${workInboxPath(portal)}${text ? `?${text}` : ""}`;
  };

  return (
    <>
      <PageHeader
        title="내 할 일"
        breadcrumbs={[{ label: "홈", to: portalPath(portal) }, { label: "업무 현황" }]}
        description={<p>{INTRO[portal]}</p>}
      />
      {inbox.data ? (
        <WorkInboxKindLinks
          kinds={kinds}
          total={total}
          active={filters.kind || undefined}
          hrefOf={hrefOf}
          label="업무 종류"
        />
      ) : null}
      <ListSection
        id="work-inbox-results"
        title="처리할 업무"
        filter={
          <ListFilter list={list} label="내 할 일 검색" idPrefix="inbox">
            {(f) => (
              <>
                {portal === "official" ? (
                  <RegionFilterFields idPrefix="inbox" value={f.draft} onChange={f.set} />
                ) : null}
                {f.select("state", "기한 상태", STATE_OPTIONS)}
              </>
            )}
          </ListFilter>
        }
        query={inbox}
        subject="내 할 일"
        loading="내 할 일을 불러오는 중입니다."
        empty="조건에 맞는 할 일이 없습니다"
        list={list}
        limit={LIMIT}
      >
        {(items) => (
          <WorkInboxTable portal={portal} items={items} label="내 할 일 목록" testId="work-inbox-table" />
        )}
      </ListSection>
    </>
  );
}
