import {
  addCalendarDays,
  canChangeStatus,
  changedFields,
  changeReasonError,
  EDITABLE_FIELDS,
  isChangeRequestOverdue,
  isIsoDate,
  isMinorField,
  koreaToday,
  normalizeRegisterValue,
  REGISTER_FIELD_LABELS,
  type RegisterField,
  type RegisterFields,
  ROLE_LABELS,
  type Role,
  validateRegister,
} from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import type { Actor, ActorCtx } from "../../platform/context.ts";
import { AppError, type FieldError, notFound, validationFailed } from "../../platform/errors.ts";
import { iso } from "../../platform/timestamps.ts";
import { updateWithVersion } from "../../platform/versioning.ts";
import { ownInstitutionId } from "../institutions/index.ts";
import { notify } from "../notifications/index.ts";
import * as repo from "./register.repository.ts";
import type {
  ChangeInstitutionBody,
  ChangeRequestItem,
  ChangeRequestQuery,
  CreateInstitutionBody,
  HistoryEntry,
  RegisterRecord,
} from "./register.schemas.ts";

const labelOf = (f: string) => REGISTER_FIELD_LABELS[f as RegisterField] ?? f;

const CLOSED = () =>
  new AppError("INSTITUTION_CLOSED", 409, "폐지된 기관의 정보는 변경할 수 없습니다(조회만 가능합니다).");

const HISTORY_KIND_LABELS: Record<repo.HistoryKind, string> = {
  registered: "신규 등록",
  changed: "정보 변경",
  status_changed: "운영 상태 변경",
  change_requested: "변경신청 접수",
  change_request_approved: "변경신청 승인 반영",
  change_request_returned: "변경신청 반려",
  change_request_withdrawn: "변경신청 철회",
  region_reorganised: "행정구역 개편",
};
const REQUEST_STATUS_LABELS = {
  submitted: "처리 중",
  approved: "승인",
  returned: "반려",
  withdrawn: "철회",
} as const;

function snapshot(record: RegisterRecord): RegisterFields {
  return repo.pickFields(record as unknown as Record<string, unknown>);
}

async function requireRegister(ctx: ActorCtx, id: string, lock = false) {
  const found = await repo.findRegister(ctx.tx, ctx.actor, id, lock);
  if (!found) throw notFound("기관");
  return found;
}

// ── reading ──────────────────────────────────────────────────────────────────
export async function getRegister(ctx: ActorCtx, id: string) {
  const found = await requireRegister(ctx, id);
  await recordAccess(ctx, {
    action: "read",
    targetType: "institution_register",
    targetId: id,
    subject: found.name,
  });
  return found;
}

export async function getOwnRegister(ctx: ActorCtx) {
  return getRegister(ctx, ownInstitutionId(ctx));
}

export async function listHistory(ctx: ActorCtx, id: string, page: { offset: number; limit: number }) {
  const found = await requireRegister(ctx, id);
  const { rows, total } = await repo.listHistory(ctx.tx, ctx.actor, id, page.offset, page.limit);
  await recordAccess(ctx, {
    action: "read",
    targetType: "institution_history",
    targetId: id,
    subject: found.name,
  });
  const items: HistoryEntry[] = rows.map((r) => ({
    id: r.id,
    changedAt: iso(r.changed_at),
    changedByName: r.changed_by_name,
    changedByRole: r.changed_by_role,
    changedByRoleLabel: ROLE_LABELS[r.changed_by_role as Role] ?? r.changed_by_role,
    kind: r.kind,
    kindLabel: HISTORY_KIND_LABELS[r.kind] ?? r.kind,
    reason: r.reason,
    changedFields: r.changed_fields,
    changedFieldLabels: r.changed_fields.map(labelOf),
    before: r.before,
    after: r.after,
    changeRequest:
      r.cr_id && r.cr_requested_at && r.cr_requested_by_name
        ? {
            id: r.cr_id,
            requestedByName: r.cr_requested_by_name,
            requestedAt: iso(r.cr_requested_at),
            reason: r.cr_reason ?? "",
            status: r.cr_status ?? "",
            changes: r.cr_changes ?? {},
          }
        : null,
  }));
  return { items, total, offset: page.offset, limit: page.limit };
}

