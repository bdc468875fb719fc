import type { Zone } from "@ssis/domain";
import { Link } from "react-router-dom";
import {
  type DeadlineState,
  useWorkInboxCount,
  type WorkInboxItem,
  type WorkInboxKind,
} from "../api/work-inbox";
import { useUser } from "../auth/useSession";
import { formatDate, formatNumber } from "../lib/format";
import { DataTable } from "./list/DataTable";
import "../styles/work.css";

/** 경과 red, 임박 amber, 여유 and 기한 없음 neutral. */
const STATE_TONE: Record<DeadlineState, string> = {
  overdue: "bg-light-danger",
  soon: "bg-light-warning",
  ok: "bg-light-gray",
  none: "bg-light-gray",
};

export function DeadlineBadge({ state, label }: { state: DeadlineState; label: string }) {
  return <span className={`krds-badge ${STATE_TONE[state]}`}>{label}</span>;
}

/** Days to the deadline in words: "3일 남음", "오늘까지", "170일 경과", or "기한 없음". */
export function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return "기한 없음";
  if (daysLeft < 0) return `${formatNumber(-daysLeft)}일 경과`;
  return daysLeft === 0 ? "오늘까지" : `${formatNumber(daysLeft)}일 남음`;
}

export const workInboxPath = (portal: Zone) => `/${portal}/work-inbox`;

/**
 * The inbox's kinds with their counts, each a link to the inbox filtered by it (`hrefOf`); the one chosen is
 * marked. "전체" first when `total` is given.
 */
export function WorkInboxKindLinks({
  kinds,
  hrefOf,
  active,
  total,
  label,
}: {
  kinds: readonly WorkInboxKind[];
  hrefOf: (kind: string) => string;
  active?: string;
  total?: number;
  label: string;
}) {
  return (
    <nav className="app-kind-links" aria-label={label}>
      <ul>
        {total !== undefined ? (
          <li>
            <Link
              to={hrefOf("")}
              className={`app-kind-link${active ? "" : " is-active"}`}
              aria-current={active ? undefined : "true"}
            >
              전체 <span className="app-kind-link__count">{formatNumber(total)}</span>
            </Link>
          </li>
        ) : null}
        {kinds.map((k) => (
          <li key={k.kind}>
            <Link
              to={hrefOf(k.kind)}
              className={`app-kind-link${active === k.kind ? " is-active" : ""}${k.count === 0 ? " is-empty" : ""}`}
              aria-current={active === k.kind ? "true" : undefined}
            >
              {k.label} <span className="app-kind-link__count">{formatNumber(k.count)}</span>
              {k.overdue > 0 ? (
                <span className="app-kind-link__overdue">경과 {formatNumber(k.overdue)}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The inbox's rows, in the server's order (overdue first, then by deadline): state, kind, the work (a link
 * to it), the institution and 시군구 for officials, the deadline and the days left.
 */
export function WorkInboxTable({
  portal,
  items,
  label,
  testId,
}: {
  portal: Zone;
  items: readonly WorkInboxItem[];
  label: string;
  testId?: string;
}) {
  const user = useUser();
  const official = portal === "official";
  const region = official && user.scope.kind !== "sigungu";
  const columns = [
    "기한 상태",
    "업무 종류",
    "할 일",
    ...(official ? ["기관명"] : []),
    ...(region ? ["시군구"] : []),
    "기한",
  ];
  return (
    <DataTable
      label={`${label} 표`}
      caption={`${label}: ${columns.join(", ")}`}
      columns={columns}
      testId={testId}
    >
      {items.map((item) => (
        <tr key={`${item.kind}:${item.id}`}>
          <td className="app-nowrap">
            <DeadlineBadge state={item.state} label={item.stateLabel} />
          </td>
          <td className="app-nowrap">{item.kindLabel}</td>
          <th scope="row" className="app-cell-name">
            <Link to={item.link}>{item.title}</Link>
          </th>
          {official ? <td>{item.institutionName}</td> : null}
          {region ? <td className="app-nowrap">{item.sigunguName ?? "-"}</td> : null}
          <td className="app-nowrap">
            {item.dueOn ? (
              <>
                {formatDate(item.dueOn)}{" "}
                <span className={`app-days-left app-days-left--${item.state}`}>
                  {daysLeftText(item.daysLeft)}
                </span>
              </>
            ) : (
              "-"
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The menu's count beside 내 할 일: all open items, and those past their deadline in red. */
export function WorkInboxNavCount({ portal }: { portal: Zone }) {
  const count = useWorkInboxCount(portal, true).data;
  if (!count || count.count === 0) return null;
  return (
    <span className="app-nav-count" data-testid="work-inbox-count">
      <span className="app-nav-count__all" aria-hidden="true">
        {formatNumber(count.count)}
      </span>
      {count.overdue > 0 ? (
        <span className="app-nav-count__overdue" aria-hidden="true">
          경과 {formatNumber(count.overdue)}
        </span>
      ) : null}
      <span className="sr-only">
        {formatNumber(count.count)}건{count.overdue > 0 ? `, 기한 경과 ${formatNumber(count.overdue)}건` : ""}
      </span>
    </span>
  );
}
