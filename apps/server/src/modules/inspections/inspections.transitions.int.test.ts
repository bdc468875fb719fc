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
import type { InspectionDetail } from "../../../test/api-types.ts";
import type { CorrectiveOutcome } from "../../../test/factories.ts";
import { createTestApp, ids, type TestApp, type TestClient } from "../../../test/helpers.ts";

/**
 * Every status × action of the three state machines through the API: a refused move answers 409 with the
 * state machine's code, an allowed one does not (it succeeds, or stops at a precondition of its own).
 */
let t: TestApp;
let jongno: TestClient;
let provider: TestClient;
let institutionId: string;

beforeAll(async () => {
  t = await createTestApp();
  [jongno, provider] = await t.logins("gu.jongno", "provider.admin");
  institutionId = ids().jongnoInstitutionId;
});
afterAll(() => t.close());

const inspectionIn = (status: InspectionStatus) => t.make.inspection({ institutionId, status });

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
        const after = (await jongno.get(`/api/official/inspections/${id}`)).json<InspectionDetail>();
        if (!allowed) expect(after.status).toBe(status);
      });
    }
});

const findingIn = (
  status: FindingStatus,
  action: CorrectiveStatus | null,
  outcome: CorrectiveOutcome = "correction",
) => t.make.finding({ institutionId, status, corrective: action ? { status: action, outcome } : undefined });

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
        expect(res.json<InspectionDetail>().findingList.find((f) => f.id === findingId)?.status).toBe(
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
