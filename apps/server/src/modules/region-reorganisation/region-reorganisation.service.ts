import { readRegionHistory } from "@ssis/db";
import {
  addCalendarDays,
  checkRegionMapping,
  checkSplitAssignments,
  koreaToday,
  listInstitutionsForMessage,
} from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import type { ActorCtx } from "../../platform/context.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import * as repo from "./region-reorganisation.repository.ts";
import type { ApplyBody, ListQuery, PreviewBody, PreviewResponse } from "./region-reorganisation.schemas.ts";

/** Checks the mapping and counts what it would move; nothing is written (but reading names is logged). */
export async function previewReorganisation(ctx: ActorCtx, body: PreviewBody): Promise<PreviewResponse> {
  const regions = await repo.listRegions(ctx.tx);
  const byCode = new Map(regions.map((r) => [r.code5, r]));
  const check = checkRegionMapping({
    effectiveOn: body.effectiveOn,
    mappings: body.mappings,
    regions,
    today: koreaToday(),
  });
  const oldCodes = [...new Set(body.mappings.map((m) => m.oldCode5).filter((c) => byCode.has(c)))];
  const counts = await repo.countAffected(ctx.tx, oldCodes);
  const splitCodes = check.plan.splits.map((s) => s.oldCode5);
  const institutions = await repo.listInstitutionsIn(ctx.tx, splitCodes);
  const assignments = checkSplitAssignments(check.plan, institutions, body.splitAssignments ?? []);
  const name = (code: string) => byCode.get(code)?.name ?? code;
  const rows = oldCodes.map((code) => {
    const c = counts.get(code);
    const news = body.mappings.filter((m) => m.oldCode5 === code).map((m) => m.newCode5);
    return {
      oldCode5: code,
      oldName: name(code),
      level: byCode.get(code)?.level ?? "",
      newCodes: news.map((n) => ({ code5: n, name: name(n) })),
      split: news.length > 1,
      institutions: c?.institutions ?? 0,
      users: c?.users ?? 0,
      openChangeRequests: c?.open_change_requests ?? 0,
      openReportTargets: c?.open_report_targets ?? 0,
    };
  });
  // A 시도 row counts its whole 시도, which its 시군구 rows count again: totals add the 시군구 rows only,
  // plus the 시도's own users (시도 scopes).
  const sum = (key: "institutions" | "users" | "openChangeRequests" | "openReportTargets") =>
    rows.reduce((n, r) => n + (r.level === "sido" && key !== "users" ? 0 : r[key]), 0);
  const applied = await repo.findAppliedChanges(ctx.tx, oldCodes);
  if (institutions.length > 0)
    await recordAccess(ctx, {
      action: "read",
      targetType: "region_reorganisation_preview",
      subject: `분할 대상 기관 ${institutions.length}곳`,
      details: { splitCodes },
    });
  const candidates = new Map(check.plan.splits.map((s) => [s.oldCode5, s.newCodes]));
  return {
    effectiveOn: body.effectiveOn,
    errors: [...check.errors, ...assignments.errors],
    warnings: check.warnings,
    rows,
    totals: {
      institutions: sum("institutions"),
      users: sum("users"),
      openChangeRequests: sum("openChangeRequests"),
      openReportTargets: sum("openReportTargets"),
    },
    splitInstitutions: institutions.map((i) => ({
      ...i,
      candidates: (candidates.get(i.sigunguCode) ?? []).map((c) => ({ code5: c, name: name(c) })),
      assignedCode5: assignments.assigned.get(i.id) ?? null,
    })),
    copyTables: await repo.listCopyTables(ctx.tx),
    alreadyApplied: applied.map((a) => ({ oldCode5: a.old_code5, newCode5: a.new_code5, title: a.title })),
  };
}

/**
 * Applies a reorganisation in the request's one transaction: records it, moves institutions and every row
 * copying their region, officials' scopes, report rounds and agencies' coverage (region_reorganisation_apply,
 * migration 0007), writes one register history row per institution and one access-log entry with the counts.
 */
