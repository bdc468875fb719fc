import type { Role } from "@ssis/domain";
import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from "react";
import {
  type Client,
  type ClientQuery,
  type ClientSort,
  downloadInstitutionClientsExcel,
  unmaskInstitutionClient,
  useInstitutionClients,
} from "../api/clients";
import { downloadInstitutionStaffExcel, type StaffQuery, useInstitutionStaff } from "../api/staff";
import { useUser } from "../auth/useSession";
import { formatNumber } from "../lib/format";
import { Alert, LiveRegion } from "./Alert";
import { CLIENT_SORTS, ClientFilter, ClientTable, UnmaskDialog } from "./ClientParts";
import { SelectField, TextField } from "./FormField";
import { EmptyState, Loading } from "./Loading";
import { ClientExportDialog, downloadedNotice, StaffExportDialog } from "./PeopleExportDialogs";
import { QueryError } from "./QueryError";
import { Pager } from "./StaffClientPager";
import { StaffTable } from "./StaffTable";

/** Who reads residents on the officials' side, and who may unmask (as the server's clients.policy.ts). */
const CLIENT_READERS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];
const CLIENT_UNMASKERS: readonly Role[] = ["sido_official", "sigungu_official"];
const LIMIT = 20;

type TabId = "overview" | "staff" | "clients" | (string & {});

/** 기관 상세 (UWSI): 기본정보 · 종사자 · 이용자 tabs (KRDS tab markup, arrow keys move between tabs). */
export function InstitutionPeopleTabs({
  institutionId,
  overview,
  extraTabs = [],
}: {
  institutionId: string;
  overview: ReactNode;
  /** further tabs from other functions (e.g. 변경이력 of the register module) */
  extraTabs?: { id: string; label: string; content: ReactNode }[];
}) {
  const user = useUser();
  const base = useId();
  const tabs: { id: TabId; label: string }[] = [
    { id: "overview", label: "기본정보" },
    { id: "staff", label: "종사자" },
    ...(CLIENT_READERS.includes(user.role) ? [{ id: "clients" as const, label: "이용자" }] : []),
    ...extraTabs.map((t) => ({ id: t.id, label: t.label })),
  ];
  const [active, setActive] = useState<TabId>("overview");
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (e: KeyboardEvent, index: number) => {
    const delta = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = tabs[(index + delta + tabs.length) % tabs.length];
    if (next) {
      setActive(next.id);
      refs.current[next.id]?.focus();
    }
  };
  return (
    <div className="krds-tab-area">
      <div className="tab line">
        {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: KRDS tab markup is a ul; its items are presentation */}
        <ul role="tablist" aria-label="기관 정보">
          {tabs.map((t, i) => (
            <li key={t.id} role="presentation" className={active === t.id ? "active" : undefined}>
              <button
                ref={(el) => {
                  refs.current[t.id] = el;
                }}
                type="button"
                className="btn-tab"
                role="tab"
                id={`${base}-tab-${t.id}`}
                aria-controls={`${base}-panel-${t.id}`}
                aria-selected={active === t.id}
                tabIndex={active === t.id ? 0 : -1}
                onClick={() => setActive(t.id)}
                onKeyDown={(e) => onKey(e, i)}
              >
                {t.label}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="tab-conts-wrap">
        {tabs.map((t) =>
          active === t.id ? (
            <section
              key={t.id}
              className="tab-conts active"
              role="tabpanel"
              id={`${base}-panel-${t.id}`}
              aria-labelledby={`${base}-tab-${t.id}`}
            >
              {t.id === "overview" ? overview : null}
              {extraTabs.find((x) => x.id === t.id)?.content ?? null}
              {t.id === "staff" ? <InstitutionStaffTab institutionId={institutionId} /> : null}
              {t.id === "clients" ? (
                <InstitutionClientsTab
                  institutionId={institutionId}
                  canUnmask={CLIENT_UNMASKERS.includes(user.role)}
                />
              ) : null}
            </section>
          ) : null,
        )}
      </div>
    </div>
  );
}

function InstitutionStaffTab({ institutionId }: { institutionId: string }) {
  const [query, setQuery] = useState<StaffQuery & { page: number }>({
    status: "active",
    sort: "name",
    page: 1,
  });
  const [draft, setDraft] = useState({ status: "active", q: "" });
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useInstitutionStaff(institutionId, { ...query, limit: LIMIT });
  return (
    <div className="app-section">
      <h2 className="app-section-title">종사자 현황</h2>
      <form
        className="app-filter"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ ...query, status: draft.status as "active", q: draft.q.trim() || undefined, page: 1 });
        }}
      >
        <div className="app-filter__grid">
          <SelectField
            id="ost-status"
            label="재직 여부"
            options={[
              { value: "active", label: "재직" },
              { value: "left", label: "퇴직" },
              { value: "all", label: "전체" },
            ]}
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value })}
          />
          <TextField
            id="ost-q"
            label="성명"
            type="search"
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
          />
        </div>
        <div className="app-filter__actions">
          <button type="submit" className="krds-btn medium primary">
            검색
          </button>
        </div>
      </form>
      <div className="app-list-header">
        <p className="app-count">
          {list.data ? (
            <>
              총 <strong>{formatNumber(list.data.total)}</strong>명
            </>
          ) : (
            "조회 중"
          )}
        </p>
        <div className="app-sort">
          <ExportButton disabled={!list.data || list.data.total === 0} onClick={() => setExporting(true)} />
        </div>
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <LiveRegion message={list.data ? `종사자 총 ${formatNumber(list.data.total)}명` : null} />
      {list.isPending ? <Loading label="종사자 목록을 불러오는 중입니다." /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <EmptyState>조건에 맞는 종사자가 없습니다</EmptyState>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <StaffTable items={list.data.items} />
          <Pager
            page={query.page}
            limit={LIMIT}
            total={list.data.total}
            onPage={(page) => setQuery({ ...query, page })}
            label="종사자 목록"
          />
        </>
      ) : null}
      {exporting && list.data ? (
        <StaffExportDialog
          total={list.data.total}
          download={(reason) => downloadInstitutionStaffExcel(institutionId, query, reason)}
          onClose={(done) => {
            setExporting(false);
            if (done) setNotice(downloadedNotice(done));
          }}
        />
      ) : null}
    </div>
  );
}

