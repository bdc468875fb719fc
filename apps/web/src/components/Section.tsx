import type { ReactNode } from "react";

/** A titled part of a screen (처분 개요, 처리 기록 …), named by its heading. */
export function Section({ id, title, children }: { id: string; title: ReactNode; children?: ReactNode }) {
  return (
    <section className="app-section" aria-labelledby={id}>
      <h2 id={id} className="app-section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
