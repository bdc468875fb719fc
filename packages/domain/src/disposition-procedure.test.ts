import { describe, expect, it } from "vitest";
import {
  APPEAL_STATUSES,
  appealTransition,
  canSubmitOpinion,
  DISPOSITION_ACTIONS,
  DISPOSITION_STATUSES,
  dispositionLogActionLabel,
  dispositionTransition,
  earliestOpinionDeadline,
  suspensionEndsOn,
} from "./disposition-procedure.ts";

const allowed: Record<string, string> = {
  "draft:preNotice": "pre_noticed",
  "pre_noticed:decide": "decided",
  "decided:execute": "executing",
  "decided:end": "ended",
  "executing:end": "ended",
  "draft:withdraw": "withdrawn",
  "pre_noticed:withdraw": "withdrawn",
  "decided:cancel": "cancelled",
  "executing:cancel": "cancelled",
  "ended:cancel": "cancelled",
};

describe("disposition state machine", () => {
  const facts = {
    today: "2026-12-20",
    reason: "의견 수용",
    noticeOn: "2026-12-01",
    opinionDueOn: "2026-12-11",
    opinionSubmitted: false,
  };
  for (const status of DISPOSITION_STATUSES)
    for (const action of DISPOSITION_ACTIONS) {
      const expected = allowed[`${status}:${action}`];
      it(`${status} --${action}--> ${expected ?? "refused"}`, () => {
        const result = dispositionTransition(status, action, facts);
        if (expected) expect(result).toEqual({ ok: true, to: expected });
        else expect(result).toMatchObject({ ok: false, code: "DISPOSITION_TRANSITION_REFUSED" });
      });
    }

  it("gives the institution at least 10 days for its opinion (행정절차법 제21조③)", () => {
    expect(earliestOpinionDeadline("2026-12-01")).toBe("2026-12-11");
    expect(
      dispositionTransition("draft", "preNotice", { noticeOn: "2026-12-01", opinionDueOn: "2026-12-10" }),
    ).toMatchObject({
      code: "OPINION_PERIOD_TOO_SHORT",
    });
    expect(
      dispositionTransition("draft", "preNotice", { noticeOn: "2026-12-01", opinionDueOn: "2026-12-11" }).ok,
    ).toBe(true);
    expect(dispositionTransition("draft", "preNotice", {})).toMatchObject({
      code: "OPINION_DEADLINE_REQUIRED",
    });
  });

  it("decides only after the opinion deadline or the opinion itself", () => {
    const base = { noticeOn: "2026-12-01", opinionDueOn: "2026-12-11" };
    expect(dispositionTransition("pre_noticed", "decide", { ...base, today: "2026-12-11" })).toMatchObject({
      code: "OPINION_PERIOD_RUNNING",
    });
    expect(dispositionTransition("pre_noticed", "decide", { ...base, today: "2026-12-12" }).ok).toBe(true);
    expect(
      dispositionTransition("pre_noticed", "decide", { ...base, today: "2026-12-05", opinionSubmitted: true })
        .ok,
    ).toBe(true);
  });

  it("needs a reason to withdraw or cancel", () => {
    expect(dispositionTransition("draft", "withdraw", {})).toMatchObject({ code: "REASON_REQUIRED" });
    expect(dispositionTransition("ended", "cancel", { reason: " " })).toMatchObject({
      code: "REASON_REQUIRED",
    });
  });

  it("takes opinions up to and including the deadline day", () => {
    expect(canSubmitOpinion("pre_noticed", "2026-12-11", "2026-12-11").ok).toBe(true);
    expect(canSubmitOpinion("pre_noticed", "2026-12-11", "2026-12-12")).toMatchObject({
      code: "OPINION_DEADLINE_PASSED",
    });
    expect(canSubmitOpinion("decided", "2026-12-11", "2026-12-01")).toMatchObject({ code: "OPINION_CLOSED" });
  });
});

describe("appeals", () => {
  it("are filed on decided dispositions and end in one outcome", () => {
    expect(appealTransition("decided", "none", "filed").ok).toBe(true);
    expect(appealTransition("draft", "none", "filed").ok).toBe(false);
    expect(appealTransition("executing", "filed", "cancelled").ok).toBe(true);
    expect(appealTransition("ended", "filed", "changed").ok).toBe(true);
    expect(appealTransition("ended", "filed", "filed").ok).toBe(false);
    expect(appealTransition("ended", "dismissed", "filed").ok).toBe(true); // 행정심판 기각 후 소송
    for (const outcome of APPEAL_STATUSES.filter((s) => s !== "filed" && s !== "none"))
      expect(appealTransition("decided", "none", outcome).ok).toBe(false);
  });
});

describe("suspension periods", () => {
  it("run calendar months with the first day included (민법 제160조)", () => {
    expect(suspensionEndsOn("2026-03-10", { months: 3 })).toBe("2026-06-09");
    expect(suspensionEndsOn("2026-01-31", { months: 1 })).toBe("2026-02-28");
    expect(suspensionEndsOn("2026-12-01", { months: 1 })).toBe("2026-12-31");
    expect(suspensionEndsOn("2026-03-10", { days: 30 })).toBe("2026-04-08");
    expect(suspensionEndsOn("2026-03-10", { days: 1 })).toBe("2026-03-10");
  });
});

describe("the record's action labels", () => {
  it("name every step in Korean", () => {
    expect(dispositionLogActionLabel("preNotice")).toBe("사전통지");
    expect(dispositionLogActionLabel("create")).toBe("처분안 작성");
    expect(dispositionLogActionLabel("appeal:cancelled")).toBe("행정심판·소송 인용(처분 취소)");
    expect(dispositionLogActionLabel("reportToMohw")).toBe("보건복지부 보고");
  });
});
