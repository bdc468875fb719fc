import {
  CORRECTIVE_STATUSES,
  type CorrectiveStatus,
  FINDING_STATUSES,
  type FindingStatus,
  INSPECTION_STATUSES,
  type InspectionStatus,
  koreaToday,
} from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, ids, type TestClient } from "../../../test/helpers.ts";

/**
 * Every status × action of the three state machines through the API: a refused move answers 409 with the
 * state machine's code, an allowed one does not (it succeeds, or stops at a precondition of its own).
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let jongno: TestClient;
let provider: TestClient;
let checklistVersionId: string;
let officialId: string;

const owner = <T>(sql: string, params: unknown[] = []) =>
  t.asOwner(async (db) => (await db.query<T>(sql, params)).rows);

beforeAll(async () => {
  t = await createTestApp();
  [jongno, provider] = await Promise.all([t.login("gu.jongno"), t.login("provider.admin")]);
  const [v] = await owner<{ id: string }>(
    "select v.id from checklist_version v join checklist_template t on t.id = v.template_id where t.code = 'DEFAULT' and v.version = 1",
  );
  checklistVersionId = v?.id as string;
  const [u] = await owner<{ id: string }>("select id from app_user where username = 'gu.jongno'");
  officialId = u?.id as string;
});
afterAll(() => t.close());

async function inspectionIn(status: InspectionStatus): Promise<string> {
  const [row] = await owner<{ id: string }>(
    `insert into inspection (institution_id, sido_code, sigungu_code, type_code, kind, reason, checklist_version_id,
       status, scheduled_on, prior_notice, created_by, created_by_name, result_notice_no, result_notified_on)
     select i.id, i.sido_code, i.sigungu_code, i.type_code, 'adhoc', '상태 전이 시험', $2, $3,
            case when $3 in ('planned', 'cancelled') then null else $4::date end, true, $5, '시험',
            case when $3 in ('notified', 'closed') then '지도점검-시험' end,
            case when $3 in ('notified', 'closed') then $4::date end
       from institution i where i.id = $1 returning id`,
    [ids().jongnoInstitutionId, checklistVersionId, status, koreaToday(), officialId],
  );
  return row?.id as string;
}

const INSPECTION_ACTIONS: Record<string, { body: Record<string, unknown>; allowedFrom: InspectionStatus[] }> =
  {
    start: { body: {}, allowedFrom: ["scheduled"] },
    complete: { body: { resultSummary: "요지" }, allowedFrom: ["in_progress"] },
    reopen: { body: { reason: "결과 정정" }, allowedFrom: ["completed"] },
    notify: { body: {}, allowedFrom: ["completed"] },
    close: { body: {}, allowedFrom: ["notified"] },
    cancel: { body: { reason: "취소 사유" }, allowedFrom: ["planned", "scheduled", "in_progress"] },
    schedule: {
      body: { scheduledOn: koreaToday(), team: [{ name: "이점검" }], priorNotice: true, documents: [] },
      allowedFrom: ["planned", "scheduled"],
    },
  };

describe("inspection: every status × action through the API", () => {
  for (const status of INSPECTION_STATUSES)
    for (const [action, spec] of Object.entries(INSPECTION_ACTIONS)) {
      const allowed = spec.allowedFrom.includes(status);
      it(`${status} → ${action}: ${allowed ? "allowed" : "409"}`, async () => {
        const id = await inspectionIn(status);
        const res = await jongno.post(`/api/official/inspections/${id}/${action}`, spec.body);
        if (allowed) expect(res.json().code, res.body).not.toBe("INSPECTION_TRANSITION_REFUSED");
        else {
          expect(res.statusCode, res.body).toBe(409);
          expect(res.json().code).toBe("INSPECTION_TRANSITION_REFUSED");
        }
        const [after] = await owner<{ status: string }>("select status from inspection where id = $1", [id]);
        if (!allowed) expect(after?.status).toBe(status);
      });
    }
});

async function findingIn(status: FindingStatus, action: CorrectiveStatus | null, outcome = "correction") {
  const inspectionId = await inspectionIn("notified");
  const [f] = await owner<{ id: string }>(
    `insert into inspection_finding (inspection_id, institution_id, sido_code, sigungu_code, domain, title, detail,
       severity, status, created_by, created_by_name)
     select x.id, x.institution_id, x.sido_code, x.sigungu_code, '시설 운영', '시험 지적', '내용', 'minor', $2, $3, '시험'
       from inspection x where x.id = $1 returning id`,
    [inspectionId, status, officialId],
  );
  let actionId: string | null = null;
  if (action) {
    const [a] = await owner<{ id: string }>(
      `insert into corrective_action (finding_id, inspection_id, institution_id, sido_code, sigungu_code, outcome,
         instruction, notice_on, due_on, status, report_text, ordered_by, ordered_by_name, amount_won)
       select f.id, f.inspection_id, f.institution_id, f.sido_code, f.sigungu_code, $2, '시정할 것', $3::date,
              $3::date + 30, $4, case when $4 <> 'ordered' then '보고' end, $5, '시험',
              case when $2 in ('subsidy_recovery', 'fine') then 1000000 end
         from inspection_finding f where f.id = $1 returning id`,
      [f?.id, outcome, koreaToday(), action, officialId],
    );
    actionId = a?.id ?? null;
  }
  return { findingId: f?.id as string, actionId };
}

describe("finding: every status × action through the API", () => {
  const order = {
    outcome: "correction",
    instruction: "시정할 것",
    noticeOn: koreaToday(),
    days: 30,
  };
  for (const status of FINDING_STATUSES) {
    it(`${status} → order: ${status === "open" ? "allowed" : "409"}`, async () => {
      const { findingId } = await findingIn(status, null);
      const res = await jongno.post(`/api/official/findings/${findingId}/corrective-action`, order);
      if (status === "open") expect(res.statusCode, res.body).toBe(200);
      else expect(res.json()).toMatchObject({ status: 409, code: "FINDING_TRANSITION_REFUSED" });
    });
    it(`${status} → withdraw: ${status === "open" ? "allowed" : "409"}`, async () => {
      const { findingId } = await findingIn(status, null);
      const res = await jongno.post(`/api/official/findings/${findingId}/withdraw`, { reason: "오인" });
      if (status === "open")
        expect(res.json().findingList.find((f: { id: string }) => f.id === findingId).status).toBe(
          "withdrawn",
        );
      else expect(res.json()).toMatchObject({ status: 409, code: "FINDING_TRANSITION_REFUSED" });
    });
  }
});

describe("corrective action: every status × action through the API", () => {
  const moves = [
    {
      action: "submit",
      portal: "provider",
      body: { report: "조치함" },
      allowedFrom: ["ordered", "returned"],
    },
    { action: "accept", portal: "official", body: { note: "확인" }, allowedFrom: ["submitted"] },
    { action: "return", portal: "official", body: { reason: "보완" }, allowedFrom: ["submitted"] },
  ] as const;
  for (const status of CORRECTIVE_STATUSES)
    for (const move of moves) {
      const allowed = (move.allowedFrom as readonly string[]).includes(status);
      it(`${status} → ${move.action}: ${allowed ? "allowed" : "409"}`, async () => {
        const { actionId } = await findingIn(status === "accepted" ? "closed" : "ordered", status);
        const client = move.portal === "provider" ? provider : jongno;
        const url =
          move.portal === "provider"
            ? `/api/provider/corrective-actions/${actionId}/${move.action}`
            : `/api/official/corrective-actions/${actionId}/${move.action}`;
        const res = await client.post(url, move.body);
        if (allowed) expect(res.statusCode, res.body).toBe(200);
        else expect(res.json()).toMatchObject({ status: 409, code: "CORRECTIVE_TRANSITION_REFUSED" });
      });
    }

  it("confirms the authority's own steps only while ordered", async () => {
    const ordered = await findingIn("ordered", "ordered", "accusation");
    expect(
      (
        await jongno.post(`/api/official/corrective-actions/${ordered.actionId}/confirm`, {
          reason: "고발함",
        })
      ).statusCode,
    ).toBe(200);
    const again = await jongno.post(`/api/official/corrective-actions/${ordered.actionId}/confirm`, {
      reason: "다시",
    });
    expect(again.json()).toMatchObject({ code: "CORRECTIVE_TRANSITION_REFUSED" });
    const reported = await findingIn("ordered", "ordered", "correction");
    const refused = await jongno.post(`/api/official/corrective-actions/${reported.actionId}/confirm`, {
      reason: "x",
    });
    expect(refused.json()).toMatchObject({ code: "CORRECTIVE_TRANSITION_REFUSED" });
  });
});
