import { checkFinanceYear, FINANCE_AMOUNT_FIELDS, type FinanceAmountField, koreaToday } from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import type { ActorCtx } from "../../platform/context.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import { changedFields, recordUpdate, unchangedRecord } from "../../platform/versioning.ts";
import {
  type InstitutionInScope,
  institutionInScope,
  ownInstitution,
  refuseIfClosed,
} from "../institutions/index.ts";
import * as repo from "./finances.repository.ts";
import type { FinanceCreate, FinanceUpdate } from "./finances.schemas.ts";

export const ERP_NOTICE =
  "기관이 보고한 연도별 재정·보조금 요약입니다. 회계 장부와 결산서는 사회복지시설 재무회계 프로그램에서 관리하며, 이 화면의 금액은 그 요약입니다.";

const currentYear = () => Number(koreaToday().slice(0, 4));

const answer = async (ctx: ActorCtx, institution: InstitutionInScope) => ({
  institutionId: institution.id,
  institutionName: institution.name,
  notice: ERP_NOTICE,
  items: await repo.listFinanceYears(ctx.tx, ctx.actor, institution.id),
});

export async function listOwnFinances(ctx: ActorCtx) {
  return answer(ctx, await ownInstitution(ctx));
}

/** Officials' read-only view of one institution in their jurisdiction. */
export async function listInstitutionFinances(ctx: ActorCtx, institutionId: string) {
  const institution = await institutionInScope(ctx, institutionId);
  const result = await answer(ctx, institution);
  await recordAccess(ctx, {
    action: "list",
    targetType: "institution_finance_year",
    targetId: institution.id,
    subject: institution.name,
    details: { years: result.items.map((i) => i.fiscalYear) },
  });
  return result;
}

const FINANCE_YEAR = "재정 요약";
const updateFinanceYearRow = recordUpdate("institution_finance_year", FINANCE_YEAR, (ctx, id) =>
  repo.findFinanceYear(ctx.tx, ctx.actor, id),
);

async function ownYear(ctx: ActorCtx, id: string) {
  const institution = await ownInstitution(ctx);
  const found = await repo.findFinanceYear(ctx.tx, ctx.actor, id);
  if (!found || found.institutionId !== institution.id) throw notFound(FINANCE_YEAR);
  return { institution, found };
}

export async function getFinanceYear(ctx: ActorCtx, id: string) {
  return (await ownYear(ctx, id)).found;
}

export async function createFinanceYear(ctx: ActorCtx, body: FinanceCreate) {
  const institution = await ownInstitution(ctx);
  refuseIfClosed(institution);
  const amounts = Object.fromEntries(FINANCE_AMOUNT_FIELDS.map((f) => [f, body[f]])) as Record<
    FinanceAmountField,
    number
  >;
  const problems = checkFinanceYear({ fiscalYear: body.fiscalYear, amounts, currentYear: currentYear() });
  if (problems.length > 0) throw validationFailed(problems);
  const duplicate = () =>
    new AppError(
      "FISCAL_YEAR_EXISTS",
      409,
      `${body.fiscalYear}년 재정 요약이 이미 있습니다. 목록에서 해당 연도를 골라 수정하세요.`,
      { errors: [{ field: "fiscalYear", message: `${body.fiscalYear}년은 이미 등록되어 있습니다.` }] },
    );
  if (await repo.findYearOf(ctx.tx, ctx.actor, institution.id, body.fiscalYear)) throw duplicate();
  const id = await repo.insertFinanceYear(
    ctx.tx,
    institution,
    body.fiscalYear,
    amounts,
    body.note || null,
    ctx.actor.userId,
  );
  if (!id) throw duplicate();
  const created = await repo.findFinanceYear(ctx.tx, ctx.actor, id);
  if (!created) throw notFound("재정 요약");
  await recordAccess(ctx, {
    action: "create",
    targetType: "institution_finance_year",
    targetId: id,
    subject: institution.name,
    details: { fiscalYear: body.fiscalYear, totals: created.totals },
  });
  return created;
}

export async function updateFinanceYear(ctx: ActorCtx, id: string, body: FinanceUpdate, version: number) {
  const { institution, found: before } = await ownYear(ctx, id);
  refuseIfClosed(institution);
  const { changes, changed } = changedFields(body, before, { ...repo.AMOUNT_COLUMNS, note: "note" });
  if (Object.keys(changes).length === 0) return unchangedRecord(before, version, FINANCE_YEAR);
  const amounts = Object.fromEntries(FINANCE_AMOUNT_FIELDS.map((f) => [f, body[f] ?? before[f]]));
  const problems = checkFinanceYear({
    fiscalYear: before.fiscalYear,
    amounts,
    currentYear: Math.max(currentYear(), before.fiscalYear),
  });
  if (problems.length > 0) throw validationFailed(problems);
  const after = await updateFinanceYearRow(ctx, id, version, changes);
  await recordAccess(ctx, {
    action: "update",
    targetType: "institution_finance_year",
    targetId: id,
    subject: institution.name,
    details: { fiscalYear: before.fiscalYear, changed },
  });
  return after;
}
