/** "페이지를 찾을 수 없습니다" inside a portal frame (guards, error page) and on its own (NotFoundPage). */
import { Link } from "react-router-dom";
import { useSession } from "../auth/useSession";
import { usePageTitle } from "../lib/pageTitle";
import { portalPath } from "../navigation/access";

const TITLE = "요청하신 페이지를 찾을 수 없습니다";

function HomeLink() {
  const session = useSession();
  const to = session.status === "authenticated" ? portalPath(session.user.zone) : "/login";
  return (
    <Link to={to} className="krds-btn medium primary">
      {session.status === "authenticated" ? "업무 첫 화면으로" : "로그인 화면으로"}
    </Link>
  );
}

/** Inside a portal frame. */
export function NotFoundContent() {
  usePageTitle(TITLE);
  return (
    <div className="app-message-page">
      <h1 className="app-page-title" tabIndex={-1}>
        {TITLE}
      </h1>
      <p>주소가 잘못 입력되었거나, 페이지가 이동 또는 삭제되었거나, 조회 권한이 없는 정보입니다.</p>
      <p>입력하신 주소를 다시 확인해 주세요.</p>
      <p>
        <HomeLink />
      </p>
    </div>
  );
}
