import {
  checkEmploymentPeriod,
  checkWeeklyHours,
  EMPLOYMENT_KIND_LABELS,
  type EmploymentKind,
  koreaToday,
} from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import type { ActorCtx } from "../../platform/context.ts";
import { AppError, type FieldError, notFound, validationFailed } from "../../platform/errors.ts";
import { type ExcelColumn, exportInstitutionList } from "../../platform/excel.ts";
import { changedFields, recordUpdate, unchangedRecord } from "../../platform/versioning.ts";
import {
  type InstitutionInScope,
  institutionInScope,
  ownInstitution,
  refuseIfClosed,
} from "../institutions/index.ts";
import { COLUMN_LABEL, type ImportKey, MAX_IMPORT_ROWS, readStaffWorkbook } from "./staff.excel.ts";
import * as repo from "./staff.repository.ts";
import {
  type ImportReport,
  type StaffCreate,
  type StaffEnd,
  type StaffExportQuery,
  type StaffItem,
  type StaffListQuery,
  type StaffUpdate,
  staffCreate,
} from "./staff.schemas.ts";

async function logList(ctx: ActorCtx, institution: InstitutionInScope, query: StaffListQuery, count: number) {
  await recordAccess(ctx, {
    action: "list",
    targetType: "staff",
    targetId: institution.id,
    subject: institution.name,
    details: { status: query.status, jobType: query.jobType ?? null, q: query.q ?? null, count },
  });
}

export async function listOwnStaff(ctx: ActorCtx, query: StaffListQuery) {
  const institution = await ownInstitution(ctx);
  const page = await repo.listStaff(ctx.tx, ctx.actor, institution.id, query);
  await logList(ctx, institution, query, page.items.length);
  return page;
}

/** Officials' read-only view of one institution in their jurisdiction. */
export async function listInstitutionStaff(ctx: ActorCtx, institutionId: string, query: StaffListQuery) {
  const institution = await institutionInScope(ctx, institutionId);
  const page = await repo.listStaff(ctx.tx, ctx.actor, institution.id, query);
  await logList(ctx, institution, query, page.items.length);
  return page;
}

const STAFF_COLUMNS: ExcelColumn<StaffItem>[] = [
  { header: "성명", width: 12, value: (r) => r.name },
  { header: "직종", width: 16, value: (r) => r.jobTypeName },
  { header: "자격", width: 18, value: (r) => r.qualification },
  { header: "자격·면허 번호", width: 18, value: (r) => r.licenseNo },
  { header: "근무 형태", width: 10, value: (r) => r.employmentKindLabel },
  { header: "주당 근무시간", width: 12, value: (r) => r.weeklyHours },
  { header: "입사일", width: 12, value: (r) => r.hiredOn },
  { header: "퇴사일", width: 12, value: (r) => r.leftOn },
  { header: "퇴사 사유", width: 20, value: (r) => r.endReason },
];

/** 종사자 목록 엑셀: the list's filters and sort, every page, with the reason in the access log. */
async function exportStaff(ctx: ActorCtx, institution: InstitutionInScope, query: StaffExportQuery) {
  return exportInstitutionList(ctx, {
    title: "종사자",
    institution,
    columns: STAFF_COLUMNS,
    query,
    list: (page) => repo.listStaff(ctx.tx, ctx.actor, institution.id, page),
    conditions: (filters) => [
      ["재직 상태", { active: "재직", left: "퇴직", all: "전체" }[filters.status]],
      ...(filters.jobType ? ([["직종 코드", filters.jobType]] as [string, string][]) : []),
      ...(filters.q ? ([["이름", filters.q]] as [string, string][]) : []),
    ],
    targetType: "staff",
  });
}

export async function exportOwnStaff(ctx: ActorCtx, query: StaffExportQuery) {
  return exportStaff(ctx, await ownInstitution(ctx), query);
}

export async function exportInstitutionStaff(ctx: ActorCtx, institutionId: string, query: StaffExportQuery) {
  const institution = await institutionInScope(ctx, institutionId);
  return exportStaff(ctx, institution, query);
}

export async function getStaff(ctx: ActorCtx, id: string) {
  const { found } = await ownStaff(ctx, id);
  await recordAccess(ctx, { action: "read", targetType: "staff", targetId: id, subject: found.name });
  return found;
}

export const listJobTypes = (ctx: ActorCtx) => repo.listJobTypes(ctx.tx);

/** A staff record as the rules check it and the repository inserts it. */
type StaffRecord = repo.NewStaff;

