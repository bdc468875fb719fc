import type { NotificationKind, Zone } from "@ssis/domain";
import type { Actor } from "./context.ts";

/**
 * The work inbox (내 할 일) is built from declarations: each module that has work waiting for someone declares
 * its kinds here-shaped (in its own `*.inbox.ts`, exported from its index.ts), and the composition root hands
 * them to the work-inbox module and the daily sweep. A new module adds its kinds by declaring them; neither
 * the inbox nor the sweep changes.
 */
export interface ScopeColumns {
  sido: string;
  sigungu: string;
  institution: string;
}

export interface InboxQuery {
  /** The signed-in user, or null for the nationwide sweep. */
  actor: Actor | null;
  /** The actor's jurisdiction on the given columns (`true` for the sweep); appends its own parameters. */
  inScope: (columns: ScopeColumns) => string;
  /** Appends a parameter and returns its placeholder. */
  param: (value: unknown) => string;
}

export interface InboxKindDefinition {
  kind: string;
  /** What the item asks, in Korean (a filter label). */
  label: string;
  portal: Zone;
  /**
   * One SELECT of the open items, with exactly these columns: id text, title text, institution_id uuid,
   * institution_name text, sigungu_code text, due_on date (null: no deadline), link text, vars jsonb (the
   * reminder template's variables).
   */
  select(q: InboxQuery): string;
  /** Reminders the daily sweep sends: 3 days before the due date and on the first day after it. */
  reminders?: {
    soon?: NotificationKind;
    overdue?: NotificationKind;
    /** Who is reminded: the institution's accounts, or the officials of its 시군구. */
    to: "institution" | "sigungu" | "both";
  };
}

/** A check the daily sweep runs that is not a deadline of an inbox item (end of a suspension …). */
export interface SweepDefinition {
  name: string;
  /** Runs in the sweep's transaction (nationwide, as the system); returns how many notices it wrote. */
  run(tx: import("@ssis/db").Queryable, today: string): Promise<number>;
}
