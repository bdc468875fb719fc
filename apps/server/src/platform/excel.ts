import { once } from "node:events";
import { PassThrough, type Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
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

export interface ListWorkbook<T> {
  sheetName: string;
  columns: ExcelColumn<T>[];
  /** The rows, batch by batch as the database gives them; a small list may pass `[items]`. */
  batches: AsyncIterable<T[]> | Iterable<T[]>;
  /**
   * Sheet 2. As lines it gets the time and the row count appended; as a function it writes the whole sheet
   * itself, from the row count.
   */
  about: [string, string][] | ((rows: number) => [string, string][]);
  /** Sheet 2's name: 조회 조건 unless the download is about something else (a report round). */
  aboutSheetName?: string;
  /** The workbook's title property, when the list has one. */
  title?: string;
  at: Date;
}

/**
 * Compressed bytes written but not yet taken by the client, past which the next batch waits. exceljs's
 * streaming writer hands each committed row to the zip without waiting, so the wait is here: the zip writes
 * into a stream with room for more than this, never stalls, and the backlog is measured where it collects.
 */
const MAX_BACKLOG = 1024 * 1024;

/**
 * The one path of a list download: sheet 1 the rows exactly as the screen's filters select them, sheet 2 the
 * conditions, who downloaded, when and why, so a printed copy says what it is (the file leaves the system).
 *
 * Streams the workbook into `out` (the HTTP reply, or a buffer for a small list) as the batches arrive:
 * exceljs's streaming writer zips each row as it is committed, and the next batch is read only while less
 * than MAX_BACKLOG of the file waits for the reader, so memory holds about one batch and 1 MB of the file
 * whatever the size of the download. `out` is not ended: the caller ends it (after the access log entry is
 * committed, for a streamed download). If the reader goes away, writing stops and `complete` is false.
 */
export async function streamListWorkbook<T>(
  out: Writable,
  options: ListWorkbook<T>,
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
  wb.created = options.at;
  if (options.title) wb.title = options.title;

  const sheet = wb.addWorksheet(options.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = options.columns.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for await (const batch of options.batches) {
    if (gone()) return abandon();
    for (const r of batch) sheet.addRow(options.columns.map((c) => c.value(r))).commit();
    rows += batch.length;
    // Backpressure: read the next batch only once the reader has taken most of what is already written.
    while (!gone() && zip.readableLength + zip.writableLength > MAX_BACKLOG) await sleep(10);
  }
  if (gone()) return abandon();
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

  // The zip's end waits for the reader to take it; a reader that leaves ends the wait too.
  const committed = wb.commit();
  committed.catch(() => undefined);
  await Promise.race([committed, zipped]);
  await zipped;
  return gone() ? abandon() : { rows, complete: true };
}

/** The same workbook whole in memory, for the lists small enough to send as one body. */
export async function writeListWorkbook<T>(
  options: ListWorkbook<T>,
): Promise<{ body: Buffer; rows: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const ended = once(out, "end");
  const { rows } = await streamListWorkbook(out, options);
  out.end();
  await ended;
  return { body: Buffer.concat(chunks), rows };
}

/**
 * A list screen's download of one institution's personal data: every page the list's filters select (the
 * query less its `reason`), sheet 2 with the conditions, the reason and who downloaded, and the download in
 * the access log with the same reason and filters.
 */
export async function exportInstitutionList<Q extends { reason: string }, T>(
  ctx: ActorCtx,
  options: {
    /** What the list is (이용자, 종사자): the sheet's and the file's name. */
    title: string;
    institution: { id: string; name: string };
    columns: ExcelColumn<T>[];
    query: Q;
    /** One page of the list with these filters. */
    list: (page: Omit<Q, "reason"> & { page: number; limit: number }) => Promise<{ items: T[] }>;
    /** The filters as the screen says them, after 기관. */
    conditions: (filters: Omit<Q, "reason">) => [string, string][];
    targetType: AccessTarget;
  },
): Promise<ListFile> {
  const { reason, ...filters } = options.query;
  const at = new Date();
  const file = await writeListWorkbook({
    sheetName: options.title,
    columns: options.columns,
    batches: everyPage((page, limit) => options.list({ ...filters, page, limit })),
    about: [
      ["기관", options.institution.name],
      ...options.conditions(filters),
      ["다운로드 사유", reason],
      ["내려받은 사람", ctx.actor.name],
    ],
    at,
  });
  await recordAccess(ctx, {
    action: "export",
    targetType: options.targetType,
    targetId: options.institution.id,
    subject: options.institution.name,
    reason,
    details: { ...filters, rows: file.rows },
  });
  return {
    ...file,
    fileName: datedFileName(`${options.title}_${fileNamePart(options.institution.name)}`, at),
  };
}

/** Sends a list download: no caching (personal data), the row count, a Korean file name. */
/** A list download as written: the workbook, its row count and a Korean file name. */
export interface ListFile {
  body: Buffer;
  rows: number;
  fileName: string;
}

export function sendXlsx(reply: FastifyReply, file: ListFile) {
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
