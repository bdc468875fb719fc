import { checkProgram, koreaToday } from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import type { ActorCtx } from "../../platform/context.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import { updateWithVersion } from "../../platform/versioning.ts";
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

async function ownProgram(ctx: ActorCtx, id: string) {
  const institution = await ownInstitution(ctx);
  const found = await repo.findProgram(ctx.tx, ctx.actor, id, koreaToday());
  if (!found || found.institutionId !== institution.id) throw notFound("프로그램");
  return { institution, found };
}

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
  const changes: Record<string, unknown> = {};
  const changed: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(COLUMN_OF) as (keyof typeof COLUMN_OF)[]) {
    const value = body[key];
    if (value === undefined) continue;
    const normalized = value === "" ? null : value;
    if (normalized === before[key]) continue;
    changes[COLUMN_OF[key]] = normalized;
    changed[key] = { before: before[key], after: normalized };
  }
  if (Object.keys(changes).length === 0) {
    if (before.version !== version)
      throw new AppError(
        "VERSION_CONFLICT",
        409,
        "다른 사용자가 먼저 프로그램을 수정했습니다. 최신 내용을 확인한 뒤 다시 저장하세요.",
        { current: before },
      );
    return before;
  }
  const problems = checkProgram({
    startedOn: body.startedOn ?? before.startedOn,
    endedOn: before.endedOn,
    sessionsPerMonth: body.sessionsPerMonth ?? before.sessionsPerMonth,
    participants: body.participants ?? before.participants,
    today: koreaToday(),
  });
  if (problems.length > 0) throw validationFailed(problems);
  changes.updated_by = ctx.actor.userId;
  await updateWithVersion(ctx.tx, {
    table: "institution_program",
    id,
    version,
    changes,
    what: "프로그램",
    readCurrent: () => repo.findProgram(ctx.tx, ctx.actor, id, koreaToday()),
  });
  await recordAccess(ctx, {
    action: "update",
    targetType: "institution_program",
    targetId: id,
    subject: institution.name,
    details: { name: before.name, changed },
  });
  const after = await repo.findProgram(ctx.tx, ctx.actor, id, koreaToday());
  if (!after) throw notFound("프로그램");
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
  await updateWithVersion(ctx.tx, {
    table: "institution_program",
    id,
    version,
    changes: { ended_on: body.endedOn, updated_by: ctx.actor.userId },
    what: "프로그램",
    readCurrent: () => repo.findProgram(ctx.tx, ctx.actor, id, koreaToday()),
  });
  await recordAccess(ctx, {
    action: "update",
    targetType: "institution_program",
    targetId: id,
    subject: institution.name,
    details: { event: "end_program", name: before.name, endedOn: body.endedOn },
  });
  const after = await repo.findProgram(ctx.tx, ctx.actor, id, koreaToday());
  if (!after) throw notFound("프로그램");
  return after;
}