/** The register as it stood at the end of `date` (Korea time), from the history snapshots. */
export async function getAsOf(ctx: ActorCtx, id: string, date: string) {
  if (!isIsoDate(date))
    throw validationFailed([{ field: "date", message: "기준일이 올바른 날짜가 아닙니다." }]);
  const current = await requireRegister(ctx, id);
  await recordAccess(ctx, {
    action: "read",
    targetType: "institution_history",
    targetId: id,
    subject: current.name,
    details: { asOf: date },
  });
  const at = await repo.snapshotAsOf(ctx.tx, id, date);
  if (at)
    return {
      institutionId: id,
      asOf: date,
      basis: "history" as const,
      changedAt: iso(at.changed_at),
      record: at.after,
    };
  const first = await repo.earliestHistory(ctx.tx, id);
  if (!first)
    return {
      institutionId: id,
      asOf: date,
      basis: "current" as const,
      changedAt: null,
      record: snapshot(current),
    };
  if (!first.before)
    throw new AppError("NOT_REGISTERED_YET", 404, `${date} 기준으로는 등록되지 않은 기관입니다.`);
  return {
    institutionId: id,
    asOf: date,
    basis: "before_first_change" as const,
    changedAt: null,
    record: first.before,
  };
}

// ── registering ──────────────────────────────────────────────────────────────
function inJurisdiction(actor: Actor, sidoCode: string, sigunguCode: string): boolean {
  if (actor.scope.kind === "nation") return true;
  if (actor.scope.kind === "sido") return actor.scope.code === sidoCode;
  if (actor.scope.kind === "sigungu") return actor.scope.code === sigunguCode;
  return false;
}

export async function registerInstitution(ctx: ActorCtx, body: CreateInstitutionBody) {
  const today = koreaToday();
  const fields = {} as Record<RegisterField, unknown>;
  for (const f of Object.keys(repo.COLUMNS) as RegisterField[])
    fields[f] = normalizeRegisterValue(f, (body as Record<string, unknown>)[f] ?? null) ?? null;
  fields.status = "operating";
  fields.closedOn = null;
  const record = fields as unknown as RegisterFields;

  const errors: FieldError[] = [];
  const region = await repo.findSigungu(ctx.tx, record.sigunguCode);
  if (!region) errors.push({ field: "sigunguCode", message: "현재 시행 중인 시군구를 선택하세요." });
  else if (!inJurisdiction(ctx.actor, region.sidoCode, region.code5))
    errors.push({ field: "sigunguCode", message: "관할 구역 밖의 시군구에는 기관을 등록할 수 없습니다." });
  const type = record.typeCode ? await repo.findType(ctx.tx, record.typeCode) : null;
  if (record.typeCode && !type)
    errors.push({ field: "typeCode", message: "시설 유형 코드가 올바르지 않습니다." });
  const currentUsers = body.currentUsers ?? null;
  errors.push(
    ...validateRegister(record, {
      today,
      residential: type?.residential ?? false,
      currentUsers,
      region: region ? { sidoName: region.sidoName, sigunguName: region.sigunguName } : null,
    }).filter((e) => !errors.some((x) => x.field === e.field)),
  );
  if (!record.openedOn && !errors.some((e) => e.field === "openedOn"))
    errors.push({ field: "openedOn", message: "개소일을 입력하세요." });
  if (errors.length > 0 || !region) throw validationFailed(errors);

  const id = await repo.insertInstitution(ctx.tx, record, region.sidoCode, currentUsers);
  const inst = { id, sidoCode: region.sidoCode, sigunguCode: region.code5 };
  await repo.startStatusPeriod(ctx.tx, inst, "operating", record.openedOn ?? today, "신규 등록");
  const created = await requireRegister(ctx, id);
  await repo.insertHistory(ctx.tx, {
    institutionId: id,
    sidoCode: inst.sidoCode,
    sigunguCode: inst.sigunguCode,
    actor: ctx.actor,
    kind: "registered",
    reason: body.reason?.trim() || null,
    changedFields: [],
    before: null,
    after: snapshot(created),
  });
  await recordAccess(ctx, {
    action: "create",
    targetType: "institution",
    targetId: id,
    subject: created.name,
    reason: body.reason ?? null,
  });
  return created;
}

