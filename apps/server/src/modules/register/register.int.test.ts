import { addCalendarDays, businessNumberCheckDigit, koreaToday } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ChangeRequestPage,
  fieldErrors,
  type ProviderChangeResponse,
  type RegisterHistoryPage,
  type RegisterRecord,
} from "../../../test/api-types.ts";
import {
  createTestApp,
  type DemoClients,
  ids,
  type TestApp,
  type TestClient,
} from "../../../test/helpers.ts";

let t: TestApp;
let demo: DemoClients;
const today = koreaToday();
const yesterday = addCalendarDays(today, -1);

beforeAll(async () => {
  t = await createTestApp();
  demo = await t.signInDemo();
});
afterAll(() => t.close());

const nine = "211820123";
const businessNo = nine + businessNumberCheckDigit(nine);
let serial = 0;

/** A fresh, valid registration body; each test says only what matters to it. */
function makeInstitution(overrides: Record<string, unknown> = {}) {
  serial++;
  return {
    name: `테스트요양원${serial}`,
    typeCode: "ELD-MED-NURSING",
    sigunguCode: "11110",
    roadAddress: `서울특별시 종로구 세종대로 ${serial}`,
    postalCode: "03154",
    phone: "02-123-4567",
    businessNo,
    operatorKind: "corporation",
    operatorName: "사회복지법인 테스트",
    corporationNo: "130111-0006246",
    headName: "김시설",
    headAppointedOn: "2020-03-01",
    capacity: 30,
    currentUsers: 20,
    openedOn: "2015-05-01",
    ...overrides,
  };
}

async function register(client: TestClient = demo.jongno, overrides: Record<string, unknown> = {}) {
  const r = await client.post("/api/official/institutions", makeInstitution(overrides));
  expect(r.statusCode, r.body).toBe(201);
  return r.json<RegisterRecord>();
}

const history = async (client: TestClient, id: string) =>
  (await client.get(`/api/official/institutions/${id}/history?limit=100`)).json<RegisterHistoryPage>().items;

async function accessLogCount(action: string, targetType: string, targetId: string) {
  const [row] = await t.rows<{ n: number }>(
    "select count(*)::int as n from access_log where action = $1 and target_type = $2 and target_id = $3",
    [action, targetType, targetId],
  );
  return row?.n ?? 0;
}

