import { addCalendarDays, koreaToday } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DispositionDetail } from "../../../test/api-types.ts";
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
/** Another operating institution of 종로구 (the demo accounts' own keeps its history apart). */
let otherJongno: string;

const today = () => koreaToday();

beforeAll(async () => {
  t = await createTestApp();
  demo = await t.signInDemo();
  otherJongno = (await t.make.institution({ sigunguCode: "11110" })).id;
});
afterAll(() => t.close());

type Detail = DispositionDetail;

const preview = (client: TestClient, body: unknown) =>
  client.post("/api/official/dispositions/preview", body);

async function create(client: TestClient, body: Record<string, unknown>) {
  const res = await client.post("/api/official/dispositions", body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Detail;
}

async function decideNow(client: TestClient, d: Detail, over: Record<string, unknown> = {}) {
  // A pre-notice dated 11 days ago lets the opinion period run out today.
  const noticeOn = addCalendarDays(today(), -11);
  let res = await client.post(`/api/official/dispositions/${d.id}/pre-notice`, {
    version: d.version,
    noticeOn,
    opinionDueOn: addCalendarDays(noticeOn, 10),
  });
  expect(res.statusCode, res.body).toBe(200);
  res = await client.post(`/api/official/dispositions/${d.id}/decide`, { decidedOn: today(), ...over });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Detail;
}

describe("preview (the interface other parts rely on)", () => {
  it("returns the ladder's measure in the table's words, without saving anything", async () => {
    const before = await t.rows<{ n: string }>("select count(*) as n from disposition");
    const res = await preview(demo.jongno, {
      violations: [
        { code: "SWS-4라", date: "2026-06-01" },
        { code: "SWS-2", date: "2026-06-01" },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().results).toMatchObject([
      { code: "SWS-4라", repeatCount: 1, measure: "개선명령" },
      { code: "SWS-2", repeatCount: 1, measure: "시설폐쇄" },
    ]);
    expect(res.json().combined[0]).toMatchObject({ lawCode: "SWS", measure: "시설폐쇄" });
    const after = await t.rows<{ n: string }>("select count(*) as n from disposition");
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("counts paper history inside the look-back, and not outside it or when cancelled", async () => {
    const body = (history: unknown[]) => ({ history, violations: [{ code: "SWS-4라", date: "2026-06-01" }] });
    const inside = await preview(
      demo.jongno,
      body([{ code: "SWS-4라", decidedOn: "2023-06-01", repeatCount: 1 }]),
    );
    expect(inside.json().results[0]).toMatchObject({ repeatCount: 2, measure: "시설장 교체" });
    const outside = await preview(
      demo.jongno,
      body([{ code: "SWS-4라", decidedOn: "2023-05-31", repeatCount: 1 }]),
    );
    expect(outside.json().results[0]).toMatchObject({ repeatCount: 1, measure: "개선명령" });
    expect(outside.json().assessments[0].ignored[0]).toMatchObject({ verdict: "outsidePeriod" });
    const third = await preview(
      demo.jongno,
      body([
        { code: "SWS-4라", decidedOn: "2024-01-10", repeatCount: 1 },
        { code: "SWS-4라", decidedOn: "2025-02-10", repeatCount: 2 },
      ]),
    );
    expect(third.json().results[0]).toMatchObject({ repeatCount: 3, measure: "시설폐쇄" });
    const cancelled = await preview(
      demo.jongno,
      body([{ code: "SWS-4라", decidedOn: "2025-02-10", repeatCount: 1, cancelled: true }]),
    );
    expect(cancelled.json().results[0]).toMatchObject({ repeatCount: 1, measure: "개선명령" });
  });

  it("says plainly when a code has no row or a date has no table", async () => {
    const res = await preview(demo.jongno, {
      violations: [
        { code: "SWS-99", date: "2026-06-01" },
        { code: "SWS-4가", date: "2010-01-01" },
        { code: "ELDX-1", date: "2026-06-01" },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    for (const r of res.json().results) {
      expect(r.measure).toBeNull();
      expect(r.explanation).toMatch(/없|입력/);
    }
    expect(res.json().assessments.map((a: { errorCode: string }) => a.errorCode)).toEqual([
      "NO_ROW_FOR_CODE",
      "NO_TABLE_FOR_DATE",
      "NO_TABLE_FOR_LAW",
    ]);
  });
});

describe("the procedure from finding to decision", () => {
  it("runs on both portals and counts the decided disposition for the next violation", async () => {
    // A finding with a violation code, from an inspection.
    const insp = await demo.jongno.post("/api/official/inspections", {
      institutionId: ids().jongnoInstitutionId,
      kind: "special",
      reason: "운영위원회 미운영 제보",
      checklistVersionId: (await demo.jongno.get("/api/official/inspection-checklists")).json().items.at(-1)
        .id,
    });
    let d = insp.json();
    d = (
      await demo.jongno.post(`/api/official/inspections/${d.id}/schedule`, {
        scheduledOn: addCalendarDays(today(), -30),
        team: [{ name: "이점검", position: "주무관" }],
        priorNotice: true,
        documents: [],
      })
    ).json();
    d = (await demo.jongno.post(`/api/official/inspections/${d.id}/start`, {})).json();
    const item = d.items.find((i: { code: string }) => i.code === "COM-01");
    d = (
      await demo.jongno.post(`/api/official/inspections/${d.id}/findings`, {
        itemId: item.itemId,
        title: "운영위원회 미설치",
        detail: "운영위원회를 구성하지 않음",
        severity: "serious",
      })
    ).json();
    const finding = d.findingList[0];
    expect(finding.violationCode).toBe("SWS-6");
    await demo.jongno.post(`/api/official/findings/${finding.id}/corrective-action`, {
      outcome: "disposition",
      instruction: "행정처분 절차 진행",
      noticeOn: today(),
    });

    const draft = await create(demo.jongno, { findingId: finding.id });
    expect(draft).toMatchObject({
      status: "draft",
      measureLabel: "개선명령",
      repeatSummary: "법 제36조제1항 운영위원회를 설치·운영하지 않은 때 1차",
    });
    const link = await t.rows<{ disposition_id: string }>(
      "select disposition_id from corrective_action where finding_id = $1",
      [finding.id],
    );
    expect(link[0]?.disposition_id).toBe(draft.id);
    const inspection = (await demo.jongno.get(`/api/official/inspections/${d.id}`)).json();
    expect(inspection.findingList[0].correctiveAction.dispositionId).toBe(draft.id);
    // Drafts stay with the officials.
    expect((await demo.provider.get(`/api/provider/dispositions/${draft.id}`)).statusCode).toBe(404);

    const short = await demo.jongno.post(`/api/official/dispositions/${draft.id}/pre-notice`, {
      noticeOn: today(),
      opinionDueOn: addCalendarDays(today(), 9),
    });
    expect(short.json()).toMatchObject({ code: "OPINION_PERIOD_TOO_SHORT" });
    const noticed = await demo.jongno.post(`/api/official/dispositions/${draft.id}/pre-notice`, {
      version: draft.version,
      noticeOn: today(),
      opinionDueOn: addCalendarDays(today(), 10),
    });
    expect(noticed.statusCode, noticed.body).toBe(200);
    // The opinion period runs: no decision yet.
    const early = await demo.jongno.post(`/api/official/dispositions/${draft.id}/decide`, {
      decidedOn: today(),
    });
    expect(early.json()).toMatchObject({ code: "OPINION_PERIOD_RUNNING" });

    // The institution reads the pre-notice and submits its opinion with a file.
    const mine = await demo.providerStaff.get(`/api/provider/dispositions/${draft.id}`);
    expect(mine.statusCode, mine.body).toBe(200);
    const pre = await demo.provider.get(`/api/provider/dispositions/${draft.id}/notice.pdf?kind=pre`);
    expect(pre.statusCode).toBe(200);
    expect(pre.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(
      (await demo.providerStaff.post(`/api/provider/dispositions/${draft.id}/opinion`, { opinion: "x" }))
        .statusCode,
    ).toBe(403);
    const file = multipartFile(Buffer.from("운영위원회 구성 계획"), "구성계획.hwp");
    const attached = await demo.provider.request(
      "POST",
      `/api/provider/dispositions/${draft.id}/files`,
      file.body,
      file.headers,
    );
    expect(attached.statusCode, attached.body).toBe(201);
    const opinion = await demo.provider.post(`/api/provider/dispositions/${draft.id}/opinion`, {
      opinion: "운영위원회를 12월 중 구성하겠습니다. 처분을 재고하여 주십시오.",
    });
    expect(opinion.statusCode, opinion.body).toBe(200);
    expect(opinion.json().opinionFiles).toHaveLength(1);

    const decided = await demo.jongno.post(`/api/official/dispositions/${draft.id}/decide`, {
      decidedOn: today(),
      decisionReason: "구성 계획은 처분 사유를 해소하지 못함",
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({
      status: "decided",
      decisionNo: expect.stringContaining("행정처분"),
    });
    const pdf = await demo.provider.get(`/api/provider/dispositions/${draft.id}/notice.pdf?kind=decision`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const reported = await demo.jongno.post(`/api/official/dispositions/${draft.id}/report-to-ministry`, {
      on: today(),
    });
    expect(reported.json().reportedToMohwOn).toBe(today());
    const ended = await demo.jongno.post(`/api/official/dispositions/${draft.id}/end`, { on: today() });
    expect(ended.json().status).toBe("ended");
    expect(ended.json().transitions.map((x: { action: string }) => x.action)).toEqual([
      "create",
      "preNotice",
      "opinion",
      "decide",
      "reportToMohw",
      "end",
    ]);

    // Time passes: a violation found again counts only against a disposition decided before it was found,
    // so the decision moves a week into the past (a clock cannot be set from the API).
    const decidedOn = addCalendarDays(today(), -7);
    await t.rows("update disposition set decided_on = $2, pre_notice_on = $2 where id = $1", [
      draft.id,
      decidedOn,
    ]);
    // The next SWS-6 violation at this institution is the 2nd: 시설장 교체.
    const next = await preview(demo.jongno, {
      institutionId: ids().jongnoInstitutionId,
      violations: [{ code: "SWS-6", date: today() }],
    });
    expect(next.json().results[0]).toMatchObject({ repeatCount: 2, measure: "시설장 교체" });
    expect(next.json().assessments[0].counted[0]).toMatchObject({ code: "SWS-6", decidedOn });

    // An appeal that cancels it takes it out of the count again.
    await demo.jongno.post(`/api/official/dispositions/${draft.id}/appeal`, {
      kind: "administrative_appeal",
      status: "filed",
      on: today(),
      note: "서울특별시행정심판위원회 청구",
    });
    const upheld = await demo.jongno.post(`/api/official/dispositions/${draft.id}/appeal`, {
      kind: "administrative_appeal",
      status: "cancelled",
      on: today(),
      note: "위반 사실 인정 부족으로 인용",
    });
    expect(upheld.json()).toMatchObject({ status: "cancelled", appealStatus: "cancelled" });
    const after = await preview(demo.jongno, {
      institutionId: ids().jongnoInstitutionId,
      violations: [{ code: "SWS-6", date: today() }],
    });
    expect(after.json().results[0]).toMatchObject({ repeatCount: 1, measure: "개선명령" });
    expect(
      after.json().assessments[0].ignored.some((x: { verdict: string }) => x.verdict === "cancelled"),
    ).toBe(true);
  });

  it("adjusts only within the table's limits and with a reason", async () => {
    const refused = await demo.jongno.post("/api/official/dispositions", {
      institutionId: otherJongno,
      violations: [{ code: "SWS-4가", foundOn: today(), summary: "보조금 목적 외 사용" }],
      adjustment: { direction: "mitigate", to: "경고", reason: "자진 시정" },
    });
    // 별표 4 has no mitigation provisions entered: the engine refuses rather than guess.
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe("NO_ADJUSTMENT_RULE");
  });

  it("refuses violations the ladder cannot judge, and mixing laws", async () => {
    const unknown = await demo.jongno.post("/api/official/dispositions", {
      institutionId: otherJongno,
      violations: [{ code: "SWS-99", foundOn: today(), summary: "x" }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe("violations.0.code");
  });
});

describe("nationwide history and scope", () => {
  it("lets any official read the history, read-only outside the jurisdiction, and logs the look-up", async () => {
    const d = await decideNow(
      demo.jongno,
      await create(demo.jongno, {
        institutionId: otherJongno,
        violations: [{ code: "SWS-7", foundOn: addCalendarDays(today(), -20), summary: "자료제출 거부" }],
      }),
    );
    // Inspection planning finds institutions with recent dispositions.
    const candidates = await demo.jongno.get(
      "/api/official/inspection-plans/candidates?withDispositions=true&limit=500",
    );
    expect(candidates.statusCode, candidates.body).toBe(200);
    const candidate = candidates
      .json()
      .items.find((c: { institutionId: string }) => c.institutionId === otherJongno);
    expect(candidate.recentDispositions).toBeGreaterThan(0);
    expect(candidate.suggestedReason).toContain("행정처분");
    const read = await demo.mapo.get(`/api/official/dispositions/${d.id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().inJurisdiction).toBe(false);
    const write = await demo.mapo.post(`/api/official/dispositions/${d.id}/end`, { on: today() });
    expect(write.statusCode).toBe(403);
    const history = await demo.mapo.get(`/api/official/institutions/${otherJongno}/disposition-history`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().institution.inJurisdiction).toBe(false);
    expect(history.json().dispositions.map((x: { id: string }) => x.id)).toContain(d.id);
    const log = await t.lastAccessLog({ targetType: "disposition_history", targetId: otherJongno });
    expect(log?.details.outsideJurisdiction).toBe(true);
    // The 시군구's own list and register stay within its jurisdiction.
    const list = (await demo.mapo.get("/api/official/dispositions?limit=100")).json();
    expect(list.items.map((x: { id: string }) => x.id)).not.toContain(d.id);
    expect(
      (await demo.seoul.get("/api/official/dispositions?limit=100&sigungu=11110")).json().total,
    ).toBeGreaterThan(0);
    // Institutions see only their own.
    expect((await demo.providerMapo.get(`/api/provider/dispositions/${d.id}`)).statusCode).toBe(404);
    expect((await demo.provider.get(`/api/provider/dispositions/${d.id}`)).statusCode).toBe(404);
  });

  it("downloads the 행정처분대장 with exactly the listed rows, logged", async () => {
    const list = (await demo.jongno.get("/api/official/dispositions?limit=100")).json();
    const xlsx = await demo.jongno.get("/api/official/dispositions.xlsx");
    expect(xlsx.statusCode).toBe(200);
    const wb = await workbookOf(xlsx.rawPayload);
    const sheet = wb.getWorksheet("행정처분대장");
    expect((sheet?.rowCount ?? 0) - 1).toBe(list.total);
    expect(sheet?.getRow(1).values).toContain("보건복지부 보고일");
  });
});

describe("ladder tables entered by the ministry", () => {
  const table = {
    lawCode: "ELDTEST",
    lawName: "통합시험용 법령(실제 법령 아님)",
    tableName: "통합시험용 처분기준표 [별표 X]",
    versionId: "ELDTEST-X-2024-01-01",
    effectiveFrom: "2024-01-01",
    source: "통합 테스트 픽스처",
    verified: false,
    provisions: {
      lookBack: { months: 12, basis: "priorDecisionToLaterFinding", verified: false, source: "테스트" },
      repeatCountRule: { kind: "nextAfterHighestPrior", verified: false, source: "테스트" },
      concurrent: { kind: "heaviest", verified: false, source: "테스트" },
      mitigation: {
        maxFraction: 0.5,
        allowLighterKind: false,
        requiresReason: true,
        verified: false,
        source: "테스트",
      },
    },
    rows: [
      {
        code: "ELDTEST-1",
        item: "X. 1",
        violation: "시험용 위반행위",
        article: "시험법 제1조",
        steps: ["업무정지 1개월", "업무정지 3개월", "지정취소"],
        verified: false,
        source: "테스트",
      },
    ],
  };

  it("is added by the ministry only, then judges violations, suspensions and mitigation", async () => {
    expect((await demo.jongno.post("/api/official/disposition-tables", { table })).statusCode).toBe(403);
    const bad = await demo.mohw.post("/api/official/disposition-tables", {
      table: { ...table, rows: [{ ...table.rows[0], steps: ["업무정지 석달"] }] },
    });
    expect(bad.statusCode).toBe(400);
    const added = await demo.mohw.post("/api/official/disposition-tables", { table });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().rowLabels[0].steps).toEqual(["업무정지 1개월", "업무정지 3개월", "지정취소"]);
    const twice = await demo.mohw.post("/api/official/disposition-tables", {
      table: { ...table, versionId: "ELDTEST-X2" },
    });
    expect(twice.statusCode).toBe(400);
    const list = (await demo.jongno.get("/api/official/disposition-tables")).json();
    expect(list.items.map((x: { key: string }) => x.key)).toEqual(
      expect.arrayContaining(["SWS-B4-2019-06-12", "ELDTEST-X-2024-01-01"]),
    );

    const mitigated = await create(demo.jongno, {
      institutionId: otherJongno,
      violations: [{ code: "ELDTEST-1", foundOn: addCalendarDays(today(), -15), summary: "시험용" }],
      adjustment: { direction: "mitigate", to: "업무정지 15일", reason: "위반 정도가 경미하고 즉시 시정함" },
    });
    expect(mitigated).toMatchObject({ proposedLabel: "업무정지 1개월", measureLabel: "업무정지 15일" });
    const tooFar = await demo.jongno.post("/api/official/dispositions", {
      institutionId: otherJongno,
      violations: [{ code: "ELDTEST-1", foundOn: today(), summary: "시험용" }],
      adjustment: { direction: "mitigate", to: "업무정지 10일", reason: "경미" },
    });
    expect(tooFar.json().code).toBe("BELOW_FLOOR");

    const decided = await decideNow(demo.jongno, mitigated, { periodFrom: today() });
    expect(decided.periodFrom).toBe(today());
    expect(decided.periodTo).toBe(addCalendarDays(today(), 14));
    const active = (
      await demo.jongno.get("/api/official/dispositions?activeSuspension=true&limit=100")
    ).json();
    expect(active.items.map((x: { id: string }) => x.id)).toContain(decided.id);
  });
});

describe("history that follows the institution and its operator", () => {
  it("keeps counting after the institution moves, and shows the operator's other institutions alongside", async () => {
    // Two institutions of one 법인: one in 종로구, one elsewhere in the country (부산 중구).
    const operator = {
      operatorKind: "corporation",
      operatorName: "사회복지법인 한결",
      corporationNo: "1101110000017",
    } as const;
    const a = await t.make.institution({ sigunguCode: "11110", ...operator });
    const b = await t.make.institution({ sigunguCode: "26110", ...operator });
    const official = demo.mohw;
    const decided = await decideNow(
      official,
      await create(official, {
        institutionId: b.id,
        violations: [{ code: "SWS-4다", foundOn: addCalendarDays(today(), -20), summary: "회계 부당행위" }],
      }),
    );
    await t.rows("update disposition set decided_on = $2 where id = $1", [
      decided.id,
      addCalendarDays(today(), -3),
    ]);

    // The operator's other institution sees it alongside, not counted (별표 4: operatorHistory.counts false).
    const forA = await preview(demo.mohw, {
      institutionId: a.id,
      violations: [{ code: "SWS-4다", date: today() }],
    });
    expect(forA.json().results[0]).toMatchObject({ repeatCount: 1 });
    expect(forA.json().assessments[0].operatorHistory[0]).toMatchObject({ code: "SWS-4다" });
    const history = (await demo.mohw.get(`/api/official/institutions/${a.id}/disposition-history`)).json();
    expect(history.operatorDispositions.map((x: { id: string }) => x.id)).toContain(decided.id);

    // B moves to another 시군구: its own history still counts there.
    await t.rows("update institution set sigungu_code = '11680', sido_code = '11' where id = $1", [b.id]);
    await t.rows(
      "update disposition set sido_code = '11', sigungu_code = '11680' where institution_id = $1",
      [b.id],
    );
    const forB = await preview(demo.mohw, {
      institutionId: b.id,
      violations: [{ code: "SWS-4다", date: today() }],
    });
    expect(forB.json().results[0]).toMatchObject({ repeatCount: 2, measure: "개선명령" });
  });
});
