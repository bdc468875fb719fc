import { PROGRAM_CATEGORY_LABELS } from "@ssis/domain";
import { type ExcelColumn, filterConditions, writeListWorkbook } from "../../platform/excel.ts";
import type { ProgramItem, ProgramListQuery } from "./programs.schemas.ts";

const COLUMNS: ExcelColumn<ProgramItem>[] = [
  { header: "프로그램명", width: 28, value: (p) => p.name },
  { header: "분야", width: 10, value: (p) => p.categoryLabel },
  { header: "대상", width: 22, value: (p) => p.targetGroup },
  { header: "시작일", width: 12, value: (p) => p.startedOn },
  { header: "종료일", width: 12, value: (p) => p.endedOn },
  { header: "상태", width: 8, value: (p) => (p.isEnded ? "종료" : "진행중") },
  { header: "월 운영 횟수", width: 12, value: (p) => p.sessionsPerMonth },
  { header: "참여 인원", width: 10, value: (p) => p.participants },
  { header: "재원", width: 10, value: (p) => p.fundingSourceLabel },
  { header: "내용", width: 40, value: (p) => p.description },
];

const STATUS_LABELS: Record<ProgramListQuery["status"], string> = {
  ongoing: "진행중",
  ended: "종료",
  all: "전체",
};

const FILTERS: Partial<Record<keyof ProgramListQuery, (v: string) => string>> = {
  status: (v) => `상태 ${STATUS_LABELS[v as ProgramListQuery["status"]] ?? v}`,
  category: (v) => `분야 ${PROGRAM_CATEGORY_LABELS[v as keyof typeof PROGRAM_CATEGORY_LABELS] ?? v}`,
  q: (v) => `검색어 '${v}'`,
};

/** 프로그램 목록 엑셀: one row a programme, with the filters' result as the screen shows it. */
export async function buildProgramWorkbook(
  institutionName: string,
  query: ProgramListQuery,
  items: ProgramItem[],
  at = new Date(),
) {
  const file = await writeListWorkbook({
    sheetName: "프로그램",
    title: `${institutionName} 프로그램 목록`,
    columns: COLUMNS,
    batches: [items],
    about: [
      ["기관", institutionName],
      ["조회 조건", filterConditions(query, FILTERS)],
    ],
    at,
  });
  return file.body;
}
