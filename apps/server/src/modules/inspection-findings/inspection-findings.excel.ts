import { CORRECTIVE_OUTCOME_LABELS } from "@ssis/domain";
import {
  type ExcelColumn,
  fileNamePart,
  filterConditions,
  seoulDateTime,
  writeListWorkbook,
} from "../../platform/excel.ts";
import type { CorrectiveItem } from "../inspections/index.ts";
import type { CorrectiveListQuery } from "./inspection-findings.schemas.ts";

const CORRECTIVE_COLUMNS: ExcelColumn<CorrectiveItem>[] = [
  { header: "시군구", width: 14, value: (r) => r.sigunguName },
  { header: "기관명", width: 30, value: (r) => r.institutionName },
  { header: "지적사항", width: 36, value: (r) => r.findingTitle },
  { header: "조치 구분", width: 10, value: (r) => r.outcomeLabel },
  { header: "금액(원)", width: 14, value: (r) => r.amountWon },
  { header: "통보일", width: 12, value: (r) => r.noticeOn },
  { header: "조치 기한", width: 12, value: (r) => r.dueOn },
  { header: "상태", width: 10, value: (r) => r.statusLabel },
  { header: "기한 경과", width: 9, value: (r) => (r.isOverdue ? "경과" : "") },
  { header: "지연 보고", width: 9, value: (r) => (r.isLate ? "지연" : "") },
  { header: "보고 일시", width: 18, value: (r) => (r.reportedAt ? seoulDateTime(r.reportedAt) : null) },
  {
    header: "최근 독촉",
    width: 18,
    value: (r) => (r.lastRemindedAt ? seoulDateTime(r.lastRemindedAt) : null),
  },
];

const CORRECTIVE_FILTERS: Partial<Record<keyof CorrectiveListQuery, (v: string) => string>> = {
  status: (v) =>
    `상태 ${{ open: "미종결", overdue: "기한 경과", submitted: "보고 접수", accepted: "확인 완료", all: "전체" }[v] ?? v}`,
  sigungu: (v) => `시군구 코드 ${v}`,
  outcome: (v) => `조치 구분 ${CORRECTIVE_OUTCOME_LABELS[v as keyof typeof CORRECTIVE_OUTCOME_LABELS] ?? v}`,
  q: (v) => `기관명 '${v}'`,
};

export async function buildCorrectiveWorkbook(
  batches: AsyncIterable<CorrectiveItem[]>,
  query: CorrectiveListQuery,
  at: Date,
) {
  const file = await writeListWorkbook({
    sheetName: "시정·개선 조치",
    columns: CORRECTIVE_COLUMNS,
    batches,
    about: [["조회 조건", filterConditions(query, CORRECTIVE_FILTERS)]],
    at,
  });
  return {
    ...file,
    fileName: `시정개선조치_${fileNamePart(query.status)}_${seoulDateTime(at, false).replaceAll("-", "")}.xlsx`,
  };
}
