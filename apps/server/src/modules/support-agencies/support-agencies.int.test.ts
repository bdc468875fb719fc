import { randomBytes } from "node:crypto";
import { addDays, koreaToday } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgencyDetail, InstitutionList } from "../../../test/api-types.ts";
import { actorOf, createTestApp, ids, type TestApp, type TestClient } from "../../../test/helpers.ts";

let t: TestApp;
let mohw: TestClient;
let sido: TestClient;
let gu: TestClient;
let support: TestClient;
const today = koreaToday();
let gyeonggiAgencyId: string;
/** Seoul institutions (operating) with no assignment at all, and one outside Seoul. */
let freeSeoul: string[];
let outsideSeoul: string;

const unique = (prefix: string) => `${prefix} ${randomBytes(3).toString("hex")}`;

beforeAll(async () => {
  t = await createTestApp();
  mohw = await t.login("mohw");
  sido = await t.login("sido.seoul");
  gu = await t.login("gu.jongno");
  support = await t.login("support.seoul");
  gyeonggiAgencyId = await t.make.supportAgency({ sidoCode: "41", kind: "지역사회서비스지원단" });
  freeSeoul = (await t.make.institutions(4, { sigunguCode: "11140" })).map((i) => i.id);
  outsideSeoul = (await t.make.institution({ sigunguCode: "26110" })).id;
});
afterAll(() => t.close());

const lastLog = (targetType: string) => t.lastAccessLog({ targetType });

