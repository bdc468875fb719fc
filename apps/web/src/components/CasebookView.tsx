import { type FormEvent, useState } from "react";
import { type CasebookQuery, useCasebook } from "../api/inspections";
import { formatDate, formatNumber } from "../lib/format";
import { LiveRegion } from "./Alert";
import { SelectField, TextField } from "./FormField";
import "../styles/inspections.css";
import { ViolationCode } from "./CodeLabel";
import { EmptyState, Loading } from "./Loading";
import { PageHeader } from "./PageHeader";
import { QueryError } from "./QueryError";
import { Pager } from "./StaffClientPager";

const LIMIT = 20;

/**
 * The common 점검 영역 of the guideline (domain.md §7), as the default checklist names them. The case book
 * has no list of its own domains (see the report on the API), so the filter offers these.
 */
const DOMAINS = [
  "회계·예산",
  "보조금 집행",
  "후원금 관리",
  "종사자·인사",
  "시설 운영",
  "운영위원회",
  "이용자 인권·안전",
  "시설·물품 안전",
  "급식·위생",
  "기록·보고",
];

/** 지적 사례집: anonymised findings shared by officials, grouped by 점검 영역; the same book in both portals. */
export function CasebookView({ portal }: { portal: "official" | "provider" }) {
  const [draft, setDraft] = useState({ domain: "", q: "" });
  const [query, setQuery] = useState<CasebookQuery & { page: number }>({ page: 1 });
  const book = useCasebook(portal, { ...query, limit: LIMIT });
  const home = portal === "official" ? "/official" : "/provider";
  const search = (e: FormEvent) => {
    e.preventDefault();
    setQuery({ domain: draft.domain || undefined, q: draft.q.trim() || undefined, page: 1 });
  };
  const items = book.data?.items ?? [];
  const groups = [...new Set(items.map((i) => i.domain))].map((domain) => ({
    domain,
    items: items.filter((i) => i.domain === domain),
  }));

  return (
    <>
      <PageHeader
        title="지적 사례집"
        breadcrumbs={[{ label: "홈", to: home }, { label: "기관관리감독" }]}
        description={
          <p>
            전국의 지도점검에서 나온 지적 사례를 기관명 없이 모았습니다. 같은 일이 생기지 않도록 점검 영역별로
            살펴보세요.
          </p>
        }
      />
      <search className="app-filter" aria-label="지적 사례 검색">
        <form onSubmit={search}>
          <div className="app-filter__grid">
            <SelectField
              id="casebook-domain"
              label="점검 영역"
              options={DOMAINS.map((d) => ({ value: d, label: d }))}
              placeholder="전체"
              value={draft.domain}
              onChange={(e) => setDraft({ ...draft, domain: e.target.value })}
            />
            <TextField
              id="casebook-q"
              label="검색어"
              type="search"
              placeholder="예: 운영위원회, 후원금"
              value={draft.q}
              onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            />
          </div>
          <div className="app-filter__actions app-button-row">
            <button type="submit" className="krds-btn medium primary">
              검색
            </button>
          </div>
        </form>
      </search>
      <section className="app-section" aria-labelledby="casebook-results">
        <div className="app-list-header">
          <h2 id="casebook-results" className="app-section-title">
            사례
          </h2>
          <p className="app-count">
            {book.data ? (
              <>
                총 <strong>{formatNumber(book.data.total)}</strong>건 (최근 공유순)
              </>
            ) : (
              "조회 중"
            )}
          </p>
        </div>
        <LiveRegion message={book.data ? `지적 사례 총 ${formatNumber(book.data.total)}건` : null} />
        {book.isPending ? <Loading label="사례집을 불러오는 중입니다." /> : null}
        {book.isError ? <QueryError error={book.error} onRetry={() => void book.refetch()} /> : null}
        {book.data && items.length === 0 ? <EmptyState>조건에 맞는 사례가 없습니다</EmptyState> : null}
        <div data-testid="casebook">
          {groups.map((g) => (
            <section key={g.domain} className="app-section" aria-labelledby={`casebook-${g.domain}`}>
              <h3 id={`casebook-${g.domain}`} className="app-section-title">
                {g.domain} ({formatNumber(g.items.length)})
              </h3>
              {g.items.map((entry) => (
                <article key={entry.id} className="app-finding" aria-labelledby={`case-${entry.id}`}>
                  <div className="app-finding__head">
                    <h4 id={`case-${entry.id}`} className="app-finding__title">
                      {entry.title}
                    </h4>
                    <span className="app-badges">
                      <span className="krds-badge bg-light-warning">심각도 {entry.severityLabel}</span>
                      {entry.violationCode ? (
                        <span className="krds-badge bg-light-gray">
                          <ViolationCode code={entry.violationCode} />
                        </span>
                      ) : null}
                    </span>
                  </div>
                  <p className="app-pre">{entry.text}</p>
                  <p className="app-muted">
                    {entry.typeName ?? "시설"} · {formatDate(entry.sharedAt)} 공유
                  </p>
                </article>
              ))}
            </section>
          ))}
        </div>
        {book.data ? (
          <Pager
            page={query.page}
            limit={LIMIT}
            total={book.data.total}
            onPage={(page) => setQuery({ ...query, page })}
            label="지적 사례집"
          />
        ) : null}
      </section>
    </>
  );
}
