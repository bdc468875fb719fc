import type { Queryable } from "@ssis/db";
import type { Actor } from "../../platform/context.ts";
import { containsPattern, countedPage, param } from "../../platform/paging.ts";
import { scopeColumns, scopeCondition } from "../../platform/scope.ts";
import type { InstitutionInScope } from "../institutions/index.ts";
import type { ClientItem, ClientListQuery } from "./clients.schemas.ts";

const SCOPE = scopeColumns("c");
// rrn_encrypted is never selected here: only readSealedNumber reads it, for an unmask with a reason.
const COLUMNS = `c.id, c.institution_id, c.name, c.gender, c.birth_date, c.rrn_masked, c.admitted_on,
  c.discharged_on, c.discharge_reason, c.version`;

interface ClientRow {
  id: string;
  institution_id: string;
  name: string;
  gender: "male" | "female";
  birth_date: string;
  rrn_masked: string;
  admitted_on: string;
  discharged_on: string | null;
  discharge_reason: string | null;
  version: number;
}

const toItem = (r: ClientRow): ClientItem => ({
  id: r.id,
  institutionId: r.institution_id,
  name: r.name,
  gender: r.gender,
  genderLabel: r.gender === "male" ? "남" : "여",
  birthDate: r.birth_date,
  rrnMasked: r.rrn_masked,
  admittedOn: r.admitted_on,
  dischargedOn: r.discharged_on,
  dischargeReason: r.discharge_reason,
  isActive: r.discharged_on === null,
  version: r.version,
});

const SORTS: Record<ClientListQuery["sort"], string> = {
  name: "c.name asc, c.id asc",
  "-name": "c.name desc, c.id desc",
  admitted_on: "c.admitted_on asc, c.name asc, c.id asc",
  "-admitted_on": "c.admitted_on desc, c.name asc, c.id asc",
};

export async function listClients(
  tx: Queryable,
  actor: Actor,
  institutionId: string,
  query: ClientListQuery,
) {
  const params: unknown[] = [institutionId];
  const where = ["c.institution_id = $1::uuid", scopeCondition(actor, params, SCOPE)];
  if (query.status === "active") where.push("c.discharged_on is null");
  if (query.status === "discharged") where.push("c.discharged_on is not null");
  if (query.q) where.push(`c.name ilike ${param(params, containsPattern(query.q))}`);
  const condition = where.join(" and ");
  const { rows, total } = await countedPage<ClientRow>(
    tx,
    params,
    {
      from: "client c",
      where: condition,
      select: () => `select ${COLUMNS} from client c where ${condition} order by ${SORTS[query.sort]}`,
    },
    query,
  );
  return { items: rows.map(toItem), total, page: query.page, limit: query.limit };
}

export async function findClient(tx: Queryable, actor: Actor, id: string): Promise<ClientItem | null> {
  const params: unknown[] = [id];
  const { rows } = await tx.query<ClientRow>(
    `select ${COLUMNS} from client c where c.id = $1::uuid and ${scopeCondition(actor, params, SCOPE)}`,
    params,
  );
  return rows[0] ? toItem(rows[0]) : null;
}

export async function readSealedNumber(tx: Queryable, actor: Actor, id: string): Promise<string | null> {
  const params: unknown[] = [id];
  const { rows } = await tx.query<{ rrn_encrypted: string }>(
    `select c.rrn_encrypted from client c where c.id = $1::uuid and ${scopeCondition(actor, params, SCOPE)}`,
    params,
  );
  return rows[0]?.rrn_encrypted ?? null;
}

export async function countActive(tx: Queryable, institutionId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    "select count(*) as n from client where institution_id = $1::uuid and discharged_on is null",
    [institutionId],
  );
  return Number(rows[0]?.n ?? 0);
}

export async function activeWithLookup(tx: Queryable, institutionId: string, lookup: string) {
  const { rows } = await tx.query<{ id: string }>(
    "select id from client where institution_id = $1::uuid and rrn_lookup = $2 and discharged_on is null",
    [institutionId, lookup],
  );
  return rows[0]?.id ?? null;
}

export async function insertClient(
  tx: Queryable,
  institution: Pick<InstitutionInScope, "id" | "sido_code" | "sigungu_code">,
  c: {
    name: string;
    gender: "male" | "female";
    birthDate: string;
    rrnEncrypted: string;
    rrnMasked: string;
    rrnLookup: string;
    admittedOn: string;
  },
  userId: string,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into client (institution_id, sido_code, sigungu_code, name, gender, birth_date, rrn_encrypted,
       rrn_masked, rrn_lookup, admitted_on, created_by, updated_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) returning id`,
    [
      institution.id,
      institution.sido_code,
      institution.sigungu_code,
      c.name,
      c.gender,
      c.birthDate,
      c.rrnEncrypted,
      c.rrnMasked,
      c.rrnLookup,
      c.admittedOn,
      userId,
    ],
  );
  return (rows[0] as { id: string }).id;
}
