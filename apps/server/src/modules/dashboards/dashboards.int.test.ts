import { addCalendarDays, koreaToday } from "@ssis/domain";
import ExcelJS from "exceljs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestApp, type TestApp, type TestClient } from "../../../test/helpers.ts";
import {
  INSTITUTION_TABLES,
  type InstitutionDashboard,
  JURISDICTION_TABLES,
  type JurisdictionDashboard,
} from "./dashboards.schemas.ts";

// 업무현황: every figure of each scope's dashboard is checked against a count written straight on the tables
// (as the database owner, without row-level security), after the test has made findings, overdue actions,
// dispositions, change requests, a report round and a plan in two 시군구s of 서울 and one of 부산.
let t: TestApp;
let jongno: TestClient;
let mapo: TestClient;
let seoul: TestClient;
let busan: TestClient;
let mohw: TestClient;
let evalAgency: TestClient;
let provider: TestClient;
let providerId: string;

const JONGNO = "11110";
const MAPO = "11440";
const HAEUNDAE = "26350";
const URL = "/api/official/dashboards/jurisdiction";

/** The instant of hh:mm KST on a Korean date. */
const kst = (date: string, time: string) => new Date(`${date}T${time}:00+09:00`);
const at = (instant: Date) => {
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(instant);
};
afterEach(() => {
  vi.useRealTimers();
});

beforeAll(async () => {
  t = await createTestApp({ sessionIdleSeconds: 3 * 86_400 });
  const { make } = t;
  jongno = await t.login("gu.jongno");
  mapo = await t.login("gu.mapo");
  seoul = await t.login("sido.seoul");
  mohw = await t.login("mohw");
  evalAgency = await t.login("eval.agency");
  busan = await make.signIn(await make.official({ sido: "26" }));

  // 종로: a suspended and a closed institution, two open findings (one ordered and overdue), an action
  // reported and waiting, a pre-notice, a suspension in force; 마포: one overdue action; 해운대: one finding.
  const [a, b] = await make.institutions(2, { sigunguCode: JONGNO });
  await make.institution({ sigunguCode: JONGNO, status: "suspended", typeCode: "CMC-CENTER" });
  await make.institution({ sigunguCode: JONGNO, status: "closed" });
  const [m] = await make.institutions(1, { sigunguCode: MAPO, staff: 3 });
  const [h] = await make.institutions(1, { sigunguCode: HAEUNDAE });
  if (!a || !b || !m || !h) throw new Error("institutions");
  providerId = a.id;
  provider = await make.signIn(await make.providerAccount(a.id));

  await make.finding({ institutionId: a.id, status: "open" });
  await make.finding({
    institutionId: a.id,
    status: "ordered",
    corrective: { status: "ordered", dueInDays: -3 },
  });
  await make.finding({ institutionId: b.id, status: "ordered", corrective: { status: "submitted" } });
  await make.finding({
    institutionId: m.id,
    status: "ordered",
    corrective: { status: "returned", dueInDays: -1 },
  });
  await make.finding({ institutionId: h.id, status: "open" });
  // An overdue action with no report to make (현지 시정) is not overdue.
  await make.finding({
    institutionId: b.id,
    status: "ordered",
    corrective: { status: "ordered", outcome: "on_site", dueInDays: -5 },
  });
  await make.disposition({ institutionId: a.id, status: "pre_noticed" });
  const suspension = await make.disposition({ institutionId: b.id, status: "decided" });
  const today = koreaToday();
  await t.rows(
    `update disposition set measure = '{"kind":"businessSuspension","length":1,"unit":"months"}',
       measure_label = '업무정지 1개월', period_from = $2, period_to = $3 where id = $1`,
    [suspension, addCalendarDays(today, -2), addCalendarDays(today, 20)],
  );
  await make.disposition({ institutionId: m.id, status: "executing" });

  // Change requests filed 1, 5, 10 and 40 days ago (Korean dates), one of them past its due date.
  for (const [inst, ago, dueIn] of [
    [a, 1, 6],
    [a, 5, 2],
    [b, 10, -3],
    [m, 40, 5],
  ] as const) {
    const id = await make.changeRequest({ institutionId: inst.id, dueOn: addCalendarDays(today, dueIn) });
    await t.rows("update change_request set requested_at = $2 where id = $1", [
      id,
      kst(addCalendarDays(today, -ago), "10:00"),
    ]);
  }

  // A report round of 종로 with three targets, one submitted late; a plan of 종로 with two inspections.
  const round = await make.reportRound({
    sigunguCode: JONGNO,
    institutionIds: [a.id, b.id],
    dueOn: addCalendarDays(today, 3),
  });
  await t.rows(
    `update report_round_target set status = 'submitted', submitted_at = now(), submitted_on = $2,
       report = '{}', is_late = true where round_id = $1 and institution_id = $3`,
    [round, today, b.id],
  );
  const plan = await make.inspectionPlan({
    sigunguCode: JONGNO,
    institutionIds: [a.id, b.id],
    year: Number(today.slice(0, 4)),
  });
  await t.rows(
    "update inspection set status = 'completed', scheduled_on = $2 where plan_id = $1 and institution_id = $3",
    [plan, today, a.id],
  );
});
afterAll(() => t.close());

