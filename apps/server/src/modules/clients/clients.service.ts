import { createHmac } from "node:crypto";
import {
  CHECK_DIGIT_MISMATCH_MESSAGE,
  checkResidentNumber,
  checkStayPeriod,
  formatResidentNumber,
  koreaToday,
  maskResidentNumber,
} from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import type { ActorCtx } from "../../platform/context.ts";
import { decryptPersonalData, encryptPersonalData } from "../../platform/crypto.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import { type ExcelColumn, exportInstitutionList } from "../../platform/excel.ts";
import { recordUpdate } from "../../platform/versioning.ts";
import {
  type InstitutionInScope,
  institutionInScope,
  ownInstitution,
  refuseIfClosed,
} from "../institutions/index.ts";
import * as repo from "./clients.repository.ts";
import type {
  Admission,
  ClientExportQuery,
  ClientItem,
  ClientListQuery,
  ClientUpdate,
  Discharge,
} from "./clients.schemas.ts";

const isResidential = (i: InstitutionInScope) => i.residential === "생활";

/** Every list of residents is personal data: logged with the filter and the number of rows shown. */
async function list(ctx: ActorCtx, institution: InstitutionInScope, query: ClientListQuery) {
  const page = await repo.listClients(ctx.tx, ctx.actor, institution.id, query);
  await recordAccess(ctx, {
    action: "list",
    targetType: "client",
    targetId: institution.id,
    subject: institution.name,
    details: { status: query.status, q: query.q ?? null, page: query.page, count: page.items.length },
  });
  return {
    ...page,
    capacity: institution.capacity,
    activeCount: await repo.countActive(ctx.tx, institution.id),
    residential: isResidential(institution),
  };
}

const CLIENT_COLUMNS: ExcelColumn<ClientItem>[] = [
  { header: "성명", width: 12, value: (r) => r.name },
  { header: "성별", width: 6, value: (r) => r.genderLabel },
  { header: "생년월일", width: 12, value: (r) => r.birthDate },
  { header: "주민등록번호(가림)", width: 18, value: (r) => r.rrnMasked },
  { header: "입소(이용 시작)일", width: 14, value: (r) => r.admittedOn },
  { header: "퇴소(이용 종료)일", width: 14, value: (r) => r.dischargedOn },
  { header: "퇴소 사유", width: 20, value: (r) => r.dischargeReason },
];

/** 이용자 목록 엑셀: the list's filters, every page, numbers masked, the reason in the access log. */
async function exportList(ctx: ActorCtx, institution: InstitutionInScope, query: ClientExportQuery) {
  return exportInstitutionList(ctx, {
    title: "이용자",
    institution,
    columns: CLIENT_COLUMNS,
    query,
    list: (page) => repo.listClients(ctx.tx, ctx.actor, institution.id, page),
    conditions: (filters) => [
      ["이용 상태", { active: "이용 중", discharged: "퇴소", all: "전체" }[filters.status]],
      ...(filters.q ? ([["이름", filters.q]] as [string, string][]) : []),
    ],
    targetType: "client",
  });
}

export const exportOwnClients = async (ctx: ActorCtx, query: ClientExportQuery) =>
  exportList(ctx, await ownInstitution(ctx), query);

export const exportInstitutionClients = async (
  ctx: ActorCtx,
  institutionId: string,
  query: ClientExportQuery,
) => exportList(ctx, await institutionInScope(ctx, institutionId), query);

export const listOwnClients = async (ctx: ActorCtx, query: ClientListQuery) =>
  list(ctx, await ownInstitution(ctx), query);

export const listInstitutionClients = async (ctx: ActorCtx, institutionId: string, query: ClientListQuery) =>
  list(ctx, await institutionInScope(ctx, institutionId), query);

async function clientOf(ctx: ActorCtx, institution: InstitutionInScope, id: string) {
  const found = await repo.findClient(ctx.tx, ctx.actor, id);
  if (!found || found.institutionId !== institution.id) throw notFound("이용자");
  return found;
}

export async function getOwnClient(ctx: ActorCtx, id: string) {
  const found = await clientOf(ctx, await ownInstitution(ctx), id);
  await recordAccess(ctx, { action: "read", targetType: "client", targetId: id, subject: found.name });
  return found;
}

/** Keyed hash of the number, to find the same person without decrypting (the key never leaves config). */
const lookupOf = (key: Buffer, digits: string) =>
  createHmac("sha256", key).update(`rrn:${digits}`).digest("hex");