describe("officials keep the register", () => {
  it("lets the ministry create a nationwide agency with coverage, and logs it", async () => {
    const name = unique("전국돌봄컨설팅");
    const r = await mohw.post("/api/official/support-agencies", {
      name,
      kind: "컨설팅기관",
      sidoCode: null,
      phone: "02-123-4567",
      email: "consult@example.kr",
      coverage: [{ sidoCode: "11" }, { sidoCode: "41", sigunguCode: "41111" }],
    });
    expect(r.statusCode).toBe(201);
    expect(r.headers.etag).toBe('"1"');
    const body = r.json();
    expect(body).toMatchObject({ name, kind: "컨설팅기관", sidoCode: null, sidoName: "전국", canEdit: true });
    expect(body.coverage.map((c: { label: string }) => c.label)).toEqual([
      "서울특별시",
      expect.stringContaining("수원시"),
    ]);
    expect(await lastLog("support_agency")).toMatchObject({
      action: "create",
      target_id: body.id,
      username: "mohw",
    });
    const list = (await mohw.get(`/api/official/support-agencies?q=${encodeURIComponent(name)}`)).json();
    expect(list.total).toBe(1);
  });

  it("rejects an unknown kind, a bad phone and a 시군구 outside its 시도 with Korean field errors", async () => {
    const r = await mohw.post("/api/official/support-agencies", {
      name: unique("잘못된기관"),
      kind: "병원",
      phone: "123",
    });
    expect(r.statusCode).toBe(400);
    const fields = Object.fromEntries(
      r.json().errors.map((e: { field: string; message: string }) => [e.field, e.message]),
    );
    expect(fields.kind).toBe("지원기관 유형을 선택하세요.");
    expect(fields.phone).toContain("전화번호 형식");
    const wrong = await mohw.post("/api/official/support-agencies", {
      name: unique("지역오류"),
      kind: "컨설팅기관",
      coverage: [{ sidoCode: "11", sigunguCode: "41111" }],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toEqual({
      field: "coverage.0.sigunguCode",
      message: "사업 지역의 시군구가 선택한 시도에 속한 현행 시군구가 아닙니다.",
    });
  });

  it("lets sido.seoul create an agency in 서울 only; another 시도 is 404", async () => {
    const own = await sido.post("/api/official/support-agencies", {
      name: unique("서울돌봄지원단"),
      kind: "지역사회서비스지원단",
    });
    expect(own.statusCode).toBe(201);
    expect(own.json().sidoCode).toBe("11");
    const other = await sido.post("/api/official/support-agencies", {
      name: unique("경기돌봄지원단"),
      kind: "지역사회서비스지원단",
      sidoCode: "41",
    });
    expect(other.statusCode).toBe(404);
    expect(other.json().detail).toContain("관할 시도의 지원기관만");
    const nationwide = await sido.post("/api/official/support-agencies", {
      name: unique("전국기관"),
      kind: "중앙사회서비스원",
      sidoCode: null,
    });
    expect(nationwide.statusCode).toBe(404);
  });

  it("hides another 시도's agency from sido.seoul: read and change are 404", async () => {
    expect((await sido.get(`/api/official/support-agencies/${gyeonggiAgencyId}`)).statusCode).toBe(404);
    const r = await sido.patch(`/api/official/support-agencies/${gyeonggiAgencyId}`, {
      phone: "02-999-9999",
      version: 1,
    });
    expect(r.statusCode).toBe(404);
    expect(r.json().detail).toBe("지원기관을 찾을 수 없습니다.");
    expect((await mohw.get(`/api/official/support-agencies/${gyeonggiAgencyId}`)).statusCode).toBe(200);
  });

  it("lets gu.jongno read the register but not write it (403)", async () => {
    const list = await gu.get("/api/official/support-agencies?kind=시도사회서비스원");
    expect(list.statusCode).toBe(200);
    const names = list.json().items.map((a: { name: string }) => a.name);
    expect(names).toContain("서울특별시사회서비스원");
    expect(names).not.toContain("부산광역시사회서비스원");
    const mapoAssigned = await t.make.institution({ sigunguCode: "11440" });
    await t.make.agencyAssignment({
      agencyId: ids().seoulAgencyId,
      institutionId: mapoAssigned.id,
      startsOn: today,
    });
    const detail = await gu.get(`/api/official/support-agencies/${ids().seoulAgencyId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().canEdit).toBe(false);
    // Only assignments to institutions in 종로구 are shown to 종로구 (the agency also supports one in 마포구).
    expect(detail.json<AgencyDetail>().assignments.map((a) => a.sigunguName)).toEqual(
      expect.arrayContaining(["종로구"]),
    );
    for (const a of detail.json<AgencyDetail>().assignments) expect(a.sigunguName).toBe("종로구");
    expect(detail.json<AgencyDetail>().assignments.map((a) => a.institutionId)).not.toContain(
      mapoAssigned.id,
    );
    expect(detail.json().assignments.map((a: { institutionId: string }) => a.institutionId)).toContain(
      ids().jongnoInstitutionId,
    );
    expect(
      (await gu.post("/api/official/support-agencies", { name: unique("구청기관"), kind: "컨설팅기관" }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await gu.patch(`/api/official/support-agencies/${ids().seoulAgencyId}`, {
          phone: "02-111-2222",
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await gu.post(`/api/official/support-agencies/${ids().seoulAgencyId}/assignments`, {
          institutionId: ids().jongnoInstitutionId,
          purpose: "운영 컨설팅",
          startsOn: today,
        })
      ).statusCode,
    ).toBe(403);
  });

  it("updates with the version read and answers 409 with the current record to a stale one", async () => {
    const created = (
      await sido.post("/api/official/support-agencies", { name: unique("버전기관"), kind: "컨설팅기관" })
    ).json();
    const url = `/api/official/support-agencies/${created.id}`;
    expect((await sido.patch(url, { phone: "02-555-0000" })).statusCode).toBe(428);
    const first = await sido.patch(
      url,
      { phone: "02-555-0001", coverage: [{ sidoCode: "11", sigunguCode: "11110" }] },
      {
        "if-match": '"1"',
      },
    );
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(first.json().coverage).toEqual([
      { sidoCode: "11", sigunguCode: "11110", label: "서울특별시 종로구" },
    ]);
    const stale = await sido.patch(url, { phone: "02-555-0002", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain("다른 사용자가 먼저 지원기관 정보를 수정했습니다");
    expect(stale.json().current).toMatchObject({ phone: "02-555-0001", version: 2 });
    expect(await lastLog("support_agency")).toMatchObject({ action: "update", target_id: created.id });
  });
});

describe("assignments", () => {
  it("assigns a Seoul institution; an institution outside 서울 is 404; bad dates are 400 in Korean", async () => {
    const agency = (
      await sido.post("/api/official/support-agencies", { name: unique("배정기관"), kind: "컨설팅기관" })
    ).json();
    const url = `/api/official/support-agencies/${agency.id}/assignments`;
    const ok = await sido.post(url, {
      institutionId: freeSeoul[0],
      purpose: "평가 D·F등급 컨설팅",
      startsOn: today,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      institutionId: freeSeoul[0],
      status: "active",
      statusLabel: "지원 중",
      endsOn: null,
    });
    expect(await lastLog("agency_assignment")).toMatchObject({ action: "create", target_id: ok.json().id });

    const outside = await sido.post(url, {
      institutionId: outsideSeoul,
      purpose: "운영 컨설팅",
      startsOn: today,
    });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().detail).toBe("기관을 찾을 수 없습니다. 관할 기관만 배정할 수 있습니다.");

    const reversed = await sido.post(url, {
      institutionId: freeSeoul[0],
      purpose: "품질관리 지원",
      startsOn: addDays(today, 10),
      endsOn: addDays(today, 5),
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toEqual([
      { field: "endsOn", message: "종료일은 시작일과 같거나 그 이후여야 합니다." },
    ]);

    const overlap = await sido.post(url, {
      institutionId: freeSeoul[0],
      purpose: "평가 D·F등급 컨설팅",
      startsOn: addDays(today, 3),
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().detail).toContain("겹칩니다");

    // The ministry may assign anywhere.
    expect(
      (await mohw.post(url, { institutionId: outsideSeoul, purpose: "운영 컨설팅", startsOn: today }))
        .statusCode,
    ).toBe(201);
  });

  it("ends an assignment with a reason (never deletes it), versioned", async () => {
    const agency = (
      await sido.post("/api/official/support-agencies", { name: unique("종료기관"), kind: "컨설팅기관" })
    ).json();
    const base = `/api/official/support-agencies/${agency.id}/assignments`;
    const a = (
      await sido.post(base, { institutionId: freeSeoul[1], purpose: "운영 컨설팅", startsOn: today })
    ).json();
    const end = `${base}/${a.id}/end`;
    const tooEarly = await sido.post(end, { endsOn: addDays(today, -2), reason: "컨설팅 완료", version: 1 });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().errors[0].message).toContain("소급하여 종료할 수 없습니다");
    expect((await sido.post(end, { endsOn: today, reason: "", version: 1 })).json().errors[0]).toEqual({
      field: "reason",
      message: "종료 사유를 2자 이상 입력하세요.",
    });
    const ended = await sido.post(end, {
      endsOn: addDays(today, -1),
      reason: "컨설팅 조기 완료",
      version: 1,
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ status: "ended", endedReason: "컨설팅 조기 완료", version: 2 });
    expect(
      (await sido.post(end, { endsOn: addDays(today, -1), reason: "다시 종료", version: 2 })).statusCode,
    ).toBe(409);
    const detail = (await sido.get(`/api/official/support-agencies/${agency.id}`)).json();
    expect(detail.assignments).toHaveLength(1);
    expect(detail.assignments[0].status).toBe("ended");
    expect(await lastLog("agency_assignment")).toMatchObject({
      action: "update",
      reason: "컨설팅 조기 완료",
    });
  });
});

describe("support agency staff (인망)", () => {
  it("sees its own agency and exactly its current assignments", async () => {
    const profile = await support.get("/api/provider/agency");
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({ id: ids().seoulAgencyId, name: "서울특별시사회서비스원" });
    const current = (
      await t.rows<{ institution_id: string }>(
        `select institution_id from agency_assignment where agency_id = $1 and starts_on <= current_date
           and (ends_on is null or ends_on >= current_date)`,
        [ids().seoulAgencyId],
      )
    )
      .map((r) => r.institution_id)
      .sort();
    const mine = (await support.get("/api/provider/agency/assignments")).json().items;
    expect(
      mine
        .filter((a: { isInForce: boolean }) => a.isInForce)
        .map((a: { institutionId: string }) => a.institutionId)
        .sort(),
    ).toEqual(current);
    expect(current).toContain(ids().jongnoInstitutionId);
    const listed = (await support.get("/api/provider/agency/institutions"))
      .json<Pick<InstitutionList, "items">>()
      .items.map((i) => i.id);
    expect([...new Set(listed)].sort()).toEqual([...new Set(current)].sort());
  });

  it("reads the summary of an assigned institution, without staff, clients or other personal data", async () => {
    const r = await support.get(`/api/provider/agency/institutions/${ids().jongnoInstitutionId}`);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ id: ids().jongnoInstitutionId, capacity: 70, currentUsers: 64 });
    expect(Object.keys(body).sort()).toEqual(
      [
        "assignments",
        "capacity",
        "currentUsers",
        "field",
        "headName",
        "id",
        "latestGrade",
        "latestGradeYear",
        "name",
        "phone",
        "roadAddress",
        "sidoName",
        "sigunguName",
        "status",
        "statusLabel",
        "typeName",
      ].sort(),
    );
    expect(JSON.stringify(body)).not.toMatch(/staff|client|businessNo|corporation/i);
    const log = await lastLog("institution");
    expect(log).toMatchObject({
      action: "read",
      target_id: ids().jongnoInstitutionId,
      username: "support.seoul",
    });
  });

  it("gets 404 for an institution never assigned", async () => {
    const r = await support.get(`/api/provider/agency/institutions/${ids().mapoInstitutionId}`);
    expect(r.statusCode).toBe(404);
    expect(r.json().detail).toBe("기관을 찾을 수 없습니다.");
    expect((await support.get(`/api/provider/agency/institutions/${outsideSeoul}`)).statusCode).toBe(404);
  });

  it("sees an institution only while the assignment is in force (starting tomorrow or ended yesterday → 404)", async () => {
    const institutionId = freeSeoul[2] as string;
    const url = `/api/provider/agency/institutions/${institutionId}`;
    const created = await sido.post(`/api/official/support-agencies/${ids().seoulAgencyId}/assignments`, {
      institutionId,
      purpose: "품질관리 지원",
      startsOn: addDays(today, 1),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().status).toBe("scheduled");
    expect((await support.get(url)).statusCode).toBe(404);
    const scheduled = (await support.get("/api/provider/agency/assignments"))
      .json()
      .items.find((a: { id: string }) => a.id === created.json().id);
    expect(scheduled).toMatchObject({ status: "scheduled", isInForce: false });

    const setPeriod = (startsOn: string, endsOn: string | null) =>
      t.rows("update agency_assignment set starts_on = $2, ends_on = $3 where id = $1", [
        created.json().id,
        startsOn,
        endsOn,
      ]);
    await setPeriod(addDays(today, -30), today);
    expect((await support.get(url)).statusCode).toBe(200);
    await setPeriod(addDays(today, -30), addDays(today, -1));
    expect((await support.get(url)).statusCode).toBe(404);

    // Ended through the API (at once: the day before today) hides it as well.
    await setPeriod(addDays(today, -30), null);
    expect((await support.get(url)).statusCode).toBe(200);
    const version = (await sido.get(`/api/official/support-agencies/${ids().seoulAgencyId}`))
      .json()
      .assignments.find((a: { id: string }) => a.id === created.json().id).version;
    const ended = await sido.post(
      `/api/official/support-agencies/${ids().seoulAgencyId}/assignments/${created.json().id}/end`,
      { endsOn: addDays(today, -1), reason: "지원 종료" },
      { "if-match": `"${version}"` },
    );
    expect(ended.statusCode).toBe(200);
    expect((await support.get(url)).statusCode).toBe(404);
    const past = (await support.get("/api/provider/agency/assignments"))
      .json()
      .items.find((a: { id: string }) => a.id === created.json().id);
    expect(past).toMatchObject({ status: "ended", isInForce: false, endedReason: "지원 종료" });
    expect(past.institutionName).not.toBe("(조회 불가 기관)");
  });

  it("keeps the second wall: row-level security shows an agency only its own assignments", async () => {
    const agencies = await t.scoped(actorOf("agency", ids().centralAgencyId), async (ctx) =>
      (
        await ctx.tx.query<{ agency_id: string }>("select distinct agency_id from agency_assignment")
      ).rows.map((r) => r.agency_id),
    );
    expect(agencies.every((a) => a === ids().centralAgencyId)).toBe(true);
    const gu11110 = actorOf("sigungu", "11110");
    const seen = await t.scoped(
      gu11110,
      async (ctx) =>
        (
          await ctx.tx.query<{ n: number }>(
            "select count(*)::int as n from agency_assignment aa join institution i on i.id = aa.institution_id where i.sigungu_code <> '11110'",
          )
        ).rows[0]?.n,
    );
    expect(seen).toBe(0);
    const unscoped = await t.scoped(
      gu11110,
      async (ctx) =>
        (await ctx.tx.query<{ n: number }>("select count(*)::int as n from agency_assignment")).rows[0]?.n,
    );
    const [owned] = await t.rows<{ n: number }>(
      "select count(*)::int as n from agency_assignment aa join institution i on i.id = aa.institution_id where i.sigungu_code = '11110'",
    );
    expect(unscoped).toBe(owned?.n);
  });
});