// ── the same figures, counted straight on the tables ─────────────────────────────────────────────────────

type Where = { column: "sido_code" | "sigungu_code"; code: string } | null;
const cond = (alias: string, where: Where) => (where ? `${alias}.${where.column} = '${where.code}'` : "true");
const one = async (sql: string, params: unknown[] = []) =>
  Number((await t.rows<{ n: string }>(sql, params))[0]?.n ?? 0);

async function expected(where: Where, today: string) {
  const c = (alias: string) => cond(alias, where);
  const year = Number(today.slice(0, 4));
  const statuses = await t.rows<{ status: string; n: string }>(
    `select status, count(*) as n from institution i where ${c("i")} group by status`,
  );
  const byStatus = { total: 0, operating: 0, suspended: 0, closed: 0 };
  for (const s of statuses) {
    byStatus[s.status as "operating"] = Number(s.n);
    byStatus.total += Number(s.n);
  }
  const reported = "('caution', 'warning', 'correction', 'improvement', 'subsidy_recovery')";
  return {
    byStatus,
    activeStaff: await one(`select count(*) as n from staff s where s.left_on is null and ${c("s")}`),
    findings: {
      open: await one(
        `select count(*) as n from inspection_finding f where f.status in ('open', 'ordered') and ${c("f")}`,
      ),
      actionsOpen: await one(
        `select count(*) as n from corrective_action a where a.status <> 'accepted' and ${c("a")}`,
      ),
      actionsOverdue: await one(
        `select count(*) as n from corrective_action a where a.status in ('ordered', 'returned')
           and a.outcome in ${reported} and a.due_on < $1::date and ${c("a")}`,
        [today],
      ),
      actionsSubmitted: await one(
        `select count(*) as n from corrective_action a where a.status = 'submitted' and ${c("a")}`,
      ),
    },
    dispositions: {
      preNoticed: await one(
        `select count(*) as n from disposition d where d.status = 'pre_noticed' and ${c("d")}`,
      ),
      decided: await one(`select count(*) as n from disposition d where d.status = 'decided' and ${c("d")}`),
      executing: await one(
        `select count(*) as n from disposition d where d.status = 'executing' and ${c("d")}`,
      ),
      suspensionsInForce: await one(
        `select count(*) as n from disposition d where d.status in ('decided', 'executing')
           and d.measure->>'kind' in ('businessSuspension', 'operationSuspension')
           and d.period_from <= $1::date and d.period_to >= $1::date and ${c("d")}`,
        [today],
      ),
    },
    changeRequests: {
      pending: await one(
        `select count(*) as n from change_request cr where cr.status = 'submitted' and ${c("cr")}`,
      ),
      overdue: await one(
        `select count(*) as n from change_request cr where cr.status = 'submitted' and cr.due_on < $1::date and ${c("cr")}`,
        [today],
      ),
    },
    inspectionTargets: await one(
      `select count(*) as n from inspection x join inspection_plan p on p.id = x.plan_id
        where p.plan_year = $1 and x.status <> 'cancelled' and ${c("x")}`,
      [year],
    ),
    inspectionsDone: await one(
      `select count(*) as n from inspection x join inspection_plan p on p.id = x.plan_id
        where p.plan_year = $1 and x.status in ('completed', 'notified', 'closed') and ${c("x")}`,
      [year],
    ),
    reportTargets: await one(
      `select count(*) as n from report_round_target x join report_round r on r.id = x.round_id
        where (r.status = 'open' or r.due_on >= $1::date - 30) and ${c("x")}`,
      [today],
    ),
    reportSubmitted: await one(
      `select count(*) as n from report_round_target x join report_round r on r.id = x.round_id
        where (r.status = 'open' or r.due_on >= $1::date - 30) and x.status = 'submitted' and ${c("x")}`,
      [today],
    ),
  };
}

