import { codesOf } from "./codes.ts";
/** 프로그램 (an institution's programmes) rules shared by the server and the browser form. */
export const PROGRAM_CATEGORY_LABELS = {
  counseling: "상담",
  education: "교육",
  culture_leisure: "문화여가",
  health: "건강",
  independence: "자립지원",
  community: "지역연계",
};
export const PROGRAM_CATEGORIES = codesOf(PROGRAM_CATEGORY_LABELS);
export type ProgramCategory = (typeof PROGRAM_CATEGORIES)[number];

export const PROGRAM_FUNDING_LABELS = {
  own: "자체",
  subsidy: "보조금",
  donation: "후원금",
  other: "기타",
};
export const PROGRAM_FUNDING_SOURCES = codesOf(PROGRAM_FUNDING_LABELS);
export type ProgramFundingSource = (typeof PROGRAM_FUNDING_SOURCES)[number];

/** A programme rarely runs more than a few times a day; 100 sessions a month is the ceiling we accept. */
export const MAX_SESSIONS_PER_MONTH = 100;
export const MAX_PARTICIPANTS = 100_000;

export interface ProgramProblem {
  field: "startedOn" | "endedOn" | "sessionsPerMonth" | "participants";
  message: string;
}

/** 시작일 not after today; 종료일 on or after 시작일; counts whole and within bounds (dates as YYYY-MM-DD). */
export function checkProgram(input: {
  startedOn: string;
  endedOn?: string | null;
  sessionsPerMonth: number;
  participants: number;
  today: string;
}): ProgramProblem[] {
  const problems: ProgramProblem[] = [];
  if (input.startedOn > input.today)
    problems.push({ field: "startedOn", message: "시작일은 오늘 이후일 수 없습니다." });
  if (input.endedOn && input.endedOn < input.startedOn)
    problems.push({ field: "endedOn", message: "종료일은 시작일과 같거나 그 이후여야 합니다." });
  if (
    !Number.isInteger(input.sessionsPerMonth) ||
    input.sessionsPerMonth < 0 ||
    input.sessionsPerMonth > MAX_SESSIONS_PER_MONTH
  )
    problems.push({
      field: "sessionsPerMonth",
      message: `월 운영 횟수는 0회 이상 ${MAX_SESSIONS_PER_MONTH}회 이하의 정수입니다.`,
    });
  if (
    !Number.isInteger(input.participants) ||
    input.participants < 0 ||
    input.participants > MAX_PARTICIPANTS
  )
    problems.push({
      field: "participants",
      message: `참여 인원은 0명 이상 ${MAX_PARTICIPANTS.toLocaleString("ko-KR")}명 이하의 정수입니다.`,
    });
  return problems;
}

/** 종료: a programme whose end date has come (ending today counts as ended); otherwise 진행중. */
export function isProgramEnded(endedOn: string | null | undefined, today: string): boolean {
  return !!endedOn && endedOn <= today;
}
