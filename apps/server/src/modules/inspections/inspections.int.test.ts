import { addCalendarDays, koreaToday } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  CasebookList,
  CorrectiveList,
  InspectionDetail,
  InspectionList,
  InstitutionDetail,
} from "../../../test/api-types.ts";
import {
  createTestApp,
  type DemoClients,
  ids,
  multipartFile,
  type TestApp,
  type TestClient,
  workbookOf,
} from "../../../test/helpers.ts";

let t: TestApp;
let demo: DemoClients;
let checklistVersionId: string;

beforeAll(async () => {
  t = await createTestApp();
  demo = await t.signInDemo();
  checklistVersionId = await t.make.defaultChecklistVersionId();
});
afterAll(() => t.close());

const today = () => koreaToday();
type Detail = InspectionDetail;

const createAdhoc = (
  client: TestClient,
  institutionId = ids().jongnoInstitutionId,
  kind: "adhoc" | "special" = "adhoc",
) => t.make.plannedInspection(client, { institutionId, kind });

async function schedule(client: TestClient, d: Detail, over: Record<string, unknown> = {}) {
  const res = await client.post(`/api/official/inspections/${d.id}/schedule`, {
    version: d.version,
    scheduledOn: addCalendarDays(today(), 7),
    team: [
      { name: "이점검", position: "주무관" },
      { name: "박확인", position: "팀장" },
    ],
    priorNotice: true,
    documentsDueOn: addCalendarDays(today(), 3),
    documents: ["2025회계연도 결산서", "운영위원회 회의록"],
    ...over,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Detail;
}

async function recordAll(client: TestClient, d: Detail, nonCompliant: string[] = []) {
  const res = await client.request("PUT", `/api/official/inspections/${d.id}/results`, {
    results: d.items.map((i) => ({
      itemId: i.itemId,
      result: nonCompliant.includes(i.code) ? "non_compliant" : "compliant",
      note: nonCompliant.includes(i.code) ? "운영위원회를 2025년 한 해 동안 개최하지 않음" : null,
    })),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Detail;
}

/** Records the finding on COM-01 (운영위원회, SWS-6) that the inspection's results show. */
async function findCom01(d: Detail) {
  const item = d.items.find((i) => i.code === "COM-01");
  const res = await demo.jongno.post(`/api/official/inspections/${d.id}/findings`, {
    itemId: item?.itemId,
    title: "운영위원회 미운영",
    detail: "2025년 운영위원회 회의 개최 실적 없음",
    severity: "moderate",
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Detail>();
}

/** Completes the inspection with its one finding's summary and an internal note. */
async function completeWithFinding(d: Detail) {
  const res = await demo.jongno.post(`/api/official/inspections/${d.id}/complete`, {
    version: d.version,
    resultSummary: "운영위원회 운영 부적정 1건",
    internalNote: "시설장 면담 시 비협조적",
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Detail>();
}

/** An inspection carried to the result notice with one finding on COM-01 and its ordered correction. */
async function notifiedWithCorrection(order: Record<string, unknown> = {}) {
  let d = await schedule(demo.jongno, await createAdhoc(demo.jongno), {
    documents: [],
    documentsDueOn: null,
  });
  d = (await demo.jongno.post(`/api/official/inspections/${d.id}/start`, { version: d.version })).json();
  d = await findCom01(await recordAll(demo.jongno, d, ["COM-01"]));
  const findingId = d.findingList[0]?.id as string;
  const ordered = await demo.jongno.post(`/api/official/findings/${findingId}/corrective-action`, {
    outcome: "correction",
    instruction: "운영위원회를 구성하여 분기 1회 이상 개최하고 회의록을 제출할 것",
    noticeOn: today(),
    days: 30,
    ...order,
  });
  expect(ordered.statusCode, ordered.body).toBe(200);
  d = ordered.json();
  d = await completeWithFinding(d);
  const notified = await demo.jongno.post(`/api/official/inspections/${d.id}/notify`, { version: d.version });
  expect(notified.statusCode, notified.body).toBe(200);
  return notified.json() as Detail;
}

describe("the inspection from schedule to closure", () => {
  it("runs the whole flow on both portals and logs every transition", async () => {
    let d = await createAdhoc(demo.jongno);
    expect(d.status).toBe("planned");
    // A planned inspection is not yet visible to the institution.
    expect((await demo.provider.get(`/api/provider/inspections/${d.id}`)).statusCode).toBe(404);
    expect((await demo.jongno.post(`/api/official/inspections/${d.id}/start`, {})).json()).toMatchObject({
      code: "INSPECTION_TRANSITION_REFUSED",
    });
    d = await schedule(demo.jongno, d);
    expect(d.documents.map((x) => x.title)).toEqual(["2025회계연도 결산서", "운영위원회 회의록"]);

    // The institution sees the announced inspection and submits the requested documents.
    const seen = await demo.providerStaff.get(`/api/provider/inspections/${d.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json<Detail>().items.every((i) => i.result === null)).toBe(true);
    const doc = d.documents[0] as Detail["documents"][number];
    const upload = multipartFile(Buffer.from("%PDF-1.4 결산서"), "결산서.pdf", "application/pdf");
    const submitted = await demo.providerStaff.request(
      "POST",
      `/api/provider/inspections/${d.id}/documents/${doc.id}`,
      upload.body,
      upload.headers,
    );
    expect(submitted.statusCode, submitted.body).toBe(200);
    const exe = multipartFile(Buffer.from("MZ"), "virus.exe");
    expect(
      (
        await demo.providerStaff.request(
          "POST",
          `/api/provider/inspections/${d.id}/documents/${doc.id}`,
          exe.body,
          exe.headers,
        )
      ).statusCode,
    ).toBe(415);

    d = (await demo.jongno.get(`/api/official/inspections/${d.id}`)).json();
    const submittedDoc = d.documents.find((x) => x.id === doc.id);
    expect(submittedDoc?.submittedAt).not.toBeNull();
    expect(submittedDoc?.files).toHaveLength(1);
    const review = await demo.jongno.post(`/api/official/inspections/${d.id}/documents/${doc.id}/review`, {
      reviewStatus: "adequate",
      note: "결산서 확인",
    });
    expect(review.statusCode, review.body).toBe(200);
    // The other document was not submitted: it cannot be reviewed.
    const notYet = await demo.jongno.post(
      `/api/official/inspections/${d.id}/documents/${d.documents[1]?.id}/review`,
      {
        reviewStatus: "adequate",
      },
    );
    expect(notYet.json()).toMatchObject({ code: "DOCUMENT_NOT_SUBMITTED" });

    d = (
      await demo.jongno.post(`/api/official/inspections/${d.id}/start`, { version: review.json().version })
    ).json();
    expect(d.status).toBe("in_progress");
    const early = await demo.jongno.post(`/api/official/inspections/${d.id}/complete`, {
      resultSummary: "x",
    });
    expect(early.json()).toMatchObject({ code: "INSPECTION_ITEMS_MISSING" });

    d = await recordAll(demo.jongno, d, ["COM-01"]);
    const missingFinding = await demo.jongno.post(`/api/official/inspections/${d.id}/complete`, {
      resultSummary: "x",
    });
    expect(missingFinding.json()).toMatchObject({ code: "FINDING_MISSING" });
    d = await findCom01(d);
    const finding = d.findingList[0] as Detail["findingList"][number];
    expect(finding).toMatchObject({ status: "open", violationCode: "SWS-6" });
    const one = await demo.jongno.get(`/api/official/findings/${finding.id}`);
    expect(one.json()).toMatchObject({ inspectionId: d.id, institutionId: ids().jongnoInstitutionId });
    expect((await demo.mapo.get(`/api/official/findings/${finding.id}`)).statusCode).toBe(404);
    const order = await demo.jongno.post(`/api/official/findings/${finding.id}/corrective-action`, {
      outcome: "correction",
      instruction: "운영위원회를 구성·개최하고 회의록을 제출할 것",
      noticeOn: today(),
      days: 30,
    });
    expect(order.statusCode, order.body).toBe(200);
    d = order.json();
    expect(d.findingList[0]?.correctiveAction).toMatchObject({
      status: "ordered",
      dueOn: addCalendarDays(today(), 30),
    });

    d = await completeWithFinding(d);
    expect(d).toMatchObject({ status: "completed", overallResult: "findings" });
    // Completed but not notified: the institution does not see results yet.
    const beforeNotice = (await demo.provider.get(`/api/provider/inspections/${d.id}`)).json();
    expect(beforeNotice.findingList).toEqual([]);
    expect(beforeNotice.overallResult).toBeNull();
    expect((await demo.provider.get(`/api/provider/inspections/${d.id}/result-notice.pdf`)).statusCode).toBe(
      409,
    );

    d = (await demo.jongno.post(`/api/official/inspections/${d.id}/notify`, { version: d.version })).json();
    expect(d.status).toBe("notified");
    expect(d.resultNoticeNo).toMatch(/^서울특별시 종로구 지도점검-\d{4}-\d{5}$/);
    const pdf = await demo.provider.get(`/api/provider/inspections/${d.id}/result-notice.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.rawPayload.length).toBeGreaterThan(5000);

    const mine = (await demo.provider.get(`/api/provider/inspections/${d.id}`)).json<Detail>();
    expect(mine.internalNote).toBeNull();
    expect(mine.reason).toBe("");
    expect(mine.overallResult).toBe("findings");
    const action = mine.findingList[0]?.correctiveAction;
    expect(action).toMatchObject({ status: "ordered" });

    // Staff may not report; the administrator attaches evidence and reports.
    expect(
      (
        await demo.providerStaff.post(`/api/provider/corrective-actions/${action?.id}/submit`, {
          report: "개최함",
        })
      ).statusCode,
    ).toBe(403);
    const evidence = multipartFile(Buffer.from("회의록 내용"), "운영위원회_회의록.pdf", "application/pdf");
    const attached = await demo.provider.request(
      "POST",
      `/api/provider/corrective-actions/${action?.id}/files`,
      evidence.body,
      evidence.headers,
    );
    expect(attached.statusCode, attached.body).toBe(201);
    const report = await demo.provider.post(`/api/provider/corrective-actions/${action?.id}/submit`, {
      report: "운영위원회를 구성하여 11월 20일 개최함",
      version: action?.version,
    });
    expect(report.statusCode, report.body).toBe(200);
    const reported = report.json().findingList[0].correctiveAction;
    expect(reported).toMatchObject({ status: "submitted", isLate: false });
    expect(reported.files).toHaveLength(1);

    // The official returns it for more, the institution reports again, the official accepts.
    const returned = await demo.jongno.post(`/api/official/corrective-actions/${action?.id}/return`, {
      reason: "회의록에 참석자 서명이 없음",
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().findingList[0].correctiveAction.status).toBe("returned");
    expect(returned.json().findingList[0].status).toBe("ordered");
    const again = await demo.provider.post(`/api/provider/corrective-actions/${action?.id}/submit`, {
      report: "서명된 회의록을 첨부함",
    });
    expect(again.statusCode, again.body).toBe(200);
    const fileId = reported.files[0].id;
    const download = await demo.jongno.get(`/api/official/files/${fileId}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe("회의록 내용");
    expect((await demo.providerMapo.get(`/api/provider/files/${fileId}`)).statusCode).toBe(404);

    const accepted = await demo.jongno.post(`/api/official/corrective-actions/${action?.id}/accept`, {
      note: "확인",
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    d = accepted.json();
    expect(d.findingList[0]).toMatchObject({ status: "closed", correctiveAction: { status: "accepted" } });
    expect(d.status).toBe("closed");

    const moves = d.transitions.map((x) => `${x.entity}:${x.action}:${x.toStatus}`);
    expect(moves).toEqual([
      "inspection:create:계획",
      "inspection:schedule:일정 확정",
      "inspection:start:점검 중",
      "finding:create:조치 미정",
      "finding:order:조치 중",
      "corrective_action:order:조치 요구",
      "inspection:complete:점검 완료",
      "inspection:notify:결과 통보",
      "corrective_action:submit:결과 보고",
      "corrective_action:return:보완 요구",
      "corrective_action:submit:결과 보고",
      "corrective_action:accept:확인 완료",
      "finding:close:종결",
      "inspection:close:종결",
    ]);
    expect(d.transitions.find((x) => x.action === "return")).toMatchObject({ actorName: expect.any(String) });
  });

  it("closes a notice without findings at once, and refuses a cancel without a reason", async () => {
    let d = await schedule(demo.jongno, await createAdhoc(demo.jongno), {
      documents: [],
      documentsDueOn: null,
    });
    d = (await demo.jongno.post(`/api/official/inspections/${d.id}/start`, {})).json();
    d = await recordAll(demo.jongno, d);
    d = (
      await demo.jongno.post(`/api/official/inspections/${d.id}/complete`, { resultSummary: "지적사항 없음" })
    ).json();
    expect(d.overallResult).toBe("compliant");
    d = (await demo.jongno.post(`/api/official/inspections/${d.id}/notify`, {})).json();
    expect(d.status).toBe("closed");
    const other = await createAdhoc(demo.jongno);
    expect(
      (await demo.jongno.post(`/api/official/inspections/${other.id}/cancel`, { reason: "" })).statusCode,
    ).toBe(400);
    const cancelled = await demo.jongno.post(`/api/official/inspections/${other.id}/cancel`, {
      reason: "민원 취하",
    });
    expect(cancelled.json().status).toBe("cancelled");
    expect((await demo.jongno.post(`/api/official/inspections/${other.id}/start`, {})).statusCode).toBe(409);
  });

  it("hides an unannounced inspection from the institution until its result is sent", async () => {
    const d = await schedule(
      demo.jongno,
      await createAdhoc(demo.jongno, ids().jongnoInstitutionId, "special"),
      {
        priorNotice: false,
        documents: [],
        documentsDueOn: null,
      },
    );
    expect((await demo.provider.get(`/api/provider/inspections/${d.id}`)).statusCode).toBe(404);
    const list = (await demo.provider.get("/api/provider/inspections")).json<InspectionList>();
    expect(list.items.map((x) => x.id)).not.toContain(d.id);
    const refused = await demo.jongno.post(`/api/official/inspections/${d.id}/schedule`, {
      scheduledOn: addCalendarDays(today(), 7),
      team: [{ name: "이점검" }],
      priorNotice: false,
      documents: ["결산서"],
      documentsDueOn: addCalendarDays(today(), 3),
    });
    expect(refused.statusCode).toBe(400);
  });

  it("marks a report after the deadline as late, and lists and reminds overdue actions", async () => {
    const d = await notifiedWithCorrection({ noticeOn: addCalendarDays(today(), -40), days: 30 });
    const action = d.findingList[0]?.correctiveAction;
    expect(action?.dueOn).toBe(addCalendarDays(today(), -10));
    const overdue = await demo.jongno.get("/api/official/corrective-actions?status=overdue");
    expect(overdue.statusCode, overdue.body).toBe(200);
    const body = overdue.json<CorrectiveList>();
    expect(body.items.map((x) => x.id)).toContain(action?.id);
    expect(body.items.every((x) => x.isOverdue)).toBe(true);
    expect(body.summary.find((s) => s.sigunguCode === "11110")?.overdue).toBeGreaterThan(0);
    expect((await demo.mapo.get("/api/official/corrective-actions?status=overdue")).json().items).toEqual([]);

    const reminded = await demo.jongno.post("/api/official/corrective-actions/remind", {
      ids: [action?.id],
      message: "조치 기한이 지났습니다. 결과를 보고하세요.",
    });
    expect(reminded.json()).toEqual({ reminded: 1, skipped: [] });
    const mine = (await demo.provider.get("/api/provider/corrective-actions")).json<CorrectiveList>();
    expect(mine.items.find((x) => x.id === action?.id)?.lastRemindedAt).not.toBeNull();

    const xlsx = await demo.jongno.get("/api/official/corrective-actions.xlsx?status=overdue");
    expect(xlsx.statusCode).toBe(200);
    const wb = await workbookOf(xlsx.rawPayload);
    expect((wb.getWorksheet(1)?.rowCount ?? 0) - 1).toBe(body.total);

    const late = await demo.provider.post(`/api/provider/corrective-actions/${action?.id}/submit`, {
      report: "늦었지만 조치함",
    });
    expect(late.statusCode, late.body).toBe(200);
    expect(late.json().findingList[0].correctiveAction).toMatchObject({ status: "submitted", isLate: true });
  });

  it("confirms the authority's own step (현지시정) and refuses closing a finding before verification", async () => {
    const d = await notifiedWithCorrection({
      outcome: "on_site",
      days: null,
      instruction: "현장에서 회의록 비치",
    });
    const action = d.findingList[0]?.correctiveAction;
    expect(
      (
        await demo.provider.post(`/api/provider/corrective-actions/${action?.id}/submit`, { report: "x" })
      ).json(),
    ).toMatchObject({ code: "CORRECTIVE_TRANSITION_REFUSED" });
    expect((await demo.jongno.post(`/api/official/inspections/${d.id}/close`, {})).json()).toMatchObject({
      code: "INSPECTION_FINDINGS_OPEN",
    });
    const confirmed = await demo.jongno.post(`/api/official/corrective-actions/${action?.id}/confirm`, {
      reason: "현장에서 회의록 비치 확인",
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: "closed" });
  });
});

describe("scope", () => {
  it("shows an inspection to its 시군구, its 시도 and the ministry, and to no one else", async () => {
    const d = await createAdhoc(demo.jongno);
    expect((await demo.mapo.get(`/api/official/inspections/${d.id}`)).statusCode).toBe(404);
    expect((await demo.seoul.get(`/api/official/inspections/${d.id}`)).statusCode).toBe(200);
    expect((await demo.mohw.get(`/api/official/inspections/${d.id}`)).statusCode).toBe(200);
    expect((await demo.providerMapo.get(`/api/provider/inspections/${d.id}`)).statusCode).toBe(404);
    const mapoList = (await demo.mapo.get("/api/official/inspections?limit=100")).json<InspectionList>();
    expect(mapoList.items.map((x) => x.id)).not.toContain(d.id);
    const byType = (
      await demo.jongno.get("/api/official/inspections?limit=100&type=ELD-MED-NURSING")
    ).json<InspectionList>();
    expect(byType.items.length).toBeGreaterThan(0);
    expect(byType.items.every((x) => x.typeName === "노인요양시설")).toBe(true);
    const seoulList = (
      await demo.seoul.get("/api/official/inspections?limit=100&sigungu=11110")
    ).json<InspectionList>();
    expect(seoulList.items.map((x) => x.id)).toContain(d.id);
    expect(
      (await demo.mapo.post(`/api/official/inspections/${d.id}/cancel`, { reason: "x" })).statusCode,
    ).toBe(404);
  });

  it("lists one institution's inspections (its page's 지도점검 이력), and none of another's", async () => {
    const jongnoId = ids().jongnoInstitutionId;
    const d = await createAdhoc(demo.jongno, jongnoId);
    const other = (await demo.jongno.get("/api/official/inspections?limit=100"))
      .json<InspectionList>()
      .items.find((x) => x.institutionId !== jongnoId);
    const own = (
      await demo.seoul.get(`/api/official/inspections?limit=100&institutionId=${jongnoId}`)
    ).json<InspectionList>();
    expect(own.items.map((x) => x.id)).toContain(d.id);
    expect(own.items.every((x) => x.institutionId === jongnoId)).toBe(true);
    expect(own.total).toBe(own.items.length);
    if (other) expect(own.items.map((x) => x.id)).not.toContain(other.id);
    // Another 시군구's official asking for it by id still sees nothing of it.
    const foreign = (
      await demo.mapo.get(`/api/official/inspections?limit=100&institutionId=${jongnoId}`)
    ).json();
    expect(foreign).toMatchObject({ items: [], total: 0 });
    expect((await demo.seoul.get("/api/official/inspections?institutionId=not-a-uuid")).statusCode).toBe(400);
  });

  it("refuses an ad hoc inspection of another 시군구's institution", async () => {
    const res = await demo.jongno.post("/api/official/inspections", {
      institutionId: ids().mapoInstitutionId,
      kind: "adhoc",
      reason: "x",
      checklistVersionId,
    });
    expect(res.statusCode).toBe(400);
  });

  it("downloads exactly the listed inspections as Excel, logged", async () => {
    const list = (await demo.jongno.get("/api/official/inspections?kind=adhoc&limit=100")).json();
    const xlsx = await demo.jongno.get("/api/official/inspections.xlsx?kind=adhoc");
    expect(xlsx.statusCode).toBe(200);
    const wb = await workbookOf(xlsx.rawPayload);
    const sheet = wb.getWorksheet(1);
    expect((sheet?.rowCount ?? 0) - 1).toBe(list.total);
    expect(sheet?.getRow(1).getCell(3).value).toBe("기관명");
    const log = await t.lastAccessLog({ action: "export", targetType: "inspection_list" });
    expect(log).toMatchObject({ username: "gu.jongno" });
  });
});

describe("case book", () => {
  it("shares an anonymised finding everywhere and refuses a text that names the institution", async () => {
    const d = await notifiedWithCorrection();
    const finding = d.findingList[0] as Detail["findingList"][number];
    const inst = (
      await demo.jongno.get(`/api/official/institutions/${ids().jongnoInstitutionId}`)
    ).json<InstitutionDetail>();
    const named = await demo.jongno.post(`/api/official/findings/${finding.id}/casebook`, {
      share: true,
      text: `${inst.name}에서 운영위원회를 열지 않음`,
    });
    expect(named.statusCode).toBe(400);
    const shared = await demo.jongno.post(`/api/official/findings/${finding.id}/casebook`, {
      share: true,
      text: "노인요양시설에서 1년간 운영위원회를 한 번도 열지 않은 사례: 분기 1회 개최 권고",
    });
    expect(shared.statusCode, shared.body).toBe(200);
    for (const client of [demo.mapo, demo.providerMapo]) {
      const url =
        client === demo.mapo
          ? "/api/official/casebook?domain=운영위원회"
          : "/api/provider/casebook?q=운영위원회";
      const book = await client.get(encodeURI(url));
      expect(book.statusCode, book.body).toBe(200);
      const entry = book.json<CasebookList>().items.find((x) => x.id === finding.id);
      expect(entry).toMatchObject({ domain: "운영위원회", violationCode: "SWS-6" });
      expect(JSON.stringify(entry)).not.toContain(inst.name);
    }
  });
});
