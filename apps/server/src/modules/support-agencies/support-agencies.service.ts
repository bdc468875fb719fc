import { checkAssignmentEnd, checkAssignmentPeriod, koreaToday, periodsOverlap } from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import type { Actor, ActorCtx } from "../../platform/context.ts";
import { AppError, type FieldError, notFound, validationFailed } from "../../platform/errors.ts";
import { updateAndRead, updateWithVersion } from "../../platform/versioning.ts";
import { findInstitutionInScope } from "../institutions/index.ts";
import { mayPlaceAgencyIn } from "./support-agencies.policy.ts";
import * as repo from "./support-agencies.repository.ts";
import type {
  AgencyCreate,
  AgencyDetail,
  AgencyListQuery,
  AgencyUpdate,
  AssignmentCreate,
  AssignmentEnd,
  CoverageInput,
} from "./support-agencies.schemas.ts";

const agencyNotFound = () => new AppError("NOT_FOUND", 404, "지원기관을 찾을 수 없습니다.");
const institutionNotFound = () => new AppError("NOT_FOUND", 404, "기관을 찾을 수 없습니다.");
const outsideSido = () =>
  new AppError(
    "NOT_FOUND",
    404,
    "해당 시도를 찾을 수 없습니다. 관할 시도의 지원기관만 등록·수정할 수 있습니다.",
    {
      errors: [{ field: "sidoCode", message: "관할 시도의 지원기관만 등록·수정할 수 있습니다." }],
    },
  );

// ── the register ─────────────────────────────────────────────────────────────
export const listAgencies = (ctx: ActorCtx, query: AgencyListQuery) =>
  repo.listAgencies(ctx.tx, ctx.actor, query);

async function readDetail(ctx: ActorCtx, id: string): Promise<AgencyDetail | null> {
  const agency = await repo.findAgency(ctx.tx, ctx.actor, id, "read");
  if (!agency) return null;
  const on = koreaToday();
  return {
    ...agency,
    staff: await repo.listAgencyStaff(ctx.tx, id),
    assignments: await repo.listAssignmentsForOfficial(ctx.tx, ctx.actor, id, on),
  };
}

/** The detail names the agency's staff and the institutions it supports: logged. */
export async function getAgency(ctx: ActorCtx, id: string) {
  const detail = await readDetail(ctx, id);
  if (!detail) throw agencyNotFound();
  await recordAccess(ctx, {
    action: "read",
    targetType: "support_agency",
    targetId: id,
    subject: detail.name,
  });
  return detail;
}

/** 404 when the agency does not exist for the official; 403 when they may read but not change it. */
async function writableAgency(ctx: ActorCtx, id: string) {
  const agency = await repo.findAgency(ctx.tx, ctx.actor, id, "write");
  if (agency) return agency;
  if (await repo.findAgency(ctx.tx, ctx.actor, id, "read"))
    throw new AppError(
      "FORBIDDEN",
      403,
      "이 지원기관은 보건복지부 또는 소재 시도에서 관리합니다. 수정 권한이 없습니다.",
    );
  throw agencyNotFound();
}

/**
 * Coverage must name current regions (a 시군구 inside its 시도). A 시도 official names only its own 시도;
 * what the agency covers elsewhere (set by the ministry or another 시도) is kept as it is.
 */
