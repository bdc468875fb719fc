import type { Queryable } from "@ssis/db";
import {
  isProgramEnded,
  PROGRAM_CATEGORY_LABELS,
  PROGRAM_FUNDING_LABELS,
  type ProgramCategory,
  type ProgramFundingSource,
} from "@ssis/domain";
import type { Actor } from "../../platform/context.ts";
import { containsPattern, countedPage, param } from "../../platform/paging.ts";
import { scopeColumns, scopeCondition } from "../../platform/scope.ts";
import type { ProgramItem, ProgramListQuery } from "./programs.schemas.ts";

const SCOPE = scopeColumns("p");
const COLUMNS = `p.id, p.institution_id, p.name, p.category, p.target_group, p.started_on, p.ended_on,
  p.sessions_per_month, p.participants, p.funding_source, p.description, p.version`;

interface ProgramRow {
  id: string;
  institution_id: string;
  name: string;
  category: ProgramCategory;
  target_group: string;
  started_on: string;
  ended_on: string | null;
  sessions_per_month: number;
  participants: number;
  funding_source: ProgramFundingSource;
  description: string | null;
  version: number;
}

const toItem = (r: ProgramRow, today: string): ProgramItem => ({
  id: r.id,
  institutionId: r.institution_id,
  name: r.name,
  category: r.category,
  categoryLabel: PROGRAM_CATEGORY_LABELS[r.category],
  targetGroup: r.target_group,
  startedOn: r.started_on,
  endedOn: r.ended_on,
  sessionsPerMonth: Number(r.sessions_per_month),
  participants: Number(r.participants),
  fundingSource: r.funding_source,
  fundingSourceLabel: PROGRAM_FUNDING_LABELS[r.funding_source],
  description: r.description,
  isEnded: isProgramEnded(r.ended_on, today),
  version: r.version,
});

const SORTS: Record<ProgramListQuery["sort"], string> = {
  name: "p.name asc, p.id asc",
  "-name": "p.name desc, p.id desc",
  started_on: "p.started_on asc, p.name asc, p.id asc",
  "-started_on": "p.started_on desc, p.name asc, p.id asc",
  participants: "p.participants asc, p.name asc, p.id asc",
  "-participants": "p.participants desc, p.name asc, p.id asc",
  category: "p.category asc, p.name asc, p.id asc",
};

/** One institution's programmes, within the actor's scope (first wall; RLS is the second). */
export async function listPrograms(
  tx: Queryable,
  actor: Actor,
  institutionId: string,
  query: ProgramListQuery,
  today: string,
  options: { all?: boolean } = {},
) {
  const params: unknown[] = [institutionId];
  const where = ["p.institution_id = $1::uuid", scopeCondition(actor, params, SCOPE)];
  if (query.status !== "all") {
    const day = param(params, today);
    // 종료 from the end date on (isProgramEnded in @ssis/domain).
    where.push(
      query.status === "ongoing"
        ? `(p.ended_on is null or p.ended_on > ${day}::date)`
        : `p.ended_on <= ${day}::date`,
    );
  }
  if (query.category) where.push(`p.category = ${param(params, query.category)}`);
  if (query.q) {
    const pattern = param(params, containsPattern(query.q));
    where.push(`(p.name ilike ${pattern} or p.target_group ilike ${pattern})`);
  }
  const condition = where.join(" and ");
  const { rows, total } = await countedPage<ProgramRow>(
    tx,
    params,
    {
      from: "institution_program p",
      where: condition,
      select: () =>
        `select ${COLUMNS} from institution_program p where ${condition} order by ${SORTS[query.sort]}`,
    },
    options.all ? null : query,
  );
  return { items: rows.map((r) => toItem(r, today)), total, page: query.page, limit: query.limit };
}

export async function findProgram(
  tx: Queryable,
  actor: Actor,
  id: string,
  today: string,
): Promise<ProgramItem | null> {
  const params: unknown[] = [id];
  const { rows } = await tx.query<ProgramRow>(
    `select ${COLUMNS} from institution_program p where p.id = $1::uuid and ${scopeCondition(actor, params, SCOPE)}`,
    params,
  );
  return rows[0] ? toItem(rows[0], today) : null;
}

export interface NewProgram {
  name: string;
  category: ProgramCategory;
  targetGroup: string;
  startedOn: string;
  endedOn: string | null;
  sessionsPerMonth: number;
  participants: number;
  fundingSource: ProgramFundingSource;
  description: string | null;
}

export async function insertProgram(
  tx: Queryable,
  institution: { id: string; sido_code: string; sigungu_code: string },
  p: NewProgram,
  userId: string,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into institution_program (institution_id, sido_code, sigungu_code, name, category, target_group,
       started_on, ended_on, sessions_per_month, participants, funding_source, description, created_by, updated_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) returning id`,
    [
      institution.id,
      institution.sido_code,
      institution.sigungu_code,
      p.name,
      p.category,
      p.targetGroup,
      p.startedOn,
      p.endedOn,
      p.sessionsPerMonth,
      p.participants,
      p.fundingSource,
      p.description,
      userId,
    ],
  );
  return (rows[0] as { id: string }).id;
}
