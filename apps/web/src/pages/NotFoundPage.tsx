import { NotFoundContent } from "../components/NotFoundContent";

/** Stand-alone, for addresses outside both portals. */
export function NotFoundPage() {
  return (
    <div className="app-standalone">
      <header className="app-standalone__header">
        <p className="app-brand">차세대 사회보장정보시스템 · 기관행정 업무지원</p>
      </header>
      <main id="main-content" className="app-standalone__main" tabIndex={-1}>
        <NotFoundContent />
      </main>
    </div>
  );
}
