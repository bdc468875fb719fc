import { createHash } from "node:crypto";
import { isValidBusinessNumber } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "./database.ts";
import { migrate } from "./migrate.ts";
import { loadReferenceData } from "./reference-data.ts";
import {
  copyField,
  DATA_AS_OF,
  deterministicUuid,
  generateSyntheticData,
  type SyntheticResult,
  syntheticIds,
} from "./synthetic.ts";

const TABLES: [string, string][] = [
  ["support_agency", "id"],
  ["institution", "id"],
  ["institution_status_history", "id"],
  ["staff", "id"],
  ["agency_assignment", "id"],
];

/** A hash of every table's rows in id order, without created_at/updated_at (they default to now()). */
async function contentHash(db: Database): Promise<string> {
  const hash = createHash("sha256");
  for (const [table, key] of TABLES) {
    const { rows } = await db.query<Record<string, unknown>>(`select * from ${table} order by ${key}`);
    for (const row of rows) {
      delete row.created_at;
      delete row.updated_at;
      hash.update(`${table}\u0001${JSON.stringify(row)}\n`);
    }
  }
  return hash.digest("hex");
}

async function freshDatabase(): Promise<Database> {
  const db = await openDatabase({});
  await migrate(db);
  await loadReferenceData(db);
  return db;
}

describe("generateSyntheticData", () => {
  let db: Database;
  let result: SyntheticResult;
  beforeAll(async () => {
    db = await freshDatabase();
    result = await generateSyntheticData(db, { institutions: 300, seed: 7, batchSize: 120 });
  }, 180_000);
  afterAll(async () => {
    await db?.close();
  });

  it("reports what it inserted", async () => {
    expect(result.counts.institutions).toBe(300);
    expect(result.counts.supportAgencies).toBe(19);
    for (const [table, count] of [
      ["support_agency", result.counts.supportAgencies],
      ["institution", result.counts.institutions],
      ["institution_status_history", result.counts.statusHistory],
      ["staff", result.counts.staff],
      ["agency_assignment", result.counts.agencyAssignments],
    ] as const) {
      const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
      expect(rows[0]?.n, table).toBe(count);
    }
    // about ten staff per institution
    expect(result.counts.staff / result.counts.institutions).toBeGreaterThan(6);
    expect(result.counts.staff / result.counts.institutions).toBeLessThan(16);
  });

  it("gives the same rows for the same seed in another database", async () => {
    const other = await freshDatabase();
    try {
      const again = await generateSyntheticData(other, { institutions: 300, seed: 7 });
      expect(again).toEqual(result);
      expect(await contentHash(other)).toBe(await contentHash(db));
    } finally {
      await other.close();
    }
  }, 180_000);

  it("gives other rows for another seed", async () => {
    const other = await freshDatabase();
    try {
      const r = await generateSyntheticData(other, { institutions: 20, seed: 8 });
      expect(r.institutionIds.jongno).not.toBe(result.institutionIds.jongno);
      const names = await other.query<{ name: string }>("select name from institution order by name");
      const mine = await db.query<{ name: string }>(
        "select name from institution where id <> $1 order by name limit 20",
        [result.institutionIds.jongno],
      );
      expect(names.rows).not.toEqual(mine.rows);
    } finally {
      await other.close();
    }
  }, 180_000);

  it("places institution #0 in 종로구 and #1 in 마포구, with the documented ids", async () => {
    expect(result).toMatchObject(syntheticIds(7));
    const { rows } = await db.query<{
      id: string;
      sigungu_code: string;
      type_code: string;
      capacity: number | null;
      status: string;
      residential: string;
    }>(
      `select i.id, i.sigungu_code, i.type_code, i.capacity, i.status, t.residential
         from institution i join institution_type t on t.code = i.type_code where i.id = any($1::uuid[])`,
      [[result.institutionIds.jongno, result.institutionIds.mapo]],
    );
    const jongno = rows.find((r) => r.id === result.institutionIds.jongno);
    const mapo = rows.find((r) => r.id === result.institutionIds.mapo);
    expect(jongno).toMatchObject({
      sigungu_code: "11110",
      type_code: "ELD-MED-NURSING",
      residential: "생활",
      status: "operating",
    });
    expect(jongno?.capacity).toBeGreaterThan(0);
    expect(mapo).toMatchObject({ sigungu_code: "11440", status: "operating" });
  });

  it("assigns the 서울 사회서비스원 to institution #0 (in force) and nobody to #1", async () => {
    const seoul = await db.query<{ sido_code: string; kind: string }>(
      "select sido_code, kind from support_agency where id = $1",
      [result.seoulAgencyId],
    );
    expect(seoul.rows[0]).toEqual({ sido_code: "11", kind: "시도사회서비스원" });
    const central = await db.query<{ sido_code: string | null }>(
      "select sido_code from support_agency where id = $1",
      [result.centralAgencyId],
    );
    expect(central.rows[0]?.sido_code).toBeNull();
    const active = await db.query<{ institution_id: string; sido_code: string }>(
      `select a.institution_id, i.sido_code from agency_assignment a join institution i on i.id = a.institution_id
        where a.agency_id = $1 and a.starts_on <= $2::date and (a.ends_on is null or a.ends_on >= $2::date)`,
      [result.seoulAgencyId, DATA_AS_OF],
    );
    expect(active.rows.map((r) => r.institution_id)).toContain(result.institutionIds.jongno);
    expect(active.rows.length).toBeGreaterThanOrEqual(2);
    for (const r of active.rows) expect(r.sido_code).toBe("11");
    const mapo = await db.query("select 1 from agency_assignment where institution_id = $1", [
      result.institutionIds.mapo,
    ]);
    expect(mapo.rowCount).toBe(0);
  });

  it("writes valid identifiers, regions, phones and capacities", async () => {
    const { rows } = await db.query<{
      id: string;
      business_no: string;
      sido_code: string;
      sigungu_code: string;
      gu_code: string | null;
      region_sido: string | null;
      region_level: string | null;
      gu_parent: string | null;
      postal_code: string;
      phone: string;
      road_address: string;
      sido_name: string;
      operator_kind: string;
      corporation_no: string | null;
      capacity: number | null;
      current_users: number | null;
      residential: string;
      status: string;
      closed_on: string | null;
      latest_grade: string | null;
      evaluated: boolean;
    }>(
      `select i.*, r.sido_code as region_sido, r.level as region_level, r.sido_name, g.parent_code5 as gu_parent,
              t.residential, t.evaluated
         from institution i
         left join region r on r.code5 = i.sigungu_code
         left join region g on g.code5 = i.gu_code
         join institution_type t on t.code = i.type_code`,
    );
    expect(rows).toHaveLength(300);
    const sidos = new Set<string>();
    for (const r of rows) {
      sidos.add(r.sido_code);
      expect(isValidBusinessNumber(r.business_no), r.business_no).toBe(true);
      expect(r.region_level).toBe("sigungu");
      expect(r.region_sido).toBe(r.sido_code);
      if (r.gu_code !== null) expect(r.gu_parent).toBe(r.sigungu_code);
      expect(r.postal_code).toMatch(/^\d{5}$/);
      expect(r.phone).toMatch(/^0\d{1,2}-\d{3,4}-\d{4}$/);
      if (r.sido_code === "11") expect(r.phone.startsWith("02-")).toBe(true);
      if (r.sido_code === "41" && !r.phone.startsWith("02-")) expect(r.phone.startsWith("031-")).toBe(true);
      expect(r.road_address.startsWith(r.sido_name)).toBe(true);
      if (r.operator_kind === "corporation") expect(r.corporation_no).toMatch(/^\d{13}$/);
      else expect(r.corporation_no).toBeNull();
      if (r.residential === "생활") {
        expect(r.capacity).not.toBeNull();
        expect(r.current_users ?? 0).toBeLessThanOrEqual(r.capacity ?? 0);
      }
      expect(r.status === "closed").toBe(r.closed_on !== null);
      if (r.latest_grade !== null) expect(r.evaluated).toBe(true);
    }
    expect(sidos.size).toBeGreaterThan(10);
  });

  it("keeps a status history that ends in the current status", async () => {
    const { rows } = await db.query<{
      id: string;
      status: string;
      last: string;
      opened_on: string;
      first: string;
      open_rows: number;
    }>(
      `select i.id, i.status, i.opened_on,
              (select h.status from institution_status_history h where h.institution_id = i.id and h.valid_to is null) as last,
              (select min(h.valid_from)::text from institution_status_history h where h.institution_id = i.id) as first,
              (select count(*)::int from institution_status_history h where h.institution_id = i.id and h.valid_to is null) as open_rows
         from institution i`,
    );
    for (const r of rows) {
      expect(r.open_rows).toBe(1);
      expect(r.last).toBe(r.status);
      expect(r.first).toBe(r.opened_on);
    }
    const gaps = await db.query(
      `select 1 from institution_status_history h
        where h.valid_to is not null and not exists (
          select 1 from institution_status_history n where n.institution_id = h.institution_id and n.valid_from = h.valid_to)`,
    );
    expect(gaps.rowCount).toBe(0);
  });

  it("gives every institution a head and plausible staff dates", async () => {
    const heads = await db.query<{ n: number }>(
      `select count(*)::int as n from institution i
        where (select count(*) from staff s where s.institution_id = i.id and s.job_type_code = 'HEAD') <> 1`,
    );
    expect(heads.rows[0]?.n).toBe(0);
    const bad = await db.query(
      `select s.id from staff s join institution i on i.id = s.institution_id
        where s.hired_on < i.opened_on or s.left_on < s.hired_on or s.hired_on > $1::date
           or (i.status = 'closed' and (s.left_on is null or s.left_on > i.closed_on))
           or s.sido_code <> i.sido_code or s.sigungu_code <> i.sigungu_code`,
      [DATA_AS_OF],
    );
    expect(bad.rowCount).toBe(0);
  });
});

