import { PassThrough } from "node:stream";
import type { AccessTarget } from "@ssis/domain";
import ExcelJS from "exceljs";
import type { FastifyReply } from "fastify";
import { recordAccess } from "./audit.ts";
import type { ActorCtx } from "./context.ts";
import { inBatches } from "./paging.ts";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const seoulDateTime = (d: Date | string, withTime = true) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Asia/Seoul",
    dateStyle: "short",
    ...(withTime ? { timeStyle: "short" } : {}),
  }).format(new Date(d));

export interface ExcelColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
}

/** Every page of a paged list, in order, for a download of "what the list shows" beyond one screen. */
export function everyPage<T>(
  fetchPage: (page: number, limit: number) => Promise<{ items: T[] }>,
  size = 200,
): AsyncGenerator<T[]> {
  return inBatches(async ({ limit, offset }) => (await fetchPage(offset / limit + 1, limit)).items, size);
}

/** A safe file name part: no path or reserved characters, no spaces. */
export const fileNamePart = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 40);

/** `이용자_행복요양원_20260301.xlsx`: what, then the Korean date of the download. */
export const datedFileName = (title: string, at: Date) =>
  `${title}_${seoulDateTime(at, false).replaceAll("-", "")}.xlsx`;

/**
 * The one path of a list download: sheet 1 the rows exactly as the screen's filters select them (written
 * batch by batch), sheet 2 the conditions, who downloaded and when, so a printed copy says what it is.
 * `about` as lines gets the time and the row count appended; as a function it writes the whole sheet 2
 * itself, from the row count.
 */
export async function writeListWorkbook<T>(options: {
  sheetName: string;
  columns: ExcelColumn<T>[];
  batches: AsyncIterable<T[]>;
  about: [string, string][] | ((rows: number) => [string, string][]);
  /** Sheet 2's name: 조회 조건 unless the download is about something else (a report round). */
  aboutSheetName?: string;
  at: Date;
}): Promise<{ body: Buffer; rows: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    out.on("end", resolve);
    out.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = "기관행정 업무지원";
  wb.created = options.at;
  const sheet = wb.addWorksheet(options.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = options.columns.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  let rows = 0;
  for await (const batch of options.batches) {
    for (const r of batch) sheet.addRow(options.columns.map((c) => c.value(r))).commit();
    rows += batch.length;
  }
  sheet.commit();
  const about = wb.addWorksheet(options.aboutSheetName ?? "조회 조건");
  about.columns = [
    { header: "항목", width: 18 },
    { header: "내용", width: 60 },
  ];
  about.getRow(1).font = { bold: true };
  const lines =
    typeof options.about === "function"
      ? options.about(rows)
      : [
          ...options.about,
          ["내려받은 일시", `${seoulDateTime(options.at)} (KST)`] as [string, string],
          ["건수", rows.toLocaleString("ko-KR")] as [string, string],
        ];
  for (const line of lines) about.addRow(line).commit();
  about.commit();
  await wb.commit();
  await finished;
  return { body: Buffer.concat(chunks), rows };
}

/**
 * A list screen's download of one institution's personal data: every page the filters select, sheet 2 with
 * the conditions, the reason and who downloaded, and the download in the access log with the same reason.
 */
export async function exportInstitutionList<T>(
  ctx: ActorCtx,
  options: {
    /** What the list is (이용자, 종사자): the sheet's and the file's name. */
    title: string;
    institution: { id: string; name: string };
    columns: ExcelColumn<T>[];
    fetchPage: (page: number, limit: number) => Promise<{ items: T[] }>;
    /** The filters as the screen says them, after 기관. */
    conditions: [string, string][];
    reason: string;
    log: { targetType: AccessTarget; details: Record<string, unknown> };
  },
): Promise<{ body: Buffer; rows: number; fileName: string }> {
  const at = new Date();
  const file = await writeListWorkbook({
    sheetName: options.title,
    columns: options.columns,
    batches: everyPage(options.fetchPage),
    about: [
      ["기관", options.institution.name],
      ...options.conditions,
      ["다운로드 사유", options.reason],
      ["내려받은 사람", ctx.actor.name],
    ],
    at,
  });
  await recordAccess(ctx, {
    action: "export",
    targetType: options.log.targetType,
    targetId: options.institution.id,
    subject: options.institution.name,
    reason: options.reason,
    details: { ...options.log.details, rows: file.rows },
  });
  return {
    ...file,
    fileName: datedFileName(`${options.title}_${fileNamePart(options.institution.name)}`, at),
  };
}

/** Sends a list download: no caching (personal data), the row count, a Korean file name. */
export function sendXlsx(reply: FastifyReply, file: { body: Buffer; rows: number; fileName: string }) {
  return reply
    .type(XLSX_TYPE)
    .header("Cache-Control", "no-store")
    .header("X-Total-Count", String(file.rows))
    .header(
      "Content-Disposition",
      `attachment; filename="list.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(file.body);
}

/**
 * The 조회 조건 line of a list's second sheet: each filter the query sets, in Korean by its label function;
 * "전체(관할 구역)" when none is set.
 */
export function filterConditions<Q extends object>(
  query: Q,
  labels: Partial<Record<keyof Q, (value: string) => string>>,
): string {
  const parts = Object.entries(query).flatMap(([key, value]) => {
    const label = labels[key as keyof Q];
    return label && value !== undefined && value !== "" ? [label(String(value))] : [];
  });
  return parts.length > 0 ? parts.join(", ") : "전체(관할 구역)";
}
