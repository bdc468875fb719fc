import type { Queryable } from "@ssis/db";
import type { RegionRef } from "@ssis/domain";
import { limitOffset } from "../../platform/paging.ts";

/** Every region row, abolished ones included, with a display name ('광주광역시 동구'). */
export async function listRegions(q: Queryable): Promise<RegionRef[]> {
  const { rows } = await q.query<{
    code5: string;
    level: RegionRef["level"];
    sido_code: string;
    name: string;
    valid_from: string;
    valid_to: string | null;
  }>(
    `select code5, level, sido_code, trim(sido_name || ' ' || coalesce(sigungu_name, '')) as name,
       valid_from, valid_to from region order by code5`,
  );
  return rows.map((r) => ({
    code5: r.code5,
    level: r.level,
    sidoCode: r.sido_code,
    name: r.name,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  }));
}

/** The old → new code(s) a region code is today, through every applied change (migration 0007). */
export async function currentRegionCodes(q: Queryable, code: string): Promise<string[]> {
  const { rows } = await q.query<{ codes: string[] | null }>("select region_current_codes($1) as codes", [
    code,
  ]);
  return rows[0]?.codes ?? [code];
}

export async function findAppliedChanges(q: Queryable, oldCodes: string[]) {
  const { rows } = await q.query<{
    old_code5: string;
    new_code5: string;
    title: string;
    effective_on: string;
  }>(
    `select c.old_code5, c.new_code5, r.title, r.effective_on from region_code_change c
       join region_reorganisation r on r.id = c.reorganisation_id
      where c.old_code5 = any($1::text[]) order by c.old_code5, c.new_code5`,
    [oldCodes],
  );
  return rows;
}

export async function countAffected(q: Queryable, oldCodes: string[]) {
  const { rows } = await q.query<{
    old_code5: string;
    institutions: number;
    users: number;
    open_change_requests: number;
    open_report_targets: number;
  }>("select * from region_reorganisation_counts($1::text[])", [oldCodes]);
  return new Map(rows.map((r) => [r.old_code5, r]));
}

export async function listInstitutionsIn(q: Queryable, codes: string[]) {
  if (codes.length === 0) return [];
  const { rows } = await q.query<{ id: string; name: string; sigungu_code: string; road_address: string }>(
    "select * from region_reorganisation_institutions($1::text[])",
    [codes],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    sigunguCode: r.sigungu_code,
    roadAddress: r.road_address,
  }));
}

export async function listCopyTables(q: Queryable) {
  const { rows } = await q.query<{ table_name: string; kept: boolean }>("select * from region_copy_tables()");
  return rows.map((r) => ({ table: r.table_name, kept: r.kept }));
}

export async function lockReorganisations(q: Queryable) {
  // One reorganisation at a time: the applied-check and the moves must not interleave with another's.
  await q.query("select pg_advisory_xact_lock(7207)");
}

export async function insertReorganisation(
  q: Queryable,
  r: { title: string; legalBasis: string; effectiveOn: string; appliedBy: string; appliedByName: string },
) {
  const { rows } = await q.query<{ id: string }>(
    `insert into region_reorganisation (title, legal_basis, effective_on, applied_by, applied_by_name)
     values ($1, $2, $3, $4, $5) returning id`,
    [r.title, r.legalBasis, r.effectiveOn, r.appliedBy, r.appliedByName],
  );
  return rows[0]?.id ?? "";
}

export async function insertCodeChanges(
  q: Queryable,
  id: string,
  effectiveOn: string,
  changes: { oldCode5: string; newCode5: string; isSplit: boolean }[],
) {
  await q.query(
    `insert into region_code_change (reorganisation_id, old_code5, new_code5, effective_on, is_split)
     select $1, o, n, $2, s from unnest($3::text[], $4::text[], $5::boolean[]) as x(o, n, s)`,
    [
      id,
      effectiveOn,
      changes.map((c) => c.oldCode5),
      changes.map((c) => c.newCode5),
      changes.map((c) => c.isSplit),
    ],
  );
}