export async function applyReorganisation(ctx: ActorCtx, body: ApplyBody) {
  if (body.confirm !== true)
    throw validationFailed(
      [{ field: "confirm", message: "되돌릴 수 없는 작업입니다. 내용을 확인했다면 확인에 동의하세요." }],
      "행정구역 개편은 되돌릴 수 없어 적용 확인이 필요합니다.",
    );
  await repo.lockReorganisations(ctx.tx);
  const oldCodes = [...new Set(body.mappings.map((m) => m.oldCode5))];
  const applied = await repo.findAppliedChanges(ctx.tx, oldCodes);
  const first = applied[0];
  if (first)
    throw new AppError(
      "REORGANISATION_ALREADY_APPLIED",
      409,
      `이미 적용된 행정구역 개편입니다: ${applied
        .slice(0, 5)
        .map((a) => `${a.old_code5} → ${a.new_code5}`)
        .join(
          ", ",
        )}${applied.length > 5 ? ` 외 ${applied.length - 5}건` : ""} (「${first.title}」, 시행 ${first.effective_on}).`,
      { applied: applied.map((a) => ({ oldCode5: a.old_code5, newCode5: a.new_code5, title: a.title })) },
    );

  const regions = await repo.listRegions(ctx.tx);
  const check = checkRegionMapping({
    effectiveOn: body.effectiveOn,
    mappings: body.mappings,
    regions,
    today: koreaToday(),
  });
  if (check.errors.length > 0)
    throw validationFailed(
      check.errors,
      "행정구역 개편 목록을 확인하세요. 잘못된 줄이 있어 적용하지 않았습니다.",
    );

  const institutions = await repo.listInstitutionsIn(
    ctx.tx,
    check.plan.splits.map((s) => s.oldCode5),
  );
  const split = checkSplitAssignments(check.plan, institutions, body.splitAssignments ?? []);
  if (split.errors.length > 0)
    throw validationFailed(split.errors, "분할 기관의 새 시군구 지정을 확인하세요.");
  if (split.unassigned.length > 0)
    throw new AppError(
      "SPLIT_ASSIGNMENT_REQUIRED",
      422,
      `분할되는 시군구에 새 시군구가 지정되지 않은 기관 ${split.unassigned.length}곳이 있어 자동으로 옮길 수 없습니다. 기관마다 새 시군구를 지정하세요: ${listInstitutionsForMessage(split.unassigned)}`,
      {
        errors: split.unassigned.map((i) => ({
          field: "splitAssignments",
          message: `${i.name}(${i.sigunguCode})의 새 시군구를 지정하세요.`,
        })),
        institutions: split.unassigned.map((i) => ({ id: i.id, name: i.name, sigunguCode: i.sigunguCode })),
      },
    );

  const id = await repo.insertReorganisation(ctx.tx, {
    title: body.title,
    legalBasis: body.legalBasis,
    effectiveOn: body.effectiveOn,
    appliedBy: ctx.actor.userId,
    appliedByName: ctx.actor.name,
  });
  await repo.insertCodeChanges(ctx.tx, id, body.effectiveOn, [
    ...check.plan.pairs.map((p) => ({ ...p, isSplit: false })),
    ...check.plan.splits.flatMap((s) =>
      s.newCodes.map((n) => ({ oldCode5: s.oldCode5, newCode5: n, isSplit: true })),
    ),
  ]);
  const counts = await repo.applyMoves(ctx.tx, {
    id,
    effectiveOn: body.effectiveOn,
    pairs: check.plan.pairs,
    splits: check.plan.splits.map((s) => ({ oldCode5: s.oldCode5, successor: s.newCodes[0] ?? s.oldCode5 })),
    assignments: [...split.assigned].map(([institutionId, newCode5]) => ({ institutionId, newCode5 })),
    actorName: ctx.actor.name,
    reason: `행정구역 개편: ${body.title} (시행 ${body.effectiveOn}, 근거 ${body.legalBasis})`,
  });
  await repo.saveSummary(ctx.tx, id, counts);
  await recordAccess(ctx, {
    action: "region_reorganise",
    targetType: "region_reorganisation",
    targetId: id,
    subject: body.title,
    reason: body.legalBasis,
    details: { effectiveOn: body.effectiveOn, mappings: body.mappings.length, counts },
  });
  const detail = await repo.findReorganisation(ctx.tx, id);
  if (!detail) throw notFound("행정구역 개편");
  return detail;
}

export async function listReorganisations(ctx: ActorCtx, query: ListQuery) {
  const page = await repo.listReorganisations(ctx.tx, query.offset, query.limit);
  return { ...page, offset: query.offset, limit: query.limit };
}

export async function getReorganisation(ctx: ActorCtx, id: string) {
  const found = await repo.findReorganisation(ctx.tx, id);
  if (!found) throw notFound("행정구역 개편");
  return found;
}

/** Ready mappings from packages/db/data/region-history.tsv, one per 시행일 (the administrator still applies). */
export function listPresets() {
  const byDate = new Map<string, { oldCode5: string; newCode5: string; split: boolean }[]>();
  for (const r of readRegionHistory()) {
    if (!r.valid_to) continue;
    const effectiveOn = addCalendarDays(r.valid_to, 1);
    const list = byDate.get(effectiveOn) ?? [];
    for (const n of r.successorCode5)
      list.push({ oldCode5: r.code5, newCode5: n, split: r.successorCode5.length > 1 });
    byDate.set(effectiveOn, list);
  }
  return {
    items: [...byDate.entries()]
      .sort(([a], [b]) => (a < b ? 1 : -1))
      .map(([effectiveOn, mappings]) => ({
        effectiveOn,
        title: LEGAL_BASIS[effectiveOn]?.title ?? `${effectiveOn} 행정구역 개편`,
        legalBasis: LEGAL_BASIS[effectiveOn]?.legalBasis ?? "",
        note: "행정안전부 행정표준코드(법정동코드) 변경 내역에서 옮긴 짝입니다. 근거 법령명은 국가법령정보센터에서 확인한 뒤 적용하세요.",
        mappings,
      })),
  };
}

// Law names as cited in public code (regions.md "Not verified"): the administrator checks them before applying.
const LEGAL_BASIS: Record<string, { title: string; legalBasis: string }> = {
  "2026-07-01": {
    title: "2026-07-01 전남광주통합특별시 출범 및 인천 행정체제 개편",
    legalBasis:
      "「전남광주통합특별시 설치를 위한 특별법」(법률 제21446호), 「인천광역시 서구 명칭 변경에 관한 법률」 등",
  },
  "2023-07-01": { title: "2023-07-01 군위군 대구광역시 편입", legalBasis: "" },
  "2023-06-11": {
    title: "2023-06-11 강원특별자치도 출범",
    legalBasis: "「강원특별자치도 설치 등에 관한 특별법」",
  },
  "2024-01-18": {
    title: "2024-01-18 전북특별자치도 출범",
    legalBasis: "「전북특별자치도 설치 등에 관한 특별법」",
  },
};
