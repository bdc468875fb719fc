import type { Queryable } from "@ssis/db";
import {
  INSTITUTION_STATUS_LABELS,
  type InstitutionStatus,
  type RegisterField,
  type RegisterFields,
} from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { containsPattern, limitOffset } from "../../platform/paging.ts";
import { scopeColumns, scopeCondition } from "../../platform/scope.ts";
import type { ChangeRequestQuery, RegisterRecord } from "./register.schemas.ts";

/** Register field → column of `institution` (code constants, never user input). */
export const COLUMNS: Record<RegisterField, string> = {
  name: "name",
  typeCode: "type_code",
  sigunguCode: "sigungu_code",
  roadAddress: "road_address",
  addressDetail: "address_detail",
  postalCode: "postal_code",
  phone: "phone",
  fax: "fax",
  email: "email",
  homepage: "homepage",
  businessNo: "business_no",
  operatorKind: "operator_kind",
  operatorName: "operator_name",
  corporationNo: "corporation_no",
  headName: "head_name",
  headAppointedOn: "head_appointed_on",
  capacity: "capacity",
  openedOn: "opened_on",
  closedOn: "closed_on",
  status: "status",
};
const FIELD_LIST = Object.keys(COLUMNS) as RegisterField[];
const SELECT_FIELDS = FIELD_LIST.map((f) => `i.${COLUMNS[f]} as "${f}"`).join(", ");

const INSTITUTION_SCOPE = scopeColumns("i", "i.id");
const REQUEST_SCOPE = scopeColumns("cr");

export function pickFields(row: Record<string, unknown>): RegisterFields {
  return Object.fromEntries(FIELD_LIST.map((f) => [f, row[f] ?? null])) as unknown as RegisterFields;
}

/** The register entry of one institution within the actor's scope; `lock` for the transaction's update. */
export async function findRegister(
  tx: Queryable,
  actor: Actor,
  id: string,
  lock = false,
): Promise<RegisterRecord | null> {
  const params: unknown[] = [id];
  const scope = scopeCondition(actor, params, INSTITUTION_SCOPE);
  const { rows } = await tx.query<
    Record<string, unknown> & {
      id: string;
      version: number;
      sido_code: string;
      sido_name: string;
      sigungu_name: string | null;
      type_name: string;
      residential: string;
      current_users: number | null;
    }
  >(
    `select i.id, i.version, i.sido_code, rs.sido_name, rg.sigungu_name, t.type_name, t.residential,
       i.current_users, ${SELECT_FIELDS}
     from institution i
       join institution_type t on t.code = i.type_code
       join region rg on rg.code5 = i.sigungu_code
       join region rs on rs.code5 = i.sido_code || '000'
     where i.id = $1 and ${scope}${lock ? " for update of i" : ""}`,
    params,
  );
  const r = rows[0];
  if (!r) return null;
  const { rows: pending } = await tx.query<{ n: number }>(
    "select count(*)::int as n from change_request where institution_id = $1 and status = 'submitted'",
    [id],
  );
  const fields = pickFields(r);
  return {
    ...fields,
    id: r.id,
    version: r.version,
    sidoCode: r.sido_code,
    sidoName: r.sido_name,
    sigunguName: r.sigungu_name ?? "",
    typeName: r.type_name,
    residential: r.residential === "생활",
    currentUsers: r.current_users,
    statusLabel: INSTITUTION_STATUS_LABELS[fields.status],
    pendingChangeRequests: pending[0]?.n ?? 0,
  };
}

export async function findType(tx: Queryable, code: string) {
  const { rows } = await tx.query<{ code: string; type_name: string; residential: string }>(
    "select code, type_name, residential from institution_type where code = $1",
    [code],
  );
  const r = rows[0];
  return r ? { code: r.code, typeName: r.type_name, residential: r.residential === "생활" } : null;
}

/** A 시군구 in force (level 'sigungu'), with its 시도. */
export async function findSigungu(tx: Queryable, code5: string) {
  const { rows } = await tx.query<{
    code5: string;
    sido_code: string;
    sido_name: string;
    sigungu_name: string | null;
  }>(
    `select code5, sido_code, sido_name, sigungu_name from region
      where code5 = $1 and level = 'sigungu' and valid_to is null`,
    [code5],
  );
  const r = rows[0];
  return r
    ? { code5: r.code5, sidoCode: r.sido_code, sidoName: r.sido_name, sigunguName: r.sigungu_name }
    : null;
}

