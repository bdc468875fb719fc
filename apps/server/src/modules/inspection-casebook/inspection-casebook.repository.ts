import type { Queryable } from "@ssis/db";
import { escapeLikePattern, type FindingSeverity } from "@ssis/domain";

export async function casebook(
  tx: Queryable,
  q: { domain?: string; q?: string; limit: number; offset: number },
) {
  const { rows } = await tx.query<{
    id: string;
    domain: string;
    title: string;
    casebook_text: string;
    severity: FindingSeverity;
    violation_code: string | null;
    type_name: string | null;
    shared_at: Date;
    total: string;
  }>(
    `select c.*, t.type_name from casebook_entries($1, $2, $3, $4) c
       left join institution_type t on t.code = c.type_code`,
    [q.domain ?? null, q.q ? escapeLikePattern(q.q) : null, q.limit, q.offset],
  );
  return rows;
}

/** The names an anonymised text must not contain: the institution's, its head's and its operator's. */
export async function institutionNames(tx: Queryable, institutionId: string) {
  const { rows } = await tx.query<{ name: string; head_name: string | null; operator_name: string }>(
    "select name, head_name, operator_name from institution where id = $1::uuid",
    [institutionId],
  );
  return rows[0] ?? null;
}
