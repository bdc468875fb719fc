export function Loading({ label = "불러오는 중입니다." }: { label?: string }) {
  return (
    <div className="app-loading">
      <div className="krds-spinner" role="status">
        <span className="sr-only">로딩 중</span>
        {label}
      </div>
    </div>
  );
}

export function EmptyState({ children }: { children: string }) {
  return <p className="app-empty">{children}</p>;
}
