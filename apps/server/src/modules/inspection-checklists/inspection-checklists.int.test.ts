import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChecklistList, ChecklistVersionDetail } from "../../../test/api-types.ts";
import { createTestApp, ids, type TestApp, type TestClient } from "../../../test/helpers.ts";
import type { ChecklistVersionCreate } from "./inspection-checklists.schemas.ts";

let t: TestApp;
let jongno: TestClient;
let seoul: TestClient;
let defaultChecklist: ChecklistList["items"][number];

beforeAll(async () => {
  t = await createTestApp();
  [jongno, seoul] = await t.logins("gu.jongno", "sido.seoul");
  const list = (await jongno.get("/api/official/inspection-checklists")).json<ChecklistList>();
  const found = list.items.find((v) => v.templateCode === "DEFAULT");
  if (!found) throw new Error("default checklist missing");
  defaultChecklist = found;
});
afterAll(() => t.close());

describe("checklists", () => {
  it("ships the default checklist with its legal bases, violation codes and unverified marks", async () => {
    const res = await jongno.get(`/api/official/inspection-checklists/${defaultChecklist.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<ChecklistVersionDetail>();
    expect(body.items).toHaveLength(70);
    expect(body.unverifiedCount).toBe(43);
    const com = body.items.find((i) => i.code === "COM-01");
    expect(com).toMatchObject({ violationCode: "SWS-6", domain: "운영위원회" });
    expect(com?.legalBasis).toContain("제36조");
  });

  it("makes a new version on edit while an inspection keeps the version it was planned with", async () => {
    const planned = await t.make.plannedInspection(jongno, {
      institutionId: ids().jongnoInstitutionId,
      checklistVersionId: defaultChecklist.id,
    });
    const base = (
      await jongno.get(`/api/official/inspection-checklists/${defaultChecklist.id}`)
    ).json<ChecklistVersionDetail>();
    const items: ChecklistVersionCreate["items"] = base.items.slice(0, 3).map((i) => ({
      code: i.code,
      domain: i.domain,
      item: i.item,
      legalBasis: i.legalBasis,
      appliesTo: i.appliesTo,
      violationCode: i.violationCode,
      verified: i.verified,
    }));
    items.push({
      code: "SAF-09",
      domain: "시설·물품 안전",
      item: "전기·가스 안전점검 실시",
      legalBasis: "사회복지사업법 제34조의4",
      verified: false,
    });
    const res = await seoul.post("/api/official/inspection-checklists", {
      basedOnVersionId: defaultChecklist.id,
      changeNote: "서울시 특화 항목 추가(시범)",
      items,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ version: 2, itemCount: 4, isLatest: true, templateCode: "DEFAULT" });
    const again = (await jongno.get(`/api/official/inspections/${planned.id}`)).json();
    expect(again.items).toHaveLength(70);
    expect(again.checklistVersionId).toBe(defaultChecklist.id);
    const old = (await jongno.get(`/api/official/inspection-checklists/${defaultChecklist.id}`)).json();
    expect(old).toMatchObject({ version: 1, isLatest: false, itemCount: 70 });
  });

  it("refuses duplicate item codes in a version", async () => {
    const item = {
      code: "ACC-01",
      domain: "회계·예산",
      item: "예산",
      legalBasis: "규칙 제10조",
      verified: true,
    };
    const res = await jongno.post("/api/official/inspection-checklists", {
      basedOnVersionId: defaultChecklist.id,
      changeNote: "중복",
      items: [item, item],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: "items.1.code" });
  });
});
