import type { LadderTable, LadderTableInput } from "./ladder-table.ts";
import { SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019 } from "./tables/social-welfare-services-act.ts";

/**
 * TEST FIXTURES ONLY. Made-up tables for the tests of the engine; no row here is law. They are not
 * exported from the package and must never be offered to users.
 */

/** A made-up table entered the way an administrator would: Korean words for the measures. */
export const TEST_FIXTURE_ADMIN_TABLE_INPUT = {
  lawCode: "TEST",
  lawName: "테스트용 가상 법령",
  tableName: "테스트용 가상 처분기준표 [별표 T]",
  versionId: "TEST-T-2024-01-01",
  effectiveFrom: "2024-01-01",
  source: "테스트 픽스처(실제 법령 아님)",
  verified: false,
  provisions: {
    lookBack: {
      months: 12,
      basis: "priorDecisionToLaterFinding",
      verified: false,
      source: "테스트 픽스처",
      byCode: [{ codes: ["TEST-2"], months: 24, verified: false, source: "테스트 픽스처" }],
    },
    repeatCountRule: { kind: "nextAfterHighestPrior", verified: false, source: "테스트 픽스처" },
    concurrent: { kind: "heaviest", verified: true, source: "테스트 픽스처" },
    mitigation: {
      maxFraction: 0.5,
      allowLighterKind: false,
      requiresReason: true,
      verified: false,
      source: "테스트 픽스처",
    },
    aggravation: {
      maxFraction: 0.5,
      maxSuspensionMonths: 6,
      maxAmountWon: 30_000_000,
      allowHeavierKind: false,
      requiresReason: true,
      verified: false,
      source: "테스트 픽스처",
    },
    surchargeConversion: {
      suspensionKinds: ["businessSuspension"],
      daysPerMonth: 30,
      formula: { kind: "fixedPerDay", wonPerDay: 100_000 },
      maxAmountWon: 5_000_000,
      excludedCodes: ["TEST-2"],
      roundDownToWon: 1_000,
      verified: false,
      source: "테스트 픽스처",
    },
  },
  rows: [
    {
      code: "TEST-1",
      item: "T. 1",
      violation: "테스트 위반행위 1",
      article: "테스트법 제1조",
      steps: ["경고", "업무정지 1개월", "업무정지 3개월", "지정취소"],
      verified: false,
      source: "테스트 픽스처",
    },
    {
      code: "TEST-2",
      item: "T. 2",
      violation: "테스트 위반행위 2",
      article: "테스트법 제2조",
      steps: ["업무정지 15일", "업무정지 1개월", "등록취소"],
      verified: false,
      source: "테스트 픽스처",
    },
  ],
} satisfies LadderTableInput;

/**
 * A made-up later version of the 사회복지사업법 table, from 2030-01-01: 4.다 gets a heavier 2nd step and a
 * made-up 제9호 row is added, to test a change of version and the 5-year look-back of SWS-9.
 */
export const TEST_FIXTURE_SWS_LATER_VERSION: LadderTable = {
  ...SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019,
  versionId: "TEST-SWS-2030-01-01",
  effectiveFrom: "2030-01-01",
  source: "테스트 픽스처(실제 개정 아님)",
  rows: [
    ...SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019.rows.map((row) =>
      row.code === "SWS-4다"
        ? {
            ...row,
            steps: [
              { kind: "improvementOrder" as const },
              { kind: "headReplacement" as const },
              { kind: "closure" as const },
            ],
            source: "테스트 픽스처",
          }
        : row,
    ),
    {
      code: "SWS-9",
      item: "테스트 9",
      violation: "테스트용 가상 행",
      article: "테스트",
      steps: [{ kind: "improvementOrder" }, { kind: "closure" }],
      verified: false,
      source: "테스트 픽스처",
    },
  ],
};
