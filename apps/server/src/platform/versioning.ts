import type { Queryable } from "@ssis/db";
import { AppError, withObjectParticle } from "./errors.ts";

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
  if (!current) throw new AppError("NOT_FOUND", 404, `${withObjectParticle(options.what)} 찾을 수 없습니다.`);
  throw new AppError(
    "VERSION_CONFLICT",
    409,
    `다른 사용자가 먼저 ${withObjectParticle(options.what)} 수정했습니다. 최신 내용을 확인한 뒤 다시 저장하세요.`,
    { current },
  );
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
