import { residentNumberCheckDigit } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, ids, type TestApp, type TestClient, workbookOf } from "../../../test/helpers.ts";

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("provider.admin");
});
afterAll(() => t.close());

let serial = 10000;
/** A valid 1975-scheme number for someone born 1950-01-01, different each call. */
const nextNumber = (front = "500101", sexDigit = "2") => {
  const twelve = `${front}${sexDigit}${String(serial++).padStart(5, "0")}`;
  return `${twelve.slice(0, 6)}-${twelve.slice(6)}${residentNumberCheckDigit(twelve)}`;
};
const admit = (client: TestClient, over: Record<string, unknown> = {}) =>
  client.post("/api/provider/clients", {
    name: "김이용",
    residentNumber: nextNumber(),
    admittedOn: "2025-03-02",
    ...over,
  });

const lastLog = (action: string) => t.lastAccessLog({ action, targetType: "client" });

describe("입소 등록 and the 주민등록번호", () => {
  it("refuses a malformed number, an impossible birth date and an admission before birth, in Korean", async () => {
    const short = await admit(admin, { residentNumber: "500101-123" });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([
      { field: "residentNumber", message: "주민등록번호는 숫자 13자리입니다(예: 900101-1234567)." },
    ]);
    const date = await admit(admin, { residentNumber: "500231-2000001" });
    expect(date.json().errors[0].message).toBe("주민등록번호 앞자리의 생년월일이 실제 날짜가 아닙니다.");
    const beforeBirth = await admit(admin, { admittedOn: "1949-12-31" });
    expect(beforeBirth.json().errors).toEqual([
      { field: "admittedOn", message: "입소일은 생년월일 이후여야 합니다." },
    ]);
    const future = await admit(admin, { admittedOn: "2099-01-01" });
    expect(future.json().errors).toEqual([
      { field: "admittedOn", message: "입소일은 오늘 이후일 수 없습니다." },
    ]);
  });

  it("asks to confirm a number whose check digit does not match (numbers issued since October 2020 are random)", async () => {
    const good = nextNumber();
    const wrong = `${good.slice(0, 13)}${(Number(good[13]) + 1) % 10}`;
    const r = await admit(admin, { residentNumber: wrong });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].message).toContain("검증번호(마지막 자리)가 맞지 않습니다");
    expect((await admit(admin, { residentNumber: wrong, residentNumberConfirmed: true })).statusCode).toBe(
      201,
    );
    // born after the cut-over: no check digit at all
    expect(
      (await admit(admin, { residentNumber: "210301-4123456", admittedOn: "2025-01-02" })).statusCode,
    ).toBe(201);
  });

  it("stores the number encrypted, answers it masked everywhere, and logs reads", async () => {
    const number = nextNumber("480315", "1");
    const r = await admit(admin, { name: "박보안", residentNumber: number });
    expect(r.statusCode).toBe(201);
    const created = r.json();
    expect(created).toMatchObject({
      rrnMasked: "480315-1******",
      birthDate: "1948-03-15",
      gender: "male",
      isActive: true,
    });
    const digits = number.replace("-", "");
    expect(r.body).not.toContain(digits);
    expect(r.body).not.toContain(number);

    const [raw] = await t.rows<{ rrn_encrypted: string; rrn_masked: string; rrn_lookup: string }>(
      "select rrn_encrypted, rrn_masked, rrn_lookup from client where id = $1",
      [created.id],
    );
    expect(raw?.rrn_encrypted.startsWith("v1:")).toBe(true);
    expect(raw?.rrn_encrypted).not.toContain(digits);
    expect(Buffer.from(raw?.rrn_encrypted.slice(3) ?? "", "base64").toString("latin1")).not.toContain(digits);
    expect(raw?.rrn_lookup).not.toContain(digits);
    expect(raw?.rrn_masked).toBe("480315-1******");

    const list = await admin.get(`/api/provider/clients?q=${encodeURIComponent("박보안")}`);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(digits);
    expect(list.json().items[0].rrnMasked).toBe("480315-1******");
    expect(await lastLog("list")).toMatchObject({
      username: "provider.admin",
      target_id: ids().jongnoInstitutionId,
    });
    const one = await admin.get(`/api/provider/clients/${created.id}`);
    expect(one.body).not.toContain(digits);
    expect(await lastLog("read")).toMatchObject({ target_id: created.id, subject: "박보안" });
  });

  it("refuses the same person twice while admitted", async () => {
    const number = nextNumber();
    expect((await admit(admin, { residentNumber: number })).statusCode).toBe(201);
    const again = await admit(admin, { residentNumber: number.replace("-", "") });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe(
      "같은 주민등록번호의 이용자가 이미 재원 중입니다. 퇴소 처리 후 다시 입소 등록하세요.",
    );
  });
});

