import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { FastifyReply } from "fastify";
import PDFDocument from "pdfkit";
import { attachmentHeader } from "./files.ts";

/** PretendardGOV (the KRDS typeface) from npm, embedded and subset by pdfkit so notices print in Korean. */
const fontDir = join(
  dirname(createRequire(import.meta.url).resolve("pretendard-gov/package.json")),
  "dist/public/static/alternative",
);

/** "2026. 11. 26." as Korean official documents write dates. */
export const koreanDate = (iso: string) => {
  const [y, m, d] = iso.split("-");
  return `${Number(y)}. ${Number(m)}. ${Number(d)}.`;
};

/**
 * An A4 notice in the shape of a Korean official document (공문): the issuing body as letterhead, then
 * 수신·문서번호·시행일자·제목, the body written by `write`, and the sender's title at the foot.
 */
export async function renderNotice(options: {
  title: string;
  sender: string;
  letterhead: string;
  header: [string, string][];
  write: (doc: PDFKit.PDFDocument, width: number) => void;
}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 60, right: 60 },
    info: { Title: options.title, Author: options.sender },
  });
  doc.registerFont("regular", join(fontDir, "PretendardGOV-Regular.ttf"));
  doc.registerFont("bold", join(fontDir, "PretendardGOV-Bold.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - 120;
  doc.font("bold").fontSize(20).text(options.letterhead, { align: "center" });
  doc.moveDown(0.8);
  doc.font("regular").fontSize(10.5);
  for (const [label, value] of options.header)
    doc.font("bold").text(`${label}  `, { continued: true }).font("regular").text(value);
  doc
    .moveTo(60, doc.y + 6)
    .lineTo(60 + width, doc.y + 6)
    .stroke();
  doc.moveDown(1);
  options.write(doc, width);
  doc.moveDown(2);
  doc.font("bold").fontSize(18).text(options.sender, { align: "center" });
  doc.end();
  return done;
}

/** Sends a notice as a download under its Korean file name. */
export function sendPdf(reply: FastifyReply, file: { pdf: Buffer; fileName: string }) {
  return reply
    .type("application/pdf")
    .header("Content-Disposition", attachmentHeader(file.fileName, "notice"))
    .send(file.pdf);
}
