import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrors } from "../../../test/api-types.ts";
import {
  createTestApp,
  ids,
  multipartFile,
  type TestApp,
  type TestClient,
  workbookOf,
} from "../../../test/helpers.ts";

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("provider.admin");
});
afterAll(() => t.close());

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const newStaff = (over: Record<string, unknown> = {}) => ({
  name: `김종사${randomBytes(2).toString("hex")}`,
  jobTypeCode: "SW1",
  qualification: "사회복지사 1급",
  licenseNo: "1-000001",
  employmentKind: "full_time",
  weeklyHours: 40,
  hiredOn: "2024-03-02",
  ...over,
});

const multipart = (file: Buffer, filename = "staff.xlsx") => multipartFile(file, filename, XLSX);

async function workbook(rows: (string | number | Date | null)[][]) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("종사자");
  sheet.addRow([
    "성명(필수)",
    "직종코드(필수)",
    "자격(증)명",
    "자격·면허번호",
    "근무형태",
    "주당근무시간",
    "입사일",
    "퇴사일",
    "퇴사사유",
  ]);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const countStaff = async (institutionId: string) =>
  Number(
    (
      await t.rows<{ n: number }>("select count(*) as n from staff where institution_id = $1", [
        institutionId,
      ])
    )[0]?.n,
  );

const lastLog = (action: string, targetType: string) => t.lastAccessLog({ action, targetType });

describe("종사자 list (provider)", () => {
  it("lists the own institution's active staff with filters, sort and paging, and logs the list", async () => {
    const r = await admin.get("/api/provider/staff?limit=5&sort=-hired_on");
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.total).toBeGreaterThan(5);
    expect(body.items).toHaveLength(5);
    expect(
      body.items.every(
        (s: { isActive: boolean; institutionId: string }) =>
          s.isActive && s.institutionId === ids().jongnoInstitutionId,
      ),
    ).toBe(true);
    const dates = body.items.map((s: { hiredOn: string }) => s.hiredOn);
    expect([...dates].sort().reverse()).toEqual(dates);
    const page2 = (await admin.get("/api/provider/staff?limit=5&page=2&sort=-hired_on")).json();
    expect(page2.items[0].id).not.toBe(body.items[0].id);
    const log = await lastLog("list", "staff");
    expect(log?.username).toBe("provider.admin");
    expect(log?.target_id).toBe(ids().jongnoInstitutionId);

    const head =
      body.items.find((s: { jobTypeCode: string }) => s.jobTypeCode === "HEAD") ??
      (await admin.get("/api/provider/staff?jobType=HEAD")).json().items[0];
    expect(head).toBeDefined();
    const byJob = (await admin.get("/api/provider/staff?jobType=HEAD")).json();
    expect(byJob.items.every((s: { jobTypeCode: string }) => s.jobTypeCode === "HEAD")).toBe(true);
    const byName = (
      await admin.get(`/api/provider/staff?q=${encodeURIComponent(head.name.slice(0, 2))}&status=all`)
    ).json();
    expect(byName.items.some((s: { id: string }) => s.id === head.id)).toBe(true);
  });

  it("offers the job types", async () => {
    const r = await admin.get("/api/provider/staff/job-types");
    expect(r.json().items.some((j: { code: string }) => j.code === "CAREWORKER")).toBe(true);
  });
});