type Expected = Awaited<ReturnType<typeof expected>>;

function checkTotals(d: JurisdictionDashboard, e: Expected) {
  const o = d.oversight;
  if (!o) throw new Error("oversight missing");
  expect(d.institutions.byStatus).toEqual(e.byStatus);
  expect(d.institutions.activeStaff).toBe(e.activeStaff);
  expect(d.institutions.byType.reduce((s, r) => s + r.total, 0)).toBe(e.byStatus.total);
  expect(d.institutions.byField.reduce((s, r) => s + r.count, 0)).toBe(e.byStatus.total);
  expect(o.findings).toEqual(e.findings);
  expect(o.dispositions).toEqual(e.dispositions);
  expect({ pending: o.changeRequests.pending, overdue: o.changeRequests.overdue }).toEqual(e.changeRequests);
  expect(o.changeRequests.byAge.reduce((s, b) => s + b.count, 0)).toBe(e.changeRequests.pending);
  expect(o.inspections.targets).toBe(e.inspectionTargets);
  expect(o.inspections.done).toBe(e.inspectionsDone);
  // Every round in scope is listed while there are at most 10.
  expect(o.reportRounds).toHaveLength(Math.min(o.roundCount, 10));
  if (o.roundCount <= 10) {
    expect(o.reportRounds.reduce((s, r) => s + r.targets, 0)).toBe(e.reportTargets);
    expect(o.reportRounds.reduce((s, r) => s + r.submitted, 0)).toBe(e.reportSubmitted);
  }
}

function checkArea(area: JurisdictionDashboard["areas"][number], e: Expected) {
  expect(area.institutions).toEqual(e.byStatus);
  expect(area.activeStaff).toBe(e.activeStaff);
  expect(area.oversight).toEqual({
    findingsOpen: e.findings.open,
    actionsOpen: e.findings.actionsOpen,
    actionsOverdue: e.findings.actionsOverdue,
    dispositionsActive: e.dispositions.preNoticed + e.dispositions.decided + e.dispositions.executing,
    suspensionsInForce: e.dispositions.suspensionsInForce,
    inspectionTargets: e.inspectionTargets,
    inspectionsDone: e.inspectionsDone,
    reportTargets: e.reportTargets,
    reportSubmitted: e.reportSubmitted,
    changeRequestsPending: e.changeRequests.pending,
    changeRequestsOverdue: e.changeRequests.overdue,
  });
}

const dashboard = async (client: TestClient) => {
  const r = await client.get(URL);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as JurisdictionDashboard;
};