function ExportButton({ disabled, onClick }: { disabled: boolean; onClick: () => void }) {
  return (
    <button type="button" className="krds-btn medium secondary" disabled={disabled} onClick={onClick}>
      엑셀 다운로드
    </button>
  );
}

function InstitutionClientsTab({ institutionId, canUnmask }: { institutionId: string; canUnmask: boolean }) {
  const [query, setQuery] = useState<ClientQuery & { page: number; sort: ClientSort }>({
    status: "active",
    sort: "name",
    page: 1,
  });
  const [unmasking, setUnmasking] = useState<Client | null>(null);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useInstitutionClients(institutionId, { ...query, limit: LIMIT });
  return (
    <div className="app-section">
      <h2 className="app-section-title">이용자 현황</h2>
      <p className="app-muted">주민등록번호는 가려서 보이며, 조회와 열람은 모두 접속기록에 남습니다.</p>
      <div className="app-filter">
        <ClientFilter initial={query} onSearch={(f) => setQuery({ ...query, ...f, page: 1 })} />
      </div>
      <div className="app-list-header">
        <p className="app-count">
          {list.data ? (
            <>
              총 <strong>{formatNumber(list.data.total)}</strong>명
              {list.data.residential
                ? ` (정원 ${formatNumber(list.data.capacity)}명, 재원 ${formatNumber(list.data.activeCount)}명)`
                : ""}
            </>
          ) : (
            "조회 중"
          )}
        </p>
        <div className="app-sort">
          <label htmlFor="oc-sort">정렬</label>
          <select
            id="oc-sort"
            className="krds-form-select small"
            value={query.sort}
            onChange={(e) => setQuery({ ...query, sort: e.target.value as ClientSort, page: 1 })}
          >
            {CLIENT_SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <ExportButton disabled={!list.data || list.data.total === 0} onClick={() => setExporting(true)} />
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <LiveRegion message={list.data ? `이용자 총 ${formatNumber(list.data.total)}명` : null} />
      {list.isPending ? <Loading label="이용자 목록을 불러오는 중입니다." /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <EmptyState>조건에 맞는 이용자가 없습니다</EmptyState>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <ClientTable
            items={list.data.items}
            actions={
              canUnmask
                ? (c) => (
                    <button
                      type="button"
                      className="krds-btn small secondary"
                      onClick={() => setUnmasking(c)}
                    >
                      주민등록번호 보기<span className="sr-only"> ({c.name})</span>
                    </button>
                  )
                : undefined
            }
          />
          <Pager
            page={query.page}
            limit={LIMIT}
            total={list.data.total}
            onPage={(page) => setQuery({ ...query, page })}
            label="이용자 목록"
          />
        </>
      ) : null}
      {unmasking ? (
        <UnmaskDialog
          client={unmasking}
          unmask={(reason) => unmaskInstitutionClient(institutionId, unmasking.id, reason)}
          onClose={() => setUnmasking(null)}
        />
      ) : null}
      {exporting && list.data ? (
        <ClientExportDialog
          total={list.data.total}
          download={(reason) => downloadInstitutionClientsExcel(institutionId, query, reason)}
          onClose={(done) => {
            setExporting(false);
            if (done) setNotice(downloadedNotice(done));
          }}
        />
      ) : null}
    </div>
  );
}
