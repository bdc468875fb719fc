import { koreaToday } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProviderRoundDetail, ProviderRoundList, RoundDetail } from "../../../test/api-types.ts";
import {
  actorOf,
  createTestApp,
  type DemoClients,
  ids,
  type TestApp,
  type TestClient,
  workbookOf,
} from "../../../test/helpers.ts";
import type { Actor } from "../../platform/context.ts";

let t: TestApp;
let demo: DemoClients;

beforeAll(async () => {
  t = await createTestApp();
  demo = await t.signInDemo();
});
afterAll(() => t.close());

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const today = () => koreaToday();

const openBody = (over: Record<string, unknown> = {}) => ({
  title: "2026년 4분기 시설 현황보고",
  periodLabel: "2026년 4분기",
  dueOn: addDays(today(), 7),
  target: { mode: "all" },
  ...over,
});

const goodReport = (over: Record<string, unknown> = {}) => ({
  capacity: 70,
  currentUsers: 64,
  currentUsersMale: 20,
  currentUsersFemale: 44,
  staff: [
    { jobTypeCode: "CAREWORKER", fullTime: 28, partTime: 3 },
    { jobTypeCode: "NURSE", fullTime: 2, partTime: 0 },
  ],
  programCount: 6,
  remarks: "동절기 난방비 증가",
  ...over,
});

const lastLog = (action: string, targetType: string) => t.lastAccessLog({ action, targetType });

