import type { LadderTable } from "../ladder-table.ts";

/**
 * 노인장기요양보험법 시행규칙 [별표 2] 행정처분기준 (제29조 관련), for 법 제37조 (지정취소·업무정지) of
 * 장기요양기관. Entered from the 2014 revision (in force 2014-02-14), the only version seen; later
 * revisions are not known and the table as a whole is not compared with law.go.kr.
 *
 * Only the rows that the sources give in full are entered. To be entered by an administrator:
 * - 제2호 다목 1) 장기요양급여비용 부당청구 (법 제37조제1항제4호): the period is graded by the amount and ratio
 *   of the improper claim; only single cases were seen (업무정지 30일, 79일), not the grading table.
 * - 영리 목적의 본인부담금 면제·감경, 수급자 유인·알선: 업무정지 per the 2014 news, length not given.
 * - 일반기준: 제1호 라목 단서 (cited together with the 폭행 row, presumably a limit on 감경; wording not seen),
 *   the look-back period, its 기준일, 위반행위가 둘 이상인 경우, 가중·감경.
 * - 업무정지에 갈음한 과징금 (법 제37조의2, 시행령 제15조 [별표 2], 보건복지부 고시 제2014-24호): the formula
 *   was not at hand, so no conversion is entered.
 */

const NEWS_2014 =
  "아주경제 2014-02-13 보도(시행규칙 개정 공포, 2014-02-14 시행), m.ajunews.com/view/20140213154008169";

export const LONG_TERM_CARE_ACT_TABLE_2014: LadderTable = {
  lawCode: "LTC",
  lawName: "노인장기요양보험법",
  tableName: "노인장기요양보험법 시행규칙 [별표 2]",
  versionId: "LTC-B2-2014-02-14",
  effectiveFrom: "2014-02-14",
  source: `노인장기요양보험법 시행규칙 제29조·[별표 2]; ${NEWS_2014}; 판결문 인용`,
  verified: false,
  note: "2014년 개정 이후의 개정 여부와 일반기준은 확인하지 못했습니다. 위반횟수 산정기간이 입력되기 전에는 2차 이상을 판단하지 않습니다.",
  provisions: {},
  rows: [
    {
      // 노인장기요양보험법 시행규칙 [별표 2] 제2호 가목 7) 가) (2014 numbering)
      code: "LTC-ASSAULT",
      item: "제2호 가목 7) 가) (2014년 개정 당시 번호)",
      violation: "종사자가 수급자의 신체에 폭행을 가하거나 상해를 입힌 경우",
      article: "노인장기요양보험법 제37조제1항제6호 가목",
      steps: [
        { kind: "businessSuspension", unit: "months", length: 6 },
        { kind: "alternatives", options: [{ kind: "designationCancellation" }, { kind: "closure" }] },
      ],
      verified: true,
      source: `서울 양천구 2014-09-30 처분에 관한 판결(legalengine.co.kr/cases/3mD08TkYePAMx_YNsEGDdA): 1차 업무정지 6개월; ${NEWS_2014}: 2차 지정취소 또는 시설폐쇄`,
      note: "1차는 판결, 2차는 개정 보도로 확인. 3차 이후는 인쇄되어 있지 않습니다.",
    },
    {
      // 노인장기요양보험법 시행규칙 [별표 2] (row number not seen)
      code: "LTC-SEXUAL-ASSAULT",
      item: "번호 미확인",
      violation: "종사자 등이 수급자에게 성폭행을 한 경우",
      article: "노인장기요양보험법 제37조제1항제6호",
      steps: [{ kind: "alternatives", options: [{ kind: "designationCancellation" }, { kind: "closure" }] }],
      verified: true,
      source: NEWS_2014,
      note: "1차 위반에 지정취소 또는 시설폐쇄. 행 번호와 목은 원문에서 확인하지 못했습니다.",
    },
  ],
};
