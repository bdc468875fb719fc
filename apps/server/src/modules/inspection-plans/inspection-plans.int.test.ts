import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, ids, type TestApp, type TestClient } from "../../../test/helpers.ts";

let t: TestApp;
let jongno: TestClient;
let mapo: TestClient;
let seoul: TestClient;
let checklistVersionId: string;
/** Three more operating institutions of 종로구. */
let jongnoOthers: string[];

beforeAll(async () => {
  t = await createTestApp();
  [jongno, mapo, seoul] = await t.logins("gu.jongno", "gu.mapo", "sido.seoul");
  checklistVersionId = await t.make.defaultChecklistVersionId();
  jongnoOthers = (await t.make.institutions(3, { sigunguCode: "11110" })).map((i) => i.id);
});
afterAll(() => t.close());

describe("plans", () => {
  const planBody = (targets: unknown[]) => ({
    title: "2027년 정기 지도점검",
    planYear: 2027,
    kind: "regular",
    checklistVersionId,
    targets,
  });

  it("plans targets with reasons and months, shows progress by month, and approves once", async () => {
    const candidates = await jongno.get("/api/official/inspection-plans/candidates?limit=5");
    expect(candidates.statusCode, candidates.body).toBe(200);
    expect(candidates.json().items.length).toBeGreaterThan(0);
    expect(candidates.json().items[0].suggestedReason).toBeTruthy();
    const res = await jongno.post(
      "/api/official/inspection-plans",
      planBody([
        { institutionId: ids().jongnoInstitutionId, reason: "3년 주기 정기점검", plannedMonth: 3 },
        { institutionId: jongnoOthers[0], reason: "평가 D등급", plannedMonth: 3 },
        { institutionId: jongnoOthers[1], reason: "점검 이력 없음", plannedMonth: 5 },
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json();
    expect(plan).toMatchObject({
      status: "draft",
      targets: 3,
      kindLabel: "정기",
      scopeLabel: "서울특별시 종로구",
    });
    expect(plan.months[2]).toMatchObject({ month: 3, planned: 2 });
    expect(plan.months[4]).toMatchObject({ month: 5, planned: 1 });

    expect(
      (await seoul.post(`/api/official/inspection-plans/${plan.id}/approve`, { version: plan.version }))
        .statusCode,
    ).toBe(403);
    expect(plan.canManage).toBe(true);
    expect((await mapo.get(`/api/official/inspection-plans/${plan.id}`)).statusCode).toBe(404);
    const asSido = await seoul.get(`/api/official/inspection-plans/${plan.id}`);
    expect(asSido.statusCode).toBe(200);
    expect(asSido.json().canManage).toBe(false);
    const planned = (await jongno.get(`/api/official/inspections/${plan.inspections[0].id}`)).json();
    expect(planned.transitions[0]).toMatchObject({ action: "create", toStatus: "계획" });

    const approved = await jongno.post(`/api/official/inspection-plans/${plan.id}/approve`, {
      version: plan.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: "approved", approvedByName: expect.any(String) });
    const twice = await jongno.post(`/api/official/inspection-plans/${plan.id}/approve`, {});
    expect(twice.json()).toMatchObject({ code: "PLAN_ALREADY_APPROVED" });
    const add = await jongno.post(`/api/official/inspection-plans/${plan.id}/targets`, {
      targets: [{ institutionId: jongnoOthers[2], reason: "추가", plannedMonth: 6 }],
    });
    expect(add.statusCode).toBe(409);
  });

  it("refuses a target outside the jurisdiction and an empty plan's approval", async () => {
    const out = await jongno.post(
      "/api/official/inspection-plans",
      planBody([{ institutionId: ids().mapoInstitutionId, reason: "관할 밖", plannedMonth: 4 }]),
    );
    expect(out.statusCode).toBe(400);
    expect(out.json().errors[0]).toMatchObject({
      field: "targets.0.institutionId",
      message: "관할 구역의 기관이 아닙니다.",
    });
    const empty = (await jongno.post("/api/official/inspection-plans", planBody([]))).json();
    const approve = await jongno.post(`/api/official/inspection-plans/${empty.id}/approve`, {
      version: empty.version,
    });
    expect(approve.json()).toMatchObject({ code: "PLAN_WITHOUT_TARGETS" });
  });
});
