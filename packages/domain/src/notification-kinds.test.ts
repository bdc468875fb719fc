import { describe, expect, it } from "vitest";
import {
  channelsFor,
  NOTIFICATION_KIND_CODES,
  NOTIFICATION_KINDS,
  renderTemplate,
  templateErrors,
  templateVariablesUsed,
} from "./notification-kinds.ts";

describe("notification templates", () => {
  it("every default template uses only its kind's variables", () => {
    for (const kind of NOTIFICATION_KIND_CODES) {
      expect(templateErrors(kind, NOTIFICATION_KINDS[kind]), kind).toEqual({});
    }
  });
  it("renders variables and leaves a missing one visible", () => {
    expect(renderTemplate("{{a}}까지 {{ b }}", { a: "2026-12-11", b: "제출" })).toBe("2026-12-11까지 제출");
    expect(renderTemplate("{{a}}와 {{missing}}", { a: "x" })).toBe("x와 {{missing}}");
    expect(templateVariablesUsed("{{a}} {{b}} {{a}}")).toEqual(["a", "b"]);
  });
  it("refuses unknown variables, empty and over-long text", () => {
    const errors = templateErrors("account_locked", { subject: "", body: "{{username}} {{password}}" });
    expect(errors.subject).toBe("내용을 입력하세요.");
    expect(errors.body).toContain("{{password}}");
    expect(templateErrors("account_locked", { subject: "가".repeat(201), body: "x" }).subject).toContain(
      "200자",
    );
  });
  it("channels: the user's choice over the default", () => {
    expect(channelsFor("corrective_action_ordered", {})).toEqual(["email"]);
    expect(channelsFor("corrective_action_ordered", { email: false, sms: true })).toEqual(["sms"]);
    expect(channelsFor("suspension_ended", {})).toEqual([]);
  });
});
