import { isRole, ROLE_LABELS, ROLES } from "@ssis/domain";
import { type FormEvent, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router-dom";
import type { AdminUser } from "../../api/admin-users";
import { useUnlockUser, useUsers } from "../../api/admin-users";
import { compact } from "../../api/client";
import { errorMessage } from "../../api/problem";
import { Alert } from "../../components/Alert";
import { SelectField, TextField } from "../../components/FormField";
import { EmptyState, Loading } from "../../components/Loading";
import { Modal } from "../../components/Modal";
import { PageHeader } from "../../components/PageHeader";
import { PasswordResetDialog } from "../../components/PasswordResetDialog";
import { QueryError } from "../../components/QueryError";
import { ScrollTable } from "../../components/TableWrap";
import { formatDateTime, formatNumber } from "../../lib/format";

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const LOCK_OPTIONS = [
  { value: "true", label: "잠김" },
  { value: "false", label: "정상" },
];

interface Filters {
  q: string;
  role: string;
  locked: string;
}

export function AdminUsersPage() {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    q: params.get("q") ?? "",
    role: params.get("role") ?? "",
    locked: params.get("locked") ?? "",
  };
  const locked = filters.locked === "true" || filters.locked === "false" ? filters.locked : undefined;
  const role = isRole(filters.role) ? filters.role : undefined;
  const users = useUsers(compact({ q: filters.q, role, locked }));
  const items = useMemo(() => users.data?.pages.flatMap((p) => p.items) ?? [], [users.data]);
  const unlock = useUnlockUser();
  const [confirming, setConfirming] = useState<AdminUser | null>(null);
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const [result, setResult] = useState<{ tone: "success" | "danger"; message: string } | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  const apply = (next: Filters) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v.trim()) search.set(k, v.trim());
    setParams(search);
  };

  const confirmUnlock = async () => {
    const target = confirming;
    if (!target || unlock.isPending) return;
    try {
      await unlock.mutateAsync(target.id);
      setResult({
        tone: "success",
        message: `${target.name}(${target.username}) 계정의 잠금을 해제했습니다.`,
      });
    } catch (error) {
      setResult({ tone: "danger", message: errorMessage(error) });
    } finally {
      setConfirming(null);
    }
  };

  return (
    <>
      <PageHeader
        title="사용자 관리"
        breadcrumbs={[{ label: "홈", to: "/official" }, { label: "시스템" }]}
        description={
          <p>사용자 계정을 조회하고, 로그인 실패로 잠긴 계정의 잠금을 해제하거나 비밀번호를 초기화합니다.</p>
        }
      />
      <UserFilter key={params.toString()} initial={filters} onSearch={apply} />
      {result ? (
        <Alert tone={result.tone} live={result.tone === "danger" ? "alert" : "status"}>
          <p>{result.message}</p>
        </Alert>
      ) : null}
      <section className="app-section" aria-labelledby="user-results">
        <div className="app-list-header">
          <h2 id="user-results" className="app-section-title">
            사용자 목록
          </h2>
          <p className="app-count">
            <strong>{formatNumber(items.length)}</strong>명 표시{users.hasNextPage ? " (더 있음)" : ""}
          </p>
        </div>
        {users.isPending ? <Loading label="사용자 목록을 불러오는 중입니다." /> : null}
        {users.isError ? <QueryError error={users.error} onRetry={() => void users.refetch()} /> : null}
        {users.isSuccess && items.length === 0 ? <EmptyState>조회된 사용자가 없습니다</EmptyState> : null}
        {items.length > 0 ? (
          <ScrollTable label="사용자 목록 표">
            <table className="tbl col data app-table" data-testid="user-table">
              <caption className="sr-only">
                사용자 목록: 아이디, 이름, 역할, 관할·소속, 사용 여부, 계정 상태(잠금, 비밀번호 변경 필요),
                최근 로그인, 관리
              </caption>
              <thead>
                <tr>
                  <th scope="col">아이디</th>
                  <th scope="col">이름</th>
                  <th scope="col">역할</th>
                  <th scope="col">관할·소속</th>
                  <th scope="col">사용 여부</th>
                  <th scope="col">계정 상태</th>
                  <th scope="col">최근 로그인</th>
                  <th scope="col">관리</th>
                </tr>
              </thead>
              <tbody>
                {items.map((u) => (
                  <tr key={u.id}>
                    <th scope="row" className="app-nowrap">
                      {u.username}
                    </th>
                    <td className="app-nowrap">{u.name}</td>
                    <td>{u.roleLabel}</td>
                    <td>{u.scopeLabel}</td>
                    <td>{u.isActive ? "사용" : "사용 중지"}</td>
                    <td>
                      {/* One line each, so the column stays narrow enough for the table to fit. */}
                      {u.lockedAt ? (
                        <>
                          <div>
                            <span className="krds-badge bg-light-danger">잠김</span>
                          </div>
                          <div className="app-nowrap">{formatDateTime(u.lockedAt)}</div>
                        </>
                      ) : (
                        <div>정상{u.failedAttempts > 0 ? ` (로그인 실패 ${u.failedAttempts}회)` : ""}</div>
                      )}
                      {u.mustChangePassword ? (
                        <div>
                          <span className="krds-badge bg-light-warning">비밀번호 변경 필요</span>
                        </div>
                      ) : null}
                    </td>
                    <td className="app-nowrap">{formatDateTime(u.lastLoginAt)}</td>
                    <td>
                      <div className="app-button-row">
                        {u.lockedAt ? (
                          <button
                            type="button"
                            className="krds-btn xsmall secondary"
                            aria-label={`${u.username} 계정 잠금 해제`}
                            onClick={() => {
                              setResult(null);
                              setConfirming(u);
                            }}
                          >
                            잠금 해제
                          </button>
                        ) : null}
                        <button
                          type="button"
                          className="krds-btn xsmall tertiary"
                          aria-label={`${u.username} 계정 비밀번호 초기화`}
                          onClick={() => {
                            setResult(null);
                            setResetting(u);
                          }}
                        >
                          비밀번호 초기화
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        ) : null}
        {users.hasNextPage ? (
          <div className="app-more">
            <button
              type="button"
              className="krds-btn medium secondary"
              onClick={() => void users.fetchNextPage()}
              disabled={users.isFetchingNextPage}
            >
              {users.isFetchingNextPage ? "불러오는 중…" : "더 보기"}
            </button>
          </div>
        ) : null}
      </section>
      {resetting ? (
        <PasswordResetDialog
          user={resetting}
          onClose={(message) => {
            setResetting(null);
            if (message) setResult({ tone: "success", message });
          }}
        />
      ) : null}
      {confirming ? (
        <Modal
          title="계정 잠금 해제"
          onEscape={() => setConfirming(null)}
          initialFocus={cancelRef}
          actions={
            <>
              <button
                ref={cancelRef}
                type="button"
                className="krds-btn medium tertiary"
                onClick={() => setConfirming(null)}
              >
                취소
              </button>
              <button
                type="button"
                className="krds-btn medium primary"
                onClick={() => void confirmUnlock()}
                aria-busy={unlock.isPending || undefined}
              >
                잠금 해제
              </button>
            </>
          }
        >
          <p>
            {confirming.name}({confirming.username}) 계정의 잠금을 해제하시겠습니까? 로그인 실패 횟수도
            초기화됩니다.
          </p>
        </Modal>
      ) : null}
    </>
  );
}

function UserFilter({ initial, onSearch }: { initial: Filters; onSearch: (f: Filters) => void }) {
  const [draft, setDraft] = useState(initial);
  const set = (patch: Partial<Filters>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(draft);
  };
  return (
    <search className="app-filter" aria-label="사용자 검색">
      <form onSubmit={submit}>
        <div className="app-filter__grid">
          <TextField
            id="user-q"
            name="q"
            label="아이디 또는 이름"
            type="search"
            value={draft.q}
            onChange={(e) => set({ q: e.target.value })}
          />
          <SelectField
            id="role"
            label="역할"
            options={ROLE_OPTIONS}
            placeholder="전체"
            value={draft.role}
            onChange={(e) => set({ role: e.target.value })}
          />
          <SelectField
            id="locked"
            label="잠금 상태"
            options={LOCK_OPTIONS}
            placeholder="전체"
            value={draft.locked}
            onChange={(e) => set({ locked: e.target.value })}
          />
        </div>
        <div className="app-button-row app-filter__actions">
          <button
            type="button"
            className="krds-btn medium tertiary"
            onClick={() => onSearch({ q: "", role: "", locked: "" })}
          >
            초기화
          </button>
          <button type="submit" className="krds-btn medium primary">
            검색
          </button>
        </div>
      </form>
    </search>
  );
}
