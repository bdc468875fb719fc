import type { Zone } from "@ssis/domain";
import type { ReactNode } from "react";
import { Navigate, Outlet, useLocation } from "react-router-dom";
import { Loading } from "../components/Loading";
import { NotFoundContent } from "../components/NotFoundContent";
import { PortalShell } from "../layout/PortalShell";
import { canOpen, type PageId, portalPath } from "../navigation/access";
import { SessionControlsProvider } from "./SessionContext";
import { useSession, useUser } from "./useSession";

export function FullPageLoading() {
  return (
    <main className="app-fullpage" id="main-content">
      <Loading label="로그인 정보를 확인하고 있습니다." />
    </main>
  );
}

/** Where a user whose password an administrator set (new account, reset) must go first. */
export const PASSWORD_CHANGE_PATH = "/account/password";

/**
 * Not logged in → /login, remembering where the user wanted to go. Logged in with a password an
 * administrator set → the password change page, and no other page until it is changed (the server
 * refuses every other route with PASSWORD_CHANGE_REQUIRED too).
 */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.status === "loading") return <FullPageLoading />;
  if (session.status === "anonymous") {
    const next = `${location.pathname}${location.search}`;
    const to = session.returnable ? `/login?next=${encodeURIComponent(next)}` : "/login";
    return <Navigate to={to} replace />;
  }
  if (session.user.mustChangePassword && location.pathname !== PASSWORD_CHANGE_PATH)
    return <Navigate to={PASSWORD_CHANGE_PATH} replace />;
  return (
    <SessionControlsProvider>
      <Outlet />
    </SessionControlsProvider>
  );
}

/** A portal's routes: users of the other zone are sent to their own portal. */
export function PortalRoute({ zone }: { zone: Zone }) {
  const user = useUser();
  if (user.zone !== zone) return <Navigate to={portalPath(user.zone)} replace />;
  return <PortalShell zone={zone} />;
}

/** Pages shared by both portals (e.g. password change) in the user's own portal frame. */
export function OwnPortalRoute() {
  const user = useUser();
  return <PortalShell zone={user.zone} />;
}

/** A page open to some roles only; for others it does not exist (as the server answers 404). */
export function RequirePage({ page, children }: { page: PageId; children: ReactNode }) {
  const user = useUser();
  return canOpen(user, page) ? children : <NotFoundContent />;
}

/** "/" → the user's portal, or the login page. */
export function HomeRedirect() {
  const session = useSession();
  if (session.status === "loading") return <FullPageLoading />;
  if (session.status === "anonymous") return <Navigate to="/login" replace />;
  return <Navigate to={portalPath(session.user.zone)} replace />;
}
