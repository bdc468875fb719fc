import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import type { Readable } from "node:stream";
import type { MultipartFile } from "@fastify/multipart";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { recordAccess } from "./audit.ts";
import type { Actor, Ctx } from "./context.ts";
import { AppError, notFound } from "./errors.ts";

/**
 * Uploaded files (증빙·점검자료): the bytes on local disk under config.filesDir (an S3-compatible store in
 * production behind the same two functions), the metadata in stored_file, where row-level security scopes
 * every file to its institution like the record it belongs to.
 */

/** What officials and institutions attach: documents, spreadsheets, images, PDF and HWP. */
const ALLOWED_EXTENSIONS = new Set([
  ".pdf",
  ".hwp",
  ".hwpx",
  ".doc",
  ".docx",
  ".xls",
  ".xlsx",
  ".ppt",
  ".pptx",
  ".txt",
  ".csv",
  ".jpg",
  ".jpeg",
  ".png",
  ".gif",
  ".zip",
]);

/** A stored file as the API shows it (metadata only; the bytes come from the download route). */
export const storedFileSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  uploadedByName: z.string(),
  uploadedAt: z.string(),
});

export interface StoredFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedByName: string;
  uploadedAt: string;
}

export interface FileOwner {
  institutionId: string;
  sidoCode: string;
  sigunguCode: string;
  purpose: string;
  ownerId: string;
}

/** Reads the one file of a multipart request, refusing what is not a document we accept. */
export async function readUpload(request: FastifyRequest): Promise<MultipartFile & { data: Buffer }> {
  if (!request.isMultipart())
    throw new AppError("VALIDATION_FAILED", 400, "파일을 첨부하세요.", {
      errors: [{ field: "file", message: "파일을 첨부하세요." }],
    });
  const file = await request.file();
  if (!file)
    throw new AppError("VALIDATION_FAILED", 400, "파일을 첨부하세요.", {
      errors: [{ field: "file", message: "파일을 첨부하세요." }],
    });
  const extension = extname(file.filename).toLowerCase();
  if (!ALLOWED_EXTENSIONS.has(extension))
    throw new AppError(
      "UNSUPPORTED_FILE",
      415,
      "첨부할 수 없는 파일 형식입니다. PDF, 한글(HWP), 오피스 문서, 이미지, ZIP 파일을 올려 주세요.",
      { errors: [{ field: "file", message: "지원하지 않는 파일 형식입니다." }] },
    );
  const data = await file.toBuffer();
  if (data.length === 0)
    throw new AppError("VALIDATION_FAILED", 400, "빈 파일은 첨부할 수 없습니다.", {
      errors: [{ field: "file", message: "빈 파일입니다." }],
    });
  return Object.assign(file, { data });
}

/** A file the user sent, read whole: what a service stores. */
export interface Upload {
  filename: string;
  mimetype: string;
  data: Buffer;
}

/**
 * How a route hands an upload to a service without Fastify types: `() => readUpload(request)`, called by
 * the service once its own checks have passed (a refused request is answered before its file is read).
 */
export type UploadReader = () => Promise<Upload>;