// ── changing ─────────────────────────────────────────────────────────────────
/** The requested field values, cleaned, that differ from the current entry. */
function proposedChanges(body: ChangeInstitutionBody, current: RegisterFields): Partial<RegisterFields> {
  const proposed: Record<string, unknown> = {};
  for (const f of EDITABLE_FIELDS) {
    const value = (body as Record<string, unknown>)[f];
    if (value !== undefined) proposed[f] = normalizeRegisterValue(f, value);
  }
  const diff = changedFields(current, proposed as Partial<RegisterFields>);
  return Object.fromEntries(diff.map((f) => [f, proposed[f]])) as Partial<RegisterFields>;
}

/**
 * Validates and applies changes to the register in the caller's transaction: version check, status period,
 * history row with full before/after, access-log entry. Every path that changes the register goes here.
 */
async function applyChanges(
  ctx: ActorCtx,
  current: RegisterRecord,
  changes: Partial<RegisterFields>,
  options: {
    version: number;
    kind: repo.HistoryKind;
    reason: string | null;
    statusEffectiveOn?: string;
    changeRequestId?: string;
    /** Errors found before (a missing reason), answered together with the fields' own. */
    errors?: FieldError[];
  },
): Promise<RegisterRecord> {
  const today = koreaToday();
  if (current.status === "closed") throw CLOSED();
  const fields = Object.keys(changes) as RegisterField[];
  const next: RegisterFields = { ...snapshot(current), ...changes };
  const errors: FieldError[] = [...(options.errors ?? [])];

  let statusFrom: string | null = null;
  if (changes.status && changes.status !== current.status) {
    if (!canChangeStatus(current.status, changes.status))
      errors.push({ field: "status", message: "폐지된 기관의 상태는 바꿀 수 없습니다." });
    statusFrom =
      options.statusEffectiveOn ?? (changes.status === "closed" ? (next.closedOn ?? today) : today);
    if (!isIsoDate(statusFrom) || statusFrom > today)
      errors.push({ field: "statusEffectiveOn", message: "상태 변경일은 오늘 이후일 수 없습니다." });
    const open = await repo.openStatusPeriod(ctx.tx, current.id);
    if (open && statusFrom < open.valid_from)
      errors.push({
        field: "statusEffectiveOn",
        message: `상태 변경일은 현재 상태의 시작일(${open.valid_from}) 이후여야 합니다.`,
      });
    if (changes.status === "closed") {
      next.closedOn = next.closedOn ?? statusFrom;
      if (!fields.includes("closedOn")) fields.push("closedOn");
    }
  }
  if (changes.closedOn && next.status !== "closed")
    errors.push({ field: "closedOn", message: "폐지일은 운영 상태를 '폐지'로 바꿀 때만 입력합니다." });

  const type = fields.includes("typeCode") ? await repo.findType(ctx.tx, next.typeCode) : null;
  if (fields.includes("typeCode") && !type)
    errors.push({ field: "typeCode", message: "시설 유형 코드가 올바르지 않습니다." });
  const residential = type ? type.residential : current.residential;
  const region = { sidoName: current.sidoName, sigunguName: current.sigunguName || null };
  for (const e of validateRegister(
    next,
    { today, residential, currentUsers: current.currentUsers, region },
    fields,
  ))
    if (!errors.some((x) => x.field === e.field)) errors.push(e);
  if (errors.length > 0) throw validationFailed(errors);

  const columns: Record<string, unknown> = {};
  for (const f of fields) columns[repo.COLUMNS[f]] = next[f];
  await updateWithVersion(ctx.tx, {
    table: "institution",
    id: current.id,
    version: options.version,
    changes: columns,
    what: "기관 정보",
    readCurrent: () => repo.findRegister(ctx.tx, ctx.actor, current.id),
  });
  const inst = { id: current.id, sidoCode: current.sidoCode, sigunguCode: current.sigunguCode };
  if (statusFrom && next.status !== current.status)
    await repo.startStatusPeriod(ctx.tx, inst, next.status, statusFrom, options.reason);

  const after = await requireRegister(ctx, current.id);
  const kind = options.kind === "changed" && statusFrom ? "status_changed" : options.kind;
  await repo.insertHistory(ctx.tx, {
    institutionId: current.id,
    sidoCode: current.sidoCode,
    sigunguCode: current.sigunguCode,
    actor: ctx.actor,
    kind,
    reason: options.reason,
    changedFields: fields,
    before: snapshot(current),
    after: snapshot(after),
    changeRequestId: options.changeRequestId ?? null,
  });
  await recordAccess(ctx, {
    action: "update",
    targetType: "institution",
    targetId: current.id,
    subject: after.name,
    reason: options.reason,
    details: {
      kind,
      changeRequestId: options.changeRequestId ?? null,
      before: Object.fromEntries(fields.map((f) => [f, current[f]])),
      after: Object.fromEntries(fields.map((f) => [f, after[f]])),
    },
  });
  return after;
}