/** 입소 등록 / 이용 시작. */
export async function admit(ctx: ActorCtx, body: Admission) {
  const institution = await ownInstitution(ctx, { lock: true });
  refuseIfClosed(institution);
  const today = koreaToday();
  const errors: { field: string; message: string }[] = [];
  const rrn = checkResidentNumber(body.residentNumber, today);
  if (!rrn.ok) errors.push({ field: "residentNumber", message: rrn.message });
  else if (rrn.checkDigit === "mismatch" && body.residentNumberConfirmed !== true)
    errors.push({ field: "residentNumber", message: CHECK_DIGIT_MISMATCH_MESSAGE });
  errors.push(...checkStayPeriod({ admittedOn: body.admittedOn, today }));
  if (rrn.ok && body.admittedOn < rrn.birthDate)
    errors.push({ field: "admittedOn", message: "입소일은 생년월일 이후여야 합니다." });
  if (errors.length > 0 || !rrn.ok) throw validationFailed(errors);

  const key = ctx.config.personalDataKey;
  const lookup = lookupOf(key, rrn.digits);
  if (await repo.activeWithLookup(ctx.tx, institution.id, lookup))
    throw new AppError(
      "ALREADY_ADMITTED",
      409,
      "같은 주민등록번호의 이용자가 이미 재원 중입니다. 퇴소 처리 후 다시 입소 등록하세요.",
      {
        errors: [{ field: "residentNumber", message: "이미 재원 중인 이용자의 주민등록번호입니다." }],
      },
    );
  // 생활시설: 정원 ≥ 현원 (domain.md §4); the institution row is locked, so concurrent admissions queue here.
  if (isResidential(institution) && institution.capacity !== null) {
    const active = await repo.countActive(ctx.tx, institution.id);
    if (active + 1 > institution.capacity)
      throw new AppError(
        "CAPACITY_EXCEEDED",
        409,
        `정원(${institution.capacity}명)이 모두 찼습니다(현재 재원 ${active}명). 생활시설은 정원을 넘어 입소 등록할 수 없습니다. 퇴소 처리나 정원 변경신청 후 다시 등록하세요.`,
        { capacity: institution.capacity, activeCount: active },
      );
  }
  const id = await repo.insertClient(
    ctx.tx,
    institution,
    {
      name: body.name,
      gender: rrn.sex,
      birthDate: rrn.birthDate,
      rrnEncrypted: encryptPersonalData(key, rrn.digits),
      rrnMasked: maskResidentNumber(rrn.digits),
      rrnLookup: lookup,
      admittedOn: body.admittedOn,
    },
    ctx.actor.userId,
  );
  await recordAccess(ctx, {
    action: "create",
    targetType: "client",
    targetId: id,
    subject: body.name,
    details: {
      event: "admission",
      institutionId: institution.id,
      admittedOn: body.admittedOn,
      checkDigit: rrn.checkDigit,
    },
  });
  const created = await repo.findClient(ctx.tx, ctx.actor, id);
  if (!created) throw notFound("이용자");
  return created;
}

/** Changes a client record the user read at `version`; the record as it now is. */
const updateClient = recordUpdate("client", "이용자 정보", (ctx, id) =>
  repo.findClient(ctx.tx, ctx.actor, id),
);

/** 퇴소 처리 / 이용 종료. */
export async function dischargeClient(ctx: ActorCtx, id: string, body: Discharge, version: number) {
  const institution = await ownInstitution(ctx);
  const before = await clientOf(ctx, institution, id);
  refuseIfClosed(institution);
  if (before.dischargedOn)
    throw new AppError("ALREADY_DISCHARGED", 409, `이미 ${before.dischargedOn}에 퇴소 처리된 이용자입니다.`, {
      current: before,
    });
  const problems = checkStayPeriod({
    admittedOn: before.admittedOn,
    dischargedOn: body.dischargedOn,
    today: koreaToday(),
  });
  if (problems.length > 0) throw validationFailed(problems);
  const after = await updateClient(ctx, id, version, {
    discharged_on: body.dischargedOn,
    discharge_reason: body.dischargeReason,
  });
  await recordAccess(ctx, {
    action: "update",
    targetType: "client",
    targetId: id,
    subject: before.name,
    details: { event: "discharge", dischargedOn: body.dischargedOn, dischargeReason: body.dischargeReason },
  });
  return after;
}

export async function renameClient(ctx: ActorCtx, id: string, body: ClientUpdate, version: number) {
  const institution = await ownInstitution(ctx);
  const before = await clientOf(ctx, institution, id);
  refuseIfClosed(institution);
  const after = await updateClient(ctx, id, version, { name: body.name });
  await recordAccess(ctx, {
    action: "update",
    targetType: "client",
    targetId: id,
    subject: body.name,
    reason: body.reason,
    details: { event: "rename", before: before.name, after: body.name },
  });
  return after;
}

/** The full number, once, with a reason in the access log (개인정보의 안전성 확보조치 기준 제8조). */
async function unmask(ctx: ActorCtx, institution: InstitutionInScope, id: string, reason: string) {
  const found = await clientOf(ctx, institution, id);
  const sealed = await repo.readSealedNumber(ctx.tx, ctx.actor, id);
  if (!sealed) throw notFound("이용자");
  const digits = decryptPersonalData(ctx.config.personalDataKey, sealed);
  await recordAccess(ctx, {
    action: "unmask",
    targetType: "client",
    targetId: id,
    subject: found.name,
    reason,
    details: { field: "residentNumber", institutionId: institution.id },
  });
  return { id, residentNumber: formatResidentNumber(digits), rrnMasked: found.rrnMasked };
}

export const unmaskOwnClient = async (ctx: ActorCtx, id: string, reason: string) =>
  unmask(ctx, await ownInstitution(ctx), id, reason);

export const unmaskInstitutionClient = async (
  ctx: ActorCtx,
  institutionId: string,
  id: string,
  reason: string,
) => unmask(ctx, await institutionInScope(ctx, institutionId), id, reason);