describe("업무현황 of a 시군구", () => {
  it("counts exactly what the tables hold in 종로구", async () => {
    const d = await dashboard(jongno);
    expect(d.scope).toMatchObject({ kind: "sigungu", code: JONGNO, label: "서울특별시 종로구" });
    expect(d.areaLevel).toBeNull();
    expect(d.areas).toEqual([]);
    checkTotals(d, await expected({ column: "sigungu_code", code: JONGNO }, d.asOf));
    // What the test made is among them.
    const o = d.oversight;
    expect(o?.dispositions.suspensionsInForce).toBeGreaterThanOrEqual(1);
    expect(o?.findings.actionsOverdue).toBeGreaterThanOrEqual(1);
    expect(o?.inspections.plans.some((p) => p.targets === 2 && p.done === 1)).toBe(true);
    const round = o?.reportRounds.find((r) => r.title === "시험 현황보고");
    expect(round).toMatchObject({ targets: 2, submitted: 1, late: 1, pending: 1, status: "open" });
    expect(o?.changeRequests.byAge.map((b) => b.bucket)).toEqual(["d0_3", "d4_7", "d8_14", "d15_30", "d31"]);
  });

  it("never counts another 시군구's rows: 마포구 sees its own only", async () => {
    const d = await dashboard(mapo);
    checkTotals(d, await expected({ column: "sigungu_code", code: MAPO }, d.asOf));
    const jongnoOverdue = (await dashboard(jongno)).oversight?.findings.actionsOverdue ?? 0;
    const seoulOverdue = (await dashboard(seoul)).oversight?.findings.actionsOverdue ?? 0;
    expect(d.oversight?.findings.actionsOverdue).toBe(seoulOverdue - jongnoOverdue);
  });
});

describe("업무현황 of a 시도: its 시군구s side by side", () => {
  it("counts 서울 as a whole and each 시군구 as 시군구 officials would", async () => {
    const d = await dashboard(seoul);
    expect(d.areaLevel).toBe("sigungu");
    checkTotals(d, await expected({ column: "sido_code", code: "11" }, d.asOf));
    // Every 시군구 of 서울 in force, each counted on its own.
    const seoulSigungu = await t.rows<{ code5: string }>(
      "select code5 from region where level = 'sigungu' and sido_code = '11' and valid_to is null",
    );
    expect(d.areas.map((a) => a.code).sort()).toEqual(
      expect.arrayContaining(seoulSigungu.map((r) => r.code5).sort()),
    );
    for (const code of [JONGNO, MAPO]) {
      const area = d.areas.find((a) => a.code === code);
      if (!area) throw new Error(code);
      checkArea(area, await expected({ column: "sigungu_code", code }, d.asOf));
    }
    // The areas add up to the whole.
    expect(d.areas.reduce((s, a) => s + a.institutions.total, 0)).toBe(d.institutions.byStatus.total);
    expect(d.areas.reduce((s, a) => s + (a.oversight?.findingsOpen ?? 0), 0)).toBe(
      d.oversight?.findings.open,
    );
  });

  it("부산 sees none of 서울's figures", async () => {
    const d = await dashboard(busan);
    checkTotals(d, await expected({ column: "sido_code", code: "26" }, d.asOf));
    expect(d.areas.every((a) => a.code.startsWith("26"))).toBe(true);
    const haeundae = d.areas.find((a) => a.code === HAEUNDAE);
    expect(haeundae?.oversight?.findingsOpen).toBeGreaterThanOrEqual(1);
  });
});

describe("업무현황 of the ministry: the 시도s side by side", () => {
  it("counts the nation and each 시도", async () => {
    const d = await dashboard(mohw);
    expect(d.areaLevel).toBe("sido");
    expect(d.scope).toMatchObject({ kind: "nation", label: "전국" });
    checkTotals(d, await expected(null, d.asOf));
    const sidos = await t.rows<{ sido_code: string }>(
      "select sido_code from region where level = 'sido' and valid_to is null",
    );
    expect(d.areas.map((a) => a.code)).toEqual(expect.arrayContaining(sidos.map((r) => r.sido_code)));
    for (const code of ["11", "26"]) {
      const area = d.areas.find((a) => a.code === code);
      if (!area) throw new Error(code);
      checkArea(area, await expected({ column: "sido_code", code }, d.asOf));
    }
    expect(d.areas.find((a) => a.code === "11")?.name).toBe("서울특별시");
  });
});

