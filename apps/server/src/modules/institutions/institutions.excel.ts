import { PassThrough, type Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import {
  formatBusinessNumber,
  INSTITUTION_SORT_LABELS,
  INSTITUTION_STATUS_LABELS,
  OPERATOR_KIND_LABELS,
} from "@ssis/domain";
import ExcelJS from "exceljs";
import type { ExportRow } from "./institutions.repository.ts";
import type { InstitutionFilters } from "./institutions.schemas.ts";

/** One download holds at most this many institutions (a 시도 has up to about 20,000 at full scale). */
export const MAX_EXPORT_ROWS = 100_000;

const COLUMNS: { header: string; width: number; value: (r: ExportRow) => string | number | null }[] = [
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

const seoulDate = (d: Date, withTime: boolean) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Asia/Seoul",
    dateStyle: "short",
    ...(withTime ? { timeStyle: "short" } : {}),
  }).format(d);

export const exportFileName = (at: Date) => `기관현황_${seoulDate(at, false).replaceAll("-", "")}.xlsx`;

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
 * Compressed bytes written but not yet taken by the client, past which the next batch waits. exceljs's
 * streaming writer hands each committed row to the zip without waiting, so the wait is here: the zip writes
 * into a stream with room for more than this, never stalls, and the backlog is measured where it collects.
 */
const MAX_BACKLOG = 1024 * 1024;

/**
 * Streams the workbook into `out` (the HTTP reply) as the batches arrive: exceljs's streaming writer zips
 * each row as it is committed, and the next batch is read from the database only while less than
 * MAX_BACKLOG of the file waits for the client, so memory holds about one batch and 1 MB of the file
 * whatever the size of the download. `out` is not ended:
 * the caller ends it once the access log entry is committed. If the client goes away, writing stops and
 * `complete` is false. Sheet 1 is the list; sheet 2 says who downloaded it, when, why and under which
 * conditions (the file leaves the system; the page says so).
 */
export async function writeInstitutionWorkbook(
  out: Writable,
  batches: AsyncIterable<ExportRow[]>,
  info: ExportInfo,
): Promise<{ rows: number; complete: boolean }> {
  const zip = new PassThrough({ highWaterMark: 4 * MAX_BACKLOG });
  const zipped = new Promise<void>((resolve, reject) => {
    zip.on("end", resolve);
    zip.on("error", reject);
    out.on("close", resolve);
  });
  zipped.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  zip.pipe(out, { end: false });
  let rows = 0;
  const gone = () => out.destroyed || out.writableEnded;
  const abandon = () => {
    // Let the zip run out into nothing, so nothing waits on a reader that has left.
    zip.unpipe(out);
    zip.resume();
    return { rows, complete: false };
  };
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: zip,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = "기관행정 업무지원";
  wb.created = info.at;

  const sheet = wb.addWorksheet("기관 현황", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for await (const batch of batches) {
    if (gone()) return abandon();
    for (const r of batch) sheet.addRow(COLUMNS.map((c) => c.value(r))).commit();
    rows += batch.length;
    // Backpressure: read the next batch only once the client has taken most of what is already written.
    while (!gone() && zip.readableLength + zip.writableLength > MAX_BACKLOG) await sleep(10);
  }
  if (gone()) return abandon();
  sheet.commit();

  const about = wb.addWorksheet("조회 조건");
  about.columns = [
    { header: "항목", width: 18 },
    { header: "내용", width: 60 },
  ];
  about.getRow(1).font = { bold: true };
  const lines: [string, string][] = [
    ["내려받은 일시", `${seoulDate(info.at, true)} (KST)`],
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
  for (const line of lines) about.addRow(line).commit();
  about.commit();

  // The zip's end waits for the client to read it; a client that leaves ends the wait too.
  const committed = wb.commit();
  committed.catch(() => undefined);
  await Promise.race([committed, zipped]);
  await zipped;
  return gone() ? abandon() : { rows, complete: true };
}
