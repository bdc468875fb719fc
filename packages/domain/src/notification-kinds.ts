/**
 * What the system tells people (통합알림): each kind, who it is for, its channels and its Korean message
 * template with the variables it may use. The templates here are the defaults; the administrator may change
 * the wording (kept in the database) and preview it, but not the variables a kind has.
 *
 * Channels: 'in_app' (the bell) is always on, it is the system's own record of what it told whom. E-mail and
 * SMS are each user's choice per kind. No source at hand (domain.md) makes a channel compulsory for any of
 * these kinds (a disposition's legal notice is the official document, not this message), so
 * `requiredChannels` is empty everywhere; where a law does require one it is set here and the user cannot
 * turn it off.
 */
export const NOTIFICATION_CHANNELS = ["in_app", "email", "sms"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export type OptionalChannel = Exclude<NotificationChannel, "in_app">;
export const OPTIONAL_CHANNELS: readonly OptionalChannel[] = ["email", "sms"];

export const NOTIFICATION_CHANNEL_LABELS: Record<NotificationChannel, string> = {
  in_app: "알림함",
  email: "전자우편",
  sms: "문자",
};

export interface NotificationKindDefinition {
  label: string;
  /** Which portal's users receive it ('any' for account events). */
  audience: "official" | "provider" | "any";
  /** Variables the template may use, with what each means (shown to the administrator). */
  variables: Record<string, string>;
  subject: string;
  body: string;
  defaultChannels: readonly OptionalChannel[];
  requiredChannels: readonly OptionalChannel[];
}

const institution = { institutionName: "기관명" };

export const NOTIFICATION_KINDS = {
  change_request_filed: {
    label: "기관 정보 변경 요청 접수",
    audience: "official",
    variables: { ...institution, dueOn: "처리 기한", requestedBy: "요청자" },
    subject: "[기관행정] {{institutionName}} 기관 정보 변경 요청이 접수되었습니다",
    body: "{{institutionName}}의 기관 정보 변경 요청({{requestedBy}})이 접수되었습니다. 처리 기한은 {{dueOn}}입니다.",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  change_request_decided: {
    label: "기관 정보 변경 요청 처리 결과",
    audience: "provider",
    variables: { ...institution, decision: "처리 결과(승인·반려)", reason: "사유" },
    subject: "[기관행정] 기관 정보 변경 요청이 {{decision}}되었습니다",
    body: "{{institutionName}}의 기관 정보 변경 요청이 {{decision}}되었습니다. 사유: {{reason}}",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  change_request_due_soon: {
    label: "변경 요청 처리 기한 임박",
    audience: "official",
    variables: { ...institution, dueOn: "처리 기한" },
    subject: "[기관행정] {{institutionName}} 변경 요청 처리 기한이 {{dueOn}}입니다",
    body: "{{institutionName}}의 기관 정보 변경 요청 처리 기한({{dueOn}})이 3일 남았습니다.",
    defaultChannels: [],
    requiredChannels: [],
  },
  change_request_overdue: {
    label: "변경 요청 처리 기한 경과",
    audience: "official",
    variables: { ...institution, dueOn: "처리 기한" },
    subject: "[기관행정] {{institutionName}} 변경 요청 처리 기한이 지났습니다",
    body: "{{institutionName}}의 기관 정보 변경 요청 처리 기한({{dueOn}})이 지났습니다.",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  report_round_opened: {
    label: "현황 보고 요청",
    audience: "provider",
    variables: { roundTitle: "보고 회차", dueOn: "제출 기한" },
    subject: "[기관행정] {{roundTitle}} 현황 보고를 제출해 주십시오",
    body: "귀 기관은 {{roundTitle}} 현황 보고 대상입니다. 제출 기한은 {{dueOn}}입니다.",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  report_round_due_soon: {
    label: "현황 보고 제출 기한 임박",
    audience: "provider",
    variables: { ...institution, roundTitle: "보고 회차", dueOn: "제출 기한" },
    subject: "[기관행정] {{roundTitle}} 현황 보고 기한이 3일 남았습니다",
    body: "{{institutionName}}의 {{roundTitle}} 현황 보고 제출 기한({{dueOn}})이 3일 남았습니다.",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  report_round_reminded: {
    label: "현황 보고 제출 독려",
    audience: "provider",
    variables: { roundTitle: "보고 회차", dueOn: "제출 기한" },
    subject: "[기관행정] {{roundTitle}} 현황 보고 제출을 요청합니다",
    body: "담당 공무원이 {{roundTitle}} 현황 보고(기한 {{dueOn}}) 제출을 요청했습니다.",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  report_round_overdue: {
    label: "현황 보고 기한 경과",
    audience: "provider",
    variables: { ...institution, roundTitle: "보고 회차", dueOn: "제출 기한" },
    subject: "[기관행정] {{roundTitle}} 현황 보고 기한이 지났습니다",
    body: "{{institutionName}}의 {{roundTitle}} 현황 보고 제출 기한({{dueOn}})이 지났습니다. 제출해 주십시오.",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  inspection_announced: {
    label: "지도점검 사전 통지",
    audience: "provider",
    variables: { ...institution, scheduledOn: "점검 예정일", documentsDueOn: "사전 자료 제출 기한" },
    subject: "[기관행정] {{institutionName}} 지도점검 일정 안내",
    body: "{{institutionName}}에 대한 지도점검이 {{scheduledOn}}에 예정되어 있습니다. 사전 자료 제출 기한: {{documentsDueOn}}",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  corrective_action_ordered: {
    label: "시정 조치 요구",
    audience: "provider",
    variables: { ...institution, findingTitle: "지적 사항", dueOn: "조치 기한" },
    subject: "[기관행정] 지적 사항에 대한 조치 결과를 제출해 주십시오",
    body: "{{institutionName}}의 지적 사항 '{{findingTitle}}'에 대한 조치 결과 제출 기한은 {{dueOn}}입니다.",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  corrective_action_due_soon: {
    label: "시정 조치 기한 임박",
    audience: "provider",
    variables: { ...institution, findingTitle: "지적 사항", dueOn: "조치 기한" },
    subject: "[기관행정] 시정 조치 결과 제출 기한이 3일 남았습니다",
    body: "{{institutionName}}의 지적 사항 '{{findingTitle}}' 조치 결과 제출 기한({{dueOn}})이 3일 남았습니다.",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  corrective_action_overdue: {
    label: "시정 조치 기한 경과",
    audience: "any",
    variables: { ...institution, findingTitle: "지적 사항", dueOn: "조치 기한" },
    subject: "[기관행정] {{institutionName}} '{{findingTitle}}' 시정 조치 기한이 지났습니다",
    body: "{{institutionName}}의 지적 사항 '{{findingTitle}}' 조치 결과 제출 기한({{dueOn}})이 지났습니다.",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  corrective_report_returned: {
    label: "조치 결과 보완 요구",
    audience: "provider",
    variables: { ...institution, findingTitle: "지적 사항", reason: "보완 사유" },
    subject: "[기관행정] 조치 결과 보고가 반려되었습니다",
    body: "{{institutionName}}의 지적 사항 '{{findingTitle}}' 조치 결과가 반려되었습니다. 사유: {{reason}}",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  pre_notice_issued: {
    label: "행정처분 사전 통지",
    audience: "provider",
    variables: { ...institution, measureLabel: "처분 내용", opinionDueOn: "의견 제출 기한" },
    subject: "[기관행정] 행정처분 사전 통지: 의견 제출 기한 {{opinionDueOn}}",
    body: "{{institutionName}}에 대한 처분({{measureLabel}})이 사전 통지되었습니다. {{opinionDueOn}}까지 의견을 제출할 수 있습니다.",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  opinion_due_soon: {
    label: "의견 제출 기한 임박",
    audience: "provider",
    variables: { ...institution, measureLabel: "처분 내용", opinionDueOn: "의견 제출 기한" },
    subject: "[기관행정] 행정처분 사전 통지 의견 제출 기한이 3일 남았습니다",
    body: "{{institutionName}}에 대한 사전 통지({{measureLabel}})의 의견 제출 기한({{opinionDueOn}})이 3일 남았습니다.",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  disposition_decided: {
    label: "행정처분 결정",
    audience: "provider",
    variables: { ...institution, measureLabel: "처분 내용", decidedOn: "처분일" },
    subject: "[기관행정] {{institutionName}} 행정처분이 결정되었습니다",
    body: "{{institutionName}}에 대한 행정처분({{measureLabel}})이 {{decidedOn}}에 결정되었습니다.",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
  suspension_ended: {
    label: "업무정지 기간 종료",
    audience: "official",
    variables: { ...institution, measureLabel: "처분 내용", periodTo: "종료일" },
    subject: "[기관행정] {{institutionName}} 처분 기간이 끝났습니다",
    body: "{{institutionName}}의 {{measureLabel}} 기간이 {{periodTo}}에 끝났습니다. 처분 종료를 처리해 주십시오.",
    defaultChannels: [],
    requiredChannels: [],
  },
  assignment_ending: {
    label: "지원기관 배정 종료 예정",
    audience: "any",
    variables: { ...institution, agencyName: "지원기관", endsOn: "배정 종료일" },
    subject: "[기관행정] {{agencyName}}의 {{institutionName}} 배정이 {{endsOn}}에 끝납니다",
    body: "{{agencyName}}의 {{institutionName}} 지원 배정이 {{endsOn}}에 끝납니다.",
    defaultChannels: [],
    requiredChannels: [],
  },
  account_locked: {
    label: "계정 잠금",
    audience: "any",
    variables: { username: "사용자 ID", lockedAt: "잠긴 시각" },
    subject: "[기관행정] 계정이 잠겼습니다",
    body: "계정 {{username}}이(가) 비밀번호 연속 오류로 {{lockedAt}}에 잠겼습니다. 본인이 아니면 관리자에게 알려 주십시오.",
    defaultChannels: ["email"],
    requiredChannels: [],
  },
} as const satisfies Record<string, NotificationKindDefinition>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_KIND_CODES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, value);
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The variables a template text uses, in order of first use. */
export function templateVariablesUsed(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""))];
}

/** A template's problems for its kind: unknown variables, empty or over-long text (Korean messages). */
export function templateErrors(
  kind: NotificationKind,
  template: { subject: string; body: string },
): Partial<Record<"subject" | "body", string>> {
  const known = Object.keys(NOTIFICATION_KINDS[kind].variables);
  const errors: Partial<Record<"subject" | "body", string>> = {};
  for (const field of ["subject", "body"] as const) {
    const text = template[field];
    const max = field === "subject" ? 200 : 2000;
    const unknown = templateVariablesUsed(text).filter((v) => !known.includes(v));
    if (text.trim() === "") errors[field] = "내용을 입력하세요.";
    else if (text.length > max) errors[field] = `${max}자 이내로 입력하세요.`;
    else if (unknown.length > 0)
      errors[field] = `쓸 수 없는 변수입니다: ${unknown.map((v) => `{{${v}}}`).join(", ")}`;
  }
  return errors;
}

/** Fills a template; a variable without a value is left visible as "{{name}}" rather than silently dropped. */
export function renderTemplate(text: string, variables: Readonly<Record<string, string | null | undefined>>) {
  return text.replace(PLACEHOLDER, (whole, name: string) => variables[name] ?? whole);
}

/** The channels a user gets for a kind: the required ones, then their choice, else the kind's default. */
export function channelsFor(
  kind: NotificationKind,
  choices: Partial<Record<OptionalChannel, boolean>>,
): OptionalChannel[] {
  const def: NotificationKindDefinition = NOTIFICATION_KINDS[kind];
  return OPTIONAL_CHANNELS.filter(
    (c) => def.requiredChannels.includes(c) || (choices[c] ?? def.defaultChannels.includes(c)),
  );
}
