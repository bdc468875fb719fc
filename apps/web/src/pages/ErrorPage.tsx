import { isRouteErrorResponse, Link, useRouteError } from "react-router-dom";
import { NotFoundContent } from "../components/NotFoundContent";
import { usePageTitle } from "../lib/pageTitle";

const TITLE = "일시적인 오류가 발생했습니다";

/** Router error boundary: a screen failed to render. `inline` when shown inside a portal frame. */
export function ErrorPage({ inline = false }: { inline?: boolean }) {
  const error = useRouteError();
  usePageTitle(TITLE);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundContent />;
  if (import.meta.env.DEV) console.error(error);
  const body = (
    <div className="app-message-page">
      <h1 className="app-page-title" tabIndex={-1}>
        {TITLE}
      </h1>
      <p>화면을 표시하는 중에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.</p>
      <p>문제가 계속되면 시스템 관리자에게 문의해 주세요.</p>
      <p className="app-button-row">
        <button type="button" className="krds-btn medium primary" onClick={() => window.location.reload()}>
          다시 시도
        </button>
        <Link to="/" className="krds-btn medium secondary">
          처음으로
        </Link>
      </p>
    </div>
  );
  if (inline) return body;
  return (
    <div className="app-standalone">
      <header className="app-standalone__header">
        <p className="app-brand">차세대 사회보장정보시스템 · 기관행정 업무지원</p>
      </header>
      <main id="main-content" className="app-standalone__main" tabIndex={-1}>
        {body}
      </main>
    </div>
  );
}