/** An official changes the register directly; legally significant fields need a reason. */
export async function changeInstitution(
  ctx: ActorCtx,
  id: string,
  body: ChangeInstitutionBody,
  version: number,
) {
  const current = await requireRegister(ctx, id, true);
  if (current.status === "closed") throw CLOSED();
  const changes = proposedChanges(body, snapshot(current));
  const fields = Object.keys(changes);
  if (fields.length === 0) throw new AppError("NOTHING_CHANGED", 400, "변경된 항목이 없습니다.");
  const reasonError = changeReasonError("official", fields as RegisterField[], body.reason);
  return applyChanges(ctx, current, changes, {
    version,
    kind: "changed",
    reason: body.reason?.trim() || null,
    statusEffectiveOn: body.statusEffectiveOn,
    // A missing reason is reported with the fields' own errors, all in one answer.
    errors: reasonError ? [reasonError] : [],
  });
}

/**
 * A provider changes its own institution: minor fields at once; legally significant ones become a change
 * request for the 시군구 (domain.md §4), and the register does not change until it is approved.
 */
export async function changeOwnInstitution(ctx: ActorCtx, body: ChangeInstitutionBody, version: number) {
  const id = ownInstitutionId(ctx);
  let current = await requireRegister(ctx, id, true);
  if (current.status === "closed") throw CLOSED();
  const changes = proposedChanges(body, snapshot(current));
  const fields = Object.keys(changes) as RegisterField[];
  if (fields.length === 0) throw new AppError("NOTHING_CHANGED", 400, "변경된 항목이 없습니다.");
  const minor = fields.filter(isMinorField);
  const requested = fields.filter((f) => !isMinorField(f));
  const reason = body.reason?.trim() || null;
  const reasonError = changeReasonError("provider", fields, reason);
  if (current.version !== version) {
    throw new AppError(
      "VERSION_CONFLICT",
      409,
      "다른 사용자가 먼저 기관 정보를 수정했습니다. 최신 내용을 확인한 뒤 다시 저장하세요.",
      { current },
    );
  }
  // Check the requested values now, so the institution hears of a mistake before the official does.
  if (requested.length > 0) {
    const next: RegisterFields = { ...snapshot(current), ...changes };
    const type = requested.includes("typeCode") ? await repo.findType(ctx.tx, next.typeCode) : null;
    const errors: FieldError[] = reasonError ? [reasonError] : [];
    if (requested.includes("typeCode") && !type)
      errors.push({ field: "typeCode", message: "시설 유형 코드가 올바르지 않습니다." });
    if (changes.status && !canChangeStatus(current.status, changes.status))
      errors.push({ field: "status", message: "폐지된 기관의 상태는 바꿀 수 없습니다." });
    const residential = type ? type.residential : current.residential;
    for (const e of validateRegister(
      next,
      {
        today: koreaToday(),
        residential,
        currentUsers: current.currentUsers,
        region: { sidoName: current.sidoName, sigunguName: current.sigunguName || null },
      },
      fields,
    ))
      if (!errors.some((x) => x.field === e.field)) errors.push(e);
    const pending = new Set(await repo.submittedFieldsOf(ctx.tx, id));
    const overlapping = requested.filter((f) => pending.has(f));
    if (overlapping.length > 0)
      errors.push(
        ...overlapping.map((f) => ({
          field: f,
          message: `${labelOf(f)}에 대한 변경신청이 이미 처리 중입니다. 처리 결과를 기다리거나 신청을 철회하세요.`,
        })),
      );
    if (errors.length > 0) throw validationFailed(errors);
  }

  if (minor.length > 0) {
    const minorChanges = Object.fromEntries(minor.map((f) => [f, changes[f]])) as Partial<RegisterFields>;
    current = await applyChanges(ctx, current, minorChanges, { version, kind: "changed", reason });
  }
  let changeRequest: ChangeRequestItem | null = null;
  if (requested.length > 0) {
    const requestChanges = Object.fromEntries(requested.map((f) => [f, changes[f]]));
    const requestedBefore = Object.fromEntries(requested.map((f) => [f, current[f]]));
    const today = koreaToday();
    const dueOn = addCalendarDays(today, await repo.dueDays(ctx.tx));
    const requestId = await repo.insertChangeRequest(ctx.tx, {
      institutionId: id,
      sidoCode: current.sidoCode,
      sigunguCode: current.sigunguCode,
      actor: ctx.actor,
      dueOn,
      changes: requestChanges,
      before: requestedBefore,
      reason: reason ?? "",
    });
    await repo.insertHistory(ctx.tx, {
      institutionId: id,
      sidoCode: current.sidoCode,
      sigunguCode: current.sigunguCode,
      actor: ctx.actor,
      kind: "change_requested",
      reason,
      changedFields: requested,
      before: snapshot(current),
      after: snapshot(current),
      changeRequestId: requestId,
    });
    await notify(ctx, {
      kind: "change_request_filed",
      recipients: [{ sigunguOfficials: current.sigunguCode }],
      variables: { institutionName: current.name, dueOn, requestedBy: ctx.actor.name },
      link: "/official/change-requests",
      object: { type: "change_request", id: requestId },
    });
    await recordAccess(ctx, {
      action: "create",
      targetType: "change_request",
      targetId: requestId,
      subject: current.name,
      reason,
      details: { fields: requested },
    });
    changeRequest = await requireChangeRequest(ctx, requestId);
    current = await requireRegister(ctx, id);
  }
  return { institution: current, appliedFields: minor, changeRequest };
}

