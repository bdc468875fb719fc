/**
 * The default checklist's reference data (packages/db/data/inspection-checklist.tsv) marks what no public
 * source confirmed with `[unverified]` or `unverified`, and its first version's note named the data file.
 * Screens show these in Korean: the marker as "근거 미확인", the file as the title of its sources.
 */
export const CHECKLIST_SOURCE_TITLE =
  "국가법령정보센터 법령 원문(2026-06-08 기준)과 보건복지부 「사회복지시설 관리안내」";

export function checklistText(text: string): string;
export function checklistText(text: string | null): string | null;
export function checklistText(text: string | null): string | null {
  if (text === null) return null;
  return text
    .replace(/\s*\[unverified\]/gi, " (근거 미확인)")
    .replace(/^unverified\b\s*/i, "근거 미확인 ")
    .replace(/\bunverified\b/gi, "미확인")
    .replace(/참조자료 inspection-checklist\.tsv/g, `출처: ${CHECKLIST_SOURCE_TITLE}`)
    .replace(/\s+$/, "");
}
