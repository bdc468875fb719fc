import { describe, expect, it } from "vitest";
import {
  checkRoundOpening,
  closeRoundTransition,
  daysUntilDue,
  draftTransition,
  dueLabel,
  remindTransition,
  type StatusReportForm,
  submissionRate,
  submitTransition,
  targetState,
  validateStatusReport,
} from "./status-report.ts";

describe("submitTransition", () => {
  const base = { roundStatus: "open", targetStatus: "pending", dueOn: "2026-06-30" } as const;
  it("accepts a submission on the due date itself as on time", () => {
    expect(submitTransition({ ...base, today: "2026-06-30" })).toEqual({ ok: true, isLate: false });
  });
  it("accepts a submission the day after the due date, marked late", () => {
    expect(submitTransition({ ...base, today: "2026-07-01" })).toEqual({ ok: true, isLate: true });
  });
  it("accepts an early submission as on time", () => {
    expect(submitTransition({ ...base, today: "2026-06-01" })).toEqual({ ok: true, isLate: false });
  });
  it("refuses a second submission", () => {
    const r = submitTransition({ ...base, targetStatus: "submitted", today: "2026-06-01" });
    expect(r).toMatchObject({ ok: false, code: "REPORT_ALREADY_SUBMITTED" });
  });
  it("refuses any submission to a closed round, even before the due date", () => {
    const r = submitTransition({ ...base, roundStatus: "closed", today: "2026-06-01" });
    expect(r).toMatchObject({ ok: false, code: "ROUND_CLOSED" });
    if (!r.ok) expect(r.message).toContain("마감된");
  });
});

describe("round transitions", () => {
  it("closes an open round once, and only once", () => {
    expect(closeRoundTransition("open")).toEqual({ ok: true });
    expect(closeRoundTransition("closed")).toMatchObject({ ok: false, code: "ROUND_ALREADY_CLOSED" });
  });
  it("sends reminders only while the round is open", () => {
    expect(remindTransition("open").ok).toBe(true);
    expect(remindTransition("closed")).toMatchObject({ ok: false, code: "ROUND_CLOSED" });
  });
  it("saves drafts only for a pending target of an open round", () => {
    expect(draftTransition({ roundStatus: "open", targetStatus: "pending" }).ok).toBe(true);
    expect(draftTransition({ roundStatus: "closed", targetStatus: "pending" }).ok).toBe(false);
    expect(draftTransition({ roundStatus: "open", targetStatus: "submitted" }).ok).toBe(false);
  });
  it("shows a pending target of a closed round as 미제출", () => {
    expect(targetState("closed", { status: "pending", isLate: false })).toBe("missed");
    expect(targetState("open", { status: "pending", isLate: false })).toBe("pending");
    expect(targetState("closed", { status: "submitted", isLate: true })).toBe("late");
    expect(targetState("open", { status: "submitted", isLate: false })).toBe("submitted");
  });
});

describe("deadline arithmetic", () => {
  it("counts calendar days across month ends", () => {
    expect(daysUntilDue("2026-03-01", "2026-02-28")).toBe(1);
    expect(daysUntilDue("2026-06-30", "2026-06-30")).toBe(0);
    expect(daysUntilDue("2026-06-30", "2026-07-02")).toBe(-2);
    expect(dueLabel("2026-06-30", "2026-06-27")).toBe("D-3");
    expect(dueLabel("2026-06-30", "2026-06-30")).toBe("D-day");
    expect(dueLabel("2026-06-30", "2026-07-01")).toBe("기한 1일 경과");
  });
});

describe("checkRoundOpening", () => {
  const ok = { title: "4분기 현황보고", periodLabel: "2026년 4분기", today: "2026-05-10" };
  it("accepts a due date of today and refuses yesterday", () => {
    expect(checkRoundOpening({ ...ok, dueOn: "2026-05-10" })).toEqual([]);
    expect(checkRoundOpening({ ...ok, dueOn: "2026-05-09" })).toEqual([
      { field: "dueOn", message: "제출 기한은 오늘 또는 그 이후여야 합니다." },
    ]);
  });
  it("refuses impossible dates and empty titles", () => {
    const problems = checkRoundOpening({ ...ok, title: " ", periodLabel: "", dueOn: "2026-02-30" });
    expect(problems.map((p) => p.field)).toEqual(["title", "periodLabel", "dueOn"]);
  });
});

