import type { Writable } from "node:stream";
import {
  formatBusinessNumber,
  INSTITUTION_SORT_LABELS,
  INSTITUTION_STATUS_LABELS,
  OPERATOR_KIND_LABELS,
} from "@ssis/domain";
import { datedFileName, type ExcelColumn, seoulDateTime, streamListWorkbook } from "../../platform/excel.ts";
import type { ExportRow } from "./institutions.repository.ts";
import type { InstitutionFilters } from "./institutions.schemas.ts";

/** One download holds at most this many institutions (a 시도 has up to about 20,000 at full scale). */
export const MAX_EXPORT_ROWS = 100_000;

const COLUMNS: ExcelColumn<ExportRow>[] = [
  { header: "기관명", width: 30, value: (r) => r.name },
  { header: "분야", width: 12, value: (r) => r.field },
  { header: "시설 유형", width: 22, value: (r) => r.typeName },
  { header: "시도", width: 14, value: (r) => r.sidoName },
  { header: "시군구", width: 12, value: (r) => r.sigunguName },
  { header: "도로명주소", width: 40, value: (r) => r.roadAddress },
  { header: "상세주소", width: 18, value: (r) => r.addressDetail },
  { header: "상태", width: 8, value: (r) => r.statusLabel },
  { header: "정원", width: 8, value: (r) => r.capacity },
  { header: "현원", width: 8, value: (r) => r.currentUsers },
  { header: "시설장", width: 10, value: (r) => r.headName },
  { header: "운영주체", width: 24, value: (r) => r.operatorName },
  {
    header: "사업자등록번호(고유번호)",
    width: 18,
    value: (r) => (r.businessNo ? formatBusinessNumber(r.businessNo) : null),
  },
  { header: "전화번호", width: 15, value: (r) => r.phone },
  { header: "개소일", width: 12, value: (r) => r.openedOn },
  { header: "최근 평가등급", width: 12, value: (r) => r.latestGrade },
];

const FILTER_LABELS: Record<keyof InstitutionFilters, string> = {
  q: "검색어",
  sido: "시도 코드",
  sigungu: "시군구 코드",
  type: "시설 유형 코드",
  field: "분야",
  status: "상태",
  grade: "최근 평가등급",
  operatorKind: "운영주체 구분",
  operator: "운영주체명",
  openedFrom: "개소일(부터)",
  openedTo: "개소일(까지)",
  closedFrom: "폐지일(부터)",
  closedTo: "폐지일(까지)",
  sort: "정렬",
};

export interface ExportInfo {
  scopeLabel: string;
  username: string;
  reason: string;
  filters: InstitutionFilters;
  at: Date;
}

export const exportFileName = (at: Date) => datedFileName("기관현황", at);

function describeFilter(key: keyof InstitutionFilters, value: unknown): string {
  if (key === "status" && typeof value === "string")
    return INSTITUTION_STATUS_LABELS[value as keyof typeof INSTITUTION_STATUS_LABELS] ?? value;
  if (key === "grade" && value === "none") return "미평가";
  if (key === "operatorKind" && typeof value === "string")
    return OPERATOR_KIND_LABELS[value as keyof typeof OPERATOR_KIND_LABELS] ?? value;
  if (key === "sort" && typeof value === "string")
    return INSTITUTION_SORT_LABELS[value as keyof typeof INSTITUTION_SORT_LABELS] ?? value;
  return String(value);
}

/**
 * Streams the workbook into `out` (the HTTP reply) by the platform's list writer, with its backpressure; `out`
 * is not ended: the caller ends it once the access log entry is committed. If the client goes away, writing
 * stops and `complete` is false. Sheet 1 is the list; sheet 2 says who downloaded it, when, why and under
 * which conditions (the file leaves the system; the page says so).
 */
export function writeInstitutionWorkbook(
  out: Writable,
  batches: AsyncIterable<ExportRow[]>,
  info: ExportInfo,
): Promise<{ rows: number; complete: boolean }> {
  return streamListWorkbook(out, {
    sheetName: "기관 현황",
    columns: COLUMNS,
    batches,
    at: info.at,
    about: (rows) => {
      const lines: [string, string][] = [
        ["내려받은 일시", `${seoulDateTime(info.at)} (KST)`],
        ["내려받은 사람", info.username],
        ["조회 범위", info.scopeLabel],
        ["다운로드 사유", info.reason],
        ["건수", rows.toLocaleString("ko-KR")],
      ];
      for (const [key, value] of Object.entries(info.filters) as [keyof InstitutionFilters, unknown][])
        if (value !== undefined && value !== "")
          lines.push([FILTER_LABELS[key] ?? key, describeFilter(key, value)]);
      lines.push([
        "안내",
        "개인정보(시설장 성명 등)가 포함되어 있습니다. 업무 목적 외 사용·제공을 금지하며, 사용 후 파기하세요.",
      ]);
      return lines;
    },
  });
}