describe("registering an institution", () => {
  it("derives the 시도 from the 시군구 and records the first status period and a 'registered' history row", async () => {
    const created = await register();
    expect(created.sidoCode).toBe("11");
    expect(created.status).toBe("operating");
    const detail = (await demo.jongno.get(`/api/official/institutions/${created.id}`)).json();
    expect(detail.statusHistory).toEqual([
      expect.objectContaining({ status: "operating", validFrom: "2015-05-01", validTo: null }),
    ]);
    const rows = await history(demo.jongno, created.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "registered", before: null, changedByName: expect.any(String) });
    expect(rows[0]?.after).toMatchObject({
      capacity: 30,
      corporationNo: "1301110006246",
      status: "operating",
    });
    expect(await accessLogCount("create", "institution", created.id)).toBe(1);
  });

  it("answers Korean messages keyed by field for invalid identifiers, phone, postal code and dates", async () => {
    const r = await demo.jongno.post(
      "/api/official/institutions",
      makeInstitution({
        businessNo: "1234567890",
        corporationNo: "1301110006245",
        phone: "123-45",
        postalCode: "1234",
        openedOn: addCalendarDays(today, 1),
        headAppointedOn: addCalendarDays(today, 3),
      }),
    );
    expect(r.statusCode).toBe(400);
    const errors = fieldErrors(r.json());
    expect(errors.businessNo).toContain("사업자등록번호");
    expect(errors.corporationNo).toContain("법인등록번호");
    expect(errors.phone).toContain("전화번호 형식");
    expect(errors.postalCode).toBe("우편번호는 숫자 5자리입니다(예: 03154).");
    expect(errors.openedOn).toBe("개소일은 오늘 이후일 수 없습니다.");
    expect(errors.headAppointedOn).toBe("시설장 임용일은 오늘 이후일 수 없습니다.");
  });

  it("checks the 도로명주소 against the chosen 시군구 and the 우편번호 against its 시도, beside each field", async () => {
    const r = await demo.jongno.post(
      "/api/official/institutions",
      makeInstitution({ roadAddress: "서울특별시 마포구 월드컵로 212", postalCode: "41940" }),
    );
    expect(r.statusCode).toBe(400);
    const errors = fieldErrors(r.json());
    expect(errors.roadAddress).toBe(
      "선택한 시군구의 주소가 아닙니다. 도로명주소는 '서울특별시 종로구'(으)로 시작해야 합니다.",
    );
    expect(errors.postalCode).toBe(
      "서울특별시의 우편번호는 01000~09999 사이입니다. 입력한 41940를 확인하세요.",
    );
    const shape = await demo.jongno.post(
      "/api/official/institutions",
      makeInstitution({ roadAddress: "종로구 청운동 123-4" }),
    );
    expect(fieldErrors(shape.json()).roadAddress).toContain("'시도 시군구 도로명 건물번호' 순서로");
    const detail = await demo.jongno.post(
      "/api/official/institutions",
      makeInstitution({ roadAddress: "서울특별시 종로구 세종대로 209, 3층" }),
    );
    expect(fieldErrors(detail.json()).roadAddress).toContain("상세주소 칸에");
    // Extra spaces are tidied, not refused.
    const tidy = await register(demo.jongno, { roadAddress: "  서울특별시  종로구 세종대로   209 " });
    const read = (await demo.jongno.get(`/api/official/institutions/${tidy.id}/register`)).json();
    expect(read.roadAddress).toBe("서울특별시 종로구 세종대로 209");
  });

  it("checks a changed address of a registered institution against its own 시군구", async () => {
    const inst = await register();
    const wrong = await demo.jongno.patch(`/api/official/institutions/${inst.id}`, {
      roadAddress: "서울특별시 마포구 월드컵로 212",
      postalCode: "03937",
      reason: "이전",
      version: inst.version,
    });
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(fieldErrors(wrong.json()))).toEqual(["roadAddress"]);
    const right = await demo.jongno.patch(`/api/official/institutions/${inst.id}`, {
      roadAddress: "서울특별시 종로구 율곡로10길 5",
      postalCode: "03062",
      reason: "같은 구 안에서 이전",
      version: inst.version,
    });
    expect(right.statusCode, right.body).toBe(200);
  });

  it("refuses a residential capacity below the current users", async () => {
    const r = await demo.jongno.post(
      "/api/official/institutions",
      makeInstitution({ capacity: 10, currentUsers: 12 }),
    );
    expect(r.statusCode).toBe(400);
    expect(fieldErrors(r.json()).capacity).toBe("생활시설의 정원은 현원(12명)보다 적을 수 없습니다.");
  });

  it("refuses a 시군구 outside the official's jurisdiction, and lets the 시도 register in any of its 시군구", async () => {
    const r = await demo.jongno.post("/api/official/institutions", makeInstitution({ sigunguCode: "11440" }));
    expect(r.statusCode).toBe(400);
    expect(fieldErrors(r.json()).sigunguCode).toBe("관할 구역 밖의 시군구에는 기관을 등록할 수 없습니다.");
    const bySido = await register(demo.seoul, {
      sigunguCode: "11440",
      roadAddress: "서울특별시 마포구 월드컵로 212",
      postalCode: "03937",
    });
    expect((await demo.mapo.get(`/api/official/institutions/${bySido.id}/register`)).statusCode).toBe(200);
    expect((await demo.jongno.get(`/api/official/institutions/${bySido.id}/register`)).statusCode).toBe(404);
  });

  it("lets 보건복지부 read but not register", async () => {
    const r = await demo.mohw.post("/api/official/institutions", makeInstitution());
    expect(r.statusCode).toBe(403);
  });
});

const FOUR_WRONG = {
  capacity: -5,
  businessNo: "123-45-67890",
  email: "담당자@",
  homepage: "javascript:alert(1)",
};
const FIVE_FIELDS = ["businessNo", "capacity", "email", "homepage", "reason"];

