import { isVisibleToInstitution } from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import type { ActorCtx } from "../../platform/context.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { storeFile } from "../../platform/files.ts";
import * as repo from "./inspections.repository.ts";
import type { InspectionDetail, InspectionListQuery } from "./inspections.schemas.ts";
import { inspectionDetail, toInspectionItem, type Upload } from "./inspections.service.ts";

/*
 * 지도점검 as the institution sees it (CWOM): an inspection once announced (or, unannounced, once its result
 * is sent), never the officials' internal note, working evidence or the reason it was chosen.
 */

function requireVisibleToInstitution(inspection: repo.InspectionRow | null) {
  if (
    !inspection ||
    !isVisibleToInstitution({ status: inspection.status, priorNotice: inspection.prior_notice })
  )
    throw notFound("점검");
  return inspection;
}

export async function listMyInspections(ctx: ActorCtx, query: InspectionListQuery) {
  // One institution has a handful of inspections a year: filter the unannounced ones out in memory.
  const { rows } = await repo.listInspections(ctx.tx, ctx.actor, { ...query, page: 1, limit: 500 });
  const visible = rows.filter((r) =>
    isVisibleToInstitution({ status: r.status, priorNotice: r.prior_notice }),
  );
  const start = (query.page - 1) * query.limit;
  return {
    // The selection reason may point at a complainant (민원): officials only.
    items: visible.slice(start, start + query.limit).map((r) => ({ ...toInspectionItem(r), reason: "" })),
    total: visible.length,
    page: query.page,
    limit: query.limit,
  };
}

/** The institution's view: no internal note, no officials' evidence; results and findings once notified. */
export async function getMyInspection(ctx: ActorCtx, id: string): Promise<InspectionDetail> {
  const inspection = requireVisibleToInstitution(await repo.findInspection(ctx.tx, ctx.actor, id));
  const detail = await inspectionDetail(ctx, inspection);
  const resultsSent = inspection.status === "notified" || inspection.status === "closed";
  await recordAccess(ctx, {
    action: "read",
    targetType: "inspection",
    targetId: id,
    subject: inspection.institution_id,
  });
  return {
    ...detail,
    reason: "",
    internalNote: null,
    overallResult: resultsSent ? detail.overallResult : null,
    overallResultLabel: resultsSent ? detail.overallResultLabel : null,
    resultSummary: resultsSent ? detail.resultSummary : null,
    items: resultsSent
      ? detail.items.map((i) => ({ ...i, files: [], recordedByName: null }))
      : detail.items.map((i) => ({
          ...i,
          result: null,
          resultLabel: null,
          note: null,
          recordedByName: null,
          files: [],
        })),
    itemsWithResult: resultsSent ? detail.itemsWithResult : 0,
    findingList: resultsSent
      ? detail.findingList
          .filter((f) => f.status !== "withdrawn")
          .map((f) => ({ ...f, casebookShared: false, casebookText: null }))
      : [],
    findings: resultsSent ? detail.findings : 0,
    openFindings: resultsSent ? detail.openFindings : 0,
    transitions: detail.transitions.filter((t) => t.entity !== "plan"),
    canRecord: false,
  };
}

export async function submitDocument(
  ctx: ActorCtx,
  id: string,
  documentId: string,
  readFile: () => Promise<Upload>,
) {
  const inspection = requireVisibleToInstitution(await repo.findInspection(ctx.tx, ctx.actor, id, true));
  if (!["scheduled", "in_progress"].includes(inspection.status))
    throw new AppError("DOCUMENTS_CLOSED", 409, "점검이 끝나 사전 점검자료를 더 제출할 수 없습니다.");
  const document = await repo.findDocument(ctx.tx, id, documentId);
  if (!document) throw notFound("점검자료");
  const upload = await readFile();
  await storeFile(
    ctx,
    {
      institutionId: inspection.institution_id,
      sidoCode: inspection.sido_code,
      sigunguCode: inspection.sigungu_code,
      purpose: "inspection-document",
      ownerId: document.id,
    },
    upload,
    "provider",
  );
  await repo.markDocumentSubmitted(ctx.tx, document.id, ctx.actor);
  return getMyInspection(ctx, id);
}