describe("who sees what", () => {
  it("gives the evaluation agency the institutions only, and refuses providers and the auditor", async () => {
    const d = await dashboard(evalAgency);
    expect(d.oversight).toBeNull();
    expect(d.areas.every((a) => a.oversight === null)).toBe(true);
    expect(d.institutions.byStatus.total).toBeGreaterThan(0);
    expect((await evalAgency.get(`${URL}.xlsx?table=oversight`)).statusCode).toBe(404);
    expect((await provider.get(URL)).statusCode).toBe(403);
    expect((await (await t.login("auditor")).get(URL)).statusCode).toBe(403);
    expect((await jongno.get("/api/provider/dashboards/institution")).statusCode).toBe(403);
  });
});

describe("dates are Korean", () => {
  it.each(["00:30", "23:30"])(
    "at %s KST an action due yesterday is overdue, one due today is not",
    async (time) => {
      const day = addCalendarDays(koreaToday(), 1);
      const [inst] = await t.make.institutions(1, { sigunguCode: JONGNO });
      if (!inst) throw new Error("institution");
      // Made with the clock at the day in question, so "due in -1 / 0 days" is counted from it.
      at(kst(day, time));
      expect(koreaToday()).toBe(day);
      const before = (await dashboard(jongno)).oversight?.findings.actionsOverdue ?? 0;
      await t.make.finding({
        institutionId: inst.id,
        status: "ordered",
        corrective: { status: "ordered", dueInDays: -1 },
      });
      await t.make.finding({
        institutionId: inst.id,
        status: "ordered",
        corrective: { status: "ordered", dueInDays: 0 },
      });
      const d = await dashboard(jongno);
      expect(d.asOf).toBe(day);
      expect(d.oversight?.findings.actionsOverdue).toBe(before + 1);
      checkTotals(d, await expected({ column: "sigungu_code", code: JONGNO }, day));
    },
  );

  it("counts a change request's age and a suspension's period by the Korean date", async () => {
    const day = addCalendarDays(koreaToday(), 2);
    const [inst] = await t.make.institutions(1, { sigunguCode: MAPO });
    if (!inst) throw new Error("institution");
    at(kst(day, "00:30"));
    const before = await dashboard(mapo);
    // Filed at 23:30 KST three days before (14:30 UTC the same day): 3 days old, not 4.
    const id = await t.make.changeRequest({ institutionId: inst.id, dueOn: addCalendarDays(day, 4) });
    await t.rows("update change_request set requested_at = $2 where id = $1", [
      id,
      kst(addCalendarDays(day, -3), "23:30"),
    ]);
    // A suspension starting today (Korean) is in force at 00:30.
    const s = await t.make.disposition({ institutionId: inst.id, status: "executing" });
    await t.rows(
      `update disposition set measure = '{"kind":"operationSuspension","length":1,"unit":"months"}',
         period_from = $2, period_to = $3 where id = $1`,
      [s, day, addCalendarDays(day, 30)],
    );
    const after = await dashboard(mapo);
    const bucket = (d: JurisdictionDashboard, b: string) =>
      d.oversight?.changeRequests.byAge.find((x) => x.bucket === b)?.count ?? 0;
    expect(bucket(after, "d0_3")).toBe(bucket(before, "d0_3") + 1);
    expect(after.oversight?.dispositions.suspensionsInForce).toBe(
      (before.oversight?.dispositions.suspensionsInForce ?? 0) + 1,
    );
    checkTotals(after, await expected({ column: "sigungu_code", code: MAPO }, day));
  });
});

