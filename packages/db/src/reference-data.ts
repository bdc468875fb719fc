import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Queryable } from "./database.ts";

/**
 * Reference data (regions, institution types, staff job types) lives as TSV files in packages/db/data,
 * each with a .md note naming its sources, its as-of date and what is unverified. This module loads them
 * into the reference tables. Loading is an upsert: running it again changes nothing unless a file changed.
 */

export const REFERENCE_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "data");

/**
 * valid_from for a region whose note gives no 시행일. The files list only codes in force today; for those
 * that did not change since 2023 we have no start date, so we use a date before any record this system
 * holds (the 1988 법정동코드 system) to mean "in force before the records we have".
 */
export const REGION_VALID_FROM_UNKNOWN = "1988-01-01";

export interface ReferenceDataCounts {
  regions: number;
  /** Abolished codes from region-history.tsv, loaded with their valid_to. */
  abolishedRegions: number;
  institutionTypes: number;
  staffJobTypes: number;
  checklistItems: number;
}

export interface RegionRow {
  code5: string;
  code10: string;
  level: "sido" | "sigungu" | "gu";
  sido_code: string;
  sido_name: string;
  sigungu_name: string | null;
  parent_si: string | null;
  parent_code5: string | null;
  valid_from: string;
  valid_to: string | null;
  note: string | null;
}

/** Reads a TSV file with a header line. The files have no quoting: fields are split on tabs. */
export function readTsv(fileName: string): Record<string, string>[] {
  const text = readFileSync(join(REFERENCE_DATA_DIR, fileName), "utf8").replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const header = (lines.shift() ?? "").split("\t");
  return lines.map((line, i) => {
    const fields = line.split("\t");
    if (fields.length > header.length) throw new Error(`${fileName}:${i + 2}: ${fields.length} fields`);
    const row: Record<string, string> = {};
    header.forEach((name, j) => {
      row[name] = (fields[j] ?? "").trim();
    });
    return row;
  });
}

const orNull = (s: string | undefined): string | null => (s === undefined || s === "" ? null : s);

/**
 * The 시행일 of a region row, from its note. A note states it as a leading date ('2026-07-01 신설: …',
 * '2023-06-11 강원특별자치도 출범으로 …') or after a ';' ('일반구를 둔 시(자치시); 2024-01-18 전북특별자치도 출범으로 …').
 * A date followed by '부터' ('2024-01-01부터 일반구 3개') is when the row's 일반구 began, not the row itself.
 */
export function regionValidFrom(note: string | null): string {
  if (note) {
    for (const m of note.matchAll(/(?:^|;\s*)(\d{4}-\d{2}-\d{2})(?!부터)/g)) {
      if (m[1]) return m[1];
    }
  }
  return REGION_VALID_FROM_UNKNOWN;
}

/** A region row's codes, level and names, checked: a 10-digit code whose first five digits are code5. */
function regionIdentity(r: Record<string, string>) {
  const level = r.level as RegionRow["level"];
  if (level !== "sido" && level !== "sigungu" && level !== "gu") throw new Error(`bad level ${r.level}`);
  const code10 = r.code10 ?? "";
  const code5 = r.code5 ?? "";
  if (!/^\d{10}$/.test(code10) || code10.slice(0, 5) !== code5) throw new Error(`bad region code ${code10}`);
  return {
    code5,
    code10,
    level,
    sido_code: code5.slice(0, 2),
    sido_name: r.sido ?? "",
    sigungu_name: orNull(r.sigungu),
  };
}

export function readRegions(): RegionRow[] {
  const raw = readTsv("regions.tsv");
  const rows: RegionRow[] = raw.map((r) => {
    const note = orNull(r.note);
    return {
      ...regionIdentity(r),
      parent_si: orNull(r.parent_si),
      parent_code5: null,
      valid_from: regionValidFrom(note),
      valid_to: null,
      note,
    };
  });
  // An 일반구's parent is the 시 row of the same 시도 whose name is the 일반구's parent_si.
  const si = new Map<string, string>();
  for (const r of rows)
    if (r.level === "sigungu" && r.sigungu_name) si.set(`${r.sido_code}|${r.sigungu_name}`, r.code5);
  for (const r of rows) {
    if (r.level !== "gu") continue;
    const parent = si.get(`${r.sido_code}|${r.parent_si}`);
    if (!parent) throw new Error(`일반구 ${r.code5} ${r.sigungu_name}: parent 시 '${r.parent_si}' not found`);
    r.parent_code5 = parent;
  }
  return rows;
}

