import { EMPLOYMENT_KIND_LABELS } from "@ssis/domain";
import ExcelJS from "exceljs";

/** The columns of the bulk-upload sheet (종사자 일괄등록), in order; `key` names the record field. */
export const IMPORT_COLUMNS = [
  { key: "name", header: "성명(필수)", width: 14 },
  { key: "jobTypeCode", header: "직종코드(필수)", width: 16 },
  { key: "qualification", header: "자격(증)명", width: 20 },
  { key: "licenseNo", header: "자격·면허번호", width: 18 },
  { key: "employmentKind", header: "근무형태(필수: 전일제/시간제)", width: 24 },
  { key: "weeklyHours", header: "주당근무시간", width: 14 },
  { key: "hiredOn", header: "입사일(필수, YYYY-MM-DD)", width: 22 },
  { key: "leftOn", header: "퇴사일(YYYY-MM-DD)", width: 18 },
  { key: "endReason", header: "퇴사사유", width: 20 },
] as const;
export type ImportKey = (typeof IMPORT_COLUMNS)[number]["key"];
export const COLUMN_LABEL: Record<ImportKey, string> = Object.fromEntries(
  IMPORT_COLUMNS.map((c) => [c.key, c.header.replace(/\(.*\)$/, "")]),
) as Record<ImportKey, string>;

export const MAX_IMPORT_ROWS = 1000;

export async function buildStaffTemplate(
  jobTypes: { code: string; name: string; qualification: string | null }[],
) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "기관행정 업무지원";
  const sheet = wb.addWorksheet("종사자");
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.addRow({
    name: "홍길동",
    jobTypeCode: "SW1",
    qualification: "사회복지사 1급",
    licenseNo: "1-123456",
    employmentKind: EMPLOYMENT_KIND_LABELS.full_time,
    weeklyHours: 40,
    hiredOn: "2024-03-02",
  });
  for (let r = 2; r <= MAX_IMPORT_ROWS + 1; r++) {
    sheet.getCell(r, 5).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"전일제,시간제"'],
    };
    sheet.getCell(r, 7).numFmt = "@";
    sheet.getCell(r, 8).numFmt = "@";
  }

  const guide = wb.addWorksheet("작성방법");
  guide.columns = [
    { header: "항목", key: "a", width: 26 },
    { header: "설명", key: "b", width: 90 },
  ];
  guide.getRow(1).font = { bold: true };
  guide.addRows([
    { a: "작성 방법", b: "'종사자' 시트 2행부터 한 사람씩 입력합니다. 예시 행(홍길동)은 지우고 올리세요." },
    {
      a: "일괄 처리",
      b: "모든 행이 올바를 때만 한꺼번에 저장합니다. 한 행이라도 오류가 있으면 아무것도 저장하지 않고 행별 오류를 알려 줍니다.",
    },
    { a: "성명", b: "필수, 50자 이내" },
    { a: "직종코드", b: "필수, 아래 '직종코드' 표의 코드(예: SW1)" },
    { a: "근무형태", b: "필수, 전일제 또는 시간제" },
    { a: "주당근무시간", b: "선택, 0 초과 52 이하(시간제는 40 미만)" },
    { a: "입사일", b: "필수, YYYY-MM-DD(예: 2024-03-02), 오늘 이후 불가" },
    { a: "퇴사일·퇴사사유", b: "이미 퇴사한 종사자만: 퇴사일은 입사일 이후, 퇴사일을 쓰면 사유도 필수" },
    { a: "행 수", b: `한 번에 ${MAX_IMPORT_ROWS}행까지` },
  ]);

  const codes = wb.addWorksheet("직종코드");
  codes.columns = [
    { header: "직종코드", key: "code", width: 16 },
    { header: "직종", key: "name", width: 40 },
    { header: "자격 근거", key: "qualification", width: 90 },
  ];
  codes.getRow(1).font = { bold: true };
  for (const j of jobTypes) codes.addRow(j);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface RawRow {
  row: number;
  values: Record<ImportKey, string>;
}

/** Reads the first sheet's data rows as text (dates as YYYY-MM-DD); blank rows are skipped. */
export async function readStaffWorkbook(data: Buffer): Promise<RawRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return [];
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = Object.fromEntries(
      IMPORT_COLUMNS.map((c, i) => [c.key, cellText(row.getCell(i + 1).value)]),
    ) as Record<ImportKey, string>;
    if (Object.values(values).every((v) => v === "")) return;
    rows.push({ row: rowNumber, values });
  });
  return rows;
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoOf(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value.trim();
  if (typeof value === "object") {
    if ("richText" in value)
      return value.richText
        .map((t) => t.text)
        .join("")
        .trim();
    if ("result" in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ("text" in value) return String(value.text).trim();
  }
  return "";
}
