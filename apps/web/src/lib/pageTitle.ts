import { useEffect } from "react";

export const SYSTEM_TITLE = "기관행정 업무지원 | 차세대 사회보장정보시스템";

export function usePageTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} | ${SYSTEM_TITLE}` : SYSTEM_TITLE;
  }, [title]);
}
