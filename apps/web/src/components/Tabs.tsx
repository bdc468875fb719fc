import { type KeyboardEvent, type ReactNode, useId, useRef } from "react";

export interface TabSpec {
  id: string;
  label: string;
}

/** KRDS line tabs (arrow keys move between tabs); only the active panel is rendered. */
export function Tabs({
  label,
  tabs,
  active,
  onChange,
  children,
}: {
  label: string;
  tabs: TabSpec[];
  active: string;
  onChange: (id: string) => void;
  children: ReactNode;
}) {
  const base = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (e: KeyboardEvent, index: number) => {
    const delta = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = tabs[(index + delta + tabs.length) % tabs.length];
    if (next) {
      onChange(next.id);
      refs.current[next.id]?.focus();
    }
  };
  return (
    <div className="krds-tab-area">
      <div className="tab line">
        {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: KRDS tab markup is a ul; its items are presentation */}
        <ul role="tablist" aria-label={label}>
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
                aria-controls={`${base}-panel`}
                aria-selected={active === t.id}
                tabIndex={active === t.id ? 0 : -1}
                onClick={() => onChange(t.id)}
                onKeyDown={(e) => onKey(e, i)}
              >
                {t.label}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="tab-conts-wrap">
        <section
          className="tab-conts active"
          role="tabpanel"
          id={`${base}-panel`}
          aria-labelledby={`${base}-tab-${active}`}
        >
          {children}
        </section>
      </div>
    </div>
  );
}
