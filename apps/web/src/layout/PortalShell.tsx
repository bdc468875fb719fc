import type { Zone } from "@ssis/domain";
import { type ReactNode, useEffect, useRef } from "react";
import { Link, Outlet, useLocation } from "react-router-dom";
import { useSessionControls } from "../auth/SessionContext";
import { SessionExpiryDialog } from "../auth/SessionExpiryDialog";
import { useUser } from "../auth/useSession";
import { NotificationBell } from "../components/NotificationBell";
import { WorkInboxNavCount } from "../components/WorkInboxParts";
import { formatDuration } from "../lib/format";
import { portalPath } from "../navigation/access";
import { menuFor, OFFICIAL_MENU, PROVIDER_MENU } from "../navigation/menu";
import { SideNav } from "./SideNav";
import { MAIN_ID, SkipLink } from "./SkipLink";

const PORTALS: Record<Zone, { brand: string; sub: string; menu: typeof OFFICIAL_MENU; testId: string }> = {
  official: {
    brand: "행복이음",
    sub: "기관행정 업무지원",
    menu: OFFICIAL_MENU,
    testId: "portal-official",
  },
  provider: {
    brand: "희망이음",
    sub: "사회서비스정보시스템",
    menu: PROVIDER_MENU,
    testId: "portal-provider",
  },
};

/** The two portals' frame: header (system, user, session), menu, main. `children` overrides Outlet. */
export function PortalShell({ zone, children }: { zone: Zone; children?: ReactNode }) {
  const user = useUser();
  const portal = PORTALS[zone];
  const groups = menuFor(portal.menu, user.role);
  const location = useLocation();
  const firstRender = useRef(true);

  // After in-app navigation, move focus to the new page's heading (screen readers hear the new page).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path change only
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>(`#${MAIN_ID} h1`);
    (heading ?? document.getElementById(MAIN_ID))?.focus();
  }, [location.pathname]);

  const affiliation =
    zone === "provider"
      ? (user.institution?.name ?? user.agency?.name ?? user.scope.label)
      : user.scope.label;

  return (
    <div className={`app-shell app-shell--${zone}`} data-testid={portal.testId}>
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-brand">
            <Link to={portalPath(zone)} className="app-brand__link">
              <span className="app-brand__name">{portal.brand}</span>
              {" · "}
              <span className="app-brand__sub">{portal.sub}</span>
            </Link>
          </p>
          <div className="app-header__tools">
            <dl className="app-user">
              <div>
                <dt className="sr-only">{zone === "provider" ? "소속 기관" : "관할"}</dt>
                <dd className="app-user__org" data-testid="user-affiliation">
                  {affiliation}
                </dd>
              </div>
              <div>
                <dt className="sr-only">사용자</dt>
                <dd className="app-user__name" data-testid="user-name">
                  {user.name}
                </dd>
              </div>
              <div>
                <dt className="sr-only">역할</dt>
                <dd className="app-user__role" data-testid="user-role">
                  {user.roleLabel}
                </dd>
              </div>
            </dl>
            {/* Every other route is refused until an administrator's password is changed (auth/guards.tsx). */}
            {user.mustChangePassword ? null : <NotificationBell />}
            <SessionTimer />
          </div>
        </div>
      </header>
      <div className="app-body">
        <aside className="app-aside">
          {user.mustChangePassword ? (
            // No page but the password change opens until then (auth/guards.tsx): no menu to lead elsewhere.
            <p className="app-aside__note">비밀번호를 변경하면 메뉴가 표시됩니다.</p>
          ) : (
            <SideNav
              title={zone === "official" ? "업무 메뉴" : "기관 메뉴"}
              groups={groups}
              badges={{ workInbox: <WorkInboxNavCount portal={zone} /> }}
            />
          )}
        </aside>
        <main id={MAIN_ID} className="app-main" tabIndex={-1}>
          {children ?? <Outlet />}
        </main>
      </div>
      <footer className="app-footer">
        <p>차세대 사회보장정보시스템 · 기관행정 업무지원</p>
        <p>보건복지부 · 한국사회보장정보원</p>
      </footer>
      <SessionExpiryDialog />
    </div>
  );
}

function SessionTimer() {
  const { remaining, extend, extending, logout } = useSessionControls();
  return (
    <div className="app-session">
      <p className="app-session__time">
        <span>남은 시간</span>{" "}
        <span className="app-session__clock" data-testid="session-remaining">
          {remaining === null ? "--:--" : formatDuration(remaining)}
        </span>
      </p>
      <button
        type="button"
        className="krds-btn xsmall secondary"
        onClick={() => {
          if (!extending) void extend();
        }}
      >
        시간 연장
      </button>
      <button type="button" className="krds-btn xsmall tertiary" onClick={() => void logout()}>
        로그아웃
      </button>
    </div>
  );
}
