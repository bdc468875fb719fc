import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../platform/context.ts";
import type { JurisdictionDashboard } from "./dashboards.schemas.ts";
import { sharedJurisdictionDashboard } from "./dashboards.service.ts";

const official = (kind: "nation" | "sido" | "sigungu", code: string | null, role: Actor["role"]): Actor => ({
  userId: `${kind}-${code}-${role}`,
  username: "x",
  name: "x",
  role,
  scope: { kind, code },
});
const answer = (label: string) => ({ scope: { label } }) as unknown as JurisdictionDashboard;

afterEach(() => {
  vi.useRealTimers();
});

describe("sharedJurisdictionDashboard", () => {
  it("computes once for the officials of one jurisdiction within the window, and again after it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    let computed = 0;
    const compute = async () => answer(`run ${++computed}`);
    const a = official("sido", "11", "sido_official");
    const b = { ...official("sido", "11", "sido_official"), userId: "another official of 서울" };
    const [first, second] = await Promise.all([
      sharedJurisdictionDashboard(a, 15, compute),
      sharedJurisdictionDashboard(b, 15, compute),
    ]);
    expect(computed).toBe(1);
    expect(second).toBe(first);
    vi.setSystemTime(Date.now() + 16_000);
    expect((await sharedJurisdictionDashboard(a, 15, compute)).scope.label).toBe("run 2");
  });

  it("never shares between jurisdictions, or between officials who supervise and those who do not", async () => {
    let computed = 0;
    const compute = async () => answer(`run ${++computed}`);
    await sharedJurisdictionDashboard(official("sigungu", "11110", "sigungu_official"), 15, compute);
    await sharedJurisdictionDashboard(official("sigungu", "11440", "sigungu_official"), 15, compute);
    await sharedJurisdictionDashboard(official("nation", null, "mohw_official"), 15, compute);
    await sharedJurisdictionDashboard(official("nation", null, "eval_agency_staff"), 15, compute);
    expect(computed).toBe(4);
  });

  it("computes every time when the window is 0, and forgets a failure", async () => {
    let computed = 0;
    const a = official("sigungu", "26350", "sigungu_official");
    await sharedJurisdictionDashboard(a, 0, async () => answer(`run ${++computed}`));
    await sharedJurisdictionDashboard(a, 0, async () => answer(`run ${++computed}`));
    expect(computed).toBe(2);
    await expect(
      sharedJurisdictionDashboard(a, 15, () => Promise.reject(new Error("down"))),
    ).rejects.toThrow();
    expect((await sharedJurisdictionDashboard(a, 15, async () => answer("again"))).scope.label).toBe("again");
  });
});
