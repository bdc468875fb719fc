import { generateProviderSupervisionDemo } from "@ssis/db";
import { addCalendarDays, koreaToday } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  CorrectiveList,
  DispositionDetail,
  DispositionList,
  InspectionDetail,
  InspectionList,
} from "../../../test/api-types.ts";
import { createTestApp, ids, type TestApp, type TestClient } from "../../../test/helpers.ts";

/**
 * The demo accounts' own institutions have a supervision history (issue 15): provider.admin and provider.mapo
 * find inspections, findings, corrective actions and dispositions in several states on their own portal, see
 * only what an institution may see, and can take the steps that are theirs (report, opinion) at once.
 */
let t: TestApp;
let admin: TestClient;
let mapo: TestClient;
const today = koreaToday();

const statuses = (items: { status: string }[]) => [...new Set(items.map((i) => i.status))].sort();

async function everything(client: TestClient) {
  const list = await client.get("/api/provider/inspections?limit=100");
  expect(list.statusCode, list.body).toBe(200);
  const inspections = list.json<InspectionList>().items;
  const details: InspectionDetail[] = [];
  for (const i of inspections) {
    const res = await client.get(`/api/provider/inspections/${i.id}`);
    expect(res.statusCode, res.body).toBe(200);
    details.push(res.json());
  }
  const actions = await client.get("/api/provider/corrective-actions");
  expect(actions.statusCode, actions.body).toBe(200);
  const dispositions = await client.get("/api/provider/dispositions?limit=100");
  expect(dispositions.statusCode, dispositions.body).toBe(200);
  return {
    inspections,
    details,
    findings: details.flatMap((d) => d.findingList),
    actions: actions.json<CorrectiveList>().items,
    dispositions: dispositions.json<DispositionList>().items,
    bodies: [list.body, actions.body, dispositions.body].join("\n"),
  };
}

beforeAll(async () => {
  t = await createTestApp();
  const [jongnoOfficial, mapoOfficial] = await Promise.all([
    t.make.official({ sigungu: "11110" }),
    t.make.official({ sigungu: "11440" }),
  ]);
  const options = {
    today,
    first: { institutionId: ids().jongnoInstitutionId, official: jongnoOfficial },
    second: { institutionId: ids().mapoInstitutionId, official: mapoOfficial },
  };
  const counts = await t.asOwner(async (db) => {
    const first = await generateProviderSupervisionDemo(db, options);
    // Once only: a second start leaves the history alone.
    const again = await generateProviderSupervisionDemo(db, options);
    return { first, again };
  });
  expect(counts.first).toEqual({ inspections: 8, findings: 9, correctiveActions: 9, dispositions: 4 });
  expect(counts.again).toEqual({ inspections: 0, findings: 0, correctiveActions: 0, dispositions: 0 });
  [admin, mapo] = await t.logins("provider.admin", "provider.mapo");
});
afterAll(() => t.close());

