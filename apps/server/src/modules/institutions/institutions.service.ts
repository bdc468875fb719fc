import type { Writable } from "node:stream";
import { recordAccess } from "../../platform/audit.ts";
import { describeUser } from "../../platform/auth/auth.service.ts";
import type { ActorCtx } from "../../platform/context.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { exportFileName, MAX_EXPORT_ROWS, writeInstitutionWorkbook } from "./institutions.excel.ts";
import { ownInstitutionId } from "./institutions.in-scope.ts";
import * as repo from "./institutions.repository.ts";
import type { ExportQuery, ListQuery } from "./institutions.schemas.ts";

export const listInstitutions = (ctx: ActorCtx, query: ListQuery) =>
  repo.listInstitutions(ctx.tx, ctx.actor, query);

export interface ExportStart {
  /** Matches counted before the first row is read (X-Total-Count). */
  total: number;
  fileName: string;
}

/**
 * 엑셀 다운로드 of the list as searched, streamed into `out` (the HTTP reply) from the request's transaction.
 * `start` is called once the download may begin (the count is under MAX_EXPORT_ROWS), before any byte is
 * written; until then an error is an ordinary error answer. The file names heads of institutions, so it
 * needs a reason and is logged with the conditions and the rows written (domain.md §9), in the same
 * transaction as the read. The entry is written last: the access log's chain lock would otherwise stop
 * every other logged action for as long as the download runs. A download the client abandons is logged
 * with the rows written so far and `complete: false`.
 */
export async function exportInstitutions(
  ctx: ActorCtx,
  query: ExportQuery,
  out: Writable,
  start: (head: ExportStart) => void,
) {
  const { reason, ...filters } = query;
  const { total, batches } = await repo.openExport(ctx.tx, ctx.actor, filters);
  if (total > MAX_EXPORT_ROWS)
    throw new AppError(
      "EXPORT_TOO_LARGE",
      422,
      `조회된 기관이 ${total.toLocaleString("ko-KR")}건으로 한 번에 내려받을 수 있는 ${MAX_EXPORT_ROWS.toLocaleString("ko-KR")}건을 넘습니다. 시도·시군구나 분야로 조건을 좁혀 주세요.`,
    );
  const user = await describeUser(ctx.tx, ctx.actor);
  const at = new Date();
  start({ total, fileName: exportFileName(at) });
  const file = await writeInstitutionWorkbook(out, batches, {
    scopeLabel: user.scope.label,
    username: ctx.actor.username,
    reason,
    filters,
    at,
  });
  await recordAccess(ctx, {
    action: "export",
    targetType: "institution",
    subject: `기관 현황 ${file.rows.toLocaleString("ko-KR")}건 (${user.scope.label})`,
    reason,
    details: { filters, rows: file.rows, ...(file.complete ? {} : { complete: false }) },
  });
  return file;
}

/** Reading an institution's detail is logged: it names the head and the operator. */
export async function getInstitution(ctx: ActorCtx, id: string) {
  const found = await repo.findInstitution(ctx.tx, ctx.actor, id);
  if (!found) throw notFound("기관");
  await recordAccess(ctx, { action: "read", targetType: "institution", targetId: id, subject: found.name });
  return found;
}

export async function getOwnInstitution(ctx: ActorCtx) {
  return getInstitution(ctx, ownInstitutionId(ctx));
}