/** The rules beyond the schema: known job type, dates, hours, a reason with every departure. */
async function recordProblems(ctx: ActorCtx, r: StaffRecord, jobCodes?: Set<string>): Promise<FieldError[]> {
  const codes = jobCodes ?? new Set((await repo.listJobTypes(ctx.tx)).map((j) => j.code));
  const problems: FieldError[] = [];
  if (!codes.has(r.jobTypeCode))
    problems.push({
      field: "jobTypeCode",
      message: "등록되지 않은 직종코드입니다. 직종코드 표에서 고르세요.",
    });
  problems.push(...checkEmploymentPeriod({ hiredOn: r.hiredOn, leftOn: r.leftOn, today: koreaToday() }));
  problems.push(...checkWeeklyHours(r.employmentKind, r.weeklyHours));
  if (r.leftOn && !r.endReason) problems.push({ field: "endReason", message: "퇴사 사유를 입력하세요." });
  if (!r.leftOn && r.endReason)
    problems.push({ field: "leftOn", message: "퇴사 사유가 있으면 퇴사일을 입력하세요." });
  return problems;
}

const toRecord = (b: StaffCreate): StaffRecord => ({
  name: b.name,
  jobTypeCode: b.jobTypeCode,
  qualification: b.qualification || null,
  licenseNo: b.licenseNo || null,
  employmentKind: b.employmentKind,
  weeklyHours: b.weeklyHours ?? null,
  hiredOn: b.hiredOn,
  leftOn: null,
  endReason: null,
});

export async function createStaff(ctx: ActorCtx, body: StaffCreate) {
  const institution = await ownInstitution(ctx);
  refuseIfClosed(institution);
  const record = toRecord(body);
  const problems = await recordProblems(ctx, record);
  if (problems.length > 0) throw validationFailed(problems);
  const id = await repo.insertStaff(ctx.tx, institution, record, ctx.actor.userId);
  await recordAccess(ctx, {
    action: "create",
    targetType: "staff",
    targetId: id,
    subject: record.name,
    details: { institutionId: institution.id, jobTypeCode: record.jobTypeCode, hiredOn: record.hiredOn },
  });
  const created = await repo.findStaff(ctx.tx, ctx.actor, id);
  if (!created) throw notFound("종사자");
  return created;
}

const COLUMN_OF = {
  name: "name",
  jobTypeCode: "job_type_code",
  qualification: "qualification",
  licenseNo: "license_no",
  employmentKind: "employment_kind",
  weeklyHours: "weekly_hours",
  hiredOn: "hired_on",
};

/** The staff member as read, within the own institution (404 for anyone else's). */
async function ownStaff(ctx: ActorCtx, id: string) {
  const institution = await ownInstitution(ctx);
  const found = await repo.findStaff(ctx.tx, ctx.actor, id);
  if (!found || found.institutionId !== institution.id) throw notFound("종사자");
  return { institution, found };
}

const STAFF_RECORD = "종사자 정보";
const updateStaffRow = recordUpdate("staff", STAFF_RECORD, (ctx, id) =>
  repo.findStaff(ctx.tx, ctx.actor, id),
);

export async function updateStaff(ctx: ActorCtx, id: string, body: StaffUpdate, version: number) {
  const { institution, found: before } = await ownStaff(ctx, id);
  refuseIfClosed(institution);
  const { changes, changed } = changedFields(body, before, COLUMN_OF);
  if (Object.keys(changes).length === 0) return unchangedRecord(before, version, STAFF_RECORD);
  const merged: StaffRecord = {
    name: (body.name ?? before.name) as string,
    jobTypeCode: body.jobTypeCode ?? before.jobTypeCode,
    qualification: body.qualification === undefined ? before.qualification : body.qualification || null,
    licenseNo: body.licenseNo === undefined ? before.licenseNo : body.licenseNo || null,
    employmentKind: body.employmentKind ?? before.employmentKind,
    weeklyHours: body.weeklyHours === undefined ? before.weeklyHours : body.weeklyHours,
    hiredOn: body.hiredOn ?? before.hiredOn,
    leftOn: before.leftOn,
    endReason: before.endReason,
  };
  const problems = await recordProblems(ctx, merged);
  if (problems.length > 0) throw validationFailed(problems);
  const after = await updateStaffRow(ctx, id, version, changes);
  await recordAccess(ctx, {
    action: "update",
    targetType: "staff",
    targetId: id,
    subject: before.name,
    details: { changed },
  });
  return after;
}

/** 퇴사 처리: the administrator's step, with a date and a reason; reported to the 시군구 (domain.md §8). */
export async function endEmployment(ctx: ActorCtx, id: string, body: StaffEnd, version: number) {
  const { institution, found: before } = await ownStaff(ctx, id);
  refuseIfClosed(institution);
  if (before.leftOn)
    throw new AppError("ALREADY_ENDED", 409, `이미 ${before.leftOn}에 퇴사 처리된 종사자입니다.`, {
      current: before,
    });
  const problems = checkEmploymentPeriod({
    hiredOn: before.hiredOn,
    leftOn: body.leftOn,
    today: koreaToday(),
  });
  if (problems.length > 0) throw validationFailed(problems);
  const after = await updateStaffRow(ctx, id, version, { left_on: body.leftOn, end_reason: body.endReason });
  await recordAccess(ctx, {
    action: "update",
    targetType: "staff",
    targetId: id,
    subject: before.name,
    details: { event: "end_employment", leftOn: body.leftOn, endReason: body.endReason },
  });
  return after;
}

