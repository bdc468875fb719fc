/**
 * The list past COUNT_CAP matches (issue 4): capped counts, common search terms read in page order, and the
 * streamed Excel download. The shared test register has 150 institutions, so this file adds 2,500 to
 * 종로구 named 가람N호 돌봄센터 (초성 ㄱㄹNㅎㄷㅂㅅㅌ), every tenth of them suspended: more than the
 * 2,000 matches a search reads by id (SEARCH_IDS), so 가람 and ㄱㄹ are common terms; and 600 named
 * 나래숲 쉼터 N (ㄴㄹㅅㅅㅌN), a third of them in 마포구, for a 초성 with some hundreds of matches.
 */
import { toInitials } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InstitutionList } from "../../../test/api-types.ts";
import {
  actorOf,
  createTestApp,
  listAllInstitutions,
  sheetRows,
  type TestApp,
  type TestClient,
  workbookOf,
} from "../../../test/helpers.ts";
import type { ActorCtx } from "../../platform/context.ts";
import { COUNT_CAP, openExport } from "./institutions.repository.ts";

interface Row {
  id: string;
  name: string;
  road_address: string;
  sigungu_code: string;
  status: string;
  name_initials: string;
}

const ADDED = 2500;
const NARAE = 600;
let t: TestApp;
let all: Row[];
let mohw: TestClient;
let jongno: TestClient;
let mapo: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  all = await t.asOwner(async (db) => {
    await db.query(
      `insert into institution (name, type_code, sido_code, sigungu_code, road_address, operator_kind,
         operator_name, status, capacity)
       select '가람' || n || '호 돌봄센터', 'ELD-MED-NURSING', '11', '11110', '서울특별시 종로구 가람길 ' || n,
         'individual', '가람복지', case when n % 10 = 0 then 'suspended' else 'operating' end, n % 50
       from generate_series(1, $1::integer) as n`,
      [ADDED],
    );
    // 나래숲 쉼터 N (ㄴㄹㅅㅅㅌ): between PAIRS_FROM and COUNT_CAP matches, in 종로구 and 마포구.
    await db.query(
      `insert into institution (name, type_code, sido_code, sigungu_code, road_address, operator_kind,
         operator_name, status, capacity)
       select '나래숲 쉼터 ' || n, 'ELD-MED-NURSING', '11', case when n % 3 = 0 then '11440' else '11110' end,
         '서울특별시 나래길 ' || n, 'individual', '나래복지', 'operating', n % 40
       from generate_series(1, $1::integer) as n`,
      [NARAE],
    );
    await db.exec("analyze institution");
    return (
      await db.query<Row>(
        "select id, name, road_address, sigungu_code, status, name_initials from institution",
      )
    ).rows;
  });
  mohw = await t.login("mohw");
  jongno = await t.login("gu.jongno");
  mapo = await t.login("gu.mapo");
});
afterAll(() => t.close());

