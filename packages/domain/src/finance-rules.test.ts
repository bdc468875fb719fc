import { describe, expect, it } from "vitest";
import { checkFinanceYear, computeFinanceTotals, type FinanceAmounts, formatShare } from "./finance-rules.ts";

const amounts: FinanceAmounts = {
  subsidyNational: 300_000_000,
  subsidyLocal: 200_000_000,
  corporationTransfer: 50_000_000,
  donations: 30_000_000,
  userFees: 200_000_000,
  otherRevenue: 20_000_000,
  personnel: 550_000_000,
  operating: 150_000_000,
  programCosts: 60_000_000,
  otherExpenditure: 10_000_000,
};

describe("computeFinanceTotals", () => {
  it("sums revenue, subsidies and expenditure and gives the subsidy share", () => {
    expect(computeFinanceTotals(amounts)).toEqual({
      revenueTotal: 800_000_000,
      subsidyTotal: 500_000_000,
      expenditureTotal: 770_000_000,
      balance: 30_000_000,
      subsidyShare: 0.625,
    });
  });
  it("has no subsidy share without revenue", () => {
    const zero = Object.fromEntries(Object.keys(amounts).map((k) => [k, 0])) as FinanceAmounts;
    expect(computeFinanceTotals(zero).subsidyShare).toBeNull();
    expect(formatShare(null)).toBe("—");
  });
  it("formats the share with one decimal", () => {
    expect(formatShare(0.625)).toBe("62.5%");
    expect(formatShare(1 / 3)).toBe("33.3%");
    expect(formatShare(0)).toBe("0.0%");
    expect(formatShare(1)).toBe("100.0%");
  });
});

describe("checkFinanceYear", () => {
  it("accepts whole amounts from 0 and years from 2000 to this year", () => {
    expect(
      checkFinanceYear({ fiscalYear: 2000, amounts: { ...amounts, donations: 0 }, currentYear: 2026 }),
    ).toEqual([]);
    expect(checkFinanceYear({ fiscalYear: 2026, amounts, currentYear: 2026 })).toEqual([]);
  });
  it("refuses a year outside 2000..this year", () => {
    expect(checkFinanceYear({ fiscalYear: 1999, amounts, currentYear: 2026 })[0]?.field).toBe("fiscalYear");
    expect(checkFinanceYear({ fiscalYear: 2027, amounts, currentYear: 2026 })[0]?.message).toBe(
      "회계연도는 2000년부터 2026년까지입니다.",
    );
  });
  it("refuses negative, fractional and absurd amounts with the line's name", () => {
    expect(checkFinanceYear({ fiscalYear: 2025, amounts: { donations: -1 }, currentYear: 2026 })).toEqual([
      { field: "donations", message: "후원금은 0원 이상이어야 합니다." },
    ]);
    expect(
      checkFinanceYear({ fiscalYear: 2025, amounts: { personnel: 1.5 }, currentYear: 2026 })[0]?.field,
    ).toBe("personnel");
    expect(
      checkFinanceYear({ fiscalYear: 2025, amounts: { operating: 1_000_000_000_000 }, currentYear: 2026 })[0]
        ?.field,
    ).toBe("operating");
  });
});
