import { INSPECTION_KIND_LABELS, INSPECTION_STATUS_LABELS } from "@ssis/domain";
import {
  type ExcelColumn,
  filterConditions,
  seoulDateTime,
  writeListWorkbook,
} from "../../platform/excel.ts";
import type { InspectionItem, InspectionListQuery } from "./inspections.schemas.ts";

const INSPECTION_COLUMNS: ExcelColumn<InspectionItem>[] = [
  { header: "시도", width: 14, value: (r) => r.sidoName },
  { header: "시군구", width: 12, value: (r) => r.sigunguName },
  { header: "기관명", width: 30, value: (r) => r.institutionName },
  { header: "시설 유형", width: 22, value: (r) => r.typeName },
  { header: "점검 구분", width: 8, value: (r) => r.kindLabel },
  { header: "점검계획", width: 24, value: (r) => r.planTitle },
  { header: "계획 월", width: 8, value: (r) => r.plannedMonth },
  { header: "점검일", width: 12, value: (r) => r.scheduledOn },
  { header: "사전 통지", width: 9, value: (r) => (r.priorNotice ? "통지" : "불시") },
  { header: "상태", width: 10, value: (r) => r.statusLabel },
  { header: "결과", width: 14, value: (r) => r.overallResultLabel },
  { header: "지적 건수", width: 9, value: (r) => r.findings },
  { header: "미종결 지적", width: 10, value: (r) => r.openFindings },
  { header: "선정 사유", width: 40, value: (r) => r.reason },
];

const INSPECTION_FILTERS: Partial<Record<keyof InspectionListQuery, (v: string) => string>> = {
  from: (v) => `점검일 ${v}부터`,
  to: (v) => `점검일 ${v}까지`,
  sigungu: (v) => `시군구 코드 ${v}`,
  kind: (v) => `점검 구분 ${INSPECTION_KIND_LABELS[v as keyof typeof INSPECTION_KIND_LABELS] ?? v}`,
  status: (v) => `상태 ${INSPECTION_STATUS_LABELS[v as keyof typeof INSPECTION_STATUS_LABELS] ?? v}`,
  result: (v) => `결과 ${v === "findings" ? "지적사항 있음" : "적정"}`,
  month: (v) => `계획 월 ${v}월`,
  q: (v) => `기관명 '${v}'`,
};

export async function buildInspectionWorkbook(
  batches: AsyncIterable<InspectionItem[]>,
  query: InspectionListQuery,
  at: Date,
) {
  const file = await writeListWorkbook({
    sheetName: "지도점검 목록",
    columns: INSPECTION_COLUMNS,
    batches,
    about: [["조회 조건", filterConditions(query, INSPECTION_FILTERS)]],
    at,
  });
  return { ...file, fileName: `지도점검_목록_${seoulDateTime(at, false).replaceAll("-", "")}.xlsx` };
}