describe("changing an institution (officials)", () => {
  it("answers four wrong fields and a missing reason in one answer", async () => {
    const inst = await register();
    const r = await demo.jongno.patch(`/api/official/institutions/${inst.id}`, {
      ...FOUR_WRONG,
      version: inst.version,
    });
    expect(r.statusCode).toBe(400);
    expect(Object.keys(fieldErrors(r.json())).sort()).toEqual(FIVE_FIELDS);
  });

  it("requires a reason when a legally significant field changes, and none for a minor one", async () => {
    const inst = await register();
    const noReason = await demo.jongno.patch(`/api/official/institutions/${inst.id}`, {
      capacity: 40,
      version: inst.version,
    });
    expect(noReason.statusCode).toBe(400);
    expect(fieldErrors(noReason.json()).reason).toBe(
      "법적으로 중요한 항목(정원)을 변경할 때는 변경 사유를 입력하세요.",
    );

    const minor = await demo.jongno.patch(`/api/official/institutions/${inst.id}`, {
      phone: "02-765-4321",
      version: inst.version,
    });
    expect(minor.statusCode).toBe(200);
    expect(minor.headers.etag).toBe(`"${inst.version + 1}"`);

    const withReason = await demo.jongno.patch(
      `/api/official/institutions/${inst.id}`,
      { capacity: 40, reason: "증축 신고 수리" },
      { "if-match": `"${inst.version + 1}"` },
    );
    expect(withReason.statusCode).toBe(200);
    expect(withReason.json().capacity).toBe(40);

    const rows = await history(demo.jongno, inst.id);
    expect(rows.map((r) => r.kind)).toEqual(["changed", "changed", "registered"]);
    expect(rows[0]).toMatchObject({ reason: "증축 신고 수리", changedFields: ["capacity"] });
    expect(rows[0]?.before).toMatchObject({ capacity: 30, phone: "02-765-4321" });
    expect(rows[0]?.after).toMatchObject({ capacity: 40, phone: "02-765-4321" });
    expect(rows[1]?.before).toMatchObject({ phone: "02-123-4567" });
    expect(await accessLogCount("update", "institution", inst.id)).toBe(2);
  });

  it("answers 428 without a version and 409 with the current record for a stale one", async () => {
    const inst = await register();
    expect(
      (await demo.jongno.patch(`/api/official/institutions/${inst.id}`, { phone: "02-111-2222" })).statusCode,
    ).toBe(428);
    expect(
      (
        await demo.jongno.patch(`/api/official/institutions/${inst.id}`, {
          phone: "02-111-2222",
          version: inst.version,
        })
      ).statusCode,
    ).toBe(200);
    const stale = await demo.jongno.patch(`/api/official/institutions/${inst.id}`, {
      phone: "02-333-4444",
      version: inst.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain("다른 사용자가 먼저");
    expect(stale.json().current).toMatchObject({ phone: "02-111-2222", version: inst.version + 1 });
  });

  it("refuses a capacity below the current users of a residential facility", async () => {
    const inst = await register();
    const r = await demo.jongno.patch(`/api/official/institutions/${inst.id}`, {
      capacity: 19,
      reason: "정원 감축",
      version: inst.version,
    });
    expect(r.statusCode).toBe(400);
    expect(fieldErrors(r.json()).capacity).toBe("생활시설의 정원은 현원(20명)보다 적을 수 없습니다.");
  });

  it("closes the open status period and opens a new one on 휴지, then 폐지 makes the institution read-only", async () => {
    const inst = await register();
    const suspended = await demo.jongno.patch(`/api/official/institutions/${inst.id}`, {
      status: "suspended",
      reason: "휴지 신고 수리",
      statusEffectiveOn: yesterday,
      version: inst.version,
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    let detail = (await demo.jongno.get(`/api/official/institutions/${inst.id}`)).json();
    expect(detail.statusHistory).toEqual([
      expect.objectContaining({ status: "operating", validFrom: "2015-05-01", validTo: yesterday }),
      expect.objectContaining({
        status: "suspended",
        validFrom: yesterday,
        validTo: null,
        reason: "휴지 신고 수리",
      }),
    ]);
    expect((await history(demo.jongno, inst.id))[0]?.kind).toBe("status_changed");

    const closed = await demo.jongno.patch(`/api/official/institutions/${inst.id}`, {
      status: "closed",
      reason: "폐지 신고 수리",
      version: inst.version + 1,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: "closed", closedOn: today });
    detail = (await demo.jongno.get(`/api/official/institutions/${inst.id}`)).json();
    expect(detail.statusHistory.at(-1)).toMatchObject({ status: "closed", validFrom: today, validTo: null });

    const again = await demo.jongno.patch(`/api/official/institutions/${inst.id}`, {
      phone: "02-999-8888",
      version: inst.version + 2,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe("폐지된 기관의 정보는 변경할 수 없습니다(조회만 가능합니다).");
    expect((await demo.jongno.get(`/api/official/institutions/${inst.id}/history`)).statusCode).toBe(200);
  });

  it("refuses a status change dated before the open period began", async () => {
    const inst = await register();
    const r = await demo.jongno.patch(`/api/official/institutions/${inst.id}`, {
      status: "suspended",
      reason: "휴지",
      statusEffectiveOn: "2014-01-01",
      version: inst.version,
    });
    expect(r.statusCode).toBe(400);
    expect(fieldErrors(r.json()).statusEffectiveOn).toBe(
      "상태 변경일은 현재 상태의 시작일(2015-05-01) 이후여야 합니다.",
    );
  });

  it("answers 404 for another 시군구's institution, and 403 to 보건복지부", async () => {
    const inst = await register();
    const r = await demo.mapo.patch(`/api/official/institutions/${inst.id}`, { phone: "02-1", version: 1 });
    expect(r.statusCode).toBe(404);
    expect((await demo.mapo.get(`/api/official/institutions/${inst.id}/history`)).statusCode).toBe(404);
    expect((await demo.mapo.get(`/api/official/institutions/${inst.id}/as-of/${today}`)).statusCode).toBe(
      404,
    );
    expect(
      (await demo.mohw.patch(`/api/official/institutions/${inst.id}`, { phone: "02-123-1234", version: 1 }))
        .statusCode,
    ).toBe(403);
    expect((await demo.mohw.get(`/api/official/institutions/${inst.id}/history`)).statusCode).toBe(200);
  });

  it("keeps the history append-only for the application", async () => {
    const inst = await register();
    await expect(
      t.db.query("update institution_history set reason = 'x' where institution_id = $1", [inst.id]),
    ).rejects.toThrow();
    await expect(
      t.db.query("delete from institution_history where institution_id = $1", [inst.id]),
    ).rejects.toThrow();
  });
});

describe("the register as of a date", () => {
  it("shows the values before a change for an earlier date and after it for the day of the change", async () => {
    const id = ids().jongnoInstitutionId;
    const none = (await demo.jongno.get(`/api/official/institutions/${id}/as-of/${yesterday}`)).json();
    expect(none.basis).toBe("current");

    const current = (await demo.jongno.get(`/api/official/institutions/${id}/register`)).json();
    const changed = await demo.jongno.patch(`/api/official/institutions/${id}`, {
      headName: "이새장",
      headAppointedOn: today,
      reason: "시설장 변경 신고",
      version: current.version,
    });
    expect(changed.statusCode, changed.body).toBe(200);

    const before = (await demo.jongno.get(`/api/official/institutions/${id}/as-of/${yesterday}`)).json();
    expect(before).toMatchObject({ basis: "before_first_change", asOf: yesterday });
    expect(before.record.headName).toBe(current.headName);
    const after = (await demo.jongno.get(`/api/official/institutions/${id}/as-of/${today}`)).json();
    expect(after).toMatchObject({ basis: "history" });
    expect(after.record).toMatchObject({ headName: "이새장", headAppointedOn: today, capacity: 70 });
  });

  it("answers 404 for a date before the institution was registered", async () => {
    const inst = await register();
    const r = await demo.jongno.get(`/api/official/institutions/${inst.id}/as-of/${yesterday}`);
    expect(r.statusCode).toBe(404);
    expect(r.json().detail).toBe(`${yesterday} 기준으로는 등록되지 않은 기관입니다.`);
    expect((await demo.jongno.get(`/api/official/institutions/${inst.id}/as-of/${today}`)).json().basis).toBe(
      "history",
    );
    expect((await demo.jongno.get(`/api/official/institutions/${inst.id}/as-of/2026-02-30`)).statusCode).toBe(
      400,
    );
  });
});

describe("change requests", () => {
  const own = ids;
  async function ownRegister() {
    const r = await demo.provider.get("/api/provider/institution/register");
    expect(r.statusCode).toBe(200);
    return r.json<RegisterRecord>();
  }
  async function requestCapacity(capacity: number, reason = "증축으로 정원 변경") {
    const reg = await ownRegister();
    const r = await demo.provider.patch("/api/provider/institution", {
      capacity,
      reason,
      version: reg.version,
    });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<ProviderChangeResponse>();
    if (!body.changeRequest) throw new Error(`no change request filed: ${r.body}`);
    return { ...body, changeRequest: body.changeRequest };
  }

  it("applies minor fields at once and files legally significant ones as a request, leaving the register", async () => {
    const reg = await ownRegister();
    const r = await demo.provider.patch("/api/provider/institution", {
      phone: "02-700-1234",
      capacity: 80,
      reason: "증축으로 정원 변경",
      version: reg.version,
    });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body.appliedFields).toEqual(["phone"]);
    expect(body.institution).toMatchObject({
      phone: "02-700-1234",
      capacity: reg.capacity,
      pendingChangeRequests: 1,
    });
    expect(body.changeRequest).toMatchObject({
      status: "submitted",
      changes: { capacity: 80 },
      before: { capacity: reg.capacity },
      dueOn: addCalendarDays(today, 7),
      isOverdue: false,
    });
    const kinds = (await history(demo.jongno, own().jongnoInstitutionId)).slice(0, 2).map((h) => h.kind);
    expect(kinds).toEqual(["change_requested", "changed"]);
    // clean up for the next tests
    expect(
      (await demo.provider.post(`/api/provider/change-requests/${body.changeRequest.id}/withdraw`, {}))
        .statusCode,
    ).toBe(200);
  });

  it("answers four wrong fields and a missing reason of a change request in one answer", async () => {
    const reg = await ownRegister();
    const r = await demo.provider.patch("/api/provider/institution", { ...FOUR_WRONG, version: reg.version });
    expect(r.statusCode).toBe(400);
    expect(Object.keys(fieldErrors(r.json())).sort()).toEqual(FIVE_FIELDS);
  });

  it("requires a reason for a change request, and lets demo.provider staff read but not submit", async () => {
    const reg = await ownRegister();
    const r = await demo.provider.patch("/api/provider/institution", { capacity: 75, version: reg.version });
    expect(r.statusCode).toBe(400);
    expect(fieldErrors(r.json()).reason).toBe("정원은 변경신청 대상입니다. 변경 사유를 입력하세요.");
    expect((await demo.providerStaff.get("/api/provider/change-requests")).statusCode).toBe(200);
    const staff = await demo.providerStaff.patch("/api/provider/institution", {
      capacity: 75,
      reason: "x",
      version: reg.version,
    });
    expect(staff.statusCode).toBe(403);
  });

  it("validates the request at once (capacity below current users)", async () => {
    const reg = await ownRegister();
    const r = await demo.provider.patch("/api/provider/institution", {
      capacity: (reg.currentUsers ?? 0) - 1,
      reason: "감축",
      version: reg.version,
    });
    expect(r.statusCode).toBe(400);
    expect(fieldErrors(r.json()).capacity).toBe(
      `생활시설의 정원은 현원(${reg.currentUsers}명)보다 적을 수 없습니다.`,
    );
  });

  it("is approved by the 시군구: the register changes in the same step and the history names request and approval", async () => {
    const { changeRequest } = await requestCapacity(85);
    const inbox = (await demo.jongno.get("/api/official/change-requests?status=submitted")).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).toContain(changeRequest.id);

    const approved = await demo.jongno.post(`/api/official/change-requests/${changeRequest.id}/approve`, {
      note: "증축 확인",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: "approved", decisionReason: "증축 확인" });
    expect((await ownRegister()).capacity).toBe(85);

    const rows = await history(demo.jongno, own().jongnoInstitutionId);
    expect(rows[0]).toMatchObject({
      kind: "change_request_approved",
      changedFields: ["capacity"],
      changeRequest: { id: changeRequest.id, requestedByName: expect.any(String) },
    });
    expect(rows[0]?.before).toMatchObject({ capacity: 70 });
    expect(rows[0]?.after).toMatchObject({ capacity: 85 });
    expect(rows[0]?.reason).toContain("증축으로 정원 변경");
    expect(rows[1]).toMatchObject({
      kind: "change_requested",
      changeRequest: { id: changeRequest.id, changes: { capacity: 85 } },
    });
    expect(await accessLogCount("approve", "change_request", changeRequest.id)).toBe(1);

    const twice = await demo.jongno.post(`/api/official/change-requests/${changeRequest.id}/approve`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toContain("이미 처리된 변경신청입니다(승인)");
    expect(
      (await demo.jongno.post(`/api/official/change-requests/${changeRequest.id}/return`, { reason: "x" }))
        .statusCode,
    ).toBe(409);
    expect(
      (await demo.provider.post(`/api/provider/change-requests/${changeRequest.id}/withdraw`, {})).statusCode,
    ).toBe(409);
  });

  it("is returned with a required reason, which the institution sees", async () => {
    const { changeRequest } = await requestCapacity(90);
    const noReason = await demo.jongno.post(`/api/official/change-requests/${changeRequest.id}/return`, {
      reason: " ",
    });
    expect(noReason.statusCode).toBe(400);
    expect(fieldErrors(noReason.json()).reason).toBe("반려 사유를 입력하세요.");
    const returned = await demo.jongno.post(`/api/official/change-requests/${changeRequest.id}/return`, {
      reason: "건축물대장 사본을 첨부하여 다시 신청하세요.",
    });
    expect(returned.statusCode).toBe(200);
    const mine = (await demo.provider.get("/api/provider/change-requests?status=returned")).json();
    expect(mine.items[0]).toMatchObject({
      id: changeRequest.id,
      status: "returned",
      statusLabel: "반려",
      decisionReason: "건축물대장 사본을 첨부하여 다시 신청하세요.",
    });
    expect((await ownRegister()).capacity).toBe(85);
    expect(
      (await demo.jongno.post(`/api/official/change-requests/${changeRequest.id}/approve`, {})).statusCode,
    ).toBe(409);
  });

  it("is withdrawn by the institution while submitted, after which it cannot be decided", async () => {
    const { changeRequest } = await requestCapacity(95);
    const withdrawn = await demo.provider.post(
      `/api/provider/change-requests/${changeRequest.id}/withdraw`,
      {},
    );
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().status).toBe("withdrawn");
    const approve = await demo.jongno.post(`/api/official/change-requests/${changeRequest.id}/approve`, {});
    expect(approve.statusCode).toBe(409);
    expect(approve.json().detail).toContain("철회");
  });

  it("refuses a second request for a field that already has one in progress", async () => {
    const { changeRequest } = await requestCapacity(96);
    const reg = await ownRegister();
    const r = await demo.provider.patch("/api/provider/institution", {
      capacity: 97,
      reason: "재신청",
      version: reg.version,
    });
    expect(r.statusCode).toBe(400);
    expect(fieldErrors(r.json()).capacity).toContain("이미 처리 중");
    await demo.provider.post(`/api/provider/change-requests/${changeRequest.id}/withdraw`, {});
  });

  it("cannot be approved when the requested field changed since the request", async () => {
    const { changeRequest, institution } = await requestCapacity(98);
    const direct = await demo.jongno.patch(`/api/official/institutions/${own().jongnoInstitutionId}`, {
      capacity: 88,
      reason: "직권 정정",
      version: institution.version,
    });
    expect(direct.statusCode).toBe(200);
    const r = await demo.jongno.post(`/api/official/change-requests/${changeRequest.id}/approve`, {});
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe("CHANGE_REQUEST_STALE");
    expect((await ownRegister()).capacity).toBe(88);
    await demo.jongno.post(`/api/official/change-requests/${changeRequest.id}/return`, {
      reason: "직권 정정됨",
    });
  });

  it("checks the register version the official looked at", async () => {
    const { changeRequest, institution } = await requestCapacity(99);
    const r = await demo.jongno.post(`/api/official/change-requests/${changeRequest.id}/approve`, {
      institutionVersion: institution.version - 1,
    });
    expect(r.statusCode).toBe(409);
    expect(r.json().current).toMatchObject({ version: institution.version });
    const ok = await demo.jongno.post(`/api/official/change-requests/${changeRequest.id}/approve`, {
      institutionVersion: institution.version,
    });
    expect(ok.statusCode).toBe(200);
  });

  it("lists overdue requests and filters by status, name and 시군구, sorted by due date", async () => {
    const changeRequest = {
      id: await t.make.changeRequest({
        institutionId: ids().jongnoInstitutionId,
        changes: { capacity: 100 },
        before: { capacity: 70 },
        dueOn: addCalendarDays(today, -2),
      }),
    };
    const overdue = (
      await demo.jongno.get("/api/official/change-requests?overdue=true")
    ).json<ChangeRequestPage>();
    expect(overdue.items.map((i) => i.id)).toEqual([changeRequest.id]);
    expect(overdue.items[0]?.isOverdue).toBe(true);
    const named = (
      await demo.jongno.get(`/api/official/change-requests?q=${encodeURIComponent("행복한노인")}`)
    ).json<ChangeRequestPage>();
    expect(named.total).toBeGreaterThan(1);
    const dues = named.items.map((i) => i.dueOn);
    expect(dues).toEqual([...dues].sort());
    expect((await demo.jongno.get("/api/official/change-requests?sigungu=11440")).json().total).toBe(0);
    expect((await demo.seoul.get("/api/official/change-requests?overdue=true")).json().total).toBe(1);
    expect((await demo.mohw.get("/api/official/change-requests?overdue=true")).json().total).toBe(1);
    const paged = (await demo.jongno.get("/api/official/change-requests?limit=1&offset=1")).json();
    expect(paged.items).toHaveLength(1);
    await demo.provider.post(`/api/provider/change-requests/${changeRequest.id}/withdraw`, {});
  });

  it("keeps requests inside their jurisdiction: another 시군구 and another institution get 404", async () => {
    const { changeRequest } = await requestCapacity(101);
    expect((await demo.mapo.get("/api/official/change-requests")).json().items).toEqual([]);
    expect((await demo.mapo.get(`/api/official/change-requests/${changeRequest.id}`)).statusCode).toBe(404);
    expect(
      (await demo.mapo.post(`/api/official/change-requests/${changeRequest.id}/approve`, {})).statusCode,
    ).toBe(404);
    expect(
      (await demo.mapo.post(`/api/official/change-requests/${changeRequest.id}/return`, { reason: "x" }))
        .statusCode,
    ).toBe(404);
    expect(
      (await demo.providerMapo.get(`/api/provider/change-requests/${changeRequest.id}`)).statusCode,
    ).toBe(404);
    expect(
      (await demo.providerMapo.post(`/api/provider/change-requests/${changeRequest.id}/withdraw`, {}))
        .statusCode,
    ).toBe(404);
    expect((await demo.providerMapo.get("/api/provider/change-requests")).json().total).toBe(0);
    expect(
      (await demo.mohw.post(`/api/official/change-requests/${changeRequest.id}/approve`, {})).statusCode,
    ).toBe(403);
    expect((await demo.provider.get(`/api/provider/change-requests/${changeRequest.id}`)).statusCode).toBe(
      200,
    );
    await demo.provider.post(`/api/provider/change-requests/${changeRequest.id}/withdraw`, {});
  });
});
