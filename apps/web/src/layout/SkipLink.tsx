import type { MouseEvent } from "react";

export const MAIN_ID = "main-content";

/** KRDS skip link; moves focus itself so the router never sees a hash change. */
export function SkipLink() {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  };
  return (
    <div id="krds-skip-link">
      <a href={`#${MAIN_ID}`} onClick={onClick}>
        본문 바로가기
      </a>
    </div>
  );
}