async function openRound(client: TestClient, over: Record<string, unknown> = {}) {
  const res = await client.post("/api/official/status-reports", openBody(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<RoundDetail>();
}

async function submit(client: TestClient, roundId: string, report = goodReport()) {
  const form = await client.get(`/api/provider/status-reports/${roundId}`);
  expect(form.statusCode, form.body).toBe(200);
  return client.post(`/api/provider/status-reports/${roundId}/submit`, {
    report,
    version: form.json().version,
  });
}

describe("opening rounds", () => {
  it("a 시군구's round targets only its own operating institutions", async () => {
    const round = await openRound(demo.jongno);
    const regions = await t.rows<{ sigungu_code: string; n: number }>(
      "select sigungu_code, count(*) as n from report_round_target where round_id = $1 group by sigungu_code",
      [round.id],
    );
    const [{ n: operating } = { n: 0 }] = await t.rows<{ n: number }>(
      "select count(*) as n from institution where sigungu_code = '11110' and status = 'operating'",
    );
    expect(regions).toEqual([{ sigungu_code: "11110", n: Number(operating) }]);
    expect(round.targetCount).toBe(Number(operating));
    expect(round.targets).toBe(Number(operating));
    expect((await lastLog("create", "report_round"))?.target_id).toBe(round.id);
  });

  it("a 시도's round covers every operating institution of the 시도", async () => {
    const round = await openRound(demo.seoul, { title: "서울 현황보고" });
    const [{ n: expected } = { n: 0 }] = await t.rows<{ n: number }>(
      "select count(*) as n from institution where sido_code = '11' and status = 'operating'",
    );
    const [{ n: targets, sidos } = { n: 0, sidos: 0 }] = await t.rows<{ n: number; sidos: number }>(
      "select count(*) as n, count(distinct sido_code) as sidos from report_round_target where round_id = $1",
      [round.id],
    );
    expect(Number(targets)).toBe(Number(expected));
    expect(Number(sidos)).toBe(1);
    expect(Number(targets)).toBeGreaterThan(1);
  });

  it("refuses a deadline before today, in Korean beside the field", async () => {
    const res = await demo.jongno.post(
      "/api/official/status-reports",
      openBody({ dueOn: addDays(today(), -1) }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({
      field: "dueOn",
      message: "제출 기한은 오늘 또는 그 이후여야 합니다.",
    });
  });

  it("accepts a deadline of today", async () => {
    await openRound(demo.jongno, { dueOn: today(), title: "오늘 마감" });
  });

  it("refuses an explicit list naming another 시군구's institution", async () => {
    const res = await demo.jongno.post(
      "/api/official/status-reports",
      openBody({
        target: { mode: "list", institutionIds: [ids().jongnoInstitutionId, ids().mapoInstitutionId] },
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: "target.institutionIds" });
    expect(res.json().errors[0].message).toContain("1곳");
  });

  it("opens a round for an explicit list and by institution type", async () => {
    const listed = await openRound(demo.jongno, {
      target: { mode: "list", institutionIds: [ids().jongnoInstitutionId] },
    });
    expect(listed.targetCount).toBe(1);
    const byType = await openRound(demo.seoul, {
      target: { mode: "filter", typeCodes: ["ELD-MED-NURSING"] },
    });
    const types = await t.rows<{ type_code: string }>(
      "select distinct type_code from report_round_target where round_id = $1",
      [byType.id],
    );
    expect(types).toEqual([{ type_code: "ELD-MED-NURSING" }]);
  });

  it("answers an empty selection with a Korean message", async () => {
    const res = await demo.jongno.post(
      "/api/official/status-reports",
      openBody({ target: { mode: "filter", sigunguCodes: ["11440"] } }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toBe("조건에 맞는 운영 중인 기관이 없습니다. 대상 조건을 바꾸세요.");
  });

  it("does not let providers open rounds (403)", async () => {
    const res = await demo.provider.post("/api/official/status-reports", openBody());
    expect([403, 404]).toContain(res.statusCode);
  });
});

describe("scope", () => {
  it("hides a 시군구's round from another 시군구 (404) on every route", async () => {
    const round = await openRound(demo.jongno, { title: "종로 전용" });
    for (const url of [
      "",
      "/targets",
      "/summary",
      "/targets.xlsx",
      `/targets/${ids().jongnoInstitutionId}`,
    ]) {
      const res = await demo.mapo.get(`/api/official/status-reports/${round.id}${url}`);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().detail).toBe("현황보고 회차를 찾을 수 없습니다.");
    }
    expect(
      (await demo.mapo.post(`/api/official/status-reports/${round.id}/reminders`, { message: "제출" }))
        .statusCode,
    ).toBe(404);
    expect(
      (await demo.mapo.post(`/api/official/status-reports/${round.id}/close`, { version: 1 })).statusCode,
    ).toBe(404);
    const list = await demo.mapo.get("/api/official/status-reports?limit=100");
    expect(list.json().items.map((r: { id: string }) => r.id)).not.toContain(round.id);
    // the 시도 above sees it
    expect((await demo.seoul.get(`/api/official/status-reports/${round.id}`)).statusCode).toBe(200);
  });

  it("shows a 시군구 only its own part of a 시도's round, and lets only the 시도 close it", async () => {
    const round = await openRound(demo.seoul, { title: "서울 공동 회차" });
    const seen = await demo.jongno.get(`/api/official/status-reports/${round.id}`);
    expect(seen.statusCode).toBe(200);
    const [{ n } = { n: 0 }] = await t.rows<{ n: number }>(
      "select count(*) as n from report_round_target where round_id = $1 and sigungu_code = '11110'",
      [round.id],
    );
    expect(seen.json().targets).toBe(Number(n));
    expect(seen.json().bySigungu.map((r: { sigunguCode: string }) => r.sigunguCode)).toEqual(["11110"]);
    expect(seen.json().canClose).toBe(false);
    const targets = await demo.jongno.get(`/api/official/status-reports/${round.id}/targets?limit=200`);
    expect(targets.json().items.every((i: { sigunguCode: string }) => i.sigunguCode === "11110")).toBe(true);
    const close = await demo.jongno.post(`/api/official/status-reports/${round.id}/close`, {
      version: round.version,
    });
    expect(close.statusCode).toBe(403);
    expect(close.json().detail).toBe("현황보고 회차는 개설한 기관의 공무원만 마감할 수 있습니다.");
  });

  it("provider.mapo sees neither demo.jongno's round (404) nor demo.jongno's submission in a shared round", async () => {
    const own = await openRound(demo.jongno, { title: "종로 단독" });
    expect((await demo.providerMapo.get(`/api/provider/status-reports/${own.id}`)).statusCode).toBe(404);
    const shared = await openRound(demo.seoul, { title: "서울 전체 2" });
    expect((await submit(demo.provider, shared.id)).statusCode).toBe(200);
    const mapoView = await demo.providerMapo.get(`/api/provider/status-reports/${shared.id}`);
    expect(mapoView.statusCode).toBe(200);
    expect(mapoView.json().status).toBe("pending");
    expect(mapoView.json().institutionName).not.toBe(
      (await demo.provider.get(`/api/provider/status-reports/${shared.id}`)).json().institutionName,
    );
    const list = (await demo.providerMapo.get("/api/provider/status-reports")).json<ProviderRoundList>()
      .items;
    expect(list.map((r) => r.roundId)).toContain(shared.id);
    expect(list.map((r) => r.roundId)).not.toContain(own.id);
    // the submission cannot be read through the demo.mapo official either
    expect(
      (await demo.mapo.get(`/api/official/status-reports/${shared.id}/targets/${ids().jongnoInstitutionId}`))
        .statusCode,
    ).toBe(404);
  });
});

describe("row-level security (second wall)", () => {
  const unfiltered = (a: Actor, roundId: string) =>
    t.scoped(a, async (ctx) => ({
      rounds: (await ctx.tx.query("select id from report_round where id = $1", [roundId])).rows.length,
      targets: (await ctx.tx.query("select id from report_round_target where round_id = $1", [roundId])).rows
        .length,
      reminders: (await ctx.tx.query("select id from report_reminder where round_id = $1", [roundId])).rows
        .length,
    }));

  it("hides another 시군구's round, targets and reminders even from a query without a scope condition", async () => {
    const round = await openRound(demo.jongno, { title: "RLS 시험" });
    await demo.jongno.post(`/api/official/status-reports/${round.id}/reminders`, {
      message: "제출 바랍니다",
    });
    expect(await unfiltered(actorOf("sigungu", "11440"), round.id)).toEqual({
      rounds: 0,
      targets: 0,
      reminders: 0,
    });
    expect(await unfiltered(actorOf("institution", ids().mapoInstitutionId), round.id)).toEqual({
      rounds: 0,
      targets: 0,
      reminders: 0,
    });
    expect(await unfiltered(actorOf("institution", ids().jongnoInstitutionId), round.id)).toEqual({
      rounds: 1,
      targets: 1,
      reminders: 1,
    });
  });
});

describe("submitting", () => {
  it("provider.admin sees the round with the register's figures and submits on time", async () => {
    const round = await openRound(demo.jongno, { title: "제출 시험" });
    const list = (await demo.provider.get("/api/provider/status-reports")).json<ProviderRoundList>().items;
    expect(list.map((r) => r.roundId)).toContain(round.id);
    const form = (await demo.provider.get(`/api/provider/status-reports/${round.id}`)).json();
    expect(form.formSource).toBe("register");
    expect(form.form.capacity).toBe(70);
    expect(form.form.currentUsers).toBe(64);
    expect(form.residential).toBe(true);
    expect(form.canSubmit).toBe(true);
    const res = await submit(demo.provider, round.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: "submitted",
      state: "submitted",
      isLate: false,
      canEdit: false,
    });
    const log = await lastLog("update", "report_round_target");
    expect(log?.details).toMatchObject({ transition: "pending→submitted", isLate: false });
    // once submitted it cannot change
    const again = await submit(demo.provider, round.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe("이미 제출한 현황보고는 수정할 수 없습니다.");
  });

  it("prefills demo.providerStaff counts by job type from the demo.providerStaff register", async () => {
    const home = await t.make.institution({ sigunguCode: "11110", staff: 3 });
    const provider = await t.make.signIn(await t.make.providerAccount(home.id));
    const round = await openRound(demo.jongno, {
      title: "종사자 미리채움",
      target: { mode: "list", institutionIds: [home.id] },
    });
    const form = (await provider.get(`/api/provider/status-reports/${round.id}`)).json<ProviderRoundDetail>();
    const prefilled = form.form.staff.reduce((s, l) => s + (l.fullTime ?? 0) + (l.partTime ?? 0), 0);
    expect(prefilled).toBe(3);
    expect(form.form.staff.map((l) => l.jobTypeCode)).toContain("CAREWORKER");
  });

  it("refuses 현원 above 정원 for the residential institution, in Korean beside the field", async () => {
    const round = await openRound(demo.jongno, { title: "검증 시험" });
    const res = await submit(demo.provider, round.id, goodReport({ currentUsers: 71, currentUsersMale: 27 }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({
      field: "report.currentUsers",
      message: "생활시설의 현원은 정원을 넘을 수 없습니다.",
    });
    const negative = await submit(demo.provider, round.id, goodReport({ programCount: -1 }));
    expect(negative.statusCode).toBe(400);
    expect(JSON.stringify(negative.json().errors)).toContain("0 이상");
  });

  it("marks a submission after the due date late, and accepts one on the due date as on time", async () => {
    const onTime = await openRound(demo.jongno, { title: "기한 당일", dueOn: today() });
    const res = await submit(demo.provider, onTime.id);
    expect(res.json()).toMatchObject({ isLate: false, state: "submitted" });

    const late = await openRound(demo.jongno, { title: "지연 시험" });
    await t.rows("update report_round set due_on = $2 where id = $1", [late.id, addDays(today(), -1)]);
    const lateRes = await submit(demo.provider, late.id);
    expect(lateRes.statusCode, lateRes.body).toBe(200);
    expect(lateRes.json()).toMatchObject({ isLate: true, state: "late", stateLabel: "지연 제출" });
    const targets = await demo.jongno.get(`/api/official/status-reports/${late.id}/targets?status=late`);
    expect(targets.json().items.map((i: { institutionId: string }) => i.institutionId)).toEqual([
      ids().jongnoInstitutionId,
    ]);
  });

  it("lets provider demo.providerStaff save a draft but not submit", async () => {
    const round = await openRound(demo.jongno, { title: "임시저장" });
    const form = (await demo.providerStaff.get(`/api/provider/status-reports/${round.id}`)).json();
    expect(form.canSubmit).toBe(false);
    const draft = await demo.providerStaff.post(`/api/provider/status-reports/${round.id}/draft`, {
      draft: { currentUsers: 60, programCount: null },
      version: form.version,
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({ formSource: "draft", hasDraft: true });
    expect(draft.json().form.currentUsers).toBe(60);
    const refused = await demo.providerStaff.post(`/api/provider/status-reports/${round.id}/submit`, {
      report: goodReport(),
      version: draft.json().version,
    });
    expect(refused.statusCode).toBe(403);
    const stale = await demo.providerStaff.post(`/api/provider/status-reports/${round.id}/draft`, {
      draft: { currentUsers: 61 },
      version: form.version,
    });
    expect(stale.statusCode).toBe(409);
    const noVersion = await demo.providerStaff.post(`/api/provider/status-reports/${round.id}/draft`, {
      draft: {},
    });
    expect(noVersion.statusCode).toBe(428);
  });
});

describe("reminders and closing", () => {
  it("records reminders to pending institutions and shows them to the provider", async () => {
    const round = await openRound(demo.jongno, { title: "독촉 시험" });
    const res = await demo.jongno.post(`/api/official/status-reports/${round.id}/reminders`, {
      message: "기한 내 제출 바랍니다.",
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().sent).toBe(round.targetCount);
    const stored = await t.rows<{ n: number }>(
      "select count(*) as n from report_reminder where round_id = $1",
      [round.id],
    );
    expect(Number(stored[0]?.n)).toBe(round.targetCount);
    const own = (await demo.provider.get("/api/provider/status-reports"))
      .json()
      .items.find((r: { roundId: string }) => r.roundId === round.id);
    expect(own.reminders).toEqual([expect.objectContaining({ message: "기한 내 제출 바랍니다." })]);
    const detail = (await demo.jongno.get(`/api/official/status-reports/${round.id}`)).json();
    expect(detail.reminders[0]).toMatchObject({
      institutions: round.targetCount,
      message: "기한 내 제출 바랍니다.",
    });
    // after demo.jongno's institution submits, a second reminder skips it
    await submit(demo.provider, round.id);
    const second = await demo.jongno.post(`/api/official/status-reports/${round.id}/reminders`, {
      message: "재독촉",
    });
    expect(second.json().sent).toBe(round.targetCount - 1);
    expect((await lastLog("create", "report_reminder"))?.details).toMatchObject({
      sent: round.targetCount - 1,
    });
  });

  it("closes a round once; then no submission (409), and pending ones show as 미제출", async () => {
    const round = await openRound(demo.jongno, { title: "마감 시험" });
    expect((await demo.jongno.post(`/api/official/status-reports/${round.id}/close`, {})).statusCode).toBe(
      428,
    );
    const closed = await demo.jongno.post(`/api/official/status-reports/${round.id}/close`, {
      version: round.version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: "closed", statusLabel: "마감", canClose: false });
    const again = await demo.jongno.post(`/api/official/status-reports/${round.id}/close`, {
      version: closed.json().version,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe("이미 마감된 현황보고 회차입니다.");
    const late = await submit(demo.provider, round.id);
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toBe(
      "마감된 현황보고 회차에는 제출할 수 없습니다. 담당 공무원에게 문의하세요.",
    );
    const remind = await demo.jongno.post(`/api/official/status-reports/${round.id}/reminders`, {
      message: "제출",
    });
    expect(remind.statusCode).toBe(409);
    const targets = (
      await demo.jongno.get(`/api/official/status-reports/${round.id}/targets?status=pending`)
    ).json();
    expect(targets.total).toBe(round.targetCount);
    expect(targets.items[0]).toMatchObject({ status: "pending", state: "missed", stateLabel: "미제출" });
    expect((await lastLog("update", "report_round"))?.details).toMatchObject({ transition: "open→closed" });
  });
});

describe("summary and export", () => {
  it("adds up exactly the submitted figures by region and type", async () => {
    const round = await openRound(demo.jongno, { title: "집계 시험" });
    await submit(demo.provider, round.id);
    const res = await demo.jongno.get(`/api/official/status-reports/${round.id}/summary`);
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.total).toMatchObject({
      targets: round.targetCount,
      submitted: 1,
      pending: round.targetCount - 1,
      capacity: 70,
      currentUsers: 64,
      staff: 33,
      programs: 6,
    });
    expect(s.bySigungu).toEqual([
      expect.objectContaining({ sigunguCode: "11110", sigunguName: "종로구", submitted: 1 }),
    ]);
    const nursing = s.byType.find((r: { typeCode: string }) => r.typeCode === "ELD-MED-NURSING");
    expect(nursing).toMatchObject({ submitted: 1, capacity: 70, currentUsers: 64, staff: 33 });
    const others = s.byType.filter((r: { typeCode: string }) => r.typeCode !== "ELD-MED-NURSING");
    expect(
      others.every((r: { capacity: number; submitted: number }) => r.capacity === 0 && r.submitted === 0),
    ).toBe(true);
    expect(s.total.rate).toBeCloseTo(100 / round.targetCount, 0);
    const detail = (
      await demo.jongno.get(`/api/official/status-reports/${round.id}/targets/${ids().jongnoInstitutionId}`)
    ).json();
    expect(detail.report).toMatchObject({ capacity: 70, currentUsers: 64, programCount: 6 });
  });

  it("downloads the progress list as Excel with Korean headers and logs it", async () => {
    const round = await openRound(demo.jongno, { title: "엑셀 시험" });
    const res = await demo.jongno.get(`/api/official/status-reports/${round.id}/targets.xlsx?status=pending`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const wb = await workbookOf(res.rawPayload);
    const sheet = wb.getWorksheet("제출 현황");
    expect(sheet?.getRow(1).getCell(3).value).toBe("기관명");
    expect(sheet?.rowCount).toBe(round.targetCount + 1);
    // Sheet 2 says which round, when, by whom, how many rows and under which filter (the platform list path).
    const about = wb.getWorksheet("회차 정보");
    const lines = Object.fromEntries(
      (about?.getSheetValues() ?? []).slice(2).map((r) => [(r as string[])[1], (r as string[])[2]]),
    );
    expect(lines).toMatchObject({
      회차: "엑셀 시험",
      "내려받은 사람": "gu.jongno",
      건수: round.targetCount.toLocaleString("ko-KR"),
      "제출 상태": "미제출",
    });
    expect(lines["내려받은 일시"]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(KST\)$/);
    const log = await lastLog("export", "report_round");
    expect(log).toMatchObject({ target_id: round.id, username: "gu.jongno" });
    expect(log?.details).toMatchObject({ rows: round.targetCount });
  });

  it("lists rounds with filters and paging", async () => {
    const res = await demo.jongno.get("/api/official/status-reports?status=closed&limit=5");
    expect(res.statusCode).toBe(200);
    expect(res.json().items.every((r: { status: string }) => r.status === "closed")).toBe(true);
    const page = await demo.jongno.get("/api/official/status-reports?period=4분기&limit=2&page=2");
    expect(page.json()).toMatchObject({ page: 2, limit: 2 });
    expect(page.json().items.length).toBeLessThanOrEqual(2);
    expect(page.json().total).toBeGreaterThan(2);
  });
});