describe("업무현황 of an institution", () => {
  it("lists its deadlines, open findings and dispositions, and nothing of another institution", async () => {
    const r = await provider.get("/api/provider/dashboards/institution");
    expect(r.statusCode, r.body).toBe(200);
    const d = r.json() as InstitutionDashboard;
    expect(d.institution.id).toBe(providerId);
    const openFindings = await one(
      `select count(*) as n from inspection_finding f join inspection x on x.id = f.inspection_id
        where f.institution_id = $1 and f.status in ('open', 'ordered') and x.status in ('notified', 'closed')`,
      [providerId],
    );
    expect(d.findings).toHaveLength(openFindings);
    expect(d.findings.some((f) => f.overdue)).toBe(true);
    // The overdue action, the pending report and the pre-notice's opinion are its deadlines.
    expect(d.deadlines.map((x) => x.kind).sort()).toEqual(expect.arrayContaining(["corrective", "report"]));
    const overdue = d.deadlines.find((x) => x.kind === "corrective");
    expect(overdue).toMatchObject({ state: "overdue", stateLabel: "경과" });
    expect(overdue?.daysLeft).toBeLessThan(0);
    expect(d.deadlines.find((x) => x.kind === "report")?.link).toMatch(/^\/provider\/status-reports\//);
    expect(d.dispositions.map((x) => x.statusLabel)).toContain("사전통지");
    const ids = await t.rows<{ id: string }>(
      "select f.id from inspection_finding f where f.institution_id <> $1",
      [providerId],
    );
    const foreign = new Set(ids.map((x) => x.id));
    expect(d.findings.some((f) => foreign.has(f.id))).toBe(false);
  });
});

describe("Excel downloads", () => {
  const read = async (body: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    return wb;
  };

  it("writes each table of the 시도's dashboard as the screen shows it, and logs the download", async () => {
    const d = await dashboard(seoul);
    for (const table of JURISDICTION_TABLES) {
      const r = await seoul.get(`${URL}.xlsx?table=${table}`);
      expect(r.statusCode, `${table}: ${r.body.slice(0, 200)}`).toBe(200);
      expect(r.headers["content-disposition"]).toContain("filename*=UTF-8''");
      const wb = await read(r.rawPayload);
      expect(wb.worksheets).toHaveLength(2);
      const about = wb.worksheets[1]?.getColumn(2).values.map(String) ?? [];
      expect(about).toContain("서울특별시");
    }
    const areas = await read((await seoul.get(`${URL}.xlsx?table=areas`)).rawPayload);
    const sheet = areas.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe("시군구");
    expect(sheet?.rowCount).toBe(d.areas.length + 1);
    const jongnoRow = sheet?.getRows(2, d.areas.length)?.find((row) => row.getCell(1).value === "종로구");
    expect(jongnoRow?.getCell(2).value).toBe(d.areas.find((a) => a.code === JONGNO)?.institutions.total);
    expect(
      await t.lastAccessLog({ action: "export", targetType: "dashboard", username: "sido.seoul" }),
    ).toMatchObject({
      subject: "서울특별시",
      details: { table: "areas" },
    });
  });

  it("refuses an unknown table in Korean, and a 시군구's side-by-side table that it has not", async () => {
    const r = await jongno.get(`${URL}.xlsx?table=everything`);
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].message).toBe("내려받을 표를 목록에서 고르세요.");
    expect((await jongno.get(`${URL}.xlsx?table=areas`)).statusCode).toBe(404);
  });

  it("writes an institution's tables", async () => {
    for (const table of INSTITUTION_TABLES) {
      const r = await provider.get(`/api/provider/dashboards/institution.xlsx?table=${table}`);
      expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
      const wb = await read(r.rawPayload);
      expect(wb.worksheets[0]?.rowCount).toBeGreaterThan(1);
    }
  });
});
