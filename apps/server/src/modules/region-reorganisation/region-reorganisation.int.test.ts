import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestClient } from "../../../test/helpers.ts";

let t: TestApp;
let sysadmin: TestClient;
let mohw: TestClient;
let jongno: TestClient;

const URL = "/api/admin/region-reorganisations";
const GWANGJU = [
  { oldCode5: "29000", newCode5: "12000" },
  { oldCode5: "29110", newCode5: "12210" },
  { oldCode5: "29140", newCode5: "12240" },
  { oldCode5: "29155", newCode5: "12270" },
  { oldCode5: "29170", newCode5: "12300" },
  { oldCode5: "29200", newCode5: "12330" },
];
const SEOGU_SPLIT = [
  { oldCode5: "28260", newCode5: "28275", split: true },
  { oldCode5: "28260", newCode5: "28290", split: true },
];
const apply = (mappings: unknown[], extra: Record<string, unknown> = {}) => ({
  title: "전남광주통합특별시 출범(광주)",
  legalBasis: "「전남광주통합특별시 설치를 위한 특별법」",
  effectiveOn: "2026-07-01",
  mappings,
  confirm: true,
  ...extra,
});

/** The world before 2026-07-01: institutions in the old codes, with staff, cases and officials there. */
const world = {
  dongA: "",
  dongB: "",
  seogu: "",
  seogu2: "",
  changeRequest: "",
  round: "",
  plan: "",
  disposition: "",
};

/** A full register snapshot, as the register module writes into its history. */
const registerFields = (name: string, sigunguCode: string) => ({
  name,
  typeCode: "ELD-MED-NURSING",
  sigunguCode,
  roadAddress: `${name} 도로명주소 1`,
  addressDetail: null,
  postalCode: null,
  phone: null,
  fax: null,
  email: null,
  homepage: null,
  businessNo: null,
  operatorKind: "corporation",
  operatorName: "사회복지법인 빛고을",
  corporationNo: null,
  headName: null,
  headAppointedOn: null,
  capacity: 30,
  openedOn: "2015-05-01",
  closedOn: null,
  status: "operating",
});

beforeAll(async () => {
  t = await createTestApp();
  const institution = async (name: string, sigunguCode: string) =>
    (await t.make.institution({ name, sigunguCode, operatorName: "사회복지법인 빛고을", staff: 1 })).id;
  world.dongA = await institution("빛고을요양원", "29110");
  world.dongB = await institution("무등노인복지센터", "29110");
  world.seogu = await institution("검단실버요양원", "28260");
  world.seogu2 = await institution("서곶주간보호센터", "28260");
  // A history row written before the change, with the old codes (as the register writes them).
  await t.rows(
    `insert into institution_history (institution_id, sido_code, sigungu_code, changed_at, changed_by_name,
       changed_by_role, kind, changed_fields, before, after)
     values ($1, '29', '29110', '2026-01-05T10:00:00+09:00', '광주 동구 담당', 'sigungu_official', 'registered',
       '{}', null, $2::jsonb)`,
    [world.dongA, JSON.stringify(registerFields("빛고을요양원", "29110"))],
  );
  const official = await t.make.official(
    { sigungu: "29110" },
    { username: "gu.gwangju.dong", name: "광주 동구 담당" },
  );
  await t.make.official({ sido: "29" }, { username: "sido.gwangju", name: "광주 시도 담당" });
  await t.make.official({ sido: "46" }, { username: "sido.jeonnam", name: "전남 시도 담당" });
  world.changeRequest = await t.make.changeRequest({ institutionId: world.dongA, dueOn: "2026-07-10" });
  world.round = await t.make.reportRound({
    sigunguCode: "29110",
    institutionIds: [world.dongB],
    dueOn: "2026-12-31",
    by: official,
  });
  // An inspection plan of 광주 동구 with one open inspection, and a disposition it signed.
  world.plan = await t.make.inspectionPlan({
    sigunguCode: "29110",
    institutionIds: [world.dongA],
    year: 2026,
    by: official,
  });
  world.disposition = await t.make.disposition({ institutionId: world.dongA, status: "draft", by: official });
  sysadmin = await t.login("sysadmin");
  mohw = await t.login("mohw");
  jongno = await t.login("gu.jongno");
});
afterAll(() => t.close());