describe("종사자 add, edit, end", () => {
  it("refuses a hire after today, an unknown job type and too many part-time hours, in Korean beside the fields", async () => {
    const r = await admin.post(
      "/api/provider/staff",
      newStaff({ hiredOn: "2099-01-01", jobTypeCode: "NOPE", employmentKind: "part_time", weeklyHours: 45 }),
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().errors).toEqual(
      expect.arrayContaining([
        { field: "hiredOn", message: "입사일은 오늘 이후일 수 없습니다." },
        { field: "jobTypeCode", message: "등록되지 않은 직종코드입니다. 직종코드 표에서 고르세요." },
        { field: "weeklyHours", message: "시간제 종사자의 주당 근무시간은 40시간 미만이어야 합니다." },
      ]),
    );
    const missing = await admin.post("/api/provider/staff", {
      jobTypeCode: "SW1",
      employmentKind: "full_time",
      hiredOn: "2024-02-30",
    });
    expect(missing.statusCode).toBe(400);
    const fields = fieldErrors(missing.json());
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(["name", "hiredOn"]));
    expect(fields.hiredOn).toBe("입사일이 실제 날짜가 아닙니다.");
  });

  it("adds a staff member (provider staff may enter data) and logs it", async () => {
    const staff = await t.login("provider.staff");
    const before = await countStaff(ids().jongnoInstitutionId);
    const r = await staff.post("/api/provider/staff", newStaff({ name: "이입력" }));
    expect(r.statusCode).toBe(201);
    expect(r.headers.etag).toBe('"1"');
    expect(r.json()).toMatchObject({
      name: "이입력",
      employmentKindLabel: "전일제",
      isActive: true,
      weeklyHours: 40,
    });
    expect(await countStaff(ids().jongnoInstitutionId)).toBe(before + 1);
    const log = await lastLog("create", "staff");
    expect(log).toMatchObject({ target_id: r.json().id, subject: "이입력", username: "provider.staff" });
  });

  it("edits with the version read: 428 without it, 409 with a stale one, then succeeds", async () => {
    const created = (await admin.post("/api/provider/staff", newStaff())).json();
    const url = `/api/provider/staff/${created.id}`;
    expect((await admin.patch(url, { licenseNo: "1-999" })).statusCode).toBe(428);
    const ok = await admin.patch(url, { licenseNo: "1-999" }, { "if-match": '"1"' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ licenseNo: "1-999", version: 2 });
    const stale = await admin.patch(url, { qualification: "사회복지사 2급", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toBe(
      "다른 사용자가 먼저 종사자 정보를 수정했습니다. 최신 내용을 확인한 뒤 다시 저장하세요.",
    );
    expect(stale.json().current.licenseNo).toBe("1-999");
    const bad = await admin.patch(url, { hiredOn: "2099-01-01", version: 2 });
    expect(bad.json().errors).toEqual([{ field: "hiredOn", message: "입사일은 오늘 이후일 수 없습니다." }]);
    expect((await lastLog("update", "staff"))?.target_id).toBe(created.id);
  });

  it("ends employment: administrator only, not before the hire, only once", async () => {
    const created = (await admin.post("/api/provider/staff", newStaff({ hiredOn: "2024-03-02" }))).json();
    const url = `/api/provider/staff/${created.id}/end`;
    const staff = await t.login("provider.staff");
    expect(
      (await staff.post(url, { leftOn: "2025-01-31", endReason: "계약 만료", version: 1 })).statusCode,
    ).toBe(403);
    const early = await admin.post(url, { leftOn: "2024-03-01", endReason: "계약 만료", version: 1 });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([
      { field: "leftOn", message: "퇴사일은 입사일과 같거나 그 이후여야 합니다." },
    ]);
    const noReason = await admin.post(url, { leftOn: "2025-01-31", endReason: "", version: 1 });
    expect(noReason.json().errors[0]).toEqual({
      field: "endReason",
      message: "퇴사 사유를 2자 이상 입력하세요.",
    });
    const ended = await admin.post(url, { leftOn: "2025-01-31", endReason: "계약 만료", version: 1 });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ isActive: false, leftOn: "2025-01-31", endReason: "계약 만료" });
    const again = await admin.post(url, { leftOn: "2025-02-28", endReason: "계약 만료", version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe("이미 2025-01-31에 퇴사 처리된 종사자입니다.");
    const left = (await admin.get("/api/provider/staff?status=left&limit=200")).json();
    expect(left.items.some((s: { id: string }) => s.id === created.id)).toBe(true);
    const active = (await admin.get("/api/provider/staff?status=active&limit=200")).json();
    expect(active.items.some((s: { id: string }) => s.id === created.id)).toBe(false);
  });
});

describe("종사자 scope", () => {
  it("another institution's provider gets 404 for jongno's staff, reading and writing", async () => {
    const jongnoStaff = (await admin.get("/api/provider/staff?limit=1")).json().items[0];
    const mapo = await t.login("provider.mapo");
    expect((await mapo.get(`/api/provider/staff/${jongnoStaff.id}`)).statusCode).toBe(404);
    const patch = await mapo.patch(`/api/provider/staff/${jongnoStaff.id}`, {
      licenseNo: "x",
      version: jongnoStaff.version,
    });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().detail).toBe("종사자를 찾을 수 없습니다.");
    const list = (await mapo.get("/api/provider/staff?status=all&limit=200")).json();
    expect(
      list.items.every((s: { institutionId: string }) => s.institutionId === ids().mapoInstitutionId),
    ).toBe(true);
  });

  it("officials read an institution's staff only within their jurisdiction", async () => {
    const url = `/api/official/institutions/${ids().jongnoInstitutionId}/staff?limit=3`;
    const mapoOfficial = await t.login("gu.mapo");
    const foreign = await mapoOfficial.get(url);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe("기관을 찾을 수 없습니다.");
    const jongno = await t.login("gu.jongno");
    const r = await jongno.get(url);
    expect(r.statusCode).toBe(200);
    expect(r.json().items).toHaveLength(3);
    expect((await lastLog("list", "staff"))?.username).toBe("gu.jongno");
    expect((await admin.get(url)).statusCode).toBe(403);
    expect((await (await t.login("sysadmin")).get(url)).statusCode).toBe(403);
  });
});

