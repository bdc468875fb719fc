import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InstitutionList } from "../../../test/api-types.ts";
import { actorOf, createTestApp, ids, listAllInstitutions, type TestApp } from "../../../test/helpers.ts";
import type { Actor, ActorCtx } from "../../platform/context.ts";

let t: TestApp;
let all: { id: string; sido_code: string; sigungu_code: string }[];
const nation = actorOf("nation", null);
const asActor = <T>(actor: Actor, fn: (ctx: ActorCtx) => Promise<T>) => t.scoped(actor, fn);

beforeAll(async () => {
  t = await createTestApp();
  all = await asActor(
    nation,
    async (ctx) =>
      (await ctx.tx.query<(typeof all)[number]>("select id, sido_code, sigungu_code from institution")).rows,
  );
});
afterAll(() => t.close());

const outside = (predicate: (i: (typeof all)[number]) => boolean) => {
  const found = all.find((i) => !predicate(i));
  if (!found) throw new Error("no institution outside the scope in the test data");
  return found;
};

describe.each([
  { username: "mohw", sees: () => true },
  { username: "eval.agency", sees: () => true },
  { username: "auditor", sees: () => true },
  { username: "sido.seoul", sees: (i: (typeof all)[number]) => i.sido_code === "11" },
  { username: "gu.jongno", sees: (i: (typeof all)[number]) => i.sigungu_code === "11110" },
  { username: "gu.mapo", sees: (i: (typeof all)[number]) => i.sigungu_code === "11440" },
])("official $username", ({ username, sees }) => {
  it("lists exactly the institutions of its jurisdiction", async () => {
    const client = await t.login(username);
    const listed = await listAllInstitutions(client);
    const expected = all.filter(sees).map((i) => i.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(listed.items.map((i) => i.id).sort()).toEqual(expected.sort());
    expect(listed.total).toBe(expected.length);
  });

  it("gets 404 for an institution outside its jurisdiction, for reading and for writing", async () => {
    if (sees === undefined || all.every(sees)) return;
    const client = await t.login(username);
    const foreign = outside(sees);
    expect((await client.get(`/api/official/institutions/${foreign.id}`)).statusCode).toBe(404);
    const write = await client.patch(`/api/official/institutions/${foreign.id}`, {
      phone: "02-123-4567",
      version: 1,
    });
    expect([404, 403]).toContain(write.statusCode);
    if (username.startsWith("gu.") || username.startsWith("sido.")) expect(write.statusCode).toBe(404);
    const own = all.find(sees);
    expect((await client.get(`/api/official/institutions/${own?.id}`)).statusCode).toBe(200);
  });
});

describe("a 시군구 official", () => {
  it("sees the same answer for an unknown id as for another 시군구's institution (no probing)", async () => {
    const jongno = await t.login("gu.jongno");
    const unknown = await jongno.get("/api/official/institutions/00000000-0000-4000-8000-000000000000");
    const foreign = await jongno.get(`/api/official/institutions/${ids().mapoInstitutionId}`);
    expect(unknown.statusCode).toBe(404);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe(unknown.json().detail);
  });

  it("cannot filter its way into another 시군구", async () => {
    const jongno = await t.login("gu.jongno");
    const r = await jongno.get("/api/official/institutions?sigungu=11440");
    expect(r.json().items).toEqual([]);
  });
});

describe("providers", () => {
  it("see only their own institution and cannot reach officials' routes", async () => {
    const admin = await t.login("provider.admin");
    const own = await admin.get("/api/provider/institution");
    expect(own.statusCode).toBe(200);
    expect(own.json().id).toBe(ids().jongnoInstitutionId);
    expect((await admin.get("/api/official/institutions")).statusCode).toBe(403);
    expect((await admin.get(`/api/official/institutions/${ids().mapoInstitutionId}`)).statusCode).toBe(403);
    const mapo = await t.login("provider.mapo");
    expect((await mapo.get("/api/provider/institution")).json().id).toBe(ids().mapoInstitutionId);
  });

  it("provider staff read but do not change the institution's contacts", async () => {
    const staff = await t.login("provider.staff");
    expect((await staff.get("/api/provider/institution")).statusCode).toBe(200);
    expect(
      (await staff.patch("/api/provider/institution", { phone: "02-765-4321", version: 1 })).statusCode,
    ).toBe(403);
  });
});

describe("support agency staff", () => {
  it("see only the institutions assigned to their agency, while the assignment runs", async () => {
    const assigned = await asActor(nation, async (ctx) =>
      (
        await ctx.tx.query<{ institution_id: string }>(
          `select distinct institution_id from agency_assignment where agency_id = $1
           and starts_on <= current_date and (ends_on is null or ends_on >= current_date)`,
          [ids().seoulAgencyId],
        )
      ).rows.map((r) => r.institution_id),
    );
    expect(assigned.length).toBeGreaterThan(0);
    const agency = await t.login("support.seoul");
    const r = await agency.get("/api/provider/agency/institutions");
    expect(r.statusCode).toBe(200);
    expect(
      r
        .json<Pick<InstitutionList, "items">>()
        .items.map((i) => i.id)
        .sort(),
    ).toEqual([...assigned].sort());
    expect((await agency.get("/api/provider/institution")).statusCode).toBe(403);
  });
});

describe("the system administrator and evaluators", () => {
  it("have no access to the register by default", async () => {
    for (const username of ["sysadmin", "evaluator"]) {
      const client = await t.login(username);
      expect((await client.get("/api/official/institutions")).statusCode).toBe(403);
      expect((await client.get("/api/provider/institution")).statusCode).toBe(403);
    }
  });
});

describe("row-level security (the second wall)", () => {
  it("filters rows even when a query forgets its WHERE", async () => {
    const jongno = actorOf("sigungu", "11110");
    const rows = await asActor(
      jongno,
      async (ctx) =>
        (await ctx.tx.query<{ sigungu_code: string }>("select sigungu_code from institution")).rows,
    );
    expect(rows.length).toBe(all.filter((i) => i.sigungu_code === "11110").length);
    expect(new Set(rows.map((r) => r.sigungu_code))).toEqual(new Set(["11110"]));
    const staffOutside = await asActor(
      jongno,
      async (ctx) =>
        (await ctx.tx.query<{ n: number }>("select count(*) as n from staff where sigungu_code <> '11110'"))
          .rows[0]?.n,
    );
    expect(staffOutside).toBe(0);
  });

  it("shows nothing without a scope, and refuses to write a row outside it", async () => {
    const { rows } = await t.db.query<{ n: number }>("select count(*) as n from institution");
    expect(rows[0]?.n).toBe(0);
    const mapo = actorOf("sigungu", "11440");
    const updated = await asActor(
      mapo,
      async (ctx) =>
        (
          await ctx.tx.query("update institution set phone = '02-000-0000' where id = $1", [
            ids().jongnoInstitutionId,
          ])
        ).rowCount,
    );
    expect(updated).toBe(0);
  });
});
