import { describe, expect, it } from "vitest";
import {
  CORRECTIVE_OUTCOMES,
  CORRECTIVE_STATUSES,
  type CorrectiveAction,
  correctiveDeadline,
  correctiveTransition,
  FINDING_STATUSES,
  type FindingAction,
  findingTransition,
  INSPECTION_ACTIONS,
  INSPECTION_STATUSES,
  type InspectionStatus,
  inspectionTransition,
  isCorrectiveOverdue,
  isLateReport,
  isVisibleToInstitution,
  needsInstitutionReport,
  planTransition,
} from "./inspection-workflow.ts";

const allowedInspectionMoves: Record<string, InspectionStatus> = {
  "planned:schedule": "scheduled",
  "scheduled:schedule": "scheduled",
  "scheduled:start": "in_progress",
  "in_progress:complete": "completed",
  "completed:reopen": "in_progress",
  "completed:notify": "notified",
  "notified:close": "closed",
  "planned:cancel": "cancelled",
  "scheduled:cancel": "cancelled",
  "in_progress:cancel": "cancelled",
};

describe("inspection state machine", () => {
  const facts = { itemsTotal: 3, itemsWithResult: 3, openFindings: 0, reason: "사유" };
  for (const status of INSPECTION_STATUSES)
    for (const action of INSPECTION_ACTIONS) {
      const expected = allowedInspectionMoves[`${status}:${action}`];
      it(`${status} --${action}--> ${expected ?? "refused"}`, () => {
        const result = inspectionTransition(status, action, facts);
        if (expected) expect(result).toEqual({ ok: true, to: expected });
        else expect(result).toMatchObject({ ok: false, code: "INSPECTION_TRANSITION_REFUSED" });
      });
    }

  it("completes only when every checklist item has a result", () => {
    expect(
      inspectionTransition("in_progress", "complete", { itemsTotal: 70, itemsWithResult: 69 }),
    ).toMatchObject({
      ok: false,
      code: "INSPECTION_ITEMS_MISSING",
      message: expect.stringContaining("미입력 1개"),
    });
    expect(inspectionTransition("in_progress", "complete", { itemsTotal: 0, itemsWithResult: 0 }).ok).toBe(
      false,
    );
    expect(inspectionTransition("in_progress", "complete", { itemsTotal: 70, itemsWithResult: 70 }).ok).toBe(
      true,
    );
  });

  it("closes only when no finding is open", () => {
    expect(inspectionTransition("notified", "close", { openFindings: 1 })).toMatchObject({
      code: "INSPECTION_FINDINGS_OPEN",
    });
  });

  it("needs a reason to cancel or reopen", () => {
    expect(inspectionTransition("scheduled", "cancel", { reason: " " })).toMatchObject({
      code: "REASON_REQUIRED",
    });
    expect(inspectionTransition("completed", "reopen", {})).toMatchObject({ code: "REASON_REQUIRED" });
  });

  it("shows an unannounced inspection to the institution only once its result is sent", () => {
    expect(isVisibleToInstitution({ status: "scheduled", priorNotice: false })).toBe(false);
    expect(isVisibleToInstitution({ status: "completed", priorNotice: false })).toBe(false);
    expect(isVisibleToInstitution({ status: "notified", priorNotice: false })).toBe(true);
    expect(isVisibleToInstitution({ status: "scheduled", priorNotice: true })).toBe(true);
    expect(isVisibleToInstitution({ status: "planned", priorNotice: true })).toBe(false);
    expect(isVisibleToInstitution({ status: "cancelled", priorNotice: true })).toBe(false);
  });
});

describe("plan state machine", () => {
  it("approves a draft once", () => {
    expect(planTransition("draft", "approve")).toEqual({ ok: true, to: "approved" });
    expect(planTransition("approved", "approve")).toMatchObject({ ok: false, code: "PLAN_ALREADY_APPROVED" });
    expect(planTransition("draft", "editTargets")).toEqual({ ok: true, to: "draft" });
    expect(planTransition("approved", "editTargets").ok).toBe(false);
  });
});