// ── change requests ──────────────────────────────────────────────────────────
function toItem(r: repo.ChangeRequestRow, today: string): ChangeRequestItem {
  return {
    id: r.id,
    institutionId: r.institution_id,
    institutionName: r.institution_name,
    sigunguCode: r.sigungu_code,
    sigunguName: r.sigungu_name ?? "",
    requestedByName: r.requested_by_name,
    requestedAt: iso(r.requested_at),
    dueOn: r.due_on,
    isOverdue: isChangeRequestOverdue({ status: r.status, dueOn: r.due_on }, today),
    status: r.status,
    statusLabel: REQUEST_STATUS_LABELS[r.status],
    changes: r.changes,
    before: r.before,
    changedFieldLabels: Object.keys(r.changes).map(labelOf),
    reason: r.reason,
    decidedByName: r.decided_by_name,
    decidedAt: r.decided_at ? iso(r.decided_at) : null,
    decisionReason: r.decision_reason,
    version: r.version,
  };
}

async function requireChangeRequest(ctx: ActorCtx, id: string, lock = false) {
  const row = await repo.findChangeRequest(ctx.tx, ctx.actor, id, lock);
  if (!row) throw notFound("변경신청");
  return toItem(row, koreaToday());
}

export async function listChangeRequests(ctx: ActorCtx, query: ChangeRequestQuery, own = false) {
  const today = koreaToday();
  const { rows, total } = await repo.listChangeRequests(
    ctx.tx,
    ctx.actor,
    own ? { ...query, institutionId: ownInstitutionId(ctx) } : query,
    today,
  );
  return { items: rows.map((r) => toItem(r, today)), total, offset: query.offset, limit: query.limit };
}

export async function getChangeRequest(ctx: ActorCtx, id: string) {
  return requireChangeRequest(ctx, id);
}

function assertDecidable(request: ChangeRequestItem, version: number | undefined) {
  if (request.status !== "submitted")
    throw new AppError(
      "CHANGE_REQUEST_DECIDED",
      409,
      `이미 처리된 변경신청입니다(${request.statusLabel}). 처리 중인 신청만 승인·반려·철회할 수 있습니다.`,
      { current: request },
    );
  if (version !== undefined && version !== request.version)
    throw new AppError("VERSION_CONFLICT", 409, "변경신청이 그 사이 바뀌었습니다. 최신 내용을 확인하세요.", {
      current: request,
    });
}