async function checkCoverage(
  ctx: ActorCtx,
  coverage: CoverageInput[],
  sidoCode: string | null | undefined,
): Promise<{ errors: FieldError[]; rows: CoverageInput[] }> {
  const errors: FieldError[] = [];
  const codes = new Set<string>();
  if (sidoCode) codes.add(`${sidoCode}000`);
  for (const c of coverage) {
    codes.add(`${c.sidoCode}000`);
    if (c.sigunguCode) codes.add(c.sigunguCode);
  }
  const regions = await repo.currentRegions(ctx.tx, [...codes]);
  if (sidoCode && regions.get(`${sidoCode}000`)?.level !== "sido")
    errors.push({ field: "sidoCode", message: "소재 시도 코드가 현행 시도가 아닙니다." });
  const seen = new Set<string>();
  const rows: CoverageInput[] = [];
  coverage.forEach((c, i) => {
    if (regions.get(`${c.sidoCode}000`)?.level !== "sido")
      errors.push({
        field: `coverage.${i}.sidoCode`,
        message: "사업 지역의 시도 코드가 현행 시도가 아닙니다.",
      });
    else if (c.sigunguCode) {
      const r = regions.get(c.sigunguCode);
      if (!r || r.level === "sido" || r.sidoCode !== c.sidoCode)
        errors.push({
          field: `coverage.${i}.sigunguCode`,
          message: "사업 지역의 시군구가 선택한 시도에 속한 현행 시군구가 아닙니다.",
        });
    }
    if (ctx.actor.scope.kind === "sido" && c.sidoCode !== ctx.actor.scope.code)
      errors.push({
        field: `coverage.${i}.sidoCode`,
        message: "관할 시도 밖의 지역은 사업 지역으로 지정할 수 없습니다.",
      });
    const key = `${c.sidoCode}/${c.sigunguCode ?? ""}`;
    if (!seen.has(key)) {
      seen.add(key);
      rows.push({ sidoCode: c.sidoCode, sigunguCode: c.sigunguCode ?? null });
    }
  });
  return { errors, rows };
}

export async function createAgency(ctx: ActorCtx, input: AgencyCreate) {
  const sidoCode =
    input.sidoCode === undefined
      ? ctx.actor.scope.kind === "sido"
        ? ctx.actor.scope.code
        : null
      : input.sidoCode;
  if (!mayPlaceAgencyIn(ctx.actor, sidoCode)) throw outsideSido();
  const { errors, rows: coverage } = await checkCoverage(ctx, input.coverage ?? [], sidoCode);
  if (errors.length > 0) throw validationFailed(errors);
  if (await repo.agencyNameExists(ctx.tx, input.name))
    throw new AppError("DUPLICATE_NAME", 409, "같은 이름의 지원기관이 이미 등록되어 있습니다.", {
      errors: [{ field: "name", message: "같은 이름의 지원기관이 이미 등록되어 있습니다." }],
    });
  const id = await repo.insertAgency(ctx.tx, {
    name: input.name,
    kind: input.kind,
    sidoCode,
    address: input.address ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    homepage: input.homepage ?? null,
    contactName: input.contactName ?? null,
    createdBy: ctx.actor.userId,
  });
  await repo.replaceCoverage(ctx.tx, id, coverage);
  await recordAccess(ctx, {
    action: "create",
    targetType: "support_agency",
    targetId: id,
    subject: input.name,
    details: { kind: input.kind, sidoCode, coverage },
  });
  const detail = await readDetail(ctx, id);
  if (!detail) throw agencyNotFound();
  return detail;
}

const FIELD_COLUMNS = {
  name: "name",
  kind: "kind",
  sidoCode: "sido_code",
  address: "address",
  phone: "phone",
  email: "email",
  homepage: "homepage",
  contactName: "contact_name",
  isActive: "is_active",
} as const;

