import { formatNumber } from "../../lib/format";
import type { ListParams } from "../../lib/listParams";

interface PagerFrameProps {
  /** what is paged ("지원기관 목록"); the navigation is named "… 페이지" */
  label: string;
  status: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** 이전 · where we are · 다음, on one row. */
function PagerFrame({ label, status, hasPrevious, hasNext, onPrevious, onNext }: PagerFrameProps) {
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav className="app-pager" aria-label={`${label} 페이지`}>
      <button type="button" className="krds-btn small secondary" disabled={!hasPrevious} onClick={onPrevious}>
        이전
      </button>
      <p className="app-pager__status" aria-current="page">
        {status}
      </p>
      <button type="button" className="krds-btn small secondary" disabled={!hasNext} onClick={onNext}>
        다음
      </button>
    </nav>
  );
}

/** Numbered pages of a list that knows its total ("2 / 5 쪽"); nothing when everything fits on one. */
export function Pager({
  page,
  limit,
  total,
  onPage,
  label,
}: {
  page: number;
  limit: number;
  total: number;
  onPage: (page: number) => void;
  label: string;
}) {
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <PagerFrame
      label={label}
      status={`${formatNumber(page)} / ${formatNumber(pages)} 쪽`}
      hasPrevious={page > 1}
      hasNext={page < pages}
      onPrevious={() => onPage(page - 1)}
      onNext={() => onPage(page + 1)}
    />
  );
}

export type Paging = Pick<
  ListParams<string, string>,
  "page" | "setPage" | "cursorPage" | "nextCursor" | "previousCursor"
>;

/**
 * The pager of a list whose page is in the address (useListParams): numbered pages when the server counts
 * (`total`), keyset pages when it answers a `next` cursor instead (이전 goes back along the address).
 */
export function ListPager({
  list,
  label,
  ...paging
}: { list: Paging; label: string } & (
  | { limit: number; total: number }
  | { next: string | number | null | undefined }
)) {
  if ("next" in paging) {
    const next = paging.next;
    return (
      <PagerFrame
        label={label}
        status={`${formatNumber(list.cursorPage)}쪽`}
        hasPrevious={list.cursorPage > 1}
        hasNext={next !== null && next !== undefined}
        onPrevious={list.previousCursor}
        onNext={() => {
          if (next !== null && next !== undefined) list.nextCursor(String(next));
        }}
      />
    );
  }
  return (
    <Pager page={list.page} limit={paging.limit} total={paging.total} onPage={list.setPage} label={label} />
  );
}
