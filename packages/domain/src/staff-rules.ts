import { codesOf } from "./codes.ts";
/** 종사자 (staff) rules shared by the server, the Excel import and the browser form. */
export const EMPLOYMENT_KIND_LABELS = {
  full_time: "전일제",
  part_time: "시간제",
};
export const EMPLOYMENT_KINDS = codesOf(EMPLOYMENT_KIND_LABELS);
export type EmploymentKind = (typeof EMPLOYMENT_KINDS)[number];

/** 주 최대 근로시간 52시간(근로기준법 제53조: 40 + 연장 12) is the ceiling we accept for weekly hours. */
export const MAX_WEEKLY_HOURS = 52;

export interface PeriodProblem {
  field: "hiredOn" | "leftOn" | "weeklyHours";
  message: string;
}

/** 입사일 not after today; 퇴사일 on or after 입사일 (dates as YYYY-MM-DD). */
export function checkEmploymentPeriod(input: {
  hiredOn: string;
  leftOn?: string | null;
  today: string;
}): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  if (input.hiredOn > input.today)
    problems.push({ field: "hiredOn", message: "입사일은 오늘 이후일 수 없습니다." });
  if (input.leftOn && input.leftOn < input.hiredOn)
    problems.push({ field: "leftOn", message: "퇴사일은 입사일과 같거나 그 이후여야 합니다." });
  return problems;
}

export function checkWeeklyHours(kind: EmploymentKind, hours: number | null | undefined): PeriodProblem[] {
  if (hours === null || hours === undefined) return [];
  if (hours <= 0 || hours > MAX_WEEKLY_HOURS)
    return [
      {
        field: "weeklyHours",
        message: `주당 근무시간은 0보다 크고 ${MAX_WEEKLY_HOURS}시간 이하여야 합니다.`,
      },
    ];
  if (kind === "part_time" && hours >= 40)
    return [{ field: "weeklyHours", message: "시간제 종사자의 주당 근무시간은 40시간 미만이어야 합니다." }];
  return [];
}

/** 입소일 not after today; 퇴소일 on or after 입소일. */
export function checkStayPeriod(input: {
  admittedOn: string;
  dischargedOn?: string | null;
  today: string;
}): { field: "admittedOn" | "dischargedOn"; message: string }[] {
  const problems: { field: "admittedOn" | "dischargedOn"; message: string }[] = [];
  if (input.admittedOn > input.today)
    problems.push({ field: "admittedOn", message: "입소일은 오늘 이후일 수 없습니다." });
  if (input.dischargedOn && input.dischargedOn < input.admittedOn)
    problems.push({ field: "dischargedOn", message: "퇴소일은 입소일과 같거나 그 이후여야 합니다." });
  if (input.dischargedOn && input.dischargedOn > input.today)
    problems.push({ field: "dischargedOn", message: "퇴소일은 오늘 이후일 수 없습니다." });
  return problems;
}