describe("validateStatusReport", () => {
  const report = (over: Partial<StatusReportForm> = {}): StatusReportForm => ({
    capacity: 70,
    currentUsers: 64,
    currentUsersMale: 20,
    currentUsersFemale: 44,
    staff: [{ jobTypeCode: "CAREWORKER", fullTime: 30, partTime: 2 }],
    programCount: 5,
    remarks: "",
    ...over,
  });
  it("accepts a residential report with 현원 equal to 정원", () => {
    expect(
      validateStatusReport(report({ currentUsers: 70, currentUsersMale: 30, currentUsersFemale: 40 }), {
        residential: true,
      }),
    ).toEqual([]);
  });
  it("refuses 현원 above 정원 for a residential facility, but not for a day-use one", () => {
    const over = report({ currentUsers: 71, currentUsersMale: null, currentUsersFemale: null });
    expect(validateStatusReport(over, { residential: true })).toEqual([
      { field: "currentUsers", message: "생활시설의 현원은 정원을 넘을 수 없습니다." },
    ]);
    expect(validateStatusReport(over, { residential: false })).toEqual([]);
  });
  it("requires 정원 of a residential facility only", () => {
    const noCapacity = report({ capacity: null });
    expect(validateStatusReport(noCapacity, { residential: true })).toEqual([
      { field: "capacity", message: "정원을 입력하세요." },
    ]);
    expect(validateStatusReport(noCapacity, { residential: false })).toEqual([]);
  });
  it("refuses negative and fractional numbers with the field's name", () => {
    const problems = validateStatusReport(
      report({ programCount: -1, staff: [{ jobTypeCode: "NURSE", fullTime: 1.5, partTime: 0 }] }),
      { residential: true },
    );
    expect(problems).toEqual([
      { field: "programCount", message: "프로그램 수는 0 이상이어야 합니다." },
      { field: "staff.0.fullTime", message: "전일제 인원은 정수로 입력하세요." },
    ]);
  });
  it("accepts zero everywhere", () => {
    expect(
      validateStatusReport(
        report({ capacity: 0, currentUsers: 0, currentUsersMale: 0, currentUsersFemale: 0, programCount: 0 }),
        { residential: true },
      ),
    ).toEqual([]);
  });
  it("requires 남·여 to add up to 현원 and to be given together", () => {
    expect(validateStatusReport(report({ currentUsersMale: 21 }), { residential: true })).toEqual([
      { field: "currentUsersMale", message: "남·여 현원의 합이 현원과 같아야 합니다." },
    ]);
    expect(validateStatusReport(report({ currentUsersFemale: null }), { residential: true })).toEqual([
      { field: "currentUsersFemale", message: "성별 현원은 남·여를 모두 입력하거나 모두 비워 두세요." },
    ]);
  });
  it("refuses a job type twice and unknown job types", () => {
    const problems = validateStatusReport(
      report({
        staff: [
          { jobTypeCode: "NURSE", fullTime: 1, partTime: 0 },
          { jobTypeCode: "NURSE", fullTime: 1, partTime: 0 },
          { jobTypeCode: "XX", fullTime: 1, partTime: 0 },
        ],
      }),
      { residential: true, knownJobTypes: new Set(["NURSE"]) },
    );
    expect(problems.map((p) => p.field)).toEqual(["staff.1.jobTypeCode", "staff.2.jobTypeCode"]);
  });
});

describe("submissionRate", () => {
  it("rounds to one decimal and is 0 without targets", () => {
    expect(submissionRate(1, 3)).toBe(33.3);
    expect(submissionRate(0, 0)).toBe(0);
    expect(submissionRate(2, 2)).toBe(100);
  });
});
