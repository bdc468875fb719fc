import { addDays } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers.ts";
import { WORK_INBOX } from "../../work.ts";
import { remindOverdue, runDailySweep } from "./index.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** A corrective action of a new institution in a 시군구, due on a given date, with the institution's admin. */
async function actionDueOn(dueOn: string, sigunguCode = "11140") {
  const inst = await t.make.institution({ sigunguCode });
  const admin = await t.make.providerAccount(inst.id);
  const made = await t.make.finding({
    institutionId: inst.id,
    status: "ordered",
    corrective: { status: "ordered" },
  });
  await t.rows("update corrective_action set due_on = $2 where id = $1", [made.actionId, dueOn]);
  return { inst, admin, ...made };
}

const noticesOf = (userId: string) =>
  t.rows<{ kind: string; link: string; dedupe_key: string }>(
    "select kind, link, dedupe_key from notification where user_id = $1 order by kind",
    [userId],
  );

/** The instant that is `time` Korean time on `date` (KST = UTC+9). */
const kst = (date: string, time: string) => new Date(`${date}T${time}:00+09:00`);

describe("the daily sweep in Korean time", () => {
  it("at 00:30 KST on a day it reminds what is due in 3 days and what became overdue yesterday, once", async () => {
    const day = "2027-03-10";
    const official = await t.make.official({ sigungu: "11140" });
    const dueSoon = await actionDueOn(addDays(day, 3));
    const dueToday = await actionDueOn(day);
    const overdue = await actionDueOn(addDays(day, -1));
    const later = await actionDueOn(addDays(day, 4));

    // 23:30 KST the evening before is still the day before: nothing of these is due for a reminder yet.
    await runDailySweep(t.db, WORK_INBOX, kst(addDays(day, -1), "23:30"));
    for (const x of [dueSoon, dueToday, overdue, later]) expect(await noticesOf(x.admin.id)).toEqual([]);

    await runDailySweep(t.db, WORK_INBOX, kst(day, "00:30"));
    expect(await noticesOf(dueSoon.admin.id)).toMatchObject([
      { kind: "corrective_action_due_soon", link: `/provider/inspections/${dueSoon.inspectionId}` },
    ]);
    expect(await noticesOf(overdue.admin.id)).toMatchObject([{ kind: "corrective_action_overdue" }]);
    expect(await noticesOf(dueToday.admin.id)).toEqual([]);
    expect(await noticesOf(later.admin.id)).toEqual([]);
    // The 시군구's officials hear of both, with their own screen's link.
    const officialNotices = await noticesOf(official.id);
    expect(officialNotices.map((n) => n.kind).sort()).toEqual(
      expect.arrayContaining(["corrective_action_due_soon", "corrective_action_overdue"]),
    );
    expect(officialNotices.find((n) => n.dedupe_key.includes(overdue.actionId ?? "-"))?.link).toBe(
      `/official/inspections/${overdue.inspectionId}?tab=findings`,
    );

    // The same Korean day at 23:30 (a retry, a second process): nothing new.
    await runDailySweep(t.db, WORK_INBOX, kst(day, "23:30"));
    expect(await noticesOf(dueSoon.admin.id)).toHaveLength(1);
    expect(await noticesOf(overdue.admin.id)).toHaveLength(1);
  });

  it("the demo's catch-up tells of items that fell overdue before any sweep ran, once", async () => {
    const old = await actionDueOn("2026-06-21", "11290");
    const untouched = await actionDueOn("2026-06-21", "11290");
    await remindOverdue(t.db, WORK_INBOX, [old.inst.id]);
    await remindOverdue(t.db, WORK_INBOX, [old.inst.id]);
    expect(await noticesOf(old.admin.id)).toMatchObject([{ kind: "corrective_action_overdue" }]);
    expect(await noticesOf(untouched.admin.id)).toEqual([]);
  });

  it("tells the 시군구 the day after a suspension's last day", async () => {
    const day = "2027-04-02";
    const inst = await t.make.institution({ sigunguCode: "11170" });
    const official = await t.make.official({ sigungu: "11170" });
    const d = await t.make.disposition({ institutionId: inst.id, status: "executing" });
    await t.rows("update disposition set period_to = $2 where id = $1", [d, addDays(day, -1)]);
    await runDailySweep(t.db, WORK_INBOX, kst(addDays(day, -1), "12:00"));
    expect((await noticesOf(official.id)).filter((n) => n.kind === "suspension_ended")).toHaveLength(0);
    await runDailySweep(t.db, WORK_INBOX, kst(day, "00:30"));
    expect((await noticesOf(official.id)).filter((n) => n.kind === "suspension_ended")).toHaveLength(1);
  });
});