describe("finding state machine", () => {
  const allowed: Record<string, string> = {
    "open:order": "ordered",
    "ordered:close": "closed",
    "open:withdraw": "withdrawn",
  };
  for (const status of FINDING_STATUSES)
    for (const action of ["order", "close", "withdraw"] as FindingAction[]) {
      const expected = allowed[`${status}:${action}`];
      it(`${status} --${action}--> ${expected ?? "refused"}`, () => {
        const result = findingTransition(status, action, { actionStatus: "accepted", reason: "사유" });
        if (expected) expect(result).toEqual({ ok: true, to: expected });
        else expect(result.ok).toBe(false);
      });
    }

  it("closes only after the corrective action is verified", () => {
    for (const actionStatus of ["ordered", "submitted", "returned", null] as const)
      expect(findingTransition("ordered", "close", { actionStatus })).toMatchObject({
        ok: false,
        code: "CORRECTIVE_ACTION_NOT_VERIFIED",
      });
  });
});

describe("corrective action state machine", () => {
  const reported = { outcome: "correction" as const, reason: "증빙 부족", report: "조치했습니다" };
  const allowed: Record<string, string> = {
    "ordered:submit": "submitted",
    "returned:submit": "submitted",
    "submitted:accept": "accepted",
    "submitted:return": "returned",
  };
  for (const status of CORRECTIVE_STATUSES)
    for (const action of ["submit", "accept", "return", "confirm"] as CorrectiveAction[]) {
      const expected = allowed[`${status}:${action}`];
      it(`(시정) ${status} --${action}--> ${expected ?? "refused"}`, () => {
        const result = correctiveTransition(status, action, reported);
        if (expected) expect(result).toEqual({ ok: true, to: expected });
        else expect(result.ok).toBe(false);
      });
    }

  it("lets the official confirm the authority's own steps, and only those", () => {
    for (const outcome of CORRECTIVE_OUTCOMES) {
      const result = correctiveTransition("ordered", "confirm", { outcome, reason: "현장에서 시정 확인" });
      expect(result.ok).toBe(!needsInstitutionReport(outcome));
      expect(correctiveTransition("ordered", "submit", { outcome, report: "보고" }).ok).toBe(
        needsInstitutionReport(outcome),
      );
    }
    expect(correctiveTransition("accepted", "confirm", { outcome: "on_site", reason: "x" }).ok).toBe(false);
    expect(correctiveTransition("ordered", "confirm", { outcome: "on_site" })).toMatchObject({
      code: "REASON_REQUIRED",
    });
  });

  it("requires the report text and a reason to return", () => {
    expect(correctiveTransition("ordered", "submit", { outcome: "caution", report: "" })).toMatchObject({
      code: "REPORT_REQUIRED",
    });
    expect(correctiveTransition("submitted", "return", { outcome: "caution" })).toMatchObject({
      code: "REASON_REQUIRED",
    });
  });
});

describe("corrective deadlines", () => {
  it("counts N calendar days from the day after the notice (민법 제157조)", () => {
    expect(correctiveDeadline({ noticeOn: "2026-11-26", days: 30 })).toBe("2026-12-26");
    expect(correctiveDeadline({ noticeOn: "2026-12-31", days: 1 })).toBe("2027-01-01");
    expect(correctiveDeadline({ noticeOn: "2028-02-28", days: 1 })).toBe("2028-02-29");
    expect(correctiveDeadline({ noticeOn: "2026-11-26", dueOn: "2026-12-10" })).toBe("2026-12-10");
    expect(() => correctiveDeadline({ noticeOn: "2026-11-26", days: 0 })).toThrow(RangeError);
  });

  it("accepts a report on the deadline as on time and marks the next day late", () => {
    expect(isLateReport("2026-12-26", "2026-12-26")).toBe(false);
    expect(isLateReport("2026-12-26", "2026-12-27")).toBe(true);
  });

  it("is overdue only after the deadline day and only while waiting for the institution", () => {
    const action = { status: "ordered" as const, dueOn: "2026-12-26", outcome: "correction" as const };
    expect(isCorrectiveOverdue(action, "2026-12-26")).toBe(false);
    expect(isCorrectiveOverdue(action, "2026-12-27")).toBe(true);
    expect(isCorrectiveOverdue({ ...action, status: "returned" }, "2026-12-27")).toBe(true);
    expect(isCorrectiveOverdue({ ...action, status: "submitted" }, "2026-12-27")).toBe(false);
    expect(isCorrectiveOverdue({ ...action, outcome: "accusation" }, "2026-12-27")).toBe(false);
  });
});
