import { describe, expect, it } from "vitest";
import {
  ACCESS_ACTION_LABELS,
  ACCESS_TARGET_LABELS,
  accessActionLabel,
  accessTargetLabel,
} from "./access-log-codes.ts";

describe("access-log code tables", () => {
  it("label every code in Korean, without Latin letters, each label once", () => {
    for (const labels of [ACCESS_ACTION_LABELS, ACCESS_TARGET_LABELS]) {
      const values = Object.values(labels);
      for (const label of values) expect(label).toMatch(/^[가-힣][가-힣()·\s]*$/);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it("show the label of a known code and keep an unknown one as it is", () => {
    expect(accessActionLabel("login")).toBe("로그인");
    expect(accessTargetLabel("institution_register")).toBe("기관 현황 목록");
    expect(accessActionLabel("toString")).toBe("toString");
  });
});