describe("엑셀 일괄등록", () => {
  it("offers a template with Korean headers and sheets explaining the codes", async () => {
    const r = await admin.get("/api/provider/staff/template.xlsx");
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toContain(XLSX);
    const wb = await workbookOf(r.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["종사자", "작성방법", "직종코드"]);
    expect(wb.getWorksheet("종사자")?.getCell("A1").value).toBe("성명(필수)");
    const codes: string[] = [];
    wb.getWorksheet("직종코드")?.eachRow((row, n) => {
      if (n > 1) codes.push(String(row.getCell(1).value));
    });
    expect(codes).toContain("SW1");
  });

  it("saves nothing when one row is wrong, and names the row and the column", async () => {
    const before = await countStaff(ids().jongnoInstitutionId);
    const file = await workbook([
      ["박일괄", "SW1", "사회복지사 1급", "1-111", "전일제", 40, "2024-01-02", null, null],
      ["최일괄", "CAREWORKER", "요양보호사", "", "시간제", 20, "2099-01-01", null, null],
      ["정일괄", "NURSE", "간호사", "N-1", "전일제", "", new Date(Date.UTC(2023, 4, 1)), "2023-04-30", ""],
    ]);
    const { body, headers } = multipart(file);
    const r = await admin.post("/api/provider/staff/import", body, headers);
    expect(r.statusCode).toBe(422);
    const report = r.json();
    expect(report.ok).toBe(false);
    expect(report.saved).toBe(0);
    expect(report.rows).toHaveLength(3);
    expect(report.rows[0]).toEqual({ row: 2, name: "박일괄", errors: [] });
    expect(report.rows[1]).toEqual({
      row: 3,
      name: "최일괄",
      errors: [{ column: "입사일", message: "입사일은 오늘 이후일 수 없습니다." }],
    });
    expect(report.rows[2].row).toBe(4);
    expect(report.rows[2].errors).toEqual(
      expect.arrayContaining([
        { column: "퇴사일", message: "퇴사일은 입사일과 같거나 그 이후여야 합니다." },
        { column: "퇴사사유", message: "퇴사 사유를 입력하세요." },
      ]),
    );
    expect(await countStaff(ids().jongnoInstitutionId)).toBe(before);
  });

  it("saves every row in one go when all are valid", async () => {
    const before = await countStaff(ids().jongnoInstitutionId);
    const file = await workbook([
      ["박일괄", "SW1", "사회복지사 1급", "1-111", "전일제", 40, "2024-01-02", null, null],
      ["최일괄", "careworker", "요양보호사", "", "시간제", 20, "2024.3.4", null, null],
      [
        "정일괄",
        "NURSE",
        "간호사",
        "N-1",
        "전일제",
        "",
        new Date(Date.UTC(2023, 4, 1)),
        "2024-04-30",
        "이직",
      ],
    ]);
    const { body, headers } = multipart(file);
    const r = await admin.post("/api/provider/staff/import", body, headers);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ ok: true, saved: 3 });
    expect(await countStaff(ids().jongnoInstitutionId)).toBe(before + 3);
    const saved = (await admin.get(`/api/provider/staff?status=all&q=${encodeURIComponent("정일괄")}`)).json()
      .items[0];
    expect(saved).toMatchObject({
      hiredOn: "2023-05-01",
      leftOn: "2024-04-30",
      endReason: "이직",
      jobTypeCode: "NURSE",
    });
    const second = (await admin.get(`/api/provider/staff?q=${encodeURIComponent("최일괄")}`)).json().items[0];
    expect(second).toMatchObject({
      hiredOn: "2024-03-04",
      jobTypeCode: "CAREWORKER",
      employmentKind: "part_time",
    });
    expect((await lastLog("import", "staff"))?.details).toMatchObject({ rows: 3, saved: 3 });
  });

  it("refuses a file that is not an Excel workbook, in Korean", async () => {
    const { body, headers } = multipart(Buffer.from("이름,직종\n홍길동,SW1\n"), "staff.csv");
    const r = await admin.post("/api/provider/staff/import", body, headers);
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].message).toBe(
      "엑셀(.xlsx) 파일을 읽을 수 없습니다. 내려받은 양식에 입력해 올리세요.",
    );
  });

  it("another institution cannot import into jongno: the rows go to its own institution only", async () => {
    const mapo = await t.login("provider.mapo");
    const before = await countStaff(ids().jongnoInstitutionId);
    const { body, headers } = multipart(
      await workbook([["마포일괄", "SW2", "", "", "전일제", 40, "2024-01-02", null, null]]),
    );
    expect((await mapo.post("/api/provider/staff/import", body, headers)).statusCode).toBe(200);
    expect(await countStaff(ids().jongnoInstitutionId)).toBe(before);
  });
});