export async function applyMoves(
  q: Queryable,
  a: {
    id: string;
    effectiveOn: string;
    pairs: { oldCode5: string; newCode5: string }[];
    splits: { oldCode5: string; successor: string }[];
    assignments: { institutionId: string; newCode5: string }[];
    actorName: string;
    reason: string;
  },
) {
  const { rows } = await q.query<{ counts: Record<string, unknown> }>(
    `select region_reorganisation_apply($1, $2::date, $3::text[], $4::text[], $5::text[], $6::text[],
       $7::uuid[], $8::text[], $9, $10) as counts`,
    [
      a.id,
      a.effectiveOn,
      a.pairs.map((p) => p.oldCode5),
      a.pairs.map((p) => p.newCode5),
      a.splits.map((s) => s.oldCode5),
      a.splits.map((s) => s.successor),
      a.assignments.map((s) => s.institutionId),
      a.assignments.map((s) => s.newCode5),
      a.actorName,
      a.reason,
    ],
  );
  // Inspection plans and dispositions' authorities, with the same pairs (migration 0014).
  const { rows: supervision } = await q.query<{ counts: Record<string, unknown> }>(
    "select region_reorganisation_apply_supervision($1::text[], $2::text[]) as counts",
    [
      [...a.pairs.map((p) => p.oldCode5), ...a.splits.map((s) => s.oldCode5)],
      [...a.pairs.map((p) => p.newCode5), ...a.splits.map((s) => s.successor)],
    ],
  );
  return { ...(rows[0]?.counts ?? {}), ...(supervision[0]?.counts ?? {}) };
}

export async function saveSummary(q: Queryable, id: string, summary: Record<string, unknown>) {
  await q.query("update region_reorganisation set summary = $2::jsonb where id = $1", [
    id,
    JSON.stringify(summary),
  ]);
}

interface ReorganisationRow {
  id: string;
  title: string;
  legal_basis: string;
  effective_on: string;
  applied_at: Date | string;
  applied_by_name: string;
  status: "applied";
  change_count: number;
  summary: { moves?: { institutions: number }[] } & Record<string, unknown>;
}

const SELECT = `select r.id, r.title, r.legal_basis, r.effective_on, r.applied_at, r.applied_by_name, r.status,
  r.summary, (select count(*)::int from region_code_change c where c.reorganisation_id = r.id) as change_count
  from region_reorganisation r`;

const toSummary = (r: ReorganisationRow) => ({
  id: r.id,
  title: r.title,
  legalBasis: r.legal_basis,
  effectiveOn: r.effective_on,
  appliedAt: new Date(r.applied_at).toISOString(),
  appliedByName: r.applied_by_name,
  status: r.status,
  changeCount: r.change_count,
  institutionCount: (r.summary.moves ?? []).reduce((n, m) => n + (m.institutions ?? 0), 0),
});

export async function listReorganisations(q: Queryable, offset: number, limit: number) {
  const params: unknown[] = [];
  const { rows } = await q.query<ReorganisationRow>(
    `${SELECT} order by r.effective_on desc, r.applied_at desc, r.id ${limitOffset(params, { limit, offset })}`,
    params,
  );
  const { rows: count } = await q.query<{ n: number }>(
    "select count(*)::int as n from region_reorganisation",
  );
  return { items: rows.map(toSummary), total: count[0]?.n ?? 0 };
}

export async function findReorganisation(q: Queryable, id: string) {
  const { rows } = await q.query<ReorganisationRow>(`${SELECT} where r.id = $1`, [id]);
  const r = rows[0];
  if (!r) return null;
  const { rows: changes } = await q.query<{
    old_code5: string;
    old_name: string;
    new_code5: string;
    new_name: string;
    is_split: boolean;
  }>(
    `select c.old_code5, trim(o.sido_name || ' ' || coalesce(o.sigungu_name, '')) as old_name,
       c.new_code5, trim(n.sido_name || ' ' || coalesce(n.sigungu_name, '')) as new_name, c.is_split
     from region_code_change c join region o on o.code5 = c.old_code5 join region n on n.code5 = c.new_code5
     where c.reorganisation_id = $1 order by c.old_code5, c.new_code5`,
    [id],
  );
  const moves = (r.summary.moves ?? []) as { oldCode5: string; newCode5: string; institutions: number }[];
  const counts: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(r.summary))
    if (typeof v === "number" || typeof v === "string") counts[k] = v;
  return {
    ...toSummary(r),
    changes: changes.map((c) => ({
      oldCode5: c.old_code5,
      oldName: c.old_name,
      newCode5: c.new_code5,
      newName: c.new_name,
      isSplit: c.is_split,
      institutions:
        moves.find((m) => m.oldCode5 === c.old_code5 && m.newCode5 === c.new_code5)?.institutions ?? 0,
    })),
    counts,
  };
}