export async function insertInstitution(
  tx: Queryable,
  fields: RegisterFields,
  sidoCode: string,
  currentUsers: number | null,
): Promise<string> {
  const columns = [...FIELD_LIST.map((f) => COLUMNS[f]), "sido_code", "current_users"];
  const values = [...FIELD_LIST.map((f) => fields[f]), sidoCode, currentUsers];
  const { rows } = await tx.query<{ id: string }>(
    `insert into institution (${columns.join(", ")}) values (${columns.map((_, i) => `$${i + 1}`).join(", ")})
     returning id`,
    values,
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("institution insert returned no id");
  return id;
}

// ── status history: half-open periods [valid_from, valid_to) ─────────────────
export async function openStatusPeriod(tx: Queryable, institutionId: string) {
  const { rows } = await tx.query<{ id: string; status: InstitutionStatus; valid_from: string }>(
    `select id, status, valid_from from institution_status_history
     where institution_id = $1 and valid_to is null order by valid_from desc limit 1`,
    [institutionId],
  );
  return rows[0] ?? null;
}

export async function startStatusPeriod(
  tx: Queryable,
  inst: { id: string; sidoCode: string; sigunguCode: string },
  status: InstitutionStatus,
  from: string,
  reason: string | null,
) {
  await tx.query(
    "update institution_status_history set valid_to = $2 where institution_id = $1 and valid_to is null",
    [inst.id, from],
  );
  await tx.query(
    `insert into institution_status_history (institution_id, sido_code, sigungu_code, status, valid_from, reason)
     values ($1, $2, $3, $4, $5, $6)`,
    [inst.id, inst.sidoCode, inst.sigunguCode, status, from, reason],
  );
}

// ── change history ───────────────────────────────────────────────────────────
export type HistoryKind =
  | "registered"
  | "changed"
  | "status_changed"
  | "change_requested"
  | "change_request_approved"
  | "change_request_returned"
  | "change_request_withdrawn"
  | "region_reorganised";

export async function insertHistory(
  tx: Queryable,
  entry: {
    institutionId: string;
    sidoCode: string;
    sigunguCode: string;
    actor: Actor;
    kind: HistoryKind;
    reason: string | null;
    changedFields: readonly string[];
    before: RegisterFields | null;
    after: RegisterFields;
    changeRequestId?: string | null;
  },
) {
  await tx.query(
    `insert into institution_history (institution_id, sido_code, sigungu_code, changed_by, changed_by_name,
       changed_by_role, kind, reason, changed_fields, before, after, change_request_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      entry.institutionId,
      entry.sidoCode,
      entry.sigunguCode,
      entry.actor.userId || null,
      entry.actor.name,
      entry.actor.role,
      entry.kind,
      entry.reason,
      entry.changedFields,
      entry.before ? JSON.stringify(entry.before) : null,
      JSON.stringify(entry.after),
      entry.changeRequestId ?? null,
    ],
  );
}

interface HistoryRow {
  id: string;
  changed_at: Date | string;
  changed_by_name: string;
  changed_by_role: string;
  kind: HistoryKind;
  reason: string | null;
  changed_fields: string[];
  before: RegisterFields | null;
  after: RegisterFields;
  cr_id: string | null;
  cr_requested_by_name: string | null;
  cr_requested_at: Date | string | null;
  cr_reason: string | null;
  cr_status: string | null;
  cr_changes: Record<string, unknown> | null;
}

export async function listHistory(
  tx: Queryable,
  actor: Actor,
  institutionId: string,
  offset: number,
  limit: number,
) {
  const params: unknown[] = [institutionId];
  const scope = scopeCondition(actor, params, scopeColumns("h"));
  const where = `h.institution_id = $1 and ${scope}`;
  const { rows: count } = await tx.query<{ n: number }>(
    `select count(*)::int as n from institution_history h where ${where}`,
    params,
  );
  const { rows } = await tx.query<HistoryRow>(
    `select h.id, h.changed_at, h.changed_by_name, h.changed_by_role, h.kind, h.reason, h.changed_fields,
       h.before, h.after, cr.id as cr_id, cr.requested_by_name as cr_requested_by_name,
       cr.requested_at as cr_requested_at, cr.reason as cr_reason, cr.status as cr_status,
       cr.changes as cr_changes
     from institution_history h left join change_request cr on cr.id = h.change_request_id
     where ${where} order by h.changed_at desc, h.id desc ${limitOffset(params, { limit, offset })}`,
    params,
  );
  return { rows, total: count[0]?.n ?? 0 };
}

/** The snapshot after the last change made before the end of `date` (Korea time). */
export async function snapshotAsOf(tx: Queryable, institutionId: string, date: string) {
  const { rows } = await tx.query<{ after: RegisterFields; changed_at: Date | string }>(
    `select after, changed_at from institution_history
     where institution_id = $1 and changed_at < (($2::date + 1)::timestamp at time zone 'Asia/Seoul')
     order by changed_at desc, id desc limit 1`,
    [institutionId, date],
  );
  return rows[0] ?? null;
}

export async function earliestHistory(tx: Queryable, institutionId: string) {
  const { rows } = await tx.query<{
    kind: HistoryKind;
    before: RegisterFields | null;
    changed_at: Date | string;
  }>(
    `select kind, before, changed_at from institution_history where institution_id = $1
     order by changed_at, id limit 1`,
    [institutionId],
  );
  return rows[0] ?? null;
}

// ── change requests ──────────────────────────────────────────────────────────
export interface ChangeRequestRow {
  id: string;
  institution_id: string;
  institution_name: string;
  sido_code: string;
  sigungu_code: string;
  sigungu_name: string | null;
  requested_by_name: string;
  requested_at: Date | string;
  due_on: string;
  status: "submitted" | "approved" | "returned" | "withdrawn";
  changes: Record<string, unknown>;
  before: Record<string, unknown>;
  reason: string;
  decided_by_name: string | null;
  decided_at: Date | string | null;
  decision_reason: string | null;
  version: number;
}

const REQUEST_SELECT = `select cr.id, cr.institution_id, i.name as institution_name, cr.sido_code, cr.sigungu_code,
    rg.sigungu_name, cr.requested_by_name, cr.requested_at, cr.due_on, cr.status, cr.changes, cr.before,
    cr.reason, cr.decided_by_name, cr.decided_at, cr.decision_reason, cr.version
  from change_request cr
    join institution i on i.id = cr.institution_id
    join region rg on rg.code5 = cr.sigungu_code`;

export async function dueDays(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<{ int_value: number }>(
    "select int_value from register_setting where key = 'change_request_due_days'",
  );
  return rows[0]?.int_value ?? 7;
}

export async function insertChangeRequest(
  tx: Queryable,
  r: {
    institutionId: string;
    sidoCode: string;
    sigunguCode: string;
    actor: Actor;
    dueOn: string;
    changes: Record<string, unknown>;
    before: Record<string, unknown>;
    reason: string;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into change_request (institution_id, sido_code, sigungu_code, requested_by, requested_by_name, due_on,
       changes, before, reason)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [
      r.institutionId,
      r.sidoCode,
      r.sigunguCode,
      r.actor.userId || null,
      r.actor.name,
      r.dueOn,
      JSON.stringify(r.changes),
      JSON.stringify(r.before),
      r.reason,
    ],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("change_request insert returned no id");
  return id;
}

export async function findChangeRequest(tx: Queryable, actor: Actor, id: string, lock = false) {
  const params: unknown[] = [id];
  const scope = scopeCondition(actor, params, REQUEST_SCOPE);
  const { rows } = await tx.query<ChangeRequestRow>(
    `${REQUEST_SELECT} where cr.id = $1 and ${scope}${lock ? " for update of cr" : ""}`,
    params,
  );
  return rows[0] ?? null;
}

export async function submittedFieldsOf(tx: Queryable, institutionId: string): Promise<string[]> {
  const { rows } = await tx.query<{ changes: Record<string, unknown> }>(
    "select changes from change_request where institution_id = $1 and status = 'submitted'",
    [institutionId],
  );
  return rows.flatMap((r) => Object.keys(r.changes));
}

export async function listChangeRequests(
  tx: Queryable,
  actor: Actor,
  query: ChangeRequestQuery & { institutionId?: string },
  today: string,
) {
  const params: unknown[] = [];
  const where = [scopeCondition(actor, params, REQUEST_SCOPE)];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (query.institutionId) add((p) => `cr.institution_id = ${p}::uuid`, query.institutionId);
  if (query.status) add((p) => `cr.status = ${p}`, query.status);
  if (query.overdue === "true") add((p) => `cr.status = 'submitted' and cr.due_on < ${p}::date`, today);
  if (query.overdue === "false")
    add((p) => `not (cr.status = 'submitted' and cr.due_on < ${p}::date)`, today);
  if (query.q) add((p) => `i.name ilike ${p}`, containsPattern(query.q));
  if (query.sigungu) add((p) => `cr.sigungu_code = ${p}`, query.sigungu);
  const order =
    query.sort === "-due_on"
      ? "cr.due_on desc, cr.requested_at desc, cr.id"
      : query.sort === "-requested_at"
        ? "cr.requested_at desc, cr.id"
        : "cr.due_on asc, cr.requested_at asc, cr.id";
  const { rows: count } = await tx.query<{ n: number }>(
    `select count(*)::int as n from change_request cr join institution i on i.id = cr.institution_id
     where ${where.join(" and ")}`,
    params,
  );
  const { rows } = await tx.query<ChangeRequestRow>(
    `${REQUEST_SELECT} where ${where.join(" and ")} order by ${order} ${limitOffset(params, query)}`,
    params,
  );
  return { rows, total: count[0]?.n ?? 0 };
}

/** Decides a request that is still submitted; false when someone decided or withdrew it first. */
export async function decideChangeRequest(
  tx: Queryable,
  id: string,
  decision: { status: "approved" | "returned" | "withdrawn"; actor: Actor; reason: string | null },
): Promise<boolean> {
  const result = await tx.query(
    `update change_request set status = $2, decided_by = $3, decided_by_name = $4, decided_at = now(),
       decision_reason = $5, version = version + 1, updated_at = now()
     where id = $1 and status = 'submitted'`,
    [id, decision.status, decision.actor.userId || null, decision.actor.name, decision.reason],
  );
  return result.rowCount === 1;
}
