import { addCalendarDays, koreaToday } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestClient } from "../../../test/helpers.ts";

let t: TestApp;
let sysadmin: TestClient;
let mohw: TestClient;
let provider: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  [sysadmin, mohw, provider] = await t.logins("sysadmin", "mohw", "provider.admin");
});
afterAll(() => t.close());

describe("등록부 설정", () => {
  it("lets the system administrator change the change-request deadline, which new requests then get", async () => {
    expect((await mohw.get("/api/admin/register-settings")).statusCode).toBe(403);
    const list = (await sysadmin.get("/api/admin/register-settings")).json();
    const setting = list.items.find((s: { key: string }) => s.key === "change_request_due_days");
    expect(setting).toMatchObject({ value: 7, minValue: 1, maxValue: 90, label: "변경신청 처리기한(일)" });

    const url = "/api/admin/register-settings/change_request_due_days";
    expect((await sysadmin.request("PUT", url, { value: 0, version: setting.version })).statusCode).toBe(400);
    expect((await sysadmin.request("PUT", url, { value: 10 })).statusCode).toBe(428);
    const updated = await sysadmin.request("PUT", url, { value: 10, version: setting.version });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({
      value: 10,
      version: setting.version + 1,
      updatedByName: expect.any(String),
    });
    expect((await sysadmin.request("PUT", url, { value: 12, version: setting.version })).statusCode).toBe(
      409,
    );

    const register = (await provider.get("/api/provider/institution/register")).json();
    const request = await provider.patch("/api/provider/institution", {
      capacity: register.capacity + 2,
      reason: "증축으로 정원 변경",
      version: register.version,
    });
    expect(request.statusCode, request.body).toBe(200);
    expect(request.json().changeRequest.dueOn).toBe(addCalendarDays(koreaToday(), 10));
  });
});
