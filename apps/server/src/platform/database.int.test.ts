import { APP_ROLE, type Database, PREPARED_PER_CONNECTION } from "@ssis/db";
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

// Database.read: on the server, a statement the connection has prepared goes in one message with the settings.
describe("reads, each statement on its own", () => {
  let db: Database;
  beforeAll(async () => {
    db = (await openTestDatabase()).db;
    await db.exec("create table read_probe (id int primary key, note text)");
  });
  afterAll(async () => {
    await db.close();
  });

  const probe = "select current_setting('app.scope_code', true) as code, $1::text as text, $2::int[] as ids";
  const tricky = 'it\'s \\ "인용" ; select 1 --';

  it("holds the settings and the values, quotes included, the first time and from the prepared form", async () => {
    // Five times in a row: the pool hands out the connection released last, so all but the first run prepared.
    for (const code of ["11110", "11140", "it's \\ 종로구", "11110", "26"]) {
      const row = await db.read(async (q) => (await q.query(probe, [tricky, [1, null, 3]])).rows[0], {
        settings: { "app.scope_code": code },
      });
      expect(row).toEqual({ code, text: tricky, ids: [1, null, 3] });
    }
    const after = await db.read(async (q) => (await q.query(probe, [null, null])).rows[0]);
    expect(after).toEqual({ code: db.kind === "postgres" ? "" : expect.anything(), text: null, ids: null });
  });

  it("leaves no setting behind on the connection", async () => {
    await db.read((q) => q.query(probe, ["a", []]), { settings: { "app.scope_code": "41110" } });
    await db.read((q) => q.query(probe, ["a", []]), { settings: { "app.scope_code": "41110" } });
    const { rows } = await db.query<{ v: string | null }>(
      "select current_setting('app.scope_code', true) as v",
    );
    expect(rows[0]?.v ?? "").toBe("");
  });

  it("answers dates, counts and bytes as the other statements do", async () => {
    const sql = "select $1::date as day, count(*) as n, $2::bytea as bytes from generate_series(1, $3::int)";
    for (let i = 0; i < 3; i++) {
      const row = await db.read(
        async (q) => (await q.query(sql, ["2026-07-01", Buffer.from([0, 1, 255]), 4])).rows[0],
      );
      expect(row?.day).toBe("2026-07-01");
      expect(row?.n).toBe(4);
      expect(Buffer.from(row?.bytes as Uint8Array)).toEqual(Buffer.from([0, 1, 255]));
    }
  });

  it("refuses to write, the first time and from the prepared form", async () => {
    for (let i = 0; i < 3; i++)
      await expect(
        db.read((q) => q.query("insert into read_probe (id, note) values ($1, $2)", [i, "x"])),
      ).rejects.toThrow(/read-only/);
    expect((await db.query("select * from read_probe")).rows).toEqual([]);
  });

  it("a statement that fails leaves the connection usable, with nothing left of its settings", async () => {
    const divide = "select $1::int / $2::int as v, current_setting('app.scope_code', true) as code";
    expect(await db.read(async (q) => (await q.query(divide, [6, 3])).rows[0])).toEqual({ v: 2, code: "" });
    await expect(
      db.read((q) => q.query(divide, [6, 0]), { settings: { "app.scope_code": "11110" } }),
    ).rejects.toThrow(/division by zero/);
    const { rows } = await db.query<{ v: number; code: string | null }>(divide, [8, 4]);
    expect({ ...rows[0], code: rows[0]?.code ?? "" }).toEqual({ v: 2, code: "" });
  });

  it("applies row-level security from the scope of each read", async () => {
    // A table and policy of the test's own, read as the application role (the owner bypasses the policy).
    await db.exec(`
      create table read_scoped (code text, note text);
      insert into read_scoped values ('11110', '종로'), ('26110', '부산 중구');
      alter table read_scoped enable row level security;
      alter table read_scoped force row level security;
      create policy read_scoped_code on read_scoped using (code = current_setting('app.scope_code', true));
      grant select on read_scoped to ${APP_ROLE};
    `);
    await db.useAppRole();
    const notes = "select note from read_scoped where note <> $1 order by note";
    for (const [code, note] of [
      ["11110", "종로"],
      ["26110", "부산 중구"],
      ["11110", "종로"],
      ["", null],
    ] as const) {
      const seen = await db.read(async (q) => (await q.query<{ note: string }>(notes, ["-"])).rows, {
        settings: { "app.scope_code": code },
      });
      expect(seen.map((r) => r.note)).toEqual(note ? [note] : []);
    }
  });
});