export async function updateAgency(ctx: ActorCtx, id: string, input: AgencyUpdate, version: number) {
  const before = await writableAgency(ctx, id);
  if (
    input.sidoCode !== undefined &&
    input.sidoCode !== before.sidoCode &&
    !mayPlaceAgencyIn(ctx.actor, input.sidoCode)
  )
    throw outsideSido();
  const changes: Record<string, unknown> = {};
  const changed: Record<string, { before: unknown; after: unknown }> = {};
  for (const [key, column] of Object.entries(FIELD_COLUMNS) as [keyof typeof FIELD_COLUMNS, string][]) {
    const value = input[key];
    if (value === undefined) continue;
    const old = before[key];
    if (value === old) continue;
    changes[column] = value;
    changed[key] = { before: old, after: value };
  }
  let coverage: CoverageInput[] | null = null;
  if (input.coverage !== undefined || changes.sido_code !== undefined) {
    const checked = await checkCoverage(ctx, input.coverage ?? [], input.sidoCode);
    if (checked.errors.length > 0) throw validationFailed(checked.errors);
    if (input.coverage !== undefined) {
      const current = await repo.readCoverage(ctx.tx, id);
      const kept =
        ctx.actor.scope.kind === "sido" ? current.filter((c) => c.sidoCode !== ctx.actor.scope.code) : [];
      coverage = [...kept, ...checked.rows];
      const key = (c: CoverageInput) => `${c.sidoCode}/${c.sigunguCode ?? ""}`;
      if (current.map(key).sort().join(",") !== coverage.map(key).sort().join(","))
        changed.coverage = { before: current, after: coverage };
      else coverage = null;
    }
  }
  if (
    input.name !== undefined &&
    changes.name !== undefined &&
    (await repo.agencyNameExists(ctx.tx, input.name, id))
  )
    throw new AppError("DUPLICATE_NAME", 409, "같은 이름의 지원기관이 이미 등록되어 있습니다.", {
      errors: [{ field: "name", message: "같은 이름의 지원기관이 이미 등록되어 있습니다." }],
    });
  if (Object.keys(changed).length === 0) {
    // Nothing to change; still refuse a stale version so the user sees what changed meanwhile.
    if (version !== before.version)
      await updateWithVersion(ctx.tx, {
        table: "support_agency",
        id,
        version,
        changes: {},
        what: "지원기관 정보",
        readCurrent: () => readDetail(ctx, id),
      });
    const unchanged = await readDetail(ctx, id);
    if (!unchanged) throw agencyNotFound();
    return unchanged;
  }
  await updateWithVersion(ctx.tx, {
    table: "support_agency",
    id,
    version,
    changes: { ...changes, updated_by: ctx.actor.userId },
    what: "지원기관 정보",
    readCurrent: () => readDetail(ctx, id),
  });
  if (coverage) await repo.replaceCoverage(ctx.tx, id, coverage);
  const after = await readDetail(ctx, id);
  if (!after) throw agencyNotFound();
  await recordAccess(ctx, {
    action: "update",
    targetType: "support_agency",
    targetId: id,
    subject: after.name,
    details: { changed },
  });
  return after;
}

// ── assignments ──────────────────────────────────────────────────────────────
export async function createAssignment(ctx: ActorCtx, agencyId: string, input: AssignmentCreate) {
  const agency = await writableAgency(ctx, agencyId);
  const institution = await findInstitutionInScope(ctx.tx, ctx.actor, input.institutionId);
  if (!institution)
    throw new AppError("NOT_FOUND", 404, "기관을 찾을 수 없습니다. 관할 기관만 배정할 수 있습니다.", {
      errors: [{ field: "institutionId", message: "관할 기관만 배정할 수 있습니다." }],
    });
  if (!agency.isActive)
    throw new AppError("AGENCY_INACTIVE", 409, "운영을 중단한 지원기관에는 새로 배정할 수 없습니다.");
  if (institution.status === "closed")
    throw new AppError("INSTITUTION_CLOSED", 409, "폐지된 기관에는 지원기관을 배정할 수 없습니다.", {
      errors: [{ field: "institutionId", message: "폐지된 기관에는 배정할 수 없습니다." }],
    });
  const today = koreaToday();
  const endsOn = input.endsOn ?? null;
  const problems = checkAssignmentPeriod({ startsOn: input.startsOn, endsOn, today });
  if (problems.length > 0) throw validationFailed(problems);
  const clash = (await repo.assignmentsOf(ctx.tx, agencyId, institution.id)).find(
    (a) =>
      a.purpose === input.purpose &&
      !(a.endsOn !== null && a.endsOn < a.startsOn) &&
      periodsOverlap(a, { startsOn: input.startsOn, endsOn }),
  );
  if (clash)
    throw new AppError(
      "ASSIGNMENT_OVERLAP",
      409,
      `이미 같은 목적으로 배정된 기간(${clash.startsOn} ~ ${clash.endsOn ?? "종료일 없음"})과 겹칩니다. 기존 배정을 종료한 뒤 등록하세요.`,
      { errors: [{ field: "startsOn", message: "같은 목적의 기존 배정 기간과 겹칩니다." }] },
    );
  const id = await repo.insertAssignment(ctx.tx, {
    agencyId,
    institutionId: institution.id,
    purpose: input.purpose,
    startsOn: input.startsOn,
    endsOn,
    createdBy: ctx.actor.userId,
  });
  await recordAccess(ctx, {
    action: "create",
    targetType: "agency_assignment",
    targetId: id,
    subject: institution.name,
    details: { agencyId, agencyName: agency.name, purpose: input.purpose, startsOn: input.startsOn, endsOn },
  });
  const [created] = await repo.listAssignmentsForOfficial(ctx.tx, ctx.actor, agencyId, today, id);
  if (!created) throw notFound("배정 정보");
  return created;
}