export interface AbolishedRegion extends RegionRow {
  /** What it became (two or more codes: a split). */
  successorCode5: string[];
}

/**
 * region-history.tsv: codes no longer in force (see region-history.md). They stay rows of `region` with
 * `valid_to` = the day before the change, so the register as of a past date can still name them.
 */
export function readRegionHistory(): AbolishedRegion[] {
  return readTsv("region-history.tsv").map((r) => {
    const identity = regionIdentity(r);
    const code5 = identity.code5;
    const validTo = r.valid_to ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(validTo)) throw new Error(`region-history ${code5}: valid_to missing`);
    const successors = (r.successor_code5 ?? "").split(";").filter((c) => c !== "");
    if (successors.length === 0 || successors.some((c) => !/^\d{5}$/.test(c)))
      throw new Error(`region-history ${code5}: bad successor_code5`);
    return {
      ...identity,
      parent_si: null,
      parent_code5: null,
      valid_from: orNull(r.valid_from) ?? REGION_VALID_FROM_UNKNOWN,
      valid_to: validTo,
      note: orNull(r.note),
      successorCode5: successors,
    };
  });
}

/**
 * Inserts the rows, or updates those whose key exists and whose values differ: one statement, its values
 * column-wise for unnest(). `types` names each column's PostgreSQL type, in the table's column order.
 */
async function upsert<T extends object>(
  db: Queryable,
  table: string,
  key: keyof T & string,
  rows: T[],
  types: Record<keyof T & string, string>,
): Promise<void> {
  const names = Object.keys(types) as (keyof T & string)[];
  const list = names.join(", ");
  const unnest = names.map((name, i) => `$${i + 1}::${types[name]}[]`).join(", ");
  const others = names.filter((name) => name !== key);
  const set = others.map((name) => `${name} = excluded.${name}`).join(", ");
  // The where clause skips rows that are already identical, so a second load writes nothing.
  const differs = others.map((name) => `${table}.${name} is distinct from excluded.${name}`).join(" or ");
  await db.query(
    `insert into ${table} (${list}) select * from unnest(${unnest})
     on conflict (${key}) do update set ${set} where ${differs}`,
    names.map((name) => rows.map((r) => r[name] as unknown)),
  );
}

export async function loadReferenceData(db: Queryable): Promise<ReferenceDataCounts> {
  const abolished = readRegionHistory();
  const regions = [...readRegions(), ...abolished];
  await upsert<RegionRow>(db, "region", "code5", regions, {
    code5: "text",
    code10: "text",
    level: "text",
    sido_code: "text",
    sido_name: "text",
    sigungu_name: "text",
    parent_si: "text",
    parent_code5: "text",
    valid_from: "date",
    valid_to: "date",
    note: "text",
  });
  // A reorganisation applied in the system (migration 0007) closes codes the files may still list as in
  // force; loading the files again must not reopen them.
  const { rows: changeTable } = await db.query<{ exists: boolean }>(
    "select to_regclass('region_code_change') is not null as exists",
  );
  if (changeTable[0]?.exists)
    await db.query(
      `update region r set valid_to = c.effective_on - 1
       from (select old_code5, min(effective_on) as effective_on from region_code_change group by old_code5) c
      where c.old_code5 = r.code5 and r.valid_to is distinct from c.effective_on - 1`,
    );

  const types = readTsv("institution-types.tsv").map((r) => ({
    code: r.code ?? "",
    field: r.field ?? "",
    type_name: r.type_name ?? "",
    parent_group: orNull(r.parent_group),
    law: r.law ?? "",
    law_article: orNull(r.law_article),
    // Empty where the law leaves it open (see institution-types.md); the column is not null.
    residential: r.residential ?? "",
    // 'Y' only; 'N' and empty ("likely but not shown") both mean not a known evaluation target.
    evaluated: r.evaluated === "Y",
    eval_cycle_group: orNull(r.eval_cycle_group),
    note: orNull(r.note),
  }));
  await upsert(db, "institution_type", "code", types, {
    code: "text",
    field: "text",
    type_name: "text",
    parent_group: "text",
    law: "text",
    law_article: "text",
    residential: "text",
    evaluated: "boolean",
    eval_cycle_group: "text",
    note: "text",
  });

  const jobs = readTsv("staff-job-types.tsv").map((r) => ({
    code: r.code ?? "",
    job_type: r.job_type ?? "",
    qualification: orNull(r.qualification),
    typical_in: orNull(r.typical_in),
    note: orNull(r.note),
  }));
  await upsert(db, "staff_job_type", "code", jobs, {
    code: "text",
    job_type: "text",
    qualification: "text",
    typical_in: "text",
    note: "text",
  });

  const checklistItems = await loadDefaultChecklist(db);

  return {
    regions: regions.length - abolished.length,
    abolishedRegions: abolished.length,
    institutionTypes: types.length,
    staffJobTypes: jobs.length,
    checklistItems,
  };
}

