/** 지원기관정보 (CWAM): support agencies and their assignments to institutions (domain.md §5). */

/** Kinds of support body; the database checks the same list (migration 0005). */
export const AGENCY_KINDS = [
  "중앙사회서비스원",
  "시도사회서비스원",
  "지역사회서비스지원단",
  "평가기관",
  "컨설팅기관",
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/**
 * Usual purposes of an assignment, offered as choices; the field itself is free text because the yearly
 * guideline (지침) names new programmes. D·F consulting follows a low evaluation grade (domain.md §6).
 */
export const ASSIGNMENT_PURPOSES = [
  "평가 D·F등급 컨설팅",
  "운영 컨설팅",
  "품질관리 지원",
  "종사자 교육 지원",
  "시설 안전 점검 지원",
] as const;

export type AssignmentStatus = "scheduled" | "active" | "ended";
export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  scheduled: "예정",
  active: "지원 중",
  ended: "종료",
};

/** Dates are YYYY-MM-DD strings; both ends are inclusive (the agency supports through ends_on). */
export function assignmentStatus(
  period: { startsOn: string; endsOn: string | null },
  today: string,
): AssignmentStatus {
  if (period.endsOn !== null && period.endsOn < today) return "ended";
  // An assignment cancelled before it began ends the day before its start.
  if (period.endsOn !== null && period.endsOn < period.startsOn) return "ended";
  if (period.startsOn > today) return "scheduled";
  return "active";
}

/** Is the assignment in force today, so that the agency's staff may see the institution's summary? */
export const isAssignmentInForce = (period: { startsOn: string; endsOn: string | null }, today: string) =>
  assignmentStatus(period, today) === "active";

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface AssignmentProblem {
  field: "startsOn" | "endsOn";
  message: string;
}

/** A new assignment: 시작일 ≤ 종료일, and a period that is not already over. */
export function checkAssignmentPeriod(input: {
  startsOn: string;
  endsOn?: string | null;
  today: string;
}): AssignmentProblem[] {
  const problems: AssignmentProblem[] = [];
  if (input.endsOn && input.endsOn < input.startsOn)
    problems.push({ field: "endsOn", message: "종료일은 시작일과 같거나 그 이후여야 합니다." });
  else if (input.endsOn && input.endsOn < input.today)
    problems.push({
      field: "endsOn",
      message: "이미 지난 기간은 배정할 수 없습니다. 종료일을 오늘 이후로 입력하세요.",
    });
  return problems;
}

/**
 * The earliest date an assignment may be ended on: yesterday (ends at once: the agency loses access today),
 * or the day before it starts (cancelled before it began). Ending never reaches further back, so the record
 * of who could see what stays true.
 */
export function earliestEndDate(startsOn: string, today: string): string {
  const yesterday = addDays(today, -1);
  const beforeStart = addDays(startsOn, -1);
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings compare as text, not numbers
  return beforeStart > yesterday ? beforeStart : yesterday;
}

/** Ending (배정 종료): not before earliestEndDate, not after the end already set. */
export function checkAssignmentEnd(input: {
  startsOn: string;
  currentEndsOn: string | null;
  endsOn: string;
  today: string;
}): AssignmentProblem[] {
  const earliest = earliestEndDate(input.startsOn, input.today);
  if (input.endsOn < earliest)
    return [
      {
        field: "endsOn",
        message: `종료일은 ${earliest} 이후여야 합니다(지난 기간은 소급하여 종료할 수 없습니다).`,
      },
    ];
  if (input.currentEndsOn !== null && input.endsOn > input.currentEndsOn)
    return [
      {
        field: "endsOn",
        message: `종료일은 현재 종료 예정일(${input.currentEndsOn})보다 늦을 수 없습니다. 기간 연장은 새 배정으로 등록하세요.`,
      },
    ];
  return [];
}

/** Do two periods overlap (null end = open)? Used to refuse a second assignment for the same purpose. */
export function periodsOverlap(
  a: { startsOn: string; endsOn: string | null },
  b: { startsOn: string; endsOn: string | null },
): boolean {
  const aEnd = a.endsOn ?? "9999-12-31";
  const bEnd = b.endsOn ?? "9999-12-31";
  return a.startsOn <= bEnd && b.startsOn <= aEnd;
}