describe("행정구역 개편", () => {
  it("refuses every role but the system administrator (403)", async () => {
    expect((await mohw.post(URL, apply(GWANGJU))).statusCode).toBe(403);
    expect((await jongno.get(URL)).statusCode).toBe(403);
    expect((await mohw.post(`${URL}/preview`, apply(GWANGJU))).statusCode).toBe(403);
  });

  it("offers the 2026-07-01 mapping from the reference data", async () => {
    const r = await sysadmin.get(`${URL}/presets`);
    expect(r.statusCode).toBe(200);
    const preset = r.json().items.find((p: { effectiveOn: string }) => p.effectiveOn === "2026-07-01");
    expect(preset.mappings).toEqual(
      expect.arrayContaining([
        { oldCode5: "29110", newCode5: "12210", split: false },
        { oldCode5: "28260", newCode5: "28290", split: true },
      ]),
    );
    expect(preset.mappings).toHaveLength(34);
  });

  it("previews the counts per old code without changing anything", async () => {
    const r = await sysadmin.post(`${URL}/preview`, { effectiveOn: "2026-07-01", mappings: GWANGJU });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body.errors).toEqual([]);
    expect(body.rows.find((x: { oldCode5: string }) => x.oldCode5 === "29110")).toMatchObject({
      oldName: "광주광역시 동구",
      newCodes: [{ code5: "12210", name: "전남광주통합특별시 동구" }],
      institutions: 2,
      users: 1,
      openChangeRequests: 1,
      openReportTargets: 1,
    });
    expect(body.totals).toEqual({ institutions: 2, users: 2, openChangeRequests: 1, openReportTargets: 1 });
    expect(body.copyTables).toEqual(expect.arrayContaining([{ table: "staff", kept: false }]));
    const still = await t.asOwner((db) =>
      db.query<{ sigungu_code: string }>("select sigungu_code from institution where id = $1", [world.dongA]),
    );
    expect(still.rows[0]?.sigungu_code).toBe("29110");
  });

  it("reports a bad mapping in Korean, beside the row", async () => {
    const r = await sysadmin.post(URL, apply([{ oldCode5: "99999", newCode5: "12210" }]));
    expect(r.statusCode).toBe(400);
    expect(r.json().errors).toEqual([
      { field: "mappings.0.oldCode5", message: "옛 코드 99999은(는) 행정구역 코드표에 없습니다." },
    ]);
    const partial = await sysadmin.post(URL, apply(GWANGJU.slice(0, 2)));
    expect(partial.statusCode).toBe(400);
    expect(partial.json().errors[0].message).toContain(
      "광주광역시(29000)을(를) 폐지하려면 그 시군구도 모두 옮겨야 합니다",
    );
  });

  it("requires confirmation, since it cannot be undone", async () => {
    const r = await sysadmin.post(URL, apply(GWANGJU, { confirm: undefined }));
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0]).toEqual({
      field: "confirm",
      message: "되돌릴 수 없는 작업입니다. 내용을 확인했다면 확인에 동의하세요.",
    });
  });

  it("refuses a split without an assignment for each institution, listing them", async () => {
    const r = await sysadmin.post(
      URL,
      apply(SEOGU_SPLIT, {
        title: "인천 서구 분할",
        splitAssignments: [{ institutionId: world.seogu, newCode5: "28290" }],
      }),
    );
    expect(r.statusCode).toBe(422);
    const body = r.json();
    expect(body.detail).toContain("자동으로 옮길 수 없습니다");
    expect(body.detail).toContain("서곶주간보호센터(28260)");
    expect(body.detail).not.toContain("검단실버요양원");
    expect(body.institutions).toEqual([{ id: world.seogu2, name: "서곶주간보호센터", sigunguCode: "28260" }]);
    const wrong = await sysadmin.post(
      URL,
      apply(SEOGU_SPLIT, { splitAssignments: [{ institutionId: world.seogu, newCode5: "12210" }] }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].message).toBe(
      "검단실버요양원의 새 시군구는 28275, 28290 중 하나여야 합니다.",
    );
    const undeclared = await sysadmin.post(URL, apply(SEOGU_SPLIT.map(({ split, ...m }) => m)));
    expect(undeclared.statusCode).toBe(400);
    expect(undeclared.json().errors[0].message).toContain("분할이면 해당 줄을 모두 '분할'로 표시하세요");
  });

  it("moves institutions, staff, cases, scopes and history to the new codes in one step", async () => {
    const official = await t.login("gu.gwangju.dong"); // signed in before the change
    // Read just before: the server remembers the session and what 29110 is (itself) for a while.
    expect((await official.get("/api/official/institutions?limit=50")).json().total).toBe(2);
    expect((await mohw.get("/api/official/institutions?sigungu=29110&limit=50")).json().total).toBe(2);
    const r = await sysadmin.post(URL, apply(GWANGJU));
    expect(r.statusCode, r.body).toBe(201);
    const applied = r.json();
    expect(applied).toMatchObject({
      status: "applied",
      effectiveOn: "2026-07-01",
      changeCount: 6,
      institutionCount: 2,
    });
    expect(applied.changes).toEqual(
      expect.arrayContaining([
        {
          oldCode5: "29110",
          oldName: "광주광역시 동구",
          newCode5: "12210",
          newName: "전남광주통합특별시 동구",
          isSplit: false,
          institutions: 2,
        },
      ]),
    );
    expect(applied.counts).toMatchObject({
      institution: 2,
      staff: 2,
      change_request: 1,
      report_round_target: 1,
    });

    await t.asOwner(async (db) => {
      const inst = await db.query<{ sido_code: string; sigungu_code: string; version: number }>(
        "select sido_code, sigungu_code, version from institution where id = any($1::uuid[]) order by id",
        [[world.dongA, world.dongB]],
      );
      expect(inst.rows).toEqual([
        { sido_code: "12", sigungu_code: "12210", version: 2 },
        { sido_code: "12", sigungu_code: "12210", version: 2 },
      ]);
      for (const table of ["staff", "institution_status_history", "change_request", "report_round_target"]) {
        const { rows } = await db.query<{ codes: string }>(
          `select string_agg(distinct sido_code || '/' || sigungu_code, ',') as codes from ${table}
            where institution_id = any($1::uuid[])`,
          [[world.dongA, world.dongB]],
        );
        expect(rows[0]?.codes, table).toBe("12/12210");
      }
      const users = await db.query<{ username: string; scope_code: string }>(
        "select username, scope_code from app_user where username in ('gu.gwangju.dong', 'sido.gwangju', 'sido.jeonnam') order by username",
      );
      // 29 moved to 12; 46 stays until 전남's own codes are applied.
      expect(users.rows.map((u) => u.scope_code)).toEqual(["12210", "12", "46"]);
      const round = await db.query(
        "select scope_code, sido_code, sigungu_code from report_round where id = $1",
        [world.round],
      );
      expect(round.rows[0]).toEqual({ scope_code: "12210", sido_code: "12", sigungu_code: "12210" });
      const plan = await db.query("select sido_code, sigungu_code from inspection_plan where id = $1", [
        world.plan,
      ]);
      expect(plan.rows[0]).toEqual({ sido_code: "12", sigungu_code: "12210" });
      const inspection = await db.query("select sido_code, sigungu_code from inspection where plan_id = $1", [
        world.plan,
      ]);
      expect(inspection.rows[0]).toEqual({ sido_code: "12", sigungu_code: "12210" });
      const disposition = await db.query(
        "select sido_code, sigungu_code, authority_code, authority_name from disposition where id = $1",
        [world.disposition],
      );
      // The region moves; the authority's name stays as it signed.
      expect(disposition.rows[0]).toEqual({
        sido_code: "12",
        sigungu_code: "12210",
        authority_code: "12210",
        authority_name: "광주광역시 동구청장",
      });
      const history = await db.query<{
        kind: string;
        before: { sigunguCode: string };
        after: { sigunguCode: string; name: string };
      }>(
        "select kind, before, after from institution_history where institution_id = $1 and kind = 'region_reorganised'",
        [world.dongA],
      );
      expect(history.rows).toHaveLength(1);
      expect(history.rows[0]?.before.sigunguCode).toBe("29110");
      expect(history.rows[0]?.after).toMatchObject({ sigunguCode: "12210", name: "빛고을요양원" });
      const region = await db.query("select valid_to from region where code5 = '29110'");
      expect(region.rows[0]).toEqual({ valid_to: "2026-06-30" });
      const log = await db.query<{ details: { counts: { institution: number } } }>(
        "select details from access_log where action = 'region_reorganise' and target_id = $1",
        [applied.id],
      );
      expect(log.rows).toHaveLength(1);
      expect(log.rows[0]?.details.counts.institution).toBe(2);
    });

    // The 동구 official now works under 12210 and still sees its institutions, their cases and history.
    const list = await official.get("/api/official/institutions?limit=50");
    expect(list.statusCode, list.body).toBe(200);
    expect(
      list
        .json()
        .items.map((i: { id: string }) => i.id)
        .sort(),
    ).toEqual([world.dongA, world.dongB].sort());
    expect(list.json().items[0].sigunguName).toBe("동구");
    expect((await official.get(`/api/official/institutions/${world.dongA}`)).statusCode).toBe(200);
    const requests = await official.get("/api/official/change-requests");
    expect(requests.statusCode, requests.body).toBe(200);
    expect(JSON.stringify(requests.json())).toContain(world.changeRequest);
    const history = await official.get(`/api/official/institutions/${world.dongA}/history?limit=100`);
    expect(history.json().items.map((h: { kind: string }) => h.kind)).toEqual([
      "region_reorganised",
      "registered",
    ]);
    // Another 시군구 still does not see them.
    expect((await jongno.get(`/api/official/institutions/${world.dongA}`)).statusCode).toBe(404);
  });

  it("finds by an old code what was there", async () => {
    const bySigungu = await mohw.get("/api/official/institutions?sigungu=29110&limit=50");
    expect(bySigungu.statusCode, bySigungu.body).toBe(200);
    expect(bySigungu.json().total).toBe(2);
    const official = await t.login("gu.gwangju.dong");
    expect((await official.get("/api/official/institutions?sigungu=29110")).json().total).toBe(2);
    const bySido = await mohw.get("/api/official/institutions?sido=29&limit=200");
    const ids = bySido.json().items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([world.dongA, world.dongB]));
    const regions = await mohw.get("/api/reference/regions?includeAbolished=true");
    expect(regions.json().items.find((r: { code5: string }) => r.code5 === "29110")).toMatchObject({
      validFrom: "1988-01-01",
      validTo: "2026-06-30",
      sigunguName: "동구",
    });
    const current = await mohw.get("/api/reference/regions");
    expect(current.json().items.some((r: { code5: string }) => r.code5 === "29110")).toBe(false);
  });

  it("shows the old region in the register as of a day before the 시행일", async () => {
    const official = await t.login("gu.gwangju.dong");
    const before = await official.get(`/api/official/institutions/${world.dongA}/as-of/2026-06-30`);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json().record.sigunguCode).toBe("29110");
    const after = await official.get(`/api/official/institutions/${world.dongA}/as-of/2026-07-01`);
    expect(after.json().record.sigunguCode).toBe("12210");
    const never = await official.get(`/api/official/institutions/${world.dongB}/as-of/2026-06-30`);
    expect(never.json()).toMatchObject({ basis: "before_first_change", record: { sigunguCode: "29110" } });
  });

  it("refuses to apply the same reorganisation twice (409)", async () => {
    const r = await sysadmin.post(URL, apply(GWANGJU));
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toContain("이미 적용된 행정구역 개편입니다: 29000 → 12000");
    const preview = await sysadmin.post(`${URL}/preview`, { effectiveOn: "2026-07-01", mappings: GWANGJU });
    expect(preview.json().alreadyApplied).toHaveLength(6);
  });

  it("applies a split with an assignment per institution", async () => {
    const r = await sysadmin.post(
      URL,
      apply(SEOGU_SPLIT, {
        title: "인천 서구 분할",
        legalBasis: "「인천광역시 서구 명칭 변경에 관한 법률」",
        splitAssignments: [
          { institutionId: world.seogu, newCode5: "28290" },
          { institutionId: world.seogu2, newCode5: "28275" },
        ],
      }),
    );
    expect(r.statusCode, r.body).toBe(201);
    const codes = await t.asOwner((db) =>
      db.query<{ id: string; sigungu_code: string }>(
        "select id, sigungu_code from institution where id = any($1::uuid[])",
        [[world.seogu, world.seogu2]],
      ),
    );
    expect(Object.fromEntries(codes.rows.map((c) => [c.id, c.sigungu_code]))).toEqual({
      [world.seogu]: "28290",
      [world.seogu2]: "28275",
    });
    // The old code finds both halves: 28275 and 28290 (with the synthetic institutions already there).
    const both = await mohw.get("/api/official/institutions?sigungu=28260&limit=200");
    const found = both.json().items.map((i: { id: string }) => i.id);
    expect(found).toEqual(expect.arrayContaining([world.seogu, world.seogu2]));
    const half = await mohw.get("/api/official/institutions?sigungu=28290&limit=200");
    expect(both.json().total).toBeGreaterThan(half.json().total);
  });

  it("lists and shows applied reorganisations", async () => {
    const list = await sysadmin.get(URL);
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(2);
    const first = list.json().items.find((i: { title: string }) => i.title === "인천 서구 분할");
    const detail = await sysadmin.get(`${URL}/${first.id}`);
    expect(
      detail.json().changes.map((c: { newCode5: string; isSplit: boolean }) => [c.newCode5, c.isSplit]),
    ).toEqual([
      ["28275", true],
      ["28290", true],
    ]);
    expect((await sysadmin.get(`${URL}/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
  });
});
