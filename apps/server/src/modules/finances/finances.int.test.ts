import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrors } from "../../../test/api-types.ts";
import { createTestApp, ids, type TestApp, type TestClient } from "../../../test/helpers.ts";

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("provider.admin");
});
afterAll(() => t.close());

const year = (fiscalYear: number, over: Record<string, unknown> = {}) => ({
  fiscalYear,
  subsidyNational: 300_000_000,
  subsidyLocal: 200_000_000,
  corporationTransfer: 50_000_000,
  donations: 30_000_000,
  userFees: 200_000_000,
  otherRevenue: 20_000_000,
  personnel: 550_000_000,
  operating: 150_000_000,
  programCosts: 60_000_000,
  otherExpenditure: 10_000_000,
  note: "결산 기준",
  ...over,
});

/** The synthetic data fills 2023–2025; tests use earlier years. */
describe("finances (provider)", () => {
  it("creates a year with totals and the subsidy share, and logs it", async () => {
    const res = await admin.post("/api/provider/finances", year(2019));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      fiscalYear: 2019,
      version: 1,
      totals: {
        revenueTotal: 800_000_000,
        subsidyTotal: 500_000_000,
        expenditureTotal: 770_000_000,
        balance: 30_000_000,
        subsidyShare: 0.625,
      },
    });
    const log = await t.lastAccessLog({ action: "create", targetType: "institution_finance_year" });
    expect(log?.target_id).toBe(res.json().id);
  });

  it("refuses a second summary for the same year", async () => {
    await admin.post("/api/provider/finances", year(2018));
    const res = await admin.post("/api/provider/finances", year(2018));
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe("2018년 재정 요약이 이미 있습니다. 목록에서 해당 연도를 골라 수정하세요.");
  });

  it("answers negative and fractional amounts and a future year with Korean field errors", async () => {
    const res = await admin.post("/api/provider/finances", year(2017, { donations: -1, personnel: 1.5 }));
    expect(res.statusCode).toBe(400);
    const fields = fieldErrors(res.json());
    expect(fields.donations).toBe("후원금은 0원 이상이어야 합니다.");
    expect(fields.personnel).toBe("인건비는 원 단위 정수로 입력하세요.");
    const future = await admin.post("/api/provider/finances", year(2099));
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].field).toBe("fiscalYear");
  });

  it("updates with a version and recomputes the totals; 428 without, 409 when stale", async () => {
    const created = (await admin.post("/api/provider/finances", year(2016))).json();
    expect((await admin.patch(`/api/provider/finances/${created.id}`, { donations: 0 })).statusCode).toBe(
      428,
    );
    const ok = await admin.patch(`/api/provider/finances/${created.id}`, {
      subsidyNational: 0,
      subsidyLocal: 0,
      version: 1,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().totals).toMatchObject({ revenueTotal: 300_000_000, subsidyTotal: 0, subsidyShare: 0 });
    const stale = await admin.patch(`/api/provider/finances/${created.id}`, { donations: 1, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.version).toBe(2);
  });

  it("lets provider staff read but not write", async () => {
    const staff = await t.login("provider.staff");
    expect((await staff.get("/api/provider/finances")).statusCode).toBe(200);
    expect((await staff.post("/api/provider/finances", year(2015))).statusCode).toBe(403);
  });

  it("lists years newest first with the ERP notice", async () => {
    const list = (await admin.get("/api/provider/finances")).json();
    const years = list.items.map((i: { fiscalYear: number }) => i.fiscalYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(list.notice).toContain("재무회계 프로그램");
  });
});

describe("finances scope", () => {
  it("is 404 for another institution's year (provider.mapo)", async () => {
    const created = (await admin.post("/api/provider/finances", year(2014))).json();
    const mapo = await t.login("provider.mapo");
    expect((await mapo.get(`/api/provider/finances/${created.id}`)).statusCode).toBe(404);
    expect(
      (await mapo.patch(`/api/provider/finances/${created.id}`, { donations: 1, version: 1 })).statusCode,
    ).toBe(404);
  });

  it("lets gu.jongno read totals and the subsidy share; gu.mapo gets 404", async () => {
    await admin.post("/api/provider/finances", year(2013, { subsidyLocal: 100_000_000 }));
    const url = `/api/official/institutions/${ids().jongnoInstitutionId}/finances`;
    const res = await (await t.login("gu.jongno")).get(url);
    expect(res.statusCode).toBe(200);
    const y2013 = res.json().items.find((i: { fiscalYear: number }) => i.fiscalYear === 2013);
    expect(y2013.totals).toMatchObject({ revenueTotal: 700_000_000, subsidyTotal: 400_000_000 });
    expect(y2013.totals.subsidyShare).toBeCloseTo(4 / 7, 10);
    for (const item of res.json().items) {
      const revenue =
        item.subsidyNational +
        item.subsidyLocal +
        item.corporationTransfer +
        item.donations +
        item.userFees +
        item.otherRevenue;
      expect(item.totals.revenueTotal).toBe(revenue);
    }
    const mapo = await (await t.login("gu.mapo")).get(url);
    expect(mapo.statusCode).toBe(404);
  });
});
