import { FINDING_SEVERITY_LABELS } from "@ssis/domain";
import type { ActorCtx } from "../../platform/context.ts";
import { validationFailed } from "../../platform/errors.ts";
import { iso } from "../../platform/timestamps.ts";
import { requireFinding, setCasebookEntry } from "../inspection-findings/index.ts";
import { getInspection } from "../inspections/index.ts";
import * as repo from "./inspection-casebook.repository.ts";
import type { CasebookQuery, CasebookShare } from "./inspection-casebook.schemas.ts";

/** 지적 사례집: the official writes the anonymised text; names of the institution and its people are refused. */
export async function shareToCasebook(ctx: ActorCtx, findingId: string, input: CasebookShare) {
  const finding = await requireFinding(ctx, findingId);
  const text = input.text?.trim() || null;
  if (input.share) {
    if (!text) throw validationFailed([{ field: "text", message: "사례집에 실을 내용을 입력하세요." }]);
    const institution = await repo.institutionNames(ctx.tx, finding.institution_id);
    const names = [institution?.name, institution?.head_name, institution?.operator_name].filter(
      (n): n is string => !!n && n.length >= 2,
    );
    const leaked = names.filter((n) => text.includes(n));
    if (leaked.length > 0)
      throw validationFailed(
        [{ field: "text", message: `기관명·시설장·운영자 이름을 빼고 적으세요: ${leaked.join(", ")}` }],
        "사례집은 익명으로 공유됩니다.",
      );
  }
  await setCasebookEntry(ctx, finding.id, input.share, input.share ? text : finding.casebook_text);
  return getInspection(ctx, finding.inspection_id);
}

/** The case book, nationwide: only the anonymised columns, through a security definer function. */
export async function casebook(ctx: ActorCtx, query: CasebookQuery) {
  const rows = await repo.casebook(ctx.tx, {
    domain: query.domain,
    q: query.q,
    limit: query.limit,
    offset: (query.page - 1) * query.limit,
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      domain: r.domain,
      title: r.title,
      text: r.casebook_text,
      severityLabel: FINDING_SEVERITY_LABELS[r.severity],
      violationCode: r.violation_code,
      typeName: r.type_name,
      sharedAt: iso(r.shared_at),
    })),
    total: Number(rows[0]?.total ?? 0),
    page: query.page,
    limit: query.limit,
  };
}
