import { addCalendarDays, DISPOSITION_STATUSES, type DispositionStatus, koreaToday } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DispositionDetail } from "../../../test/api-types.ts";
import { createTestApp, ids, type TestApp, type TestClient } from "../../../test/helpers.ts";

/** Every status × action of the disposition procedure through the API (the domain test covers the rules). */
let t: TestApp;
let jongno: TestClient;
const today = () => koreaToday();

beforeAll(async () => {
  t = await createTestApp();
  jongno = await t.login("gu.jongno");
});
afterAll(() => t.close());

/** A disposition in the given status, with the dates that status implies (the opinion period already over). */
const dispositionIn = (status: DispositionStatus) =>
  t.make.disposition({ institutionId: ids().jongnoInstitutionId, status });

const ACTIONS: Record<
  string,
  { url: string; body: Record<string, unknown>; allowedFrom: DispositionStatus[] }
> = {
  preNotice: {
    url: "pre-notice",
    body: { noticeOn: today(), opinionDueOn: addCalendarDays(today(), 10) },
    allowedFrom: ["draft"],
  },
  decide: { url: "decide", body: { decidedOn: today() }, allowedFrom: ["pre_noticed"] },
  execute: { url: "execute", body: { on: today() }, allowedFrom: ["decided"] },
  end: { url: "end", body: { on: today() }, allowedFrom: ["decided", "executing"] },
  withdraw: { url: "withdraw", body: { reason: "의견 수용" }, allowedFrom: ["draft", "pre_noticed"] },
  cancel: { url: "cancel", body: { reason: "직권 취소" }, allowedFrom: ["decided", "executing", "ended"] },
};

describe("disposition: every status × action through the API", () => {
  for (const status of DISPOSITION_STATUSES)
    for (const [action, spec] of Object.entries(ACTIONS)) {
      const allowed = spec.allowedFrom.includes(status);
      it(`${status} → ${action}: ${allowed ? "allowed" : "409"}`, async () => {
        const id = await dispositionIn(status);
        const res = await jongno.post(`/api/official/dispositions/${id}/${spec.url}`, spec.body);
        if (allowed) expect(res.statusCode, res.body).toBe(200);
        else expect(res.json()).toMatchObject({ status: 409, code: "DISPOSITION_TRANSITION_REFUSED" });
        const after = (await jongno.get(`/api/official/dispositions/${id}`)).json<DispositionDetail>();
        // Every allowed move is logged; a refused one changes nothing.
        expect(after.transitions).toHaveLength(allowed ? 1 : 0);
        if (!allowed) expect(after.status).toBe(status);
      });
    }
});