/** Approval applies the requested values to the register in the same transaction. */
export async function approveChangeRequest(
  ctx: ActorCtx,
  id: string,
  body: { version?: number; institutionVersion?: number; note?: string | null },
) {
  const request = await requireChangeRequest(ctx, id, true);
  assertDecidable(request, body.version);
  const current = await requireRegister(ctx, request.institutionId, true);
  if (current.status === "closed") throw CLOSED();
  if (body.institutionVersion !== undefined && body.institutionVersion !== current.version)
    throw new AppError(
      "VERSION_CONFLICT",
      409,
      "신청을 검토한 뒤 기관 정보가 바뀌었습니다. 최신 기관 정보를 확인한 뒤 다시 처리하세요.",
      { current },
    );
  // The request was made against the values it shows as "before"; if one has changed since, approving
  // would overwrite a change nobody compared it with.
  const stale = Object.keys(request.changes).filter(
    (f) => (current[f as RegisterField] ?? null) !== (request.before[f] ?? null),
  );
  if (stale.length > 0)
    throw new AppError(
      "CHANGE_REQUEST_STALE",
      409,
      `신청 이후 기관 정보(${stale.map(labelOf).join(", ")})가 바뀌어 그대로 승인할 수 없습니다. 반려한 뒤 다시 신청하도록 안내하세요.`,
    );
  const note = body.note?.trim() || null;
  const decided = await repo.decideChangeRequest(ctx.tx, id, {
    status: "approved",
    actor: ctx.actor,
    reason: note,
  });
  if (!decided) assertDecidable({ ...request, status: "approved", statusLabel: "처리됨" }, undefined);
  await applyChanges(ctx, current, request.changes as Partial<RegisterFields>, {
    version: current.version,
    kind: "change_request_approved",
    reason: `변경신청 승인(신청 사유: ${request.reason})${note ? ` — ${note}` : ""}`,
    changeRequestId: id,
  });
  await recordAccess(ctx, {
    action: "approve",
    targetType: "change_request",
    targetId: id,
    subject: request.institutionName,
    reason: note,
  });
  await notifyDecision(ctx, request, "승인", note);
  return requireChangeRequest(ctx, id);
}

export async function returnChangeRequest(
  ctx: ActorCtx,
  id: string,
  body: { version?: number; reason: string },
) {
  const request = await requireChangeRequest(ctx, id, true);
  assertDecidable(request, body.version);
  return closeRequest(ctx, request, "returned", body.reason.trim());
}

export async function withdrawChangeRequest(ctx: ActorCtx, id: string, body: { version?: number }) {
  const request = await requireChangeRequest(ctx, id, true);
  assertDecidable(request, body.version);
  return closeRequest(ctx, request, "withdrawn", null);
}

/** The institution hears how its request was decided (통합알림). */
function notifyDecision(ctx: ActorCtx, request: ChangeRequestItem, decision: string, reason: string | null) {
  return notify(ctx, {
    kind: "change_request_decided",
    recipients: [{ institutionUsers: request.institutionId }],
    variables: { institutionName: request.institutionName, decision, reason: reason ?? "없음" },
    link: "/provider/change-requests",
    object: { type: "change_request", id: request.id },
  });
}

async function closeRequest(
  ctx: ActorCtx,
  request: ChangeRequestItem,
  status: "returned" | "withdrawn",
  reason: string | null,
) {
  const decided = await repo.decideChangeRequest(ctx.tx, request.id, { status, actor: ctx.actor, reason });
  if (!decided) assertDecidable({ ...request, status, statusLabel: "처리됨" }, undefined);
  if (status === "returned") await notifyDecision(ctx, request, "반려", reason);
  const current = await requireRegister(ctx, request.institutionId);
  await repo.insertHistory(ctx.tx, {
    institutionId: current.id,
    sidoCode: current.sidoCode,
    sigunguCode: current.sigunguCode,
    actor: ctx.actor,
    kind: status === "returned" ? "change_request_returned" : "change_request_withdrawn",
    reason,
    changedFields: Object.keys(request.changes),
    before: snapshot(current),
    after: snapshot(current),
    changeRequestId: request.id,
  });
  await recordAccess(ctx, {
    action: status === "returned" ? "return" : "withdraw",
    targetType: "change_request",
    targetId: request.id,
    subject: request.institutionName,
    reason,
  });
  return requireChangeRequest(ctx, request.id);
}