describe("helpers", () => {
  it("derives valid, distinct v4 UUIDs", () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const id = deterministicUuid(7, "staff", i);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      ids.add(id);
    }
    expect(ids.size).toBe(5000);
    expect(deterministicUuid(7, "staff", 1)).toBe(deterministicUuid(7, "staff", 1));
    expect(deterministicUuid(7, "staff", 1)).not.toBe(deterministicUuid(8, "staff", 1));
  });

  it("escapes COPY text fields", () => {
    expect(copyField(null)).toBe("\\N");
    expect(copyField(undefined)).toBe("\\N");
    expect(copyField("a\\b\tc\nd\re")).toBe("a\\\\b\\tc\\nd\\re");
    expect(copyField("\\N")).toBe("\\\\N");
    expect(copyField(12)).toBe("12");
  });

  it("loads text with special characters through COPY unchanged", async () => {
    const db = await openDatabase({});
    try {
      await db.exec("create table t (a text, b text)");
      const tricky = "back\\slash\ttab\nnew line\r\\N";
      await db.copyRows("t", ["a", "b"], `${copyField(tricky)}\t${copyField(null)}\n`);
      const { rows } = await db.query<{ a: string; b: string | null }>("select a, b from t");
      expect(rows).toEqual([{ a: tricky, b: null }]);
    } finally {
      await db.close();
    }
  });
});
