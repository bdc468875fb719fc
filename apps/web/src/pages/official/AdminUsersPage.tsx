import { isRole, ROLE_LABELS, ROLES } from "@ssis/domain";
import { useState } from "react";
import type { AdminUser } from "../../api/admin-users";
import { useUnlockUser, useUsers } from "../../api/admin-users";
import { compact } from "../../api/client";
import { errorMessage } from "../../api/problem";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { DataTable } from "../../components/list/DataTable";
import type { Outcome } from "../../components/list/ListExcel";
import { ListFilter } from "../../components/list/ListFilter";
import { ListSection } from "../../components/list/ListSection";
import { PageHeader } from "../../components/PageHeader";
import { PasswordResetDialog } from "../../components/PasswordResetDialog";
import { formatDateTime } from "../../lib/format";
import { useListParams } from "../../lib/listParams";

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const LOCK_OPTIONS = [
  { value: "true", label: "잠김" },
  { value: "false", label: "정상" },
];

export function AdminUsersPage() {
  const list = useListParams({ filters: ["q", "role", "locked"] });
  const { filters } = list;
  const locked = filters.locked === "true" || filters.locked === "false" ? filters.locked : undefined;
  const role = isRole(filters.role) ? filters.role : undefined;
  const users = useUsers(compact({ q: filters.q, role, locked, cursor: list.cursor }));
  const unlock = useUnlockUser();
  const [confirming, setConfirming] = useState<AdminUser | null>(null);
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const [result, setResult] = useState<Outcome | null>(null);

  const confirmUnlock = async () => {
    const target = confirming;
    if (!target || unlock.isPending) return;
    try {
      await unlock.mutateAsync(target.id);
      setResult({ tone: "success", text: `${target.name}(${target.username}) 계정의 잠금을 해제했습니다.` });
    } catch (error) {
      setResult({ tone: "danger", text: errorMessage(error) });
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
      <ListFilter list={list} label="사용자 검색">
        {(f) => (
          <>
            {f.text("q", "아이디 또는 이름", { id: "user-q", name: "q" })}
            {f.select("role", "역할", ROLE_OPTIONS)}
            {f.select("locked", "잠금 상태", LOCK_OPTIONS)}
          </>
        )}
      </ListFilter>
      <ListSection
        id="user-results"
        title="사용자 목록"
        query={users}
        unit="명"
        subject="사용자"
        empty="조회된 사용자가 없습니다"
        list={list}
        outcome={result}
      >
        {(items) => (
          <DataTable
            label="사용자 목록 표"
            testId="user-table"
            caption="사용자 목록: 아이디, 이름, 역할, 관할·소속, 사용 여부, 계정 상태(잠금, 비밀번호 변경 필요), 최근 로그인, 관리"
            columns={["아이디", "이름", "역할", "관할·소속", "사용 여부", "계정 상태", "최근 로그인", "관리"]}
          >
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
          </DataTable>
        )}
      </ListSection>
      {resetting ? (
        <PasswordResetDialog
          user={resetting}
          onClose={(message) => {
            setResetting(null);
            if (message) setResult({ tone: "success", text: message });
          }}
        />
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title="계정 잠금 해제"
          cancelTone="tertiary"
          confirmLabel="잠금 해제"
          pending={unlock.isPending}
          onConfirm={() => void confirmUnlock()}
          onCancel={() => setConfirming(null)}
        >
          <p>
            {confirming.name}({confirming.username}) 계정의 잠금을 해제하시겠습니까? 로그인 실패 횟수도
            초기화됩니다.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
