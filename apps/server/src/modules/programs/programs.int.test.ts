import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrors } from "../../../test/api-types.ts";
import { createTestApp, ids, type TestApp, type TestClient, workbookOf } from "../../../test/helpers.ts";

let t: TestApp;
let admin: TestClient;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("provider.admin");
  staff = await t.login("provider.staff");
});
afterAll(() => t.close());

const newProgram = (over: Record<string, unknown> = {}) => ({
  name: "원예치료 교실",
  category: "culture_leisure",
  targetGroup: "입소자 전체",
  startedOn: "2025-03-02",
  sessionsPerMonth: 4,
  participants: 18,
  fundingSource: "subsidy",
  description: "텃밭 가꾸기",
  ...over,
});

const lastLog = (action: string) => t.lastAccessLog({ action, targetType: "institution_program" });

describe("programs (provider)", () => {
  it("lets provider staff add a programme and logs it", async () => {
    const res = await staff.post("/api/provider/programs", newProgram({ name: "스마트폰 교실" }));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      name: "스마트폰 교실",
      categoryLabel: "문화여가",
      fundingSourceLabel: "보조금",
      institutionId: ids().jongnoInstitutionId,
      isEnded: false,
      version: 1,
    });
    expect(res.headers.etag).toBe('"1"');
    expect(await lastLog("create")).toMatchObject({ target_id: body.id, username: "provider.staff" });
  });

  it("answers field errors in Korean", async () => {
    const res = await admin.post(
      "/api/provider/programs",
      newProgram({ name: "", participants: -3, category: "sports" }),
    );
    expect(res.statusCode).toBe(400);
    const fields = fieldErrors(res.json());
    expect(fields.name).toBe("프로그램명을 입력하세요.");
    expect(fields.participants).toBe("참여 인원은 0명 이상이어야 합니다.");
    expect(fields.category).toBe("분야를 선택하세요.");
  });

  it("refuses an end date before the start date", async () => {
    const res = await admin.post("/api/provider/programs", newProgram({ endedOn: "2025-03-01" }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: "endedOn", message: "종료일은 시작일과 같거나 그 이후여야 합니다." },
    ]);
  });

  it("updates with a version, 428 without, 409 with a stale one", async () => {
    const created = (await admin.post("/api/provider/programs", newProgram({ name: "건강체조" }))).json();
    const noVersion = await admin.patch(`/api/provider/programs/${created.id}`, { participants: 20 });
    expect(noVersion.statusCode).toBe(428);
    const ok = await admin.patch(`/api/provider/programs/${created.id}`, { participants: 20, version: 1 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ participants: 20, version: 2 });
    expect(await lastLog("update")).toMatchObject({ target_id: created.id });
    const stale = await admin.patch(
      `/api/provider/programs/${created.id}`,
      { participants: 25 },
      { "if-match": '"1"' },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.participants).toBe(20);
    expect(stale.json().detail).toContain("다른 사용자가 먼저 프로그램을 수정했습니다");
  });

  it("keeps editing and ending to the administrator", async () => {
    const created = (await staff.post("/api/provider/programs", newProgram())).json();
    const res = await staff.patch(`/api/provider/programs/${created.id}`, { participants: 1, version: 1 });
    expect(res.statusCode).toBe(403);
  });

  it("ends a programme instead of deleting it and filters by 진행중/종료 and 분야", async () => {
    const created = (
      await admin.post(
        "/api/provider/programs",
        newProgram({ name: "종료예정 상담", category: "counseling" }),
      )
    ).json();
    const early = await admin.post(`/api/provider/programs/${created.id}/end`, {
      endedOn: "2025-01-01",
      version: 1,
    });
    expect(early.statusCode).toBe(400);
    const ended = await admin.post(`/api/provider/programs/${created.id}/end`, {
      endedOn: "2025-12-31",
      version: 1,
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ endedOn: "2025-12-31", isEnded: true, version: 2 });
    const again = await admin.post(`/api/provider/programs/${created.id}/end`, {
      endedOn: "2025-12-31",
      version: 2,
    });
    expect(again.statusCode).toBe(409);

    const ongoing = (await admin.get("/api/provider/programs?status=ongoing&limit=200")).json();
    expect(ongoing.items.map((p: { id: string }) => p.id)).not.toContain(created.id);
    const endedList = (
      await admin.get("/api/provider/programs?status=ended&category=counseling&limit=200")
    ).json();
    expect(endedList.items.map((p: { id: string }) => p.id)).toContain(created.id);
    for (const p of endedList.items) expect(p).toMatchObject({ isEnded: true, category: "counseling" });
  });

  it("sorts and pages", async () => {
    const all = (await admin.get("/api/provider/programs?status=all&sort=name&limit=200")).json();
    expect(all.total).toBeGreaterThan(3);
    const names = all.items.map((p: { name: string }) => p.name);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
    const page2 = (await admin.get("/api/provider/programs?status=all&sort=name&limit=2&page=2")).json();
    expect(page2.items.map((p: { id: string }) => p.id)).toEqual(
      all.items.slice(2, 4).map((p: { id: string }) => p.id),
    );
    expect(page2.total).toBe(all.total);
  });

  it("downloads the list as Excel and logs the export", async () => {
    const res = await admin.get("/api/provider/programs/export.xlsx?status=all");
    expect(res.statusCode).toBe(200);
    const wb = await workbookOf(res.rawPayload);
    const sheet = wb.getWorksheet("프로그램");
    expect(sheet?.getRow(1).getCell(1).value).toBe("프로그램명");
    const total = (await admin.get("/api/provider/programs?status=all")).json().total;
    expect((sheet?.rowCount ?? 0) - 1).toBe(total);
    expect(await lastLog("export")).toMatchObject({ target_id: ids().jongnoInstitutionId });
  });
});

describe("programs scope", () => {
  it("is 404 for another institution's programme (provider.mapo)", async () => {
    const created = (await admin.post("/api/provider/programs", newProgram())).json();
    const mapo = await t.login("provider.mapo");
    expect((await mapo.get(`/api/provider/programs/${created.id}`)).statusCode).toBe(404);
    const patch = await mapo.patch(`/api/provider/programs/${created.id}`, { participants: 1, version: 1 });
    expect(patch.statusCode).toBe(404);
    const list = (await mapo.get("/api/provider/programs?status=all&limit=200")).json();
    expect(list.items.map((p: { id: string }) => p.id)).not.toContain(created.id);
  });

  it("lets gu.jongno read jongno's programmes and answers 404 to gu.mapo", async () => {
    const url = `/api/official/institutions/${ids().jongnoInstitutionId}/programs?status=all`;
    const jongno = await (await t.login("gu.jongno")).get(url);
    expect(jongno.statusCode).toBe(200);
    expect(jongno.json().total).toBeGreaterThan(0);
    for (const p of jongno.json().items) expect(p.institutionId).toBe(ids().jongnoInstitutionId);
    const mapo = await (await t.login("gu.mapo")).get(url);
    expect(mapo.statusCode).toBe(404);
    expect(mapo.json().detail).toBe("기관을 찾을 수 없습니다.");
  });

  it("refuses officials' writes: providers' routes are not theirs", async () => {
    const gu = await t.login("gu.jongno");
    expect((await gu.post("/api/provider/programs", newProgram())).statusCode).toBe(403);
  });
});