export const DEFAULT_CHECKLIST_CODE = "DEFAULT";

export interface ChecklistItemRow {
  code: string;
  domain: string;
  item: string;
  legalBasis: string;
  appliesTo: string | null;
  typicalFinding: string | null;
  typicalOutcome: string | null;
  violationCode: string | null;
  verified: boolean;
  source: string | null;
}

/** The 70 checkpoints of inspection-checklist.tsv (see its .md) with the ladder code each maps to when failed. */
export function readDefaultChecklist(): ChecklistItemRow[] {
  const violations = new Map(
    readTsv("inspection-checklist-violations.tsv").map((r) => [r.item_code ?? "", r.violation_code ?? ""]),
  );
  // The data file marks what no public source confirmed with 'unverified' or '미확인' (inspection-checklist.md).
  const unverified = (s: string | undefined) => /unverified|미확인/i.test(s ?? "");
  return readTsv("inspection-checklist.tsv").map((r) => ({
    code: r.item_code ?? "",
    domain: r.domain ?? "",
    item: r.item ?? "",
    legalBasis: r.legal_basis ?? "",
    appliesTo: orNull(r.applies_to),
    typicalFinding: orNull(r.typical_finding),
    typicalOutcome: orNull(r.typical_outcome),
    violationCode: violations.get(r.item_code ?? "") || null,
    verified: !unverified(r.legal_basis) && !unverified(r.typical_outcome),
    source: orNull(r.source),
  }));
}

/** Ships the default checklist as version 1 of template DEFAULT, once; later versions are made in the system. */
async function loadDefaultChecklist(db: Queryable): Promise<number> {
  const { rows: table } = await db.query<{ exists: boolean }>(
    "select to_regclass('checklist_template') is not null as exists",
  );
  if (!table[0]?.exists) return 0;
  const { rows: existing } = await db.query("select 1 from checklist_template where code = $1", [
    DEFAULT_CHECKLIST_CODE,
  ]);
  if (existing.length > 0) return 0;
  const items = readDefaultChecklist();
  const { rows } = await db.query<{ id: string }>(
    `with t as (insert into checklist_template (code, name) values ($1, '사회복지시설 지도점검 기본 점검표') returning id)
     insert into checklist_version (template_id, version, change_note, created_by_name)
     select id, 1, '기본 점검표(출처: 국가법령정보센터 법령 원문(2026-06-08 기준)과 보건복지부 「사회복지시설 관리안내」, 70개 점검항목)', '시스템' from t returning id`,
    [DEFAULT_CHECKLIST_CODE],
  );
  const versionId = rows[0]?.id;
  if (versionId) await insertChecklistItems(db, versionId, items);
  return items.length;
}

/** The items of a checklist version, in order (the default checklist's load and an official's new version). */
export async function insertChecklistItems(
  q: Queryable,
  versionId: string,
  items: readonly ChecklistItemRow[],
) {
  const col = <K extends keyof ChecklistItemRow>(k: K) => items.map((i) => i[k]);
  await q.query(
    `insert into checklist_item (version_id, position, code, domain, item, legal_basis, applies_to, typical_finding,
                                 typical_outcome, violation_code, verified, source)
     select $1, n, code, domain, item, legal_basis, applies_to, typical_finding, typical_outcome, violation_code,
            verified, source
       from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::boolean[], $11::text[]) with ordinality
            as x(code, domain, item, legal_basis, applies_to, typical_finding, typical_outcome, violation_code,
                 verified, source, n)`,
    [
      versionId,
      col("code"),
      col("domain"),
      col("item"),
      col("legalBasis"),
      col("appliesTo"),
      col("typicalFinding"),
      col("typicalOutcome"),
      col("violationCode"),
      col("verified"),
      col("source"),
    ],
  );
}
