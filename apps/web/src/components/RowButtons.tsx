export interface RowButton {
  label: string;
  onClick: () => void;
  /** KRDS tone: secondary (수정, 보기) unless it ends something (tertiary) */
  tone?: "secondary" | "tertiary";
}

/** A table row's buttons (수정, 퇴사 처리 …), each naming its row for screen readers; false leaves one out. */
export function RowButtons({ name, buttons }: { name: string; buttons: (RowButton | false | null)[] }) {
  return (
    <div className="app-button-row">
      {buttons.map((b) =>
        b ? (
          <button
            key={b.label}
            type="button"
            className={`krds-btn small ${b.tone ?? "secondary"}`}
            onClick={b.onClick}
          >
            {b.label}
            <span className="sr-only"> ({name})</span>
          </button>
        ) : null,
      )}
    </div>
  );
}