describe("the demo accounts' institutions have a supervision history", () => {
  it("provider.admin sees closed, notified and scheduled inspections, never the unannounced one before its result", async () => {
    const mine = await everything(admin);
    expect(statuses(mine.inspections)).toEqual(["closed", "notified", "scheduled"]);
    expect(mine.inspections).toHaveLength(3);
    // The unannounced inspection is shown once its result is sent, not while it is only scheduled.
    expect(mine.inspections.filter((i) => !i.priorNotice).map((i) => i.status)).toEqual(["notified"]);
    expect(statuses(mine.findings)).toEqual(["closed", "ordered"]);
    expect(statuses(mine.actions)).toEqual(["accepted", "ordered", "submitted"]);
    expect(statuses(mine.dispositions)).toEqual(["ended", "pre_noticed"]);

    const scheduled = mine.details.find((d) => d.status === "scheduled");
    expect(scheduled?.documents.map((d) => d.title)).toHaveLength(2);
    expect(scheduled?.findingList).toEqual([]);
    const closed = mine.details.find((d) => d.status === "closed");
    expect(closed?.items.every((i) => i.result !== null)).toBe(true);
  });

  it("provider.mapo sees closed, notified and in-progress inspections, an overdue and a returned action and a decided disposition", async () => {
    const mine = await everything(mapo);
    expect(statuses(mine.inspections)).toEqual(["closed", "in_progress", "notified"]);
    expect(statuses(mine.findings)).toEqual(["closed", "ordered"]);
    expect(statuses(mine.actions)).toEqual(["accepted", "ordered", "returned"]);
    expect(mine.actions.filter((a) => a.isOverdue).map((a) => a.status)).toEqual(["ordered"]);
    expect(statuses(mine.dispositions)).toEqual(["decided", "ended"]);
    // While the team is on site the institution sees the checklist, not the results being written.
    const inProgress = mine.details.find((d) => d.status === "in_progress");
    expect(inProgress?.items.length).toBeGreaterThan(0);
    expect(inProgress?.items.every((i) => i.result === null)).toBe(true);
    expect(inProgress?.findingList).toEqual([]);
  });

  it("together they cover every state of the officials' demo, and the officials see the rest", async () => {
    const both = [await everything(admin), await everything(mapo)];
    const union = (pick: (e: Awaited<ReturnType<typeof everything>>) => { status: string }[]) =>
      statuses(both.flatMap(pick));
    expect(union((e) => e.inspections)).toEqual(
      expect.arrayContaining(["closed", "notified", "in_progress", "scheduled"]),
    );
    expect(union((e) => e.findings)).toEqual(["closed", "ordered"]);
    expect(union((e) => e.actions)).toEqual(["accepted", "ordered", "returned", "submitted"]);
    expect(union((e) => e.dispositions)).toEqual(["decided", "ended", "pre_noticed"]);
    // The planned inspection (next year's draft plan) and the unannounced one are the officials' only.
    const official = await t.login("gu.mapo");
    const res = await official.get(
      `/api/official/inspections?institutionId=${ids().mapoInstitutionId}&limit=100`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(statuses(res.json().items)).toEqual(["closed", "in_progress", "notified", "planned"]);
    const jongno = await t.login("gu.jongno");
    const own = await jongno.get(
      `/api/official/inspections?institutionId=${ids().jongnoInstitutionId}&limit=100`,
    );
    expect(own.json().items).toHaveLength(4);
  });

  it("never shows an institution the officials' internal notes or the reasons they chose it", async () => {
    for (const client of [admin, mapo]) {
      const mine = await everything(client);
      for (const d of mine.details) {
        expect(d.internalNote).toBeNull();
        expect(d.reason).toBe("");
      }
      const text = [mine.bodies, ...mine.details.map((d) => JSON.stringify(d))].join("\n");
      expect(text).not.toContain("내부 검토 메모");
      expect(text).not.toContain("제보자");
    }
  });

  it("the institution's own steps are open now: a report before its deadline, an opinion within its period, a report again after 보완 요구", async () => {
    const adminView = await everything(admin);
    const owed = adminView.actions.find((a) => a.status === "ordered" && !a.isOverdue);
    expect(owed).toBeDefined();
    let res = await admin.post(`/api/provider/corrective-actions/${owed?.id}/submit`, {
      version: owed?.version,
      report: "신규 종사자의 성범죄 경력을 조회하고 조회 기록을 인사기록에 보관함",
    });
    expect(res.statusCode, res.body).toBe(200);

    const pending = adminView.dispositions.find((d) => d.status === "pre_noticed");
    const detail = (await admin.get(`/api/provider/dispositions/${pending?.id}`)).json<DispositionDetail>();
    expect(detail.opinionDueOn).toBe(addCalendarDays(today, 10));
    res = await admin.post(`/api/provider/dispositions/${pending?.id}/opinion`, {
      version: detail.version,
      opinion: "차량 수리비는 이용자 이송 차량에 쓴 것으로, 사용 내역을 첨부합니다.",
    });
    expect(res.statusCode, res.body).toBe(200);

    const returned = (await everything(mapo)).actions.find((a) => a.status === "returned");
    res = await mapo.post(`/api/provider/corrective-actions/${returned?.id}/submit`, {
      version: returned?.version,
      report: "후원자 전원에게 사용내용을 우편과 문자로 통보함(발송 대장 첨부)",
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});
