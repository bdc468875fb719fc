import type { Queryable } from "@ssis/db";
import type { ActorCtx } from "./context.ts";
import { AppError, notFound, withObjectParticle } from "./errors.ts";

/** 409: someone changed the record since the user read it; `current` is the record as it now is. */
const versionConflict = (what: string, current: unknown) =>
  new AppError(
    "VERSION_CONFLICT",
    409,
    `다른 사용자가 먼저 ${withObjectParticle(what)} 수정했습니다. 최신 내용을 확인한 뒤 다시 저장하세요.`,
    { current },
  );

/**
 * Optimistic concurrency for every updatable record: the update applies only if the row still has the
 * version the user read; otherwise 409 with the current data, never a silent overwrite.
 * `table` and the keys of `changes` are code constants, never user input.
 */
export async function updateWithVersion<Row>(
  tx: Queryable,
  options: {
    table: string;
    id: string;
    version: number;
    changes: Record<string, unknown>;
    /** Reads the current row (in scope) for the 409 answer and for 404. */
    readCurrent: () => Promise<Row | null>;
    what: string;
  },
): Promise<void> {
  const columns = Object.keys(options.changes);
  const sets = columns.map((c, i) => `${c} = $${i + 3}`);
  const result = await tx.query(
    `update ${options.table} set ${[...sets, "version = version + 1", "updated_at = now()"].join(", ")}
     where id = $1 and version = $2`,
    [options.id, options.version, ...columns.map((c) => options.changes[c])],
  );
  if (result.rowCount === 1) return;
  const current = await options.readCurrent();
  if (!current) throw notFound(options.what);
  throw versionConflict(options.what, current);
}

/** `updateWithVersion`, then the record as it now is, read the same way. */
export async function updateAndRead<Row>(
  tx: Queryable,
  options: Parameters<typeof updateWithVersion<Row>>[1],
): Promise<Row> {
  await updateWithVersion(tx, options);
  const after = await options.readCurrent();
  if (!after) throw notFound(options.what);
  return after;
}

/**
 * The update of one kind of record: `(ctx, id, version, changes)` changes the record the user read at
 * `version`, stamps `updated_by`, and answers the record as it now is (read by `read`, in scope).
 */
export const recordUpdate =
  <Row>(table: string, what: string, read: (ctx: ActorCtx, id: string) => Promise<Row | null>) =>
  (ctx: ActorCtx, id: string, version: number, changes: Record<string, unknown>) =>
    updateAndRead(ctx.tx, {
      table,
      id,
      version,
      changes: { ...changes, updated_by: ctx.actor.userId },
      what,
      readCurrent: () => read(ctx, id),
    });

/**
 * What a partial update changes: each field the body gives that differs from the record as read (an empty
 * string clears the field), as column → value for `updateWithVersion` and field → before/after for the log.
 * `columns` maps the fields the update may change to their columns.
 */
export function changedFields<F extends string>(
  body: Partial<Record<NoInfer<F>, unknown>>,
  before: Record<NoInfer<F>, unknown>,
  columns: Record<F, string>,
) {
  const changes: Record<string, unknown> = {};
  const changed: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of Object.keys(columns) as F[]) {
    const value = body[field];
    if (value === undefined) continue;
    const after = value === "" ? null : value;
    if (after === before[field]) continue;
    changes[columns[field]] = after;
    changed[field] = { before: before[field], after };
  }
  return { changes, changed };
}

/** An update that changes nothing answers the record as read, unless it has changed since (409). */
export function unchangedRecord<Row extends { version: number }>(before: Row, version: number, what: string) {
  if (before.version !== version) throw versionConflict(what, before);
  return before;
}

/**
 * For a record changed by a transition rather than `updateWithVersion`: the version the user read (if the
 * request carries one) must still be the record's, else 409 so nobody acts on a state they never saw.
 */
export function checkVersion(current: number, expected: number | undefined, what: string) {
  if (expected !== undefined && expected !== current)
    throw new AppError(
      "VERSION_CONFLICT",
      409,
      `다른 사용자가 먼저 ${withObjectParticle(what)} 수정했습니다. 화면을 새로 고친 뒤 다시 시도하세요.`,
    );
}