const KIND_BY_LABEL: Record<string, EmploymentKind> = Object.fromEntries(
  Object.entries(EMPLOYMENT_KIND_LABELS).flatMap(([k, label]) => [
    [label, k],
    [k, k],
  ]),
) as Record<string, EmploymentKind>;

/** 2024.3.2, 2024/03/02 and 2024-3-2 all mean 2024-03-02; anything else is left for the schema to refuse. */
function normalizeDate(text: string): string {
  const m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?$/.exec(text);
  return m ? `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}` : text;
}

/**
 * 엑셀 일괄등록: every row is validated; all rows are saved in this one transaction only when every row is
 * valid, otherwise nothing is saved and the report names each row's problems by column.
 */
export async function importStaff(ctx: ActorCtx, file: Buffer): Promise<ImportReport> {
  const institution = await ownInstitution(ctx);
  refuseIfClosed(institution);
  let raw: Awaited<ReturnType<typeof readStaffWorkbook>>;
  try {
    raw = await readStaffWorkbook(file);
  } catch {
    throw validationFailed(
      [{ field: "file", message: "엑셀(.xlsx) 파일을 읽을 수 없습니다. 내려받은 양식에 입력해 올리세요." }],
      "엑셀 파일을 읽을 수 없습니다.",
    );
  }
  if (raw.length === 0)
    throw validationFailed(
      [{ field: "file", message: "등록할 종사자 행이 없습니다(2행부터 입력)." }],
      "등록할 행이 없습니다.",
    );
  if (raw.length > MAX_IMPORT_ROWS)
    throw validationFailed(
      [
        {
          field: "file",
          message: `한 번에 ${MAX_IMPORT_ROWS}행까지 올릴 수 있습니다(현재 ${raw.length}행).`,
        },
      ],
      "행이 너무 많습니다.",
    );
  const codes = new Set((await repo.listJobTypes(ctx.tx)).map((j) => j.code));
  const checked: {
    row: number;
    name: string | null;
    errors: { column: string; message: string }[];
    record?: StaffRecord;
  }[] = [];
  for (const { row, values } of raw) {
    const errors: { column: string; message: string }[] = [];
    const columnOf = (field: string) => COLUMN_LABEL[field as ImportKey] ?? field;
    const hours = values.weeklyHours === "" ? null : Number(values.weeklyHours.replace(/시간$/, ""));
    const kind = KIND_BY_LABEL[values.employmentKind];
    const parsed = staffCreate.safeParse({
      name: values.name,
      jobTypeCode: values.jobTypeCode.toUpperCase(),
      qualification: values.qualification || null,
      licenseNo: values.licenseNo || null,
      employmentKind: kind ?? "",
      weeklyHours: hours === null || Number.isNaN(hours) ? (hours === null ? null : "x") : hours,
      hiredOn: normalizeDate(values.hiredOn),
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        errors.push({ column: columnOf(String(issue.path[0])), message: issue.message });
    const leftOn = values.leftOn ? normalizeDate(values.leftOn) : null;
    if (leftOn && !/^\d{4}-\d{2}-\d{2}$/.test(leftOn))
      errors.push({ column: COLUMN_LABEL.leftOn, message: "퇴사일은 YYYY-MM-DD 형식입니다." });
    if (values.endReason.length > 200)
      errors.push({ column: COLUMN_LABEL.endReason, message: "퇴사 사유는 200자 이내입니다." });
    let record: StaffRecord | undefined;
    if (parsed.success) {
      record = { ...toRecord(parsed.data), leftOn, endReason: values.endReason || null };
      for (const p of await recordProblems(ctx, record, codes))
        errors.push({ column: columnOf(p.field), message: p.message });
    }
    checked.push({ row, name: values.name || null, errors, record });
  }
  const ok = checked.every((c) => c.errors.length === 0);
  if (ok) {
    for (const c of checked)
      await repo.insertStaff(ctx.tx, institution, c.record as StaffRecord, ctx.actor.userId);
  }
  await recordAccess(ctx, {
    action: "import",
    targetType: "staff",
    targetId: institution.id,
    subject: institution.name,
    details: {
      rows: checked.length,
      saved: ok ? checked.length : 0,
      rowsWithErrors: checked.filter((c) => c.errors.length > 0).length,
    },
  });
  return {
    ok,
    saved: ok ? checked.length : 0,
    rows: checked.map(({ row, name, errors }) => ({ row, name, errors })),
  };
}