describe("종사자 엑셀 다운로드", () => {
  it("downloads exactly the listed staff with a reason, logged; refuses without one and outside the scope", async () => {
    const list = (await admin.get("/api/provider/staff?status=all&limit=200")).json();
    const noReason = await admin.get("/api/provider/staff.xlsx?status=all");
    expect(noReason.statusCode).toBe(400);
    const res = await admin.get(
      `/api/provider/staff.xlsx?status=all&reason=${encodeURIComponent("인력 현황 점검")}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const wb = await workbookOf(res.rawPayload);
    const sheet = wb.getWorksheet("종사자");
    expect((sheet?.rowCount ?? 0) - 1).toBe(list.total);
    expect(sheet?.getRow(2).getCell(1).value).toBe(list.items[0].name);
    expect((await lastLog("export", "staff"))?.reason).toBe("인력 현황 점검");
    const mapo = await t.login("gu.mapo");
    const other = await mapo.get(
      `/api/official/institutions/${ids().jongnoInstitutionId}/staff.xlsx?reason=점검`,
    );
    expect(other.statusCode).toBe(404);
    const jongno = await t.login("gu.jongno");
    const own = await jongno.get(
      `/api/official/institutions/${ids().jongnoInstitutionId}/staff.xlsx?reason=${encodeURIComponent("지도점검 준비")}`,
    );
    expect(own.statusCode).toBe(200);
  });
});
