import { koreaToday } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/helpers.ts";

/** Modules raise their events through the API's own use cases; each lands in the right people's bell. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const kindsOf = async (userId: string) =>
  (
    await t.rows<{ kind: string }>("select kind from notification where user_id = $1 order by created_at", [
      userId,
    ])
  ).map((r) => r.kind);

describe("events that notify", () => {
  it("a change request filed tells the 시군구's officials; its return tells the institution", async () => {
    const inst = await t.make.institution({ sigunguCode: "11230", capacity: 30 });
    const official = await t.make.official({ sigungu: "11230" });
    const admin = await t.make.providerAccount(inst.id);
    const provider = await t.make.signIn(admin);
    const reg = (await provider.get("/api/provider/institution/register")).json();
    const filed = await provider.patch("/api/provider/institution", {
      capacity: 45,
      reason: "증축으로 정원 변경",
      version: reg.version,
    });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(await kindsOf(official.id)).toEqual(["change_request_filed"]);
    const requestId = filed.json().changeRequest.id as string;
    const decider = await t.make.signIn(official);
    const current = (await decider.get(`/api/official/change-requests/${requestId}`)).json();
    const returned = await decider.post(`/api/official/change-requests/${requestId}/return`, {
      reason: "증축 허가서 사본을 첨부하세요",
      version: current.version,
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(await kindsOf(admin.id)).toEqual(["change_request_decided"]);
    const [notice] = await t.rows<{ title: string; body: string }>(
      "select title, body from notification where user_id = $1",
      [admin.id],
    );
    expect(notice?.title).toBe("[기관행정] 기관 정보 변경 요청이 반려되었습니다");
    expect(notice?.body).toContain("증축 허가서 사본을 첨부하세요");
  });

  it("a corrective action ordered tells the institution's accounts", async () => {
    const inst = await t.make.institution({ sigunguCode: "11230" });
    const admin = await t.make.providerAccount(inst.id);
    const staff = await t.make.providerAccount(inst.id, "provider_staff");
    const official = await t.make.official({ sigungu: "11230" });
    const { findingId } = await t.make.finding({ institutionId: inst.id, status: "open" });
    const client = await t.make.signIn(official);
    const ordered = await client.post(`/api/official/findings/${findingId}/corrective-action`, {
      outcome: "correction",
      instruction: "운영위원회를 구성하여 분기 1회 이상 개최할 것",
      noticeOn: koreaToday(),
      days: 30,
    });
    expect(ordered.statusCode, ordered.body).toBe(200);
    expect(await kindsOf(admin.id)).toEqual(["corrective_action_ordered"]);
    expect(await kindsOf(staff.id)).toEqual(["corrective_action_ordered"]);
  });

  it("an account that locks after repeated failures is told so", async () => {
    const inst = await t.make.institution();
    const admin = await t.make.providerAccount(inst.id);
    for (let i = 0; i < t.config.loginMaxFailures; i++)
      await t
        .anonymous()
        .post("/api/auth/login", { username: admin.username, password: "wrong-password-1!" });
    expect(await kindsOf(admin.id)).toEqual(["account_locked"]);
  });
});
