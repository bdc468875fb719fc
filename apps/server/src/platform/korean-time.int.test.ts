import { addDays, koreaToday } from "@ssis/domain";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AgencyDetail, OwnAssignments } from "../../test/api-types.ts";
import { createTestApp, ids, type TestApp, type TestClient } from "../../test/helpers.ts";

// "Today" is the Korean date whatever the machine's or the database's zone (UTC here). Between 00:00 and
// 09:00 KST the UTC date is still yesterday; these tests put the server's clock at 00:30 and 23:30 KST of
// the next Korean day with a fake clock. The embedded database reads the same (faked) clock; a database
// server does not, and app_today() follows the server's date all the same. Sessions may idle for 3 days,
// since the fake clock runs up to two days ahead of the sign-in.
let t: TestApp;
let sido: TestClient;
let support: TestClient;
let auditor: TestClient;
let day: string;
let institutions: string[];

/** The instant of hh:mm KST on a Korean date. */
const kst = (date: string, time: string) => new Date(`${date}T${time}:00+09:00`);

beforeAll(async () => {
  t = await createTestApp({ sessionIdleSeconds: 3 * 86_400 });
  sido = await t.login("sido.seoul");
  support = await t.login("support.seoul");
  auditor = await t.login("auditor");
  day = addDays(koreaToday(), 1);
  institutions = (await t.make.institutions(4, { sigunguCode: "11110" })).map((i) => i.id);
  // Four assignments around the Korean day `day`: ended the day before, starting that day, ending that day,
  // starting the day after.
  const periods: [string, string | null][] = [
    [addDays(day, -30), addDays(day, -1)],
    [day, null],
    [addDays(day, -30), day],
    [addDays(day, 1), null],
  ];
  for (const [i, [startsOn, endsOn]] of periods.entries())
    await t.make.agencyAssignment({
      agencyId: ids().seoulAgencyId,
      institutionId: institutions[i] as string,
      purpose: "시각 경계 시험",
      startsOn,
      endsOn,
    });
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => t.close());

const at = (instant: Date) => {
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(instant);
};

const visible = async () => {
  const seen: boolean[] = [];
  for (const id of institutions) {
    const r = await support.get(`/api/provider/agency/institutions/${id}`);
    expect([200, 404]).toContain(r.statusCode);
    seen.push(r.statusCode === 200);
  }
  return seen;
};

describe.each(["00:30", "23:30"])("at %s KST", (time) => {
  it("an assignment grants access from its first Korean day through its last, not a UTC day", async () => {
    at(kst(day, time));
    expect(koreaToday()).toBe(day);
    // ended yesterday, starts today, ends today, starts tomorrow
    expect(await visible()).toEqual([false, true, true, false]);
    const statuses = (await support.get("/api/provider/agency/assignments")).json<OwnAssignments>().items;
    expect(institutions.map((id) => statuses.find((s) => s.institutionId === id)?.status)).toEqual([
      "ended",
      "active",
      "active",
      "scheduled",
    ]);
  });

  it("an official's agency register counts the assignments in force on the Korean day", async () => {
    at(kst(day, time));
    const before = (
      await sido.get(`/api/official/support-agencies/${ids().seoulAgencyId}`)
    ).json<AgencyDetail>();
    const mine = before.assignments.filter((a) => institutions.includes(a.institutionId));
    expect(mine.map((a) => a.status).sort()).toEqual(["active", "active", "ended", "scheduled"]);
  });

  it("a region abolished at the end of yesterday is not offered today; one abolished at the end of today is", async () => {
    at(kst(day, time));
    await t.rows(
      `insert into region (code5, code10, level, sido_code, sido_name, sigungu_name, valid_from, valid_to)
         values ('99901', '9990100000', 'sigungu', '99', '시험도', '어제폐지군', '2000-01-01', $1),
                ('99902', '9990200000', 'sigungu', '99', '시험도', '오늘폐지군', '2000-01-01', $2)
         on conflict (code5) do update set valid_to = excluded.valid_to`,
      [addDays(day, -1), day],
    );
    const codes = (await sido.get("/api/reference/regions"))
      .json()
      .items.map((r: { code5: string }) => r.code5);
    expect(codes).not.toContain("99901");
    expect(codes).toContain("99902");
  });

  it("the access log's date filter takes Korean days", async () => {
    // An entry at this time on `day` (written past the chain trigger: the trigger stamps the real clock).
    const username = `kst.${time.replace(":", "")}`;
    await t.asOwner(async (db) => {
      await db.exec("alter table access_log disable trigger access_log_chain");
      try {
        await db.query(
          `insert into access_log (seq, occurred_at, username, action, target_type, prev_hash, hash)
           values ((select coalesce(max(seq), 0) + 1 from access_log), $1, $2, 'read', 'session', 'x', 'x')`,
          [kst(day, time).toISOString(), username],
        );
      } finally {
        await db.exec("alter table access_log enable trigger access_log_chain");
      }
    });
    const count = async (from: string, to: string) => {
      const r = await auditor.get(`/api/official/access-log?from=${from}&to=${to}&username=${username}`);
      expect(r.statusCode).toBe(200);
      return r.json().items.length as number;
    };
    expect(await count(day, day)).toBe(1);
    expect(await count(addDays(day, -1), addDays(day, -1))).toBe(0);
    expect(await count(addDays(day, 1), addDays(day, 1))).toBe(0);
  });
});
