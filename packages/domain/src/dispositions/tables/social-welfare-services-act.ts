import type { LadderTable } from "../ladder-table.ts";

/**
 * 사회복지사업법 시행규칙 [별표 4] 행정처분의 기준 (제26조의2 관련), for 사회복지사업법 제40조제1항.
 *
 * Version: the text after 부칙 <제641호, 2019.6.12>, which rewrote 개별기준 제8호 (회계감사 added, in force on
 * promulgation) and 제9호 (학대관련범죄, in force 2019-07-16). The rows below are the ones the ministry's
 * 「사회복지시설 관리안내」 prints (edition of unknown year, 2015-07 or later since 4.마 cites 사회보장급여법
 * 제31조; 제8호 reads "검사·질문·회계감사"), so they are entered from 2019-06-12. The 2012-08-05 version
 * (부칙 <제147호> 제3조) and later amendments after 2020 were not seen and are not entered: the engine says so
 * for a violation found before 2019-06-12.
 *
 * Left out, to be entered by an administrator from law.go.kr: rows 1 (설치기준 미달), 3 (설치목적 달성),
 * 9 (성폭력범죄·학대관련범죄; one 2020 case applied 개선명령 as 1차, the sub-items are unknown) and 10 (1년 이상
 * 휴지). General provisions not seen in any source (가중·감경) are left out too.
 */

const GUIDE =
  "보건복지부 「사회복지시설 관리안내」 행정처분기준 발췌(연도 미상, 2015-07 이후 판), 123dok.co/article/사회복지시설의-안전관리-련-관-영-운.q05xn2v9";
const GUIDE_NOTE = "2차 자료(관리안내 발췌)로 확인; 별표 4 원문과 대조 전";

