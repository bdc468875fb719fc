import { checklistText } from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import type { ActorCtx, Ctx } from "../../platform/context.ts";
import { notFound, validationFailed } from "../../platform/errors.ts";
import { iso } from "../../platform/timestamps.ts";
import * as repo from "./inspection-checklists.repository.ts";
import type { ChecklistVersionCreate } from "./inspection-checklists.schemas.ts";

function toVersionSummary(v: repo.ChecklistVersionRow) {
  return {
    id: v.id,
    templateId: v.template_id,
    templateCode: v.template_code,
    templateName: v.template_name,
    version: v.version,
    changeNote: checklistText(v.change_note),
    createdByName: v.created_by_name,
    createdAt: iso(v.created_at),
    itemCount: Number(v.item_count),
    unverifiedCount: Number(v.unverified_count),
    isLatest: v.is_latest,
  };
}

export async function listChecklists(ctx: ActorCtx) {
  return { items: (await repo.listChecklistVersions(ctx.tx)).map(toVersionSummary) };
}

export async function getChecklistVersion(ctx: ActorCtx, id: string) {
  const version = await repo.findChecklistVersion(ctx.tx, id);
  if (!version) throw notFound("점검표");
  const items = await repo.checklistItems(ctx.tx, id);
  return {
    ...toVersionSummary(version),
    items: items.map((i) => ({
      id: i.id,
      position: i.position,
      code: i.code,
      domain: i.domain,
      item: i.item,
      legalBasis: checklistText(i.legal_basis),
      appliesTo: checklistText(i.applies_to),
      typicalFinding: checklistText(i.typical_finding),
      typicalOutcome: checklistText(i.typical_outcome),
      violationCode: i.violation_code,
      verified: i.verified,
      source: i.source,
    })),
  };
}

/** Editing a checklist makes a new version; inspections keep the version they were planned with. */
export async function createChecklistVersion(ctx: ActorCtx, input: ChecklistVersionCreate) {
  const base = await repo.findChecklistVersion(ctx.tx, input.basedOnVersionId);
  if (!base) throw notFound("점검표");
  const codes = new Set<string>();
  const errors = input.items.flatMap((item, i) => {
    if (codes.has(item.code))
      return [{ field: `items.${i}.code`, message: `항목 코드 ${item.code}가 중복됩니다.` }];
    codes.add(item.code);
    return [];
  });
  if (errors.length > 0) throw validationFailed(errors);
  const previous = new Map((await repo.checklistItems(ctx.tx, base.id)).map((i) => [i.code, i]));
  const id = await repo.insertChecklistVersion(ctx.tx, {
    templateId: base.template_id,
    changeNote: input.changeNote,
    actor: ctx.actor,
    items: input.items.map((item) => {
      const before = previous.get(item.code);
      return {
        code: item.code,
        domain: item.domain,
        item: item.item,
        legalBasis: item.legalBasis,
        appliesTo: item.appliesTo ?? null,
        typicalFinding: before?.typical_finding ?? null,
        typicalOutcome: before?.typical_outcome ?? null,
        violationCode: item.violationCode ?? null,
        verified: item.verified,
        source: before?.source ?? null,
      };
    }),
  });
  await recordAccess(ctx, {
    action: "create",
    targetType: "checklist_version",
    targetId: id,
    details: { basedOn: base.id, items: input.items.length },
  });
  return getChecklistVersion(ctx, id);
}

/** The version a new plan or inspection names; a 400 on its field when it does not exist. */
export async function requireChecklistVersion(ctx: ActorCtx, id: string) {
  const version = await repo.findChecklistVersion(ctx.tx, id);
  if (!version)
    throw validationFailed([{ field: "checklistVersionId", message: "점검표 버전을 찾을 수 없습니다." }]);
  return version;
}

/** The items of a version, in order (an inspection records its results against them). */
export async function checklistItems(ctx: Ctx, versionId: string) {
  return repo.checklistItems(ctx.tx, versionId);
}
