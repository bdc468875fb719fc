import { type Database, PREPARED_PER_CONNECTION } from "@ssis/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testConfig } from "../../test/helpers.ts";
import { type Ctx, inScope } from "./context.ts";

// On the PostgreSQL server every parameterised statement is a named prepared statement (packages/db); a
// connection forgets them all once it holds more than PREPARED_PER_CONNECTION. PGlite prepares nothing.
describe("prepared statements on a pooled connection", () => {
  let db: Database;
  const prepared = async (q: Pick<Database, "query">) =>
    Number((await q.query<{ n: string }>("select count(*) as n from pg_prepared_statements")).rows[0]?.n);

  beforeAll(async () => {
    db = (await openTestDatabase()).db;
  });
  afterAll(async () => {
    await db.close();
  });

  it("runs a statement again from its prepared form and answers as before", async () => {
    for (const n of [1, 2, 3]) {
      const { rows } = await db.query<{ v: number }>("select $1::int * 10 as v", [n]);
      expect(rows).toEqual([{ v: n * 10 }]);
    }
  });

  it("forgets every prepared statement of a connection past the bound, and prepares them again on use", async () => {
    const distinct = PREPARED_PER_CONNECTION + 10;
    const during = await db.transaction(async (tx) => {
      for (let i = 0; i < distinct; i++) {
        const { rows } = await tx.query<{ v: number }>(`select $1::int + ${i} as v`, [1]);
        expect(rows[0]?.v).toBe(1 + i);
      }
      return prepared(tx);
    });
    // The pool hands out the connection released last, so the next transaction runs on the same one.
    const after = await db.transaction(async (tx) => {
      const before = await prepared(tx);
      const { rows } = await tx.query<{ v: number }>("select $1::int + 0 as v", [41]);
      expect(rows[0]?.v).toBe(41);
      return { before, reused: await prepared(tx) };
    });
    if (db.kind === "postgres") {
      expect(during).toBeGreaterThanOrEqual(distinct);
      expect(after.before).toBe(0);
      expect(after.reused).toBe(1);
    } else {
      expect(during).toBe(0);
    }
  });

  it("a statement that fails inside a transaction leaves the connection usable", async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query("select $1::int / 0 as v", [1]);
      }),
    ).rejects.toThrow(/division by zero/);
    const { rows } = await db.query<{ v: number }>("select $1::int / 1 as v", [7]);
    expect(rows).toEqual([{ v: 7 }]);
  });
});

describe("transaction settings", () => {
  let db: Database;
  beforeAll(async () => {
    db = (await openTestDatabase()).db;
  });
  afterAll(async () => {
    await db.close();
  });

  it("holds the settings, quotes included, for the transaction only", async () => {
    const setting = (q: Pick<Database, "query">) =>
      q.query<{ v: string | null }>("select current_setting('app.scope_code', true) as v");
    const inside = await db.transaction(async (tx) => (await setting(tx)).rows[0]?.v, {
      settings: { "app.scope_code": "it's \\ 종로구" },
    });
    expect(inside).toBe("it's \\ 종로구");
    const after = await db.transaction(async (tx) => (await setting(tx)).rows[0]?.v);
    expect(after ?? "").toBe("");
  });

  it("sets plan_cache_mode for that transaction only, and answers the same", async () => {
    const base = { actor: null, clientIp: "127.0.0.1", requestId: "t", config: testConfig() };
    const read = (ctx: Ctx) =>
      ctx.tx
        .query<{ mode: string; v: number }>(
          "select current_setting('plan_cache_mode') as mode, $1::int + 1 as v",
          [41],
        )
        .then((r) => r.rows[0]);
    expect(await inScope(db, base, read, { genericPlans: true })).toEqual({
      mode: "force_generic_plan",
      v: 42,
    });
    expect(await inScope(db, base, read)).toEqual({ mode: "auto", v: 42 });
  });
});
