import type { Database, Queryable } from "@ssis/db";
import type { Role, ScopeKind } from "@ssis/domain";
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
}

/**
 * Runs fn in one transaction whose PostgreSQL settings carry the actor's scope, so the row-level security
 * policies (migrations/0001) filter every table the query touches, whatever the query says.
 */
export async function inScope<T>(
  db: Database,
  base: Omit<Ctx, "tx">,
  fn: (ctx: Ctx) => Promise<T>,
): Promise<T> {
  const a = base.actor;
  return db.transaction((tx) => fn({ ...base, tx }), {
    settings: {
      "app.scope_kind": a?.scope.kind ?? "none",
      "app.scope_code": a?.scope.code ?? "",
      "app.user_id": a?.userId ?? "",
      "app.role": a?.role ?? "",
    },
  });
}
