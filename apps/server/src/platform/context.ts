import type { Database, Queryable } from "@ssis/db";
import { koreaToday, type Role, type ScopeKind } from "@ssis/domain";
import type { Config } from "./config.ts";

/** The signed-in user as every policy, service and query sees them. */
export interface Actor {
  userId: string;
  username: string;
  name: string;
  role: Role;
  scope: { kind: ScopeKind; code: string | null };
}

/** What a use case receives: a transaction already scoped to the actor, and who and where they are. */
export interface Ctx {
  tx: Queryable;
  actor: Actor | null;
  clientIp: string;
  requestId: string;
  config: Config;
  /**
   * Runs fn once the transaction has committed (never after a rollback): to wake a job that sends what the
   * transaction wrote to the outbox. What it starts must not be needed for correctness: the outbox is
   * swept on a schedule anyway.
   */
  afterCommit(fn: () => void | Promise<void>): void;
}

/** What a use case for a signed-in user receives (every route but login and health): `asActor` builds it. */
export type ActorCtx = Ctx & { actor: Actor };

/**
 * Runs fn in one transaction whose PostgreSQL settings carry the actor's scope, so the row-level security
 * policies (migrations/0001) filter every table the query touches, whatever the query says.
 */
export async function inScope<T>(
  db: Database,
  base: Omit<Ctx, "tx" | "afterCommit">,
  fn: (ctx: Ctx) => Promise<T>,
  options: ScopeOptions = {},
): Promise<T> {
  const a = base.actor;
  const run = options.readOnly ? db.read.bind(db) : db.transaction.bind(db);
  const committed: Array<() => void | Promise<void>> = [];
  const afterCommit = (f: () => void | Promise<void>) => {
    committed.push(f);
  };
  const result = await run((tx) => fn({ ...base, tx, afterCommit }), {
    settings: {
      "app.scope_kind": a?.scope.kind ?? "none",
      "app.scope_code": a?.scope.code ?? "",
      "app.user_id": a?.userId ?? "",
      "app.role": a?.role ?? "",
      // The request's Korean date, read by app_today() (migration 0021) in scopes in force and dated rules.
      "app.today": koreaToday(),
      ...(options.genericPlans ? { plan_cache_mode: "force_generic_plan" } : {}),
    },
  });
  for (const f of committed) {
    // Best effort by design (see Ctx.afterCommit): a failure here must not fail a committed request.
    void Promise.resolve()
      .then(f)
      .catch(() => undefined);
  }
  return result;
}

export interface ScopeOptions {
  /**
   * Run prepared statements on their generic plan from the first execution. For the register's list, whose
   * filters are literals and whose parameters are cursor values and search patterns: PostgreSQL otherwise
   * planned a keyset page anew on every request, its generic plan looking a little costlier than a plan for
   * the cursor's own value (docs/benchmarks.md). Not for statements whose best plan depends on a parameter.
   */
  genericPlans?: boolean;
  /**
   * Reads only, each statement on its own (`Database.read`): a statement the connection has prepared goes to
   * PostgreSQL in one message with the scope, one round trip instead of three. For the register's list, the
   * busiest read, whose page is one statement; its socket writes were a third of the server's CPU.
   */
  readOnly?: boolean;
}
