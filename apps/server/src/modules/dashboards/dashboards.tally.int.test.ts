import { koreaToday } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers.ts";

// The kept counts of 업무현황 (dashboard_tally, migration 0024) must always equal a GROUP BY of the rows they
// count. After a series of changes (inserts, status and type changes, a move to another 시군구, staff joining
// and leaving through the API, report submissions, cancelled inspections, deletes and a TRUNCATE) the table
// is compared row for row with the same counts computed straight from the tables.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Every row dashboard_tally should hold: each subject at the 시군구, 시도 and nation levels. */
const EXPECTED = `
  with base as (
    select 'institution' as subject, sido_code, sigungu_code, type_code as k1, status as k2, true as rollup
      from institution
    union all
    select 'staff', sido_code, sigungu_code, '', 'active', false from staff where left_on is null
    union all
    select 'report_target', sido_code, sigungu_code, round_id::text,
           case when status = 'pending' then 'pending' when is_late then 'late' else 'submitted' end, false
      from report_round_target
    union all
    select 'inspection', sido_code, sigungu_code, coalesce(plan_id::text, ''), status, false from inspection
  )
  select b.subject, lv.sido, lv.sigungu, ks.k1, b.k2, count(*)::bigint as n
    from base b
    cross join lateral (values (b.sido_code, b.sigungu_code), (b.sido_code, ''), ('', '')) lv (sido, sigungu)
    cross join lateral (select b.k1 union all select '' where b.rollup) ks (k1)
   group by 1, 2, 3, 4, 5`;

const KEPT = "select subject, sido_code, sigungu_code, k1, k2, n from dashboard_tally";

async function expectTallyExact() {
  const diff = await t.rows<Record<string, unknown>>(
    `select 'missing or wrong' as problem, * from ((${EXPECTED}) except (${KEPT})) a
     union all
     select 'extra or wrong', * from ((${KEPT}) except (${EXPECTED})) b`,
  );
  expect(diff).toEqual([]);
  const [{ n } = { n: 0 }] = await t.rows<{ n: number }>(`select count(*)::int as n from dashboard_tally`);
  return n;
}

describe("dashboard_tally", () => {
  it("equals the counts computed from the tables after a series of changes", {
    timeout: 120_000,
  }, async () => {
    const { make } = t;
    // The prepared database (150 institutions, their staff, the demo's plans and rounds) to begin with.
    expect(await expectTallyExact()).toBeGreaterThan(100);

    // New institutions, a plan with inspections and a report round.
    const made = await make.institutions(4, { sigunguCode: "11110", staff: 2 });
    const [mapo] = await make.institutions(1, { sigunguCode: "11440", typeCode: "CMC-CENTER" });
    const ids = made.map((m) => m.id);
    if (!mapo) throw new Error("institution");
    const plan = await make.inspectionPlan({ sigunguCode: "11110", institutionIds: ids.slice(0, 3) });
    const round = await make.reportRound({ sigunguCode: "11110", institutionIds: ids });
    await expectTallyExact();

    // Status and type changes, several rows in one statement, and one that changes no key (capacity).
    await t.rows("update institution set status = 'suspended' where id = any($1::uuid[])", [ids.slice(0, 2)]);
    await t.rows("update institution set type_code = 'CMC-CENTER', status = 'closed' where id = $1", [
      ids[2],
    ]);
    await t.rows("update institution set capacity = capacity + 1 where id = any($1::uuid[])", [ids]);
    await expectTallyExact();

    // Staff joining and leaving through the providers' API.
    const provider = await make.signIn(await make.providerAccount(mapo.id));
    const hired = await provider.post("/api/provider/staff", {
      name: "김집계",
      jobTypeCode: "CAREWORKER",
      employmentKind: "full_time",
      hiredOn: "2024-03-01",
    });
    expect(hired.statusCode, hired.body).toBe(201);
    const staffId = hired.json().id as string;
    await expectTallyExact();
    const ended = await provider.post(`/api/provider/staff/${staffId}/end`, {
      leftOn: koreaToday(),
      endReason: "계약 만료",
      version: hired.json().version,
    });
    expect(ended.statusCode, ended.body).toBe(200);
    await expectTallyExact();

    // Reports submitted on time and late; inspections moved on and cancelled.
    await t.rows(
      `update report_round_target set status = 'submitted', submitted_at = now(), submitted_on = current_date,
         report = '{}', is_late = (institution_id = $2) where round_id = $1 and institution_id = any($3::uuid[])`,
      [round, ids[0], ids.slice(0, 3)],
    );
    await t.rows("update inspection set status = 'cancelled' where plan_id = $1 and institution_id = $2", [
      plan,
      ids[0],
    ]);
    await t.rows(
      "update inspection set status = 'scheduled', scheduled_on = current_date where plan_id = $1 and institution_id = $2",
      [plan, ids[1]],
    );
    await expectTallyExact();

    // A move to another 시군구 (as a region reorganisation writes it): the institution with its rows.
    await t.asOwner(async (owner) => {
      for (const table of ["institution", "staff", "report_round_target", "inspection"]) {
        const column = table === "institution" ? "id" : "institution_id";
        await owner.query(`update ${table} set sigungu_code = '11440' where ${column} = $1`, [ids[3]]);
      }
    });
    await expectTallyExact();

    // Deletes (the owner's only: the application has no delete grant) and a TRUNCATE.
    const [gone] = await make.institutions(1, { sigunguCode: "26350" });
    await expectTallyExact();
    await t.asOwner(async (owner) => {
      await owner.query("delete from institution_status_history where institution_id = $1", [gone?.id]);
      await owner.query("delete from institution where id = $1", [gone?.id]);
      await owner.query("delete from staff where institution_id = $1", [ids[1]]);
    });
    await expectTallyExact();
    await t.asOwner((owner) => owner.query("truncate staff cascade"));
    await expectTallyExact();
    expect(await t.rows("select 1 from dashboard_tally where subject = 'staff'")).toEqual([]);
  });

  it("is only read by the application", async () => {
    await expect(
      t.db.query(
        "insert into dashboard_tally (subject, sido_code, sigungu_code, k1, k2, n) values ('x', '', '', '', '', 1)",
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(t.db.query("update dashboard_tally set n = n + 1")).rejects.toThrow(/permission denied/);
  });
});