async function page(client: TestClient, query: Record<string, string>) {
  const r = await client.get(`/api/official/institutions?${new URLSearchParams(query)}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json<InstitutionList>();
}

/** Runs fn as a 시군구 official of that 시군구, straight on the repository (no HTTP). */
const asSigunguOfficial = <T>(code: string, fn: (ctx: ActorCtx) => Promise<T>) =>
  t.scoped(actorOf("sigungu", code), fn);

const byNameThenId = (a: Row, b: Row) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const inJongno = (r: Row) => r.sigungu_code === "11110";
const expectedIds = (keep: (r: Row) => boolean) =>
  all
    .filter(keep)
    .sort(byNameThenId)
    .map((r) => r.id);

describe("counting the first page", () => {
  it("counts up to 1,000 and says there are more; count=exact gives the number", async () => {
    expect(all.length).toBeGreaterThan(COUNT_CAP);
    const capped = await page(mohw, {});
    expect(capped).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expect(await page(mohw, { count: "exact" })).toMatchObject({ total: all.length, totalCapped: false });
    expect(await page(jongno, {})).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    const small = await page(mapo, {});
    expect(small.totalCapped).toBe(false);
    expect(small.total).toBe(all.filter((r) => r.sigungu_code === "11440").length);
  });

  it("counts exactly when a filter narrows a common search below the cap", async () => {
    const expected = expectedIds(
      (r) => inJongno(r) && r.status === "suspended" && r.name_initials.includes("ㄱㄹ"),
    );
    expect(expected.length).toBeGreaterThan(100);
    const { items, total, totalCapped } = await listAllInstitutions(jongno, {
      q: "ㄱㄹ",
      status: "suspended",
    });
    expect({ total, totalCapped }).toEqual({ total: expected.length, totalCapped: false });
    expect(items.map((i) => i.id)).toEqual(expected);
  });

  it("refuses an unknown count mode", async () => {
    const r = await mohw.get("/api/official/institutions?count=all");
    expect(r.statusCode).toBe(400);
  });
});

describe("searching by a term with more matches than the count's cap", () => {
  it("gives the exact count when it has read every match by id", async () => {
    // 가람1, 가람10–19, 가람100–199, 가람1000–1999: 1,111 matches, fewer than SEARCH_IDS.
    const expected = expectedIds((r) => r.name.includes("가람1") || r.road_address.includes("가람1"));
    expect(expected.length).toBe(1111);
    const { items, total, totalCapped } = await listAllInstitutions(mohw, { q: "가람1" });
    expect({ total, totalCapped }).toEqual({ total: 1111, totalCapped: false });
    expect(items.map((i) => i.id)).toEqual(expected);
  });

  it("lists every match of a 2-consonant 초성, in name order, across pages", async () => {
    for (const [client, inScopeOf] of [
      [mohw, () => true],
      [jongno, inJongno],
    ] as const) {
      const expected = expectedIds((r) => inScopeOf(r) && toInitials(r.name).includes("ㄱㄹ"));
      expect(expected.length).toBeGreaterThan(COUNT_CAP);
      const { items, total, totalCapped } = await listAllInstitutions(client, { q: "ㄱㄹ" });
      expect({ total, totalCapped }).toEqual({ total: COUNT_CAP, totalCapped: true });
      expect(items.map((i) => i.id)).toEqual(expected);
    }
  });

  it("lists every match of a 2-character fragment of the name or the road address", async () => {
    const expected = expectedIds((r) => r.name.includes("가람") || r.road_address.includes("가람"));
    expect(expected.length).toBeGreaterThan(COUNT_CAP);
    const { items, totalCapped } = await listAllInstitutions(mohw, { q: "가람" });
    expect(totalCapped).toBe(true);
    expect(items.map((i) => i.id)).toEqual(expected);
    const exact = await page(mohw, { q: "가람", count: "exact" });
    expect(exact).toMatchObject({ total: expected.length, totalCapped: false });
  });

  it("pages by capacity, largest first, for a common term", async () => {
    const { items } = await listAllInstitutions(jongno, { q: "ㄱㄹ", sort: "-capacity" });
    const expected = all.filter((r) => inJongno(r) && r.name_initials.includes("ㄱㄹ"));
    expect(new Set(items.map((i) => i.id))).toEqual(new Set(expected.map((r) => r.id)));
    expect(items).toHaveLength(expected.length);
  });

  it("keeps another 시군구's matches out", async () => {
    const { items, total } = await listAllInstitutions(mapo, { q: "ㄱㄹ" });
    const expected = expectedIds((r) => r.sigungu_code === "11440" && r.name_initials.includes("ㄱㄹ"));
    expect(total).toBe(expected.length);
    expect(items.map((i) => i.id)).toEqual(expected);
  });
});

describe("searching by 1 or 2 consonants with few matches (the grams index)", () => {
  it("finds exactly the names containing them, with an exact count", async () => {
    // A pair of consonants in a few names of the synthetic register.
    const counts = new Map<string, number>();
    for (const r of all)
      for (const pair of new Set([...r.name_initials].slice(1).map((c, k) => `${r.name_initials[k]}${c}`)))
        if (/^[ㄱ-ㅎ]{2}$/.test(pair)) counts.set(pair, (counts.get(pair) ?? 0) + 1);
    const rare = [...counts].find(([, n]) => n >= 2 && n <= 30)?.[0];
    if (!rare) throw new Error("no rare pair of consonants in the test register");
    const expected = expectedIds((r) => r.name_initials.includes(rare));
    const { items, total, totalCapped } = await listAllInstitutions(mohw, { q: rare });
    expect({ total, totalCapped }).toEqual({ total: expected.length, totalCapped: false });
    expect(items.map((i) => i.id)).toEqual(expected);
  });

  it("stores the 초성 with the name and follows a change of the name", async () => {
    for (const r of all) expect(r.name_initials, r.name).toBe(toInitials(r.name));
    const one = all.find((r) => r.name.startsWith("가람7호"));
    const renamed = await t.asOwner(
      async (db) =>
        (
          await db.query<{ name_initials: string }>(
            "update institution set name = '푸른숲 쉼터' where id = $1 returning name_initials",
            [one?.id],
          )
        ).rows[0],
    );
    expect(renamed?.name_initials).toBe("ㅍㄹㅅㅅㅌ");
    const found = await listAllInstitutions(jongno, { q: "ㅍㄹㅅ" });
    expect(found.items.map((i) => i.id)).toContain(one?.id);
    await t.asOwner((db) => db.query("update institution set name = $2 where id = $1", [one?.id, one?.name]));
  });
});

describe("searching by a 초성 through the lists of its pairs of consonants (migration 0018)", () => {
  const matching = (term: string, keep: (r: Row) => boolean = () => true) =>
    expectedIds((r) => keep(r) && r.name_initials.includes(term));

  it("lists every match of 3 or more consonants in name order, both directions, the same before and after the term is known to be common", async () => {
    // The first request looks ㅎㄷㅂ up (2,500+ matches); the later ones walk the shortest pair's list.
    const expected = matching("ㅎㄷㅂ");
    expect(expected.length).toBeGreaterThan(2000);
    for (let round = 0; round < 2; round++) {
      const { items, total, totalCapped } = await listAllInstitutions(mohw, { q: "ㅎㄷㅂ" });
      expect({ total, totalCapped }).toEqual({ total: COUNT_CAP, totalCapped: true });
      expect(items.map((i) => i.id)).toEqual(expected);
    }
    const backwards = await listAllInstitutions(mohw, { q: "ㅎㄷㅂ", sort: "-name" });
    expect(backwards.items.map((i) => i.id)).toEqual([...expected].reverse());
    const jongnoItems = await listAllInstitutions(jongno, { q: "ㄷㅂㅅㅌ" });
    expect(jongnoItems.items.map((i) => i.id)).toEqual(matching("ㄷㅂㅅㅌ", inJongno));
  });

  it("counts exactly under the cap, in scope and with a region filter, on the first and later requests", async () => {
    const all3 = matching("ㄴㄹㅅㅅ");
    expect(all3.length).toBeGreaterThan(200);
    expect(all3.length).toBeLessThanOrEqual(COUNT_CAP);
    for (let round = 0; round < 2; round++) {
      const nation = await listAllInstitutions(mohw, { q: "ㄴㄹㅅㅅ" });
      expect({ total: nation.total, totalCapped: nation.totalCapped }).toEqual({
        total: all3.length,
        totalCapped: false,
      });
      expect(nation.items.map((i) => i.id)).toEqual(all3);
      const inMapo = await listAllInstitutions(mohw, { q: "ㄴㄹㅅㅅ", sigungu: "11440" });
      const mapoExpected = matching("ㄴㄹㅅㅅ", (r) => r.sigungu_code === "11440");
      expect(inMapo.total).toBe(mapoExpected.length);
      expect(inMapo.items.map((i) => i.id)).toEqual(mapoExpected);
      const own = await listAllInstitutions(mapo, { q: "ㄴㄹㅅㅅ" });
      expect(own.items.map((i) => i.id)).toEqual(mapoExpected);
      // A filter the lists do not hold (status) is read from the register instead.
      const operating = await listAllInstitutions(jongno, { q: "ㄴㄹㅅㅅ", status: "operating" });
      expect(operating.items.map((i) => i.id)).toEqual(
        matching("ㄴㄹㅅㅅ", (r) => inJongno(r) && r.status === "operating"),
      );
    }
  });

  it("keeps the lists equal to the register through inserts, renames, moves and deletes", async () => {
    const drift = () =>
      t.asOwner(async (db) => {
        const { rows } = await db.query<{ n: string }>(
          `with kept as (select gram, name, id, name_initials, sido_code, sigungu_code
                           from institution_initials_gram),
                due as (select p as gram, name, id, name_initials, sido_code, sigungu_code
                          from institution, unnest(hangul_initials_pairs(name_initials)) as p)
           select (select count(*) from (select * from kept except select * from due) a)
                + (select count(*) from (select * from due except select * from kept) b) as n`,
        );
        return Number(rows[0]?.n);
      });
    expect(await drift()).toBe(0);
    const one = all.find((r) => r.name === "나래숲 쉼터 1");
    if (!one) throw new Error("나래숲 쉼터 1 missing");
    await t.asOwner(async (db) => {
      await db.query("update institution set name = '해오름 쉼터' where id = $1", [one.id]);
      await db.query("update institution set sigungu_code = '11440' where id = $1", [one.id]);
      await db.query("update institution set capacity = 7 where name like '나래숲 쉼터 1%'");
    });
    expect(await drift()).toBe(0);
    expect((await listAllInstitutions(jongno, { q: "ㅎㅇㄹ" })).items.map((i) => i.id)).not.toContain(one.id);
    expect((await listAllInstitutions(mapo, { q: "ㅎㅇㄹ" })).items.map((i) => i.id)).toContain(one.id);
    expect((await listAllInstitutions(mapo, { q: "ㄴㄹㅅㅅ" })).items.map((i) => i.id)).not.toContain(one.id);
    const added = await t.asOwner(async (db) => {
      const { rows } = await db.query<{ id: string }>(
        `insert into institution (name, type_code, sido_code, sigungu_code, road_address, operator_kind,
           operator_name, status)
         values ('해오름 돌봄', 'ELD-MED-NURSING', '11', '11110', '서울특별시 종로구 해길 1', 'individual',
           '해오름', 'operating') returning id`,
      );
      return rows[0]?.id as string;
    });
    expect(await drift()).toBe(0);
    expect((await listAllInstitutions(jongno, { q: "ㅎㅇㄹ" })).items.map((i) => i.id)).toEqual([added]);
    await t.asOwner(async (db) => {
      await db.query("delete from institution where id = $1", [added]);
      await db.query("update institution set name = $2, sigungu_code = $3 where id = $1", [
        one.id,
        one.name,
        one.sigungu_code,
      ]);
    });
    expect(await drift()).toBe(0);
  });

  it("shows the application role only the entries of its scope", async () => {
    const seen = await asSigunguOfficial(
      "11440",
      async (ctx) =>
        (
          await ctx.tx.query<{ sigungu_code: string; n: string }>(
            "select sigungu_code, count(*) as n from institution_initials_gram group by sigungu_code",
          )
        ).rows,
    );
    expect(seen.map((r) => r.sigungu_code)).toEqual(["11440"]);
    expect(Number(seen[0]?.n)).toBeGreaterThan(0);
  });
});

const readSheet = async (body: Buffer) => sheetRows(await workbookOf(body), "기관 현황").slice(1);

describe("Excel download of a large list", () => {
  it("streams the rows of a common search exactly as the list pages them, and logs the count", async () => {
    const listed = await listAllInstitutions(jongno, { q: "ㄱㄹ" });
    const r = await jongno.get(
      `/api/official/institutions/export.xlsx?${new URLSearchParams({ q: "ㄱㄹ", reason: "대량 목록 점검" })}`,
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers["content-length"]).toBeUndefined();
    expect(r.headers["x-total-count"]).toBe(String(listed.items.length));
    const rows = await readSheet(r.rawPayload);
    expect(rows.map((row) => row[0])).toEqual(listed.items.map((i) => i.name));
    const entry = await t.lastAccessLog<{ rows: number; complete?: boolean }>({ action: "export" });
    expect(entry?.username).toBe("gu.jongno");
    expect(entry?.details.rows).toBe(listed.items.length);
    expect(entry?.details.complete).toBeUndefined();
  });

  it("reads the rows in keyset batches that together equal the list", async () => {
    const filters = { q: "가람", status: "operating" as const, sort: "-capacity" as const };
    const exported = await asSigunguOfficial("11110", async (ctx) => {
      const { total, batches } = await openExport(ctx.tx, ctx.actor, filters, 97);
      const ids: string[] = [];
      let count = 0;
      for await (const batch of batches) {
        expect(batch.length).toBeLessThanOrEqual(97);
        ids.push(...batch.map((b) => b.id));
        count++;
      }
      return { total, ids, count };
    });
    const listed = await listAllInstitutions(jongno, filters);
    expect(exported.count).toBeGreaterThan(10);
    expect(exported.total).toBe(listed.items.length);
    expect(exported.ids).toEqual(listed.items.map((i) => i.id));
  });
});
