import type { Zone } from "@ssis/domain";
import { Link } from "react-router-dom";
import { useWorkInbox } from "../api/work-inbox";
import { useUser } from "../auth/useSession";
import { canOpen } from "../navigation/access";
import { EmptyState, Loading } from "./Loading";
import { QueryError } from "./QueryError";
import { WorkInboxKindLinks, WorkInboxTable, workInboxPath } from "./WorkInboxParts";

const SHOWN = 5;

/**
 * 내 할 일 at the top of a start page: the first five items (overdue first, as the inbox orders them), the
 * kinds that have work with their counts, and the way to the whole inbox.
 */
export function WorkInboxSummary({ portal }: { portal: Zone }) {
  const user = useUser();
  // The start page is open to some who have no inbox (평가기관); they see nothing here.
  return canOpen(user, portal === "official" ? "officialWorkInbox" : "providerWorkInbox") ? (
    <Summary portal={portal} />
  ) : null;
}

function Summary({ portal }: { portal: Zone }) {
  const inbox = useWorkInbox(portal, { page: 1, limit: SHOWN });
  const path = workInboxPath(portal);
  const kinds = (inbox.data?.kinds ?? []).filter((k) => k.count > 0);
  return (
    <section
      className="app-section app-inbox-summary"
      aria-labelledby="inbox-summary"
      data-testid="work-inbox-summary"
    >
      <h2 id="inbox-summary" className="app-section-title">
        내 할 일
      </h2>
      {inbox.isPending ? <Loading label="내 할 일을 불러오는 중입니다." /> : null}
      {inbox.isError ? <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
      {inbox.data && inbox.data.items.length === 0 ? <EmptyState>처리할 일이 없습니다</EmptyState> : null}
      {inbox.data && inbox.data.items.length > 0 ? (
        <>
          <WorkInboxKindLinks
            kinds={kinds}
            hrefOf={(kind) => `${path}?kind=${kind}`}
            label="업무 종류별 할 일"
          />
          <WorkInboxTable portal={portal} items={inbox.data.items} label="먼저 처리할 일" />
          <p className="app-inbox-summary__foot">
            <Link to={path}>내 할 일 전체 보기({inbox.data.total.toLocaleString("ko-KR")}건)</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
