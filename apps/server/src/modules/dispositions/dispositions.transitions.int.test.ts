import { addCalendarDays, DISPOSITION_STATUSES, type DispositionStatus, koreaToday } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, ids, type TestClient } from "../../../test/helpers.ts";

/** Every status × action of the disposition procedure through the API (the domain test covers the rules). */
let t: Awaited<ReturnType<typeof createTestApp>>;
let jongno: TestClient;
let officialId: string;

const owner = <T>(sql: string, params: unknown[] = []) =>
  t.asOwner(async (db) => (await db.query<T>(sql, params)).rows);
const today = () => koreaToday();

beforeAll(async () => {
  t = await createTestApp();
  jongno = await t.login("gu.jongno");
  const [u] = await owner<{ id: string }>("select id from app_user where username = 'gu.jongno'");
  officialId = u?.id as string;
});
afterAll(() => t.close());

/** A disposition in the given status, with the dates that status implies (the opinion period already over). */
async function dispositionIn(status: DispositionStatus): Promise<string> {
  const noticed = status !== "draft";
  const decided = ["decided", "executing", "ended", "cancelled"].includes(status);
  const [row] = await owner<{ id: string }>(
    `insert into disposition (institution_id, institution_name, sido_code, sigungu_code, authority_kind, authority_code,
       authority_name, operator_key, law_code, table_key, table_name, status, proposed_label, measure, measure_label,
       explanation, pre_notice_on, opinion_due_on, decided_on, created_by, created_by_name)
     select i.id, i.name, i.sido_code, i.sigungu_code, 'sigungu', '11110', '서울특별시 종로구청장', 'individual:시험',
            'SWS', 'SWS-B4-2019-06-12', '사회복지사업법 시행규칙 [별표 4]', $2, '개선명령',
            '{"kind":"improvementOrder"}', '개선명령', '시험', $3::date, $4::date, $5::date, $6, '시험'
       from institution i where i.id = $1 returning id`,
    [
      ids().jongnoInstitutionId,
      status,
      noticed ? addCalendarDays(today(), -20) : null,
      noticed ? addCalendarDays(today(), -10) : null,
      decided ? addCalendarDays(today(), -5) : null,
      officialId,
    ],
  );
  const id = row?.id as string;
  await owner(
    `insert into disposition_violation (disposition_id, institution_id, sido_code, sigungu_code, position, code,
       found_on, summary, repeat_count, measure_label, explanation)
     select d.id, d.institution_id, d.sido_code, d.sigungu_code, 1, 'SWS-6', $2::date, '시험', 1, '개선명령', '1차'
       from disposition d where d.id = $1`,
    [id, addCalendarDays(today(), -30)],
  );
  return id;
}

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
        const [after] = await owner<{ status: string; n: string }>(
          "select d.status, (select count(*) from disposition_transition x where x.disposition_id = d.id) as n from disposition d where d.id = $1",
          [id],
        );
        // Every allowed move is logged; a refused one changes nothing.
        expect(Number(after?.n)).toBe(allowed ? 1 : 0);
        if (!allowed) expect(after?.status).toBe(status);
      });
    }
});