export const SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019: LadderTable = {
  lawCode: "SWS",
  lawName: "사회복지사업법",
  tableName: "사회복지사업법 시행규칙 [별표 4]",
  versionId: "SWS-B4-2019-06-12",
  effectiveFrom: "2019-06-12",
  source:
    "사회복지사업법 시행규칙 제26조의2·[별표 4], 부칙 <제641호, 2019.6.12> (국가법령정보센터 원문의 공개 미러, 2020-01-01 시행 본문); 개별기준은 관리안내 발췌",
  verified: false,
  note: "별표 4 원문(law.go.kr)과 대조하지 않았습니다. 2020년 이후 개정 여부 미확인.",
  provisions: {
    lookBack: {
      months: 36,
      basis: "priorDecisionToLaterFinding",
      verified: false,
      source: "2012년 개정안 입법예고 보도(kmib.co.kr arcid=0005993910; kormedi.com/1203391): 2년 → 3년",
      note: "최종 고시문 미확인. 기준일(처분일 → 다시 적발된 날)은 보건복지부령 처분기준표의 공통 문구이며 별표 4에서 확인되지 않았습니다.",
      byCode: [
        {
          codes: ["SWS-9"],
          months: 60,
          verified: false,
          source: "2012년 개정안 입법예고 보도: 성폭력범죄는 5년",
          note: "제9호 행은 아직 입력되지 않았습니다.",
        },
      ],
    },
    repeatCountRule: {
      kind: "nextAfterHighestPrior",
      verified: false,
      source:
        "보건복지부령 처분기준표의 공통 문구(그 위반행위 전 부과처분 차수의 다음 차수); 별표 4 원문 미확인",
    },
    concurrent: {
      kind: "heaviest",
      verified: false,
      source:
        "보건복지부령 처분기준표의 공통 문구(위반행위가 둘 이상이면 무거운 처분기준); 별표 4 원문 미확인",
    },
    // 사회복지사업법 시행규칙 [별표 4] 1. 일반기준 다목, as quoted by 인천지방법원 2017.4.13. 선고 2015구합53781
    // (옹진군 2015-12-01 시설폐쇄 without prior steps, upheld).
    immediateClosure: {
      item: "1. 일반기준 다목",
      condition:
        "시설 거주자에 대한 학대 등 중대한 불법행위가 객관적으로 확인되어 시설의 정상적인 운영이 불가능하다고 판단되는 경우",
      measure: { kind: "closure" },
      verified: true,
      source:
        "인천지방법원 2017.4.13. 선고 2015구합53781 (legalengine.co.kr/amp/cases/RTOJxdCNrwgHvsBrWn1yyg)",
      note: "판결문이 인용한 내용으로 확인; 조문 문구 그대로는 아닙니다.",
    },
    operatorHistory: {
      counts: false,
      verified: false,
      source: "별표 4에서 운영자 기준 합산 규정을 보지 못함",
    },
  },
  rows: [
    {
      // 사회복지사업법 시행규칙 [별표 4] 2. 개별기준 2
      code: "SWS-2",
      item: "2. 개별기준 2",
      violation: "사회복지법인·비영리법인의 설립허가가 취소된 때",
      article: "사회복지사업법 제40조제1항제2호",
      steps: [{ kind: "closure" }],
      verified: true,
      source: "부산고등법원 2015.6.12. 선고 2015누20336 (legalengine.co.kr/cases/_EZnZU-y8rJumpGbmamSMA)",
      note: "판결: 설립허가가 취소된 때에는 시설폐쇄를 명하도록 규정",
    },
    {
      // 사회복지사업법 시행규칙 [별표 4] 2. 개별기준 4.가
      code: "SWS-4가",
      item: "2. 개별기준 4.가",
      violation: "국가·지자체 보조금 또는 후원금을 용도 외로 사용한 때",
      article: "사회복지사업법 제40조제1항제4호",
      steps: [{ kind: "improvementOrder" }, { kind: "headReplacement" }, { kind: "headReplacement" }],
      verified: true,
      source: GUIDE,
      note: GUIDE_NOTE,
    },
    {
      // 사회복지사업법 시행규칙 [별표 4] 2. 개별기준 4.나
      code: "SWS-4나",
      item: "2. 개별기준 4.나",
      violation: "회계장부를 기재하지 않거나 허위로 기재한 때",
      article: "사회복지사업법 제40조제1항제4호",
      steps: [{ kind: "improvementOrder" }, { kind: "headReplacement" }, { kind: "headReplacement" }],
      verified: true,
      source: GUIDE,
      note: GUIDE_NOTE,
    },
    {
      // 사회복지사업법 시행규칙 [별표 4] 2. 개별기준 4.다
      code: "SWS-4다",
      item: "2. 개별기준 4.다",
      violation: "기타 회계 및 시설운영 관련 부당행위",
      article: "사회복지사업법 제40조제1항제4호",
      steps: [{ kind: "improvementOrder" }, { kind: "improvementOrder" }, { kind: "headReplacement" }],
      verified: true,
      source: GUIDE,
      note: GUIDE_NOTE,
    },
    {
      // 사회복지사업법 시행규칙 [별표 4] 2. 개별기준 4.라; the same sequence in 대구고등법원 2022누3958
      code: "SWS-4라",
      item: "2. 개별기준 4.라",
      violation: "시설 거주자에 대한 부당한 체벌·폭행·학대 등 인권침해",
      article: "사회복지사업법 제40조제1항제4호",
      steps: [{ kind: "improvementOrder" }, { kind: "headReplacement" }, { kind: "closure" }],
      verified: true,
      source: `${GUIDE}; 대구고등법원 2022누3958; 창원지방법원 2019.8.22. 선고 2019구합31 (1차 개선명령)`,
      note: GUIDE_NOTE,
    },
    {
      // 사회복지사업법 시행규칙 [별표 4] 2. 개별기준 4.마
      code: "SWS-4마",
      item: "2. 개별기준 4.마",
      violation:
        "법인 대표자·임직원 또는 시설의 장·종사자가 법 제6조의2제2항 정보시스템 정보에 관하여 사회보장급여법 제31조 또는 개인정보 보호법 제59조 위반",
      article: "사회복지사업법 제40조제1항제4호",
      steps: [{ kind: "improvementOrder" }, { kind: "headReplacement" }, { kind: "headReplacement" }],
      verified: true,
      source: GUIDE,
      note: GUIDE_NOTE,
    },
    {
      // 사회복지사업법 시행규칙 [별표 4] 2. 개별기준 5 (no 3rd step printed)
      code: "SWS-5",
      item: "2. 개별기준 5",
      violation: "법 제34조제2항 신고 없이 시설을 설치·운영한 때",
      article: "사회복지사업법 제40조제1항제5호",
      steps: [{ kind: "improvementOrder" }, { kind: "closure" }],
      verified: true,
      source: GUIDE,
      note: GUIDE_NOTE,
    },
    {
      // 사회복지사업법 시행규칙 [별표 4] 2. 개별기준 6
      code: "SWS-6",
      item: "2. 개별기준 6",
      violation: "법 제36조제1항 운영위원회를 설치·운영하지 않은 때",
      article: "사회복지사업법 제40조제1항제6호",
      steps: [{ kind: "improvementOrder" }, { kind: "headReplacement" }, { kind: "headReplacement" }],
      verified: true,
      source: GUIDE,
      note: GUIDE_NOTE,
    },
    {
      // 사회복지사업법 시행규칙 [별표 4] 2. 개별기준 7; 1차 → 2차 also in 대전지방법원 2019.11.21. 선고 2019구합100232
      code: "SWS-7",
      item: "2. 개별기준 7",
      violation: "정당한 이유 없이 법 제51조제1항 보고·자료제출을 하지 않거나 거짓으로 한 때",
      article: "사회복지사업법 제40조제1항제7호",
      steps: [{ kind: "improvementOrder" }, { kind: "headReplacement" }, { kind: "headReplacement" }],
      verified: true,
      source: `${GUIDE}; 대전지방법원 2019.11.21. 선고 2019구합100232 (legalengine.co.kr/cases/QLLwvsdPZ9wcKqqTn-k0hg)`,
      note: GUIDE_NOTE,
    },
    {
      // 사회복지사업법 시행규칙 [별표 4] 2. 개별기준 8 (회계감사 since 부칙 <제641호, 2019.6.12>)
      code: "SWS-8",
      item: "2. 개별기준 8",
      violation: "정당한 이유 없이 법 제51조제1항·제2항 검사·질문·회계감사를 거부·방해·기피한 때",
      article: "사회복지사업법 제40조제1항제8호",
      steps: [{ kind: "improvementOrder" }, { kind: "headReplacement" }, { kind: "headReplacement" }],
      verified: true,
      source: GUIDE,
      note: GUIDE_NOTE,
    },
  ],
};
