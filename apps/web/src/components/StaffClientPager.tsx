import { formatNumber } from "../lib/format";

/** Page navigation for the 종사자·이용자 lists (offset pages: an institution's lists are short). */
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
  if (pages <= 1) return null;
  return (
    <nav className="app-pager" aria-label={`${label} 페이지`}>
      <button
        type="button"
        className="krds-btn small secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        이전
      </button>
      <p className="app-pager__status" aria-current="page">
        {formatNumber(page)} / {formatNumber(pages)} 쪽
      </p>
      <button
        type="button"
        className="krds-btn small secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        다음
      </button>
    </nav>
  );
}
