import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "./database.ts";
import { migrate } from "./migrate.ts";
import { loadReferenceData, REGION_VALID_FROM_UNKNOWN, regionValidFrom } from "./reference-data.ts";

async function tableHash(db: Database, table: string, key: string): Promise<string> {
  const { rows } = await db.query(`select *, xmin::text as row_version from ${table} order by ${key}`);
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}

describe("loadReferenceData", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({});
    await migrate(db);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it("loads regions, institution types and staff job types", async () => {
    const counts = await loadReferenceData(db);
    expect(counts).toEqual({
      regions: 285,
      abolishedRegions: 67,
      institutionTypes: 92,
      staffJobTypes: 35,
      checklistItems: 70,
    });
    const levels = await db.query<{ level: string; n: number }>(
      "select level, count(*)::int as n from region where valid_to is null group by level order by level",
    );
    expect(Object.fromEntries(levels.rows.map((r) => [r.level, r.n]))).toEqual({
      sido: 16,
      sigungu: 230,
      gu: 39,
    });
    const types = await db.query<{ n: number; evaluated: number }>(
      "select count(*)::int as n, count(*) filter (where evaluated)::int as evaluated from institution_type",
    );
    expect(types.rows[0]).toEqual({ n: 92, evaluated: 22 });
    const jobs = await db.query<{ code: string }>("select code from staff_job_type");
    expect(jobs.rows.map((r) => r.code)).toEqual(
      expect.arrayContaining(["HEAD", "SW1", "SW2", "CAREWORKER", "NURSE"]),
    );
    expect(jobs.rows).toHaveLength(35);
  });

  it("ships the 70 inspection checkpoints once, as version 1 of the default checklist", async () => {
    const items = await db.query<{ domain: string; n: number; unverified: number; mapped: number }>(
      `select i.domain, count(*)::int as n, count(*) filter (where not i.verified)::int as unverified,
              count(i.violation_code)::int as mapped
         from checklist_item i join checklist_version v on v.id = i.version_id
         join checklist_template t on t.id = v.template_id
        where t.code = 'DEFAULT' and v.version = 1 group by i.domain`,
    );
    const byDomain = Object.fromEntries(items.rows.map((r) => [r.domain, r.n]));
    // inspection-checklist.md: 12 회계·예산, 5 보조금 집행, 9 후원금 관리, 13 종사자·인사 …
    expect(byDomain).toMatchObject({ 회계·예산: 12, "보조금 집행": 5, "후원금 관리": 9, 종사자·인사: 13 });
    expect(items.rows.reduce((sum, r) => sum + r.n, 0)).toBe(70);
    // 43 rows carry an unverified marker (inspection-checklist.md, "Markers")
    expect(items.rows.reduce((sum, r) => sum + r.unverified, 0)).toBe(43);
    expect(items.rows.reduce((sum, r) => sum + r.mapped, 0)).toBe(8);
    expect((await loadReferenceData(db)).checklistItems).toBe(0);
  });

  it("gives every 일반구 the code of its 시 in the same 시도", async () => {
    const { rows } = await db.query<{ code5: string; parent_code5: string | null; ok: boolean }>(
      `select g.code5, g.parent_code5,
              (s.level = 'sigungu' and s.sido_code = g.sido_code and s.sigungu_name = g.parent_si) as ok
         from region g left join region s on s.code5 = g.parent_code5
        where g.level = 'gu' order by g.code5`,
    );
    expect(rows).toHaveLength(39);
    for (const r of rows) expect(r.ok, r.code5).toBe(true);
    const suwon = rows.find((r) => r.code5 === "41111");
    expect(suwon?.parent_code5).toBe("41110");
    const nonGu = await db.query<{ n: number }>(
      "select count(*)::int as n from region where level <> 'gu' and parent_code5 is not null",
    );
    expect(nonGu.rows[0]?.n).toBe(0);
  });

  it("derives sido_code and valid_from", async () => {
    const { rows } = await db.query<{ code5: string; sido_code: string; valid_from: string }>(
      "select code5, sido_code, valid_from from region where code5 = any($1::text[]) order by code5",
      [["11110", "12000", "12110", "27720", "28125", "41190", "41192", "41591", "51110", "52110", "36110"]],
    );
    expect(Object.fromEntries(rows.map((r) => [r.code5, r.valid_from]))).toEqual({
      "11110": REGION_VALID_FROM_UNKNOWN,
      "12000": "2026-07-01",
      "12110": "2026-07-01",
      "27720": "2023-07-01",
      "28125": "2026-07-01",
      "36110": REGION_VALID_FROM_UNKNOWN,
      "41190": REGION_VALID_FROM_UNKNOWN,
      "41192": "2024-01-01",
      "41591": "2026-02-01",
      "51110": "2023-06-11",
      "52110": "2024-01-18",
    });
    for (const r of rows) expect(r.sido_code).toBe(r.code5.slice(0, 2));
  });

  it("changes nothing when loaded again", async () => {
    const before = [
      await tableHash(db, "region", "code5"),
      await tableHash(db, "institution_type", "code"),
      await tableHash(db, "staff_job_type", "code"),
    ];
    await loadReferenceData(db);
    const after = [
      await tableHash(db, "region", "code5"),
      await tableHash(db, "institution_type", "code"),
      await tableHash(db, "staff_job_type", "code"),
    ];
    expect(after).toEqual(before);
  });
});

describe("regionValidFrom", () => {
  it("reads the 시행일 of the row, not of its 일반구", () => {
    expect(regionValidFrom("2026-07-01 신설: 옛 중구 내륙")).toBe("2026-07-01");
    expect(regionValidFrom("일반구를 둔 시(자치시); 2024-01-18 전북특별자치도 출범으로 시도코드 45→52")).toBe(
      "2024-01-18",
    );
    expect(regionValidFrom("일반구를 둔 시(자치시); 2024-01-01부터 일반구 3개")).toBe(
      REGION_VALID_FROM_UNKNOWN,
    );
    expect(regionValidFrom(null)).toBe(REGION_VALID_FROM_UNKNOWN);
  });
});