describe("주민등록번호 보기 (unmask)", () => {
  it("needs a reason of at least 5 characters, returns the full number and logs the reason", async () => {
    const number = nextNumber("520707", "2");
    const created = (await admit(admin, { name: "최열람", residentNumber: number })).json();
    const url = `/api/provider/clients/${created.id}/unmask`;
    const short = await admin.post(url, { reason: "확인" });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([{ field: "reason", message: "열람 사유를 5자 이상 입력하세요." }]);
    const r = await admin.post(url, { reason: "장기요양 급여 청구 확인" });
    expect(r.statusCode).toBe(200);
    expect(r.headers["cache-control"]).toBe("no-store");
    expect(r.json()).toEqual({ id: created.id, residentNumber: number, rrnMasked: "520707-2******" });
    expect(await lastLog("unmask")).toMatchObject({
      target_id: created.id,
      subject: "최열람",
      reason: "장기요양 급여 청구 확인",
      username: "provider.admin",
    });
  });
});

describe("퇴소 처리", () => {
  it("checks the dates and the version, and discharges once", async () => {
    const created = (await admit(admin, { admittedOn: "2025-03-02" })).json();
    const url = `/api/provider/clients/${created.id}/discharge`;
    expect(
      (await admin.post(url, { dischargedOn: "2025-04-01", dischargeReason: "가정 복귀" })).statusCode,
    ).toBe(428);
    const early = await admin.post(url, {
      dischargedOn: "2025-03-01",
      dischargeReason: "가정 복귀",
      version: 1,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([
      { field: "dischargedOn", message: "퇴소일은 입소일과 같거나 그 이후여야 합니다." },
    ]);
    const stale = await admin.post(
      url,
      { dischargedOn: "2025-04-01", dischargeReason: "가정 복귀" },
      { "if-match": '"7"' },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toBe(
      "다른 사용자가 먼저 이용자 정보를 수정했습니다. 최신 내용을 확인한 뒤 다시 저장하세요.",
    );
    const ok = await admin.post(url, {
      dischargedOn: "2025-04-01",
      dischargeReason: "가정 복귀",
      version: 1,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      isActive: false,
      dischargedOn: "2025-04-01",
      version: 2,
      rrnMasked: created.rrnMasked,
    });
    const again = await admin.post(url, {
      dischargedOn: "2025-04-02",
      dischargeReason: "가정 복귀",
      version: 2,
    });
    expect(again.json().detail).toBe("이미 2025-04-01에 퇴소 처리된 이용자입니다.");
    const discharged = (await admin.get("/api/provider/clients?status=discharged&limit=200")).json();
    expect(discharged.items.map((c: { id: string }) => c.id)).toContain(created.id);
    const active = (await admin.get("/api/provider/clients?status=active&limit=200")).json();
    expect(active.items.map((c: { id: string }) => c.id)).not.toContain(created.id);
  });
});

describe("scope", () => {
  it("another institution's provider gets 404 for jongno's residents, for reading, unmasking and discharging", async () => {
    const created = (await admit(admin)).json();
    const mapo = await t.login("provider.mapo");
    expect((await mapo.get(`/api/provider/clients/${created.id}`)).statusCode).toBe(404);
    expect(
      (await mapo.post(`/api/provider/clients/${created.id}/unmask`, { reason: "궁금해서 확인" })).statusCode,
    ).toBe(404);
    const d = await mapo.post(`/api/provider/clients/${created.id}/discharge`, {
      dischargedOn: "2025-04-01",
      dischargeReason: "가정 복귀",
      version: 1,
    });
    expect(d.statusCode).toBe(404);
    expect(d.json().detail).toBe("이용자를 찾을 수 없습니다.");
    expect((await mapo.get("/api/provider/clients?status=all&limit=200")).json().items).toEqual([]);
    expect((await admin.get(`/api/provider/clients/${created.id}`)).statusCode).toBe(200);
  });

  it("officials: another 시군구 gets 404; the 시군구 in charge reads masked and unmasks with a reason", async () => {
    const number = nextNumber("470820", "2");
    const created = (await admit(admin, { name: "정관할", residentNumber: number })).json();
    const listUrl = `/api/official/institutions/${ids().jongnoInstitutionId}/clients?status=all&limit=200`;
    const unmaskUrl = `/api/official/institutions/${ids().jongnoInstitutionId}/clients/${created.id}/unmask`;
    const mapo = await t.login("gu.mapo");
    expect((await mapo.get(listUrl)).statusCode).toBe(404);
    expect((await mapo.post(unmaskUrl, { reason: "지도점검 확인용" })).statusCode).toBe(404);
    const jongno = await t.login("gu.jongno");
    const list = await jongno.get(listUrl);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(number.replace("-", ""));
    expect(list.json().items.find((c: { id: string }) => c.id === created.id).rrnMasked).toBe(
      "470820-2******",
    );
    expect(list.json()).toMatchObject({ residential: true });
    expect(await lastLog("list")).toMatchObject({ username: "gu.jongno" });
    const wrongInstitution = `/api/official/institutions/${ids().mapoInstitutionId}/clients/${created.id}/unmask`;
    expect((await jongno.post(wrongInstitution, { reason: "지도점검 확인용" })).statusCode).toBe(404);
    const r = await jongno.post(unmaskUrl, { reason: "지도점검 이용자 확인" });
    expect(r.statusCode).toBe(200);
    expect(r.json().residentNumber).toBe(number);
    expect(await lastLog("unmask")).toMatchObject({
      username: "gu.jongno",
      reason: "지도점검 이용자 확인",
      subject: "정관할",
    });
    // the evaluation agency and auditors have no business with residents' data
    expect((await (await t.login("eval.agency")).get(listUrl)).statusCode).toBe(403);
    expect((await (await t.login("mohw")).post(unmaskUrl, { reason: "통계 확인용입니다" })).statusCode).toBe(
      403,
    );
  });
});

describe("정원 (capacity) of a residential institution", () => {
  it("admits up to the capacity and refuses the next admission with a clear Korean message", async () => {
    const home = await t.make.institution({ typeCode: "ELD-MED-NURSING", capacity: 3 });
    const provider = await t.make.signIn(await t.make.providerAccount(home.id));
    expect((await admit(provider, { name: "첫째" })).statusCode).toBe(201);
    expect((await admit(provider, { name: "둘째" })).statusCode).toBe(201);
    const last = await admit(provider, { name: "마지막자리" });
    expect(last.statusCode).toBe(201);
    const over = await admit(provider, { name: "초과" });
    expect(over.statusCode).toBe(409);
    expect(over.json().code).toBe("CAPACITY_EXCEEDED");
    expect(over.json().detail).toBe(
      "정원(3명)이 모두 찼습니다(현재 재원 3명). 생활시설은 정원을 넘어 입소 등록할 수 없습니다. 퇴소 처리나 정원 변경신청 후 다시 등록하세요.",
    );
    const page = (await provider.get("/api/provider/clients?limit=1")).json();
    expect(page).toMatchObject({ capacity: 3, activeCount: 3, residential: true });
    // a discharge frees the place
    const lastClient = last.json();
    await provider.post(`/api/provider/clients/${lastClient.id}/discharge`, {
      dischargedOn: "2025-04-01",
      dischargeReason: "전원",
      version: 1,
    });
    expect((await admit(provider, { name: "빈자리" })).statusCode).toBe(201);
  });

  it("does not count capacity for a day-use (이용) institution", async () => {
    const center = await t.make.institution({ typeCode: "ELD-LEI-CENTER", capacity: 0 });
    const provider = await t.make.signIn(await t.make.providerAccount(center.id));
    const r = await admit(provider, { name: "복지관이용" });
    expect(r.statusCode).toBe(201);
    expect((await provider.get("/api/provider/clients")).json().residential).toBe(false);
  });
});

describe("이용자 엑셀 다운로드", () => {
  it("keeps resident numbers masked, needs a reason and stays within the scope", async () => {
    // Run alone, the institution has no residents yet.
    if ((await admin.get("/api/provider/clients?status=all")).json().total === 0)
      expect((await admit(admin, { name: "엑셀이용" })).statusCode).toBe(201);
    const list = (await admin.get("/api/provider/clients?status=all&limit=200")).json();
    expect((await admin.get("/api/provider/clients.xlsx")).statusCode).toBe(400);
    const res = await admin.get(
      `/api/provider/clients.xlsx?status=all&reason=${encodeURIComponent("현원 확인")}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const wb = await workbookOf(res.rawPayload);
    const sheet = wb.getWorksheet("이용자");
    expect((sheet?.rowCount ?? 0) - 1).toBe(list.total);
    const numbers: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) numbers.push(String(row.getCell(4).value));
    });
    expect(numbers.length).toBeGreaterThan(0);
    for (const rrn of numbers) expect(rrn).toMatch(/^\d{6}-\d\*{6}$/);
    const mapo = await t.login("gu.mapo");
    expect(
      (await mapo.get(`/api/official/institutions/${ids().jongnoInstitutionId}/clients.xlsx?reason=확인`))
        .statusCode,
    ).toBe(404);
  });
});

describe("이름 정정", () => {
  it("renames a resident with a reason and the version read, logged with before and after", async () => {
    const all = (await admin.get("/api/provider/clients?status=all&limit=1")).json();
    const created = all.total > 0 ? all.items[0] : (await admit(admin, { name: "김오타" })).json();
    expect(
      (await admin.patch(`/api/provider/clients/${created.id}`, { name: "김정정", reason: "오기 정정" }))
        .statusCode,
    ).toBe(428);
    const res = await admin.patch(`/api/provider/clients/${created.id}`, {
      name: "김정정",
      reason: "입소 등록 시 오기",
      version: created.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: "김정정", version: created.version + 1 });
    const stale = await admin.patch(`/api/provider/clients/${created.id}`, {
      name: "김다시",
      reason: "다시",
      version: created.version,
    });
    expect(stale.statusCode).toBe(409);
    const log = await lastLog("update");
    expect(log).toMatchObject({ target_id: created.id, reason: "입소 등록 시 오기" });
  });
});