describe("the work inbox (내 할 일)", () => {
  it("shows a 시군구 official the overdue corrective action of their 시군구 first, with its state, and not another's", async () => {
    const mine = await t.make.official({ sigungu: "11200" });
    const other = await t.make.official({ sigungu: "11215" });
    const today =
      (await t.rows<{ d: string }>("select (now() at time zone 'Asia/Seoul')::date::text as d"))[0]?.d ?? "";
    const overdue = await actionDueOn(addDays(today, -170), "11200");
    const client = await t.make.signIn(mine);
    const page = (await client.get("/api/official/work-inbox")).json();
    const item = page.items.find((i: { id: string }) => i.id === overdue.actionId);
    expect(item).toMatchObject({
      kind: "corrective_action_overdue",
      state: "overdue",
      stateLabel: "경과",
      daysLeft: -170,
      institutionName: overdue.inst.name,
      link: `/official/inspections/${overdue.inspectionId}?tab=findings`,
    });
    // Ordered by deadline: nothing before it is due later.
    const index = page.items.indexOf(item);
    for (const before of page.items.slice(0, index)) expect(before.dueOn <= item.dueOn).toBe(true);
    expect(
      page.kinds.find((k: { kind: string }) => k.kind === "corrective_action_overdue").overdue,
    ).toBeGreaterThan(0);

    const filtered = (await client.get("/api/official/work-inbox?kind=change_request_pending")).json();
    expect(filtered.items.every((i: { kind: string }) => i.kind === "change_request_pending")).toBe(true);
    const sidoWide = (
      await (await t.login("mohw")).get("/api/official/work-inbox?sidoCode=11&limit=100")
    ).json();
    expect(sidoWide.items.every((i: { sigunguCode: string }) => i.sigunguCode.startsWith("11"))).toBe(true);
    const otherSido = (
      await (await t.login("mohw")).get("/api/official/work-inbox?sidoCode=26&limit=100")
    ).json();
    expect(otherSido.items.find((i: { id: string }) => i.id === overdue.actionId)).toBeUndefined();
    const overdueOnly = (await client.get("/api/official/work-inbox?state=overdue")).json();
    expect(overdueOnly.items.every((i: { state: string }) => i.state === "overdue")).toBe(true);
    expect((await client.get("/api/official/work-inbox/count")).json().overdue).toBeGreaterThan(0);

    const stranger = await t.make.signIn(other);
    const theirs = (await stranger.get("/api/official/work-inbox")).json();
    expect(theirs.items.find((i: { id: string }) => i.id === overdue.actionId)).toBeUndefined();

    // The institution sees the same item as its own work, overdue.
    const provider = await t.make.signIn(overdue.admin);
    const own = (await provider.get("/api/provider/work-inbox")).json();
    expect(own.items.find((i: { id: string }) => i.id === overdue.actionId)).toMatchObject({
      kind: "corrective_action_due",
      state: "overdue",
      link: `/provider/inspections/${overdue.inspectionId}`,
    });
    expect((await provider.get("/api/official/work-inbox")).statusCode).toBe(403);
  });
});