export async function storeFile(
  ctx: Ctx & { actor: Actor },
  owner: FileOwner,
  upload: Upload,
  zone: "official" | "provider",
): Promise<StoredFile> {
  const key = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}${extname(upload.filename).toLowerCase()}`;
  const path = join(ctx.config.filesDir, key);
  await mkdir(dirname(path), { recursive: true });
  // Write then rename, so a crash never leaves a half file under a recorded key.
  await writeFile(`${path}.part`, upload.data);
  await rename(`${path}.part`, path);
  const sha256 = createHash("sha256").update(upload.data).digest("hex");
  const { rows } = await ctx.tx.query<{ id: string; uploaded_at: Date }>(
    `insert into stored_file (institution_id, sido_code, sigungu_code, purpose, owner_id, file_name, content_type,
                              size_bytes, sha256, storage_key, uploaded_by, uploaded_by_name, uploaded_zone)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning id, uploaded_at`,
    [
      owner.institutionId,
      owner.sidoCode,
      owner.sigunguCode,
      owner.purpose,
      owner.ownerId,
      upload.filename.slice(0, 255),
      upload.mimetype || "application/octet-stream",
      upload.data.length,
      sha256,
      key,
      ctx.actor.userId,
      ctx.actor.name,
      zone,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error("stored_file insert returned nothing");
  await recordAccess(ctx, {
    action: "create",
    targetType: "file",
    targetId: row.id,
    subject: owner.institutionId,
    details: {
      purpose: owner.purpose,
      ownerId: owner.ownerId,
      fileName: upload.filename,
      size: upload.data.length,
    },
  });
  return {
    id: row.id,
    fileName: upload.filename,
    contentType: upload.mimetype,
    sizeBytes: upload.data.length,
    uploadedByName: ctx.actor.name,
    uploadedAt: new Date(row.uploaded_at).toISOString(),
  };
}

interface FileRow {
  id: string;
  owner_id: string;
  purpose: string;
  institution_id: string;
  file_name: string;
  content_type: string;
  size_bytes: string;
  uploaded_by_name: string;
  uploaded_zone: string;
  uploaded_at: Date;
  storage_key: string;
}

const toStoredFile = (r: FileRow): StoredFile => ({
  id: r.id,
  fileName: r.file_name,
  contentType: r.content_type,
  sizeBytes: Number(r.size_bytes),
  uploadedByName: r.uploaded_by_name,
  uploadedAt: new Date(r.uploaded_at).toISOString(),
});

/** Files of several owners at once, grouped by owner (row-level security drops what the user may not see). */
export async function filesOf(ctx: Ctx, ownerIds: string[]): Promise<Map<string, StoredFile[]>> {
  const byOwner = new Map<string, StoredFile[]>();
  if (ownerIds.length === 0) return byOwner;
  const { rows } = await ctx.tx.query<FileRow>(
    "select * from stored_file where owner_id = any($1::uuid[]) order by uploaded_at, id",
    [ownerIds],
  );
  for (const r of rows) byOwner.set(r.owner_id, [...(byOwner.get(r.owner_id) ?? []), toStoredFile(r)]);
  return byOwner;
}

/**
 * Opens a file for download. `mayRead` lets the module say whether the record the file belongs to is
 * visible to this user (e.g. an institution never sees officials' working files); the read is logged.
 */
export async function openStoredFile(
  ctx: Ctx & { actor: Actor },
  id: string,
  mayRead: (file: { purpose: string; ownerId: string; uploadedZone: string }) => Promise<boolean>,
): Promise<{ file: StoredFile; stream: Readable }> {
  const { rows } = await ctx.tx.query<FileRow>("select * from stored_file where id = $1::uuid", [id]);
  const row = rows[0];
  if (
    !row ||
    !(await mayRead({ purpose: row.purpose, ownerId: row.owner_id, uploadedZone: row.uploaded_zone }))
  )
    throw notFound("첨부파일");
  await recordAccess(ctx, {
    action: "read",
    targetType: "file",
    targetId: row.id,
    subject: row.institution_id,
    details: { purpose: row.purpose, fileName: row.file_name },
  });
  return { file: toStoredFile(row), stream: createReadStream(join(ctx.config.filesDir, row.storage_key)) };
}

/** Content-Disposition for a Korean file name (RFC 6266 filename* plus an ASCII fallback). */
export function attachmentHeader(fileName: string, fallback = "download"): string {
  const extension = extname(fileName).replace(/[^.A-Za-z0-9]/g, "");
  return `attachment; filename="${fallback}${extension}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Sends an opened stored file as a download under its own name. */
export function sendStoredFile(reply: FastifyReply, opened: { file: StoredFile; stream: Readable }) {
  return reply
    .type(opened.file.contentType)
    .header("Content-Disposition", attachmentHeader(opened.file.fileName))
    .send(opened.stream);
}
