import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** What every repository needs: parameterised SQL. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
}

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

/** A transaction handle: queries plus multi-statement SQL without parameters. */
export interface Transaction extends Queryable {
  exec(sql: string): Promise<void>;
}

export interface TransactionOptions {
  settings?: Record<string, string>;
}

export interface Database extends Queryable {
  readonly kind: "pglite" | "postgres";
  /**
   * Runs fn in one transaction; commits when it resolves, rolls back when it throws. `settings` are set for
   * the transaction only (set_config(…, true)) before fn runs: on the server in the same round trip as BEGIN.
   */
  transaction<T>(fn: (tx: Transaction) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Runs fn's statements for reading only: each runs read-only, with the settings, in a transaction of its
   * own. On the server a statement already prepared on the connection goes in one message with the settings
   * (`EXECUTE` with its values as quoted literals), one round trip instead of BEGIN, the statement and COMMIT.
   * For reads that need no atomicity: under READ COMMITTED each statement of a transaction sees its own
   * snapshot anyway, so only `set local`, cursors and the like would behave differently.
   */
  read<T>(fn: (q: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Bulk load tab-separated rows (COPY … FROM STDIN in text format). */
  copyRows(table: string, columns: readonly string[], tsv: string): Promise<void>;
  /** The embedded database's files as a tarball (PGlite only), to clone a prepared database quickly. */
  dump(): Promise<Blob>;
  /** Switch this connection (or every pooled one) to the application role, so RLS applies. */
  useAppRole(): Promise<void>;
  close(): Promise<void>;
}

export const APP_ROLE = "ssis_app";

// Dates stay 'YYYY-MM-DD' strings (no time-zone shifts); counts become numbers.
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

export interface OpenDatabaseOptions {
  /** postgres://… to use a PostgreSQL server; otherwise the embedded PGlite. */
  url?: string;
  /** Folder for the embedded database; omitted means in memory. */
  dataDir?: string;
  poolSize?: number;
  /** Start an in-memory PGlite from a dump (dumpDataDir), e.g. a migrated test template. */
  fromDump?: Blob;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 20);
  return openPglite(options.dataDir, options.fromDump);
}

/** Every connection reasons in Korean time (PostgreSQL's TimeZone), on both engines. */
const SESSION_TIME_ZONE = "Asia/Seoul";

async function openPglite(dataDir: string | undefined, fromDump?: Blob): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create({
    dataDir,
    loadDataDir: fromDump,
    extensions: { pg_trgm },
    parsers: {
      [DATE_OID]: (v: string) => v,
      [INT8_OID]: (v: string) => Number(v),
      [NUMERIC_OID]: (v: string) => Number(v),
    },
  });
  await lite.exec(`set time zone '${SESSION_TIME_ZONE}'`);
  const wrap = (q: Pick<PGlite, "query">): Queryable => ({
    async query<T>(sql: string, params?: readonly unknown[]) {
      const r = await q.query<T>(sql, params as unknown[] | undefined);
      // PGlite reports affectedRows 0 for a SELECT; rows answer for queries, affectedRows for DML.
      return { rows: r.rows, rowCount: r.rows.length > 0 ? r.rows.length : (r.affectedRows ?? 0) };
    },
  });
  const self = wrap(lite);
  const begin = async (tx: Pick<PGlite, "query">, options?: TransactionOptions, readOnly = false) => {
    if (readOnly) await tx.query("set transaction read only");
    const settings = Object.entries(options?.settings ?? {});
    if (settings.length > 0)
      await tx.query(
        `select ${settings.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(", ")}`,
        settings.flat(),
      );
  };
  return {
    kind: "pglite",
    query: self.query,
    transaction: (fn, options) =>
      lite.transaction(async (tx) => {
        await begin(tx, options);
        return fn({
          ...wrap(tx),
          exec: async (sql) => {
            await tx.exec(sql);
          },
        });
      }),
    // In process there are no round trips to save: one read-only transaction.
    read: (fn, options) =>
      lite.transaction(async (tx) => {
        await begin(tx, options, true);
        return fn(wrap(tx));
      }),
    exec: async (sql) => {
      await lite.exec(sql);
    },
    copyRows: async (table, columns, tsv) => {
      await lite.query(`copy ${table} (${columns.join(", ")}) from '/dev/blob'`, [], {
        blob: new Blob([tsv]),
      });
    },
    dump: () => lite.dumpDataDir("none"),
    useAppRole: async () => {
      await lite.exec(`set role ${APP_ROLE}`);
    },
    close: () => lite.close(),
  };
}

/**
 * Statements a pooled connection keeps prepared before it forgets them all (at its next release). Every
 * statement given a parameter list (even an empty one) runs as a named prepared statement: parsing,
 * rewriting under row-level security and planning cost PostgreSQL more than running a list's page
 * (docs/benchmarks.md), and a prepared statement does them once per connection. The list builds its SQL
 * from the chosen filters, so the texts are many but finite; the bound keeps a connection's memory in check.
 */
export const PREPARED_PER_CONNECTION = 200;

/** node-pg keeps, per connection, the names it has prepared; it has no call to forget them. */
interface PreparedState {
  parsedStatements?: Record<string, string>;
}

const statementName = (sql: string) => `s_${createHash("sha1").update(sql).digest("base64url")}`;

// node-pg's own conversion of a parameter to its text form (arrays, dates, JSON), as the extended protocol sends it.
const { prepareValue } = createRequire(import.meta.url)("pg/lib/utils") as {
  prepareValue(value: unknown): string | Buffer | null;
};

/** A parameter as a quoted literal of unknown type, which PostgreSQL converts like a bound parameter. */
function literalOf(client: pg.PoolClient, value: unknown): string {
  const text = prepareValue(value);
  if (text === null) return "null";
  if (Buffer.isBuffer(text)) return `'\\x${text.toString("hex")}'`;
  return client.escapeLiteral(text);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  pg.types.setTypeParser(DATE_OID, (v) => v);
  pg.types.setTypeParser(INT8_OID, (v) => Number(v));
  pg.types.setTypeParser(NUMERIC_OID, (v) => Number(v));
  const makePool = (role?: string) => {
    // The role is a start-up parameter, so no connection ever runs a query with the owner's rights.
    return new pg.Pool({
      connectionString: url,
      max: poolSize,
      // Korean time for implicit date conversions too (a timestamp's date, a date's midnight), whatever the
      // server's zone; "today" itself is app_today() (migration 0021).
      options: `-c TimeZone=${SESSION_TIME_ZONE}${role ? ` -c role=${role}` : ""}`,
    });
  };
  let pool = makePool();
  const preparedOf = (c: pg.PoolClient) =>
    (c as unknown as { connection?: PreparedState }).connection?.parsedStatements;
  const run = async <T>(c: pg.PoolClient, sql: string, params?: readonly unknown[]) => {
    // Without a parameter list the text may hold several statements, which only the simple protocol runs.
    const named = params !== undefined && preparedOf(c) !== undefined;
    const r = named
      ? await c.query({ name: statementName(sql), text: sql, values: params as unknown[] })
      : await c.query(sql, params as unknown[] | undefined);
    return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
  };
  // Outside any transaction (after its commit or rollback), before the connection goes back to the pool.
  const release = async (c: pg.PoolClient) => {
    const prepared = preparedOf(c);
    if (prepared && Object.keys(prepared).length > PREPARED_PER_CONNECTION) {
      try {
        await c.query("deallocate all");
        for (const name of Object.keys(prepared)) delete prepared[name];
      } catch (error) {
        // The connection's state is unknown: the pool closes it instead of handing it out again.
        c.release(error instanceof Error ? error : true);
        return;
      }
    }
    c.release();
  };
  const withClient = async <T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await fn(client);
    } finally {
      await release(client);
    }
  };
  // The settings as one select of quoted literals, to go in the same message as what comes before or after.
  const settingsOf = (client: pg.PoolClient, options?: TransactionOptions) => {
    const calls = Object.entries(options?.settings ?? {}).map(
      ([name, value]) => `set_config(${client.escapeLiteral(name)}, ${client.escapeLiteral(value)}, true)`,
    );
    return calls.length > 0 ? `; select ${calls.join(", ")}` : "";
  };
  const inTransaction = async <T>(client: pg.PoolClient, begin: string, fn: () => Promise<T>): Promise<T> => {
    await client.query(begin);
    try {
      const result = await fn();
      await client.query("commit");
      return result;
    } catch (error) {
      await client.query("rollback").catch(() => undefined);
      throw error;
    }
  };
  return {
    kind: "postgres",
    query: (sql, params) => withClient((c) => run(c, sql, params)),
    transaction: (fn, options) =>
      withClient((client) =>
        // One simple-protocol message: BEGIN and the settings, a round trip saved per request.
        inTransaction(client, `begin${settingsOf(client, options)}`, () =>
          fn({
            query: (sql, params) => run(client, sql, params),
            exec: async (sql) => {
              await client.query(sql);
            },
          }),
        ),
      ),
    read: (fn, options) =>
      withClient((client) => {
        const head = `set transaction read only${settingsOf(client, options)}`;
        return fn({
          async query<T>(sql: string, params?: readonly unknown[]) {
            const name = statementName(sql);
            const prepared = preparedOf(client);
            if (params === undefined || prepared?.[name] === undefined)
              // Not prepared on this connection yet (or not to be): prepared here, in a transaction of its own.
              return inTransaction(client, `begin; ${head}`, () => run<T>(client, sql, params));
            // A simple-protocol message of several statements is one transaction, so the settings hold for
            // the statement and end with it; an error rolls the whole message back and leaves the connection idle.
            const values = params.map((value) => literalOf(client, value)).join(", ");
            const results = (await client.query(
              `${head}; execute ${client.escapeIdentifier(name)}${values ? `(${values})` : ""}`,
            )) as unknown as pg.QueryResult[];
            const last = results[results.length - 1] as pg.QueryResult;
            return { rows: last.rows as T[], rowCount: last.rowCount ?? last.rows.length };
          },
        });
      }),
    exec: async (sql) => {
      await pool.query(sql);
    },
    async copyRows(table, columns, tsv) {
      const client = await pool.connect();
      try {
        await new Promise<void>((resolve, reject) => {
          const stream = client.query(copyFrom(`copy ${table} (${columns.join(", ")}) from stdin`));
          stream.on("finish", resolve);
          stream.on("error", reject);
          stream.end(tsv);
        });
      } finally {
        client.release();
      }
    },
    dump: () => Promise.reject(new Error("dump is only available on the embedded database")),
    async useAppRole() {
      // A fresh pool, so no connection opened with the owner's rights stays in use.
      const old = pool;
      pool = makePool(APP_ROLE);
      await old.end();
    },
    close: () => pool.end(),
  };
}
