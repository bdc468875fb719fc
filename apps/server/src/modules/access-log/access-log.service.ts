import { recordAccess } from "../../platform/audit.ts";
import type { Actor, Ctx } from "../../platform/context.ts";
import * as repo from "./access-log.repository.ts";
import type { AccessLogQuery } from "./access-log.schemas.ts";

/** Searching the log is itself logged: who reviewed what, when. */
export async function searchAccessLog(ctx: Ctx & { actor: Actor }, query: AccessLogQuery) {
  const page = await repo.searchAccessLog(ctx.tx, ctx.actor, query);
  await recordAccess(ctx, { action: "list", targetType: "access_log", details: { filter: query } });
  return page;
}
