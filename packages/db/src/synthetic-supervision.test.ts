import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "./database.ts";
import { migrate } from "./migrate.ts";
import { loadReferenceData } from "./reference-data.ts";
import { generateSyntheticData } from "./synthetic.ts";
import { generateSupervisionDemo } from "./synthetic-supervision.ts";

describe("generateSupervisionDemo", () => {
  let db: Database;
  let excluded: string[];
  beforeAll(async () => {
    db = await openDatabase({});
    await migrate(db);
    await loadReferenceData(db);
    const result = await generateSyntheticData(db, { institutions: 2000, seed: 1 });
    excluded = [result.institutionIds.jongno, result.institutionIds.mapo];
  }, 180_000);
  afterAll(async () => {
    await db?.close();
  });

  it("makes a consistent plan, inspections, findings and a disposition, once, away from the demo accounts' institutions", async () => {
    const official = { id: "00000000-0000-4000-8000-000000000001", name: "박담당" };
    const counts = await generateSupervisionDemo(db, {
      sigunguCode: "11110",
      official,
      excludeInstitutionIds: excluded,
    });
    expect(counts).toEqual({ inspections: 6, findings: 2, dispositions: 1 });
    const statuses = await db.query<{ status: string; results: number; items: number }>(
      `select i.status, (select count(*) from inspection_item_result r where r.inspection_id = i.id)::int as results,
              (select count(*) from checklist_item c where c.version_id = i.checklist_version_id)::int as items
         from inspection i order by i.planned_month, i.status`,
    );
    const closed = statuses.rows.find((r) => r.status === "closed");
    expect(closed?.results).toBe(closed?.items);
    expect(statuses.rows.map((r) => r.status).sort()).toEqual(
      ["closed", "in_progress", "notified", "planned", "planned", "scheduled"].sort(),
    );
    const used = await db.query<{ n: number }>(
      "select count(*)::int as n from inspection where institution_id = any($1::uuid[])",
      [excluded],
    );
    expect(used.rows[0]?.n).toBe(0);
    const open = await db.query<{ status: string; due_on: string }>(
      "select status, due_on::text from corrective_action order by due_on",
    );
    expect(open.rows.map((r) => r.status)).toEqual(["accepted", "ordered"]);
    const d = await db.query<{ status: string; n: number }>(
      "select d.status, (select count(*) from disposition_violation v where v.disposition_id = d.id)::int as n from disposition d",
    );
    expect(d.rows).toEqual([{ status: "ended", n: 1 }]);
    expect(
      await generateSupervisionDemo(db, { sigunguCode: "11110", official, excludeInstitutionIds: excluded }),
    ).toEqual({ inspections: 0, findings: 0, dispositions: 0 });
  });
});
