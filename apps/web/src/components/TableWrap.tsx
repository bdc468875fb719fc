import type { ReactNode } from "react";

/**
 * KRDS table wrapper that scrolls sideways on narrow screens. It is focusable and named so keyboard
 * users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="krds-table-wrap scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
