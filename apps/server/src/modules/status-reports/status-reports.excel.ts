import {
  datedFileName,
  type ExcelColumn,
  fileNamePart,
  seoulDateTime,
  writeListWorkbook,
} from "../../platform/excel.ts";
import type { RoundItem, TargetFilters, TargetItem } from "./status-reports.schemas.ts";

const COLUMNS: ExcelColumn<TargetItem>[] = [
  { header: "시도", width: 14, value: (r) => r.sidoName },
  { header: "시군구", width: 12, value: (r) => r.sigunguName },
  { header: "기관명", width: 30, value: (r) => r.institutionName },
  { header: "시설 유형", width: 22, value: (r) => r.typeName },
  { header: "제출 상태", width: 10, value: (r) => r.stateLabel },
  { header: "제출 일시", width: 18, value: (r) => (r.submittedAt ? seoulDateTime(r.submittedAt) : null) },
  { header: "정원", width: 8, value: (r) => r.capacity },
  { header: "현원", width: 8, value: (r) => r.currentUsers },
  { header: "종사자 수", width: 10, value: (r) => r.staffCount },
  { header: "프로그램 수", width: 10, value: (r) => r.programCount },
  { header: "독촉 횟수", width: 10, value: (r) => r.reminderCount },
  {
    header: "최근 독촉 일시",
    width: 18,
    value: (r) => (r.lastRemindedAt ? seoulDateTime(r.lastRemindedAt) : null),
  },
];

const FILTER_LABELS: Record<keyof TargetFilters, string> = {
  status: "제출 상태",
  sigungu: "시군구 코드",
  type: "시설 유형 코드",
  q: "기관명",
  sort: "정렬",
};
const STATUS_FILTER_LABELS: Record<string, string> = {
  pending: "미제출",
  submitted: "제출",
  late: "지연 제출",
};

export const progressFileName = (title: string, at: Date) =>
  datedFileName(`현황보고_제출현황_${fileNamePart(title)}`, at);

/** Sheet 1 the progress list (streamed batch by batch), sheet 2 the round and the download's conditions. */
export async function buildProgressWorkbook(
  batches: AsyncIterable<TargetItem[]>,
  info: { round: RoundItem; username: string; filters: TargetFilters; reason?: string; at: Date },
): Promise<{ body: Buffer; rows: number }> {
  return writeListWorkbook({
    sheetName: "제출 현황",
    columns: COLUMNS,
    batches,
    aboutSheetName: "회차 정보",
    about: (rows) => roundLines(info, rows),
    at: info.at,
  });
}

function roundLines(
  info: { round: RoundItem; username: string; filters: TargetFilters; reason?: string; at: Date },
  rows: number,
): [string, string][] {
  const r = info.round;
  const lines: [string, string][] = [
    ["회차", r.title],
    ["보고 기간", r.periodLabel],
    ["개설 기관", r.scopeLabel],
    ["제출 기한", r.dueOn],
    ["상태", r.statusLabel],
    [
      "대상(조회 범위)",
      `${r.targets.toLocaleString("ko-KR")}곳, 제출 ${r.submitted.toLocaleString("ko-KR")}곳 (${r.rate}%)`,
    ],
    ["내려받은 일시", `${seoulDateTime(info.at)} (KST)`],
    ["내려받은 사람", info.username],
    ["건수", rows.toLocaleString("ko-KR")],
  ];
  if (info.reason) lines.push(["다운로드 사유", info.reason]);
  for (const [key, value] of Object.entries(info.filters) as [keyof TargetFilters, unknown][])
    if (value !== undefined && value !== "")
      lines.push([
        FILTER_LABELS[key] ?? key,
        key === "status" ? (STATUS_FILTER_LABELS[String(value)] ?? String(value)) : String(value),
      ]);
  return lines;
}