/** Assignments are never deleted: they end on a date with a reason (배정 종료). */
export async function endAssignment(
  ctx: ActorCtx,
  agencyId: string,
  assignmentId: string,
  input: AssignmentEnd,
  version: number,
) {
  await writableAgency(ctx, agencyId);
  const today = koreaToday();
  const read = async () =>
    (await repo.listAssignmentsForOfficial(ctx.tx, ctx.actor, agencyId, today, assignmentId))[0] ?? null;
  const before = await read();
  if (!before) throw notFound("배정 정보");
  if (before.status === "ended")
    throw new AppError("ASSIGNMENT_ENDED", 409, "이미 종료된 배정입니다.", { current: before });
  const problems = checkAssignmentEnd({
    startsOn: before.startsOn,
    currentEndsOn: before.endsOn,
    endsOn: input.endsOn,
    today,
  });
  if (problems.length > 0) throw validationFailed(problems);
  const after = await updateAndRead(ctx.tx, {
    table: "agency_assignment",
    id: assignmentId,
    version,
    changes: {
      ends_on: input.endsOn,
      ended_reason: input.reason,
      ended_by: ctx.actor.userId,
      ended_at: new Date().toISOString(),
    },
    what: "배정 정보",
    readCurrent: read,
  });
  await recordAccess(ctx, {
    action: "update",
    targetType: "agency_assignment",
    targetId: assignmentId,
    subject: after.institutionName,
    reason: input.reason,
    details: { agencyId, before: { endsOn: before.endsOn }, after: { endsOn: input.endsOn } },
  });
  return after;
}

// ── providers' side: support agency staff ────────────────────────────────────
function ownAgencyId(actor: Actor): string {
  if (actor.scope.kind !== "agency" || !actor.scope.code) throw agencyNotFound();
  return actor.scope.code;
}

export async function getOwnAgency(ctx: ActorCtx) {
  const agency = await repo.findOwnAgency(ctx.tx, ownAgencyId(ctx.actor));
  if (!agency) throw agencyNotFound();
  return agency;
}

export async function listOwnAssignments(ctx: ActorCtx) {
  const on = koreaToday();
  return { items: await repo.listOwnAssignments(ctx.tx, ownAgencyId(ctx.actor), on) };
}

/** Summary only, only while an assignment is in force; every look is logged (domain.md §5, §9). */
export async function getAssignedInstitution(ctx: ActorCtx, institutionId: string) {
  const agencyId = ownAgencyId(ctx.actor);
  const found = await repo.findAssignedInstitution(ctx.tx, ctx.actor, institutionId);
  if (!found) throw institutionNotFound();
  const assignments = await repo.assignmentsInForce(ctx.tx, agencyId, institutionId);
  if (assignments.length === 0) throw institutionNotFound();
  await recordAccess(ctx, {
    action: "read",
    targetType: "institution",
    targetId: institutionId,
    subject: found.name,
    details: { view: "agency_summary", assignmentIds: assignments.map((a) => a.id) },
  });
  return { ...found, assignments };
}
