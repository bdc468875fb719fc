/**
 * Code tables of the access log (접속기록): what was done (수행 업무) and to what (대상 유형). The server
 * writes only these codes (its `AccessEntry` is typed by them) and accepts only them as filters; screens
 * show the Korean label, with the code as a secondary detail at most.
 */

export const ACCESS_ACTION_LABELS = {
  login: "로그인",
  login_failed: "로그인 실패",
  list: "목록 조회",
  read: "상세 조회",
  export: "내려받기",
  import: "일괄 등록",
  create: "등록",
  update: "수정",
  approve: "승인",
  return: "반려",
  withdraw: "신청 취소",
  unlock: "잠금 해제",
  unmask: "개인정보 원문 조회",
  region_reorganise: "행정구역 개편 적용",
} as const satisfies Record<string, string>;

export type AccessAction = keyof typeof ACCESS_ACTION_LABELS;

export const ACCESS_TARGET_LABELS = {
  session: "접속(세션)",
  account: "사용자 계정",
  account_password: "비밀번호",
  access_log: "접속기록",
  institution: "기관",
  institution_register: "기관 현황 목록",
  institution_history: "기관 변경 이력",
  institution_program: "프로그램",
  institution_finance_year: "재정 현황",
  change_request: "변경신청",
  register_setting: "현황정보 설정",
  staff: "종사자",
  client: "이용자",
  file: "첨부파일",
  support_agency: "지원기관",
  agency_assignment: "지원기관 배정",
  report_round: "현황보고 회차",
  report_round_target: "현황보고 대상 기관",
  report_round_summary: "현황보고 집계",
  report_reminder: "현황보고 독촉",
  region_reorganisation: "행정구역 개편",
  region_reorganisation_preview: "행정구역 개편 미리보기",
  checklist_version: "점검표 버전",
  inspection: "지도점검",
  inspection_list: "지도점검 목록",
  inspection_result_notice: "점검 결과 통보서",
  corrective_action_list: "시정·개선 조치 목록",
  disposition: "행정처분",
  disposition_register: "행정처분대장",
  disposition_history: "행정처분 이력",
  disposition_ladder_version: "처분기준표 버전",
  disposition_pre_notice: "처분 사전통지서",
  disposition_decision_notice: "행정처분서",
  dashboard: "업무현황 표",
} as const satisfies Record<string, string>;

export type AccessTarget = keyof typeof ACCESS_TARGET_LABELS;

export const ACCESS_ACTIONS = Object.keys(ACCESS_ACTION_LABELS) as AccessAction[];
export const ACCESS_TARGETS = Object.keys(ACCESS_TARGET_LABELS) as AccessTarget[];

export function isAccessAction(code: string): code is AccessAction {
  return Object.hasOwn(ACCESS_ACTION_LABELS, code);
}

export function isAccessTarget(code: string): code is AccessTarget {
  return Object.hasOwn(ACCESS_TARGET_LABELS, code);
}

/** The Korean label of a stored code; an unknown code (an entry older than this table) stays as it is. */
export function accessActionLabel(code: string): string {
  return isAccessAction(code) ? ACCESS_ACTION_LABELS[code] : code;
}

export function accessTargetLabel(code: string): string {
  return isAccessTarget(code) ? ACCESS_TARGET_LABELS[code] : code;
}
