import { checkProgram, koreaToday } from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import type { ActorCtx } from "../../platform/context.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import { changedFields, recordUpdate, unchangedRecord } from "../../platform/versioning.ts";
import { institutionInScope, ownInstitution, refuseIfClosed } from "../institutions/index.ts";
import * as repo from "./programs.repository.ts";
import type { ProgramCreate, ProgramEnd, ProgramListQuery, ProgramUpdate } from "./programs.schemas.ts";

export async function listOwnPrograms(ctx: ActorCtx, query: ProgramListQuery) {
  const institution = await ownInstitution(ctx);
  return repo.listPrograms(ctx.tx, ctx.actor, institution.id, query, koreaToday());
}

/** Every programme matching the filters (no paging), for the Excel download; logged as an export. */
export async function exportOwnPrograms(ctx: ActorCtx, query: ProgramListQuery) {
  const institution = await ownInstitution(ctx);
  const page = await repo.listPrograms(ctx.tx, ctx.actor, institution.id, query, koreaToday(), {
    all: true,
  });
  await recordAccess(ctx, {
    action: "export",
    targetType: "institution_program",
    targetId: institution.id,
    subject: institution.name,
    details: { status: query.status, category: query.category ?? null, count: page.items.length },
  });
  return { institution, items: page.items };
}

/** Officials' read-only view of one institution in their jurisdiction. */
export async function listInstitutionPrograms(ctx: ActorCtx, institutionId: string, query: ProgramListQuery) {
  const institution = await institutionInScope(ctx, institutionId);
  const page = await repo.listPrograms(ctx.tx, ctx.actor, institution.id, query, koreaToday());
  await recordAccess(ctx, {
    action: "list",
    targetType: "institution_program",
    targetId: institution.id,
    subject: institution.name,
    details: { status: query.status, category: query.category ?? null, count: page.items.length },
  });
  return page;
}

const PROGRAM = "프로그램";

async function ownProgram(ctx: ActorCtx, id: string) {
  const institution = await ownInstitution(ctx);
  const found = await repo.findProgram(ctx.tx, ctx.actor, id, koreaToday());
  if (!found || found.institutionId !== institution.id) throw notFound(PROGRAM);
  return { institution, found };
}

/** Changes a programme the user read at `version`; the programme as it now is. */
const updateProgramRow = recordUpdate("institution_program", PROGRAM, (ctx, id) =>
  repo.findProgram(ctx.tx, ctx.actor, id, koreaToday()),
);

export async function getProgram(ctx: ActorCtx, id: string) {
  return (await ownProgram(ctx, id)).found;
}

export async function createProgram(ctx: ActorCtx, body: ProgramCreate) {
  const institution = await ownInstitution(ctx);
  refuseIfClosed(institution);
  const record: repo.NewProgram = {
    name: body.name,
    category: body.category,
    targetGroup: body.targetGroup,
    startedOn: body.startedOn,
    endedOn: body.endedOn || null,
    sessionsPerMonth: body.sessionsPerMonth,
    participants: body.participants,
    fundingSource: body.fundingSource,
    description: body.description || null,
  };
  const problems = checkProgram({ ...record, today: koreaToday() });
  if (problems.length > 0) throw validationFailed(problems);
  const id = await repo.insertProgram(ctx.tx, institution, record, ctx.actor.userId);
  await recordAccess(ctx, {
    action: "create",
    targetType: "institution_program",
    targetId: id,
    subject: institution.name,
    details: { institutionId: institution.id, name: record.name, category: record.category },
  });
  const created = await repo.findProgram(ctx.tx, ctx.actor, id, koreaToday());
  if (!created) throw notFound("프로그램");
  return created;
}

const COLUMN_OF = {
  name: "name",
  category: "category",
  targetGroup: "target_group",
  startedOn: "started_on",
  sessionsPerMonth: "sessions_per_month",
  participants: "participants",
  fundingSource: "funding_source",
  description: "description",
} as const;

export async function updateProgram(ctx: ActorCtx, id: string, body: ProgramUpdate, version: number) {
  const { institution, found: before } = await ownProgram(ctx, id);
  refuseIfClosed(institution);
  const { changes, changed } = changedFields(body, before, COLUMN_OF);
  if (Object.keys(changes).length === 0) return unchangedRecord(before, version, PROGRAM);
  const problems = checkProgram({
    startedOn: body.startedOn ?? before.startedOn,
    endedOn: before.endedOn,
    sessionsPerMonth: body.sessionsPerMonth ?? before.sessionsPerMonth,
    participants: body.participants ?? before.participants,
    today: koreaToday(),
  });
  if (problems.length > 0) throw validationFailed(problems);
  const after = await updateProgramRow(ctx, id, version, changes);
  await recordAccess(ctx, {
    action: "update",
    targetType: "institution_program",
    targetId: id,
    subject: institution.name,
    details: { name: before.name, changed },
  });
  return after;
}

/** 종료 처리: programmes are ended with a date, never deleted, so the institution's record stays whole. */
export async function endProgram(ctx: ActorCtx, id: string, body: ProgramEnd, version: number) {
  const { institution, found: before } = await ownProgram(ctx, id);
  refuseIfClosed(institution);
  if (before.endedOn)
    throw new AppError("ALREADY_ENDED", 409, `이미 ${before.endedOn}에 종료된 프로그램입니다.`, {
      current: before,
    });
  const problems = checkProgram({ ...before, endedOn: body.endedOn, today: koreaToday() }).filter(
    (p) => p.field === "endedOn",
  );
  if (problems.length > 0) throw validationFailed(problems);
  const after = await updateProgramRow(ctx, id, version, { ended_on: body.endedOn });
  await recordAccess(ctx, {
    action: "update",
    targetType: "institution_program",
    targetId: id,
    subject: institution.name,
    details: { event: "end_program", name: before.name, endedOn: body.endedOn },
  });
  return after;
}
