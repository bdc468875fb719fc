import {
  APPEAL_STATUS_LABELS,
  type AppealStatus,
  appealTransition,
  applyAdjustment,
  assessViolations,
  authorityTitle,
  BUILT_IN_LADDER_TABLES,
  canSubmitOpinion,
  checkTableVersions,
  convertSuspensionToSurcharge,
  DISPOSITION_STATUS_LABELS,
  type DispositionAction,
  dispositionTransition,
  formatMeasure,
  isMoney,
  isSuspension,
  isTerminal,
  koreaToday,
  type LadderTable,
  type Measure,
  type PriorDisposition,
  type PriorDispositionReport,
  parseLadderTable,
  parseMeasure,
  ROLE_ZONE,
  suspensionEndsOn,
  type ViolationAssessed,
  violationWords,
} from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import type { Actor, ActorCtx, Ctx } from "../../platform/context.ts";
import { AppError, notFound, refused, validationFailed } from "../../platform/errors.ts";
import { filesOf, storeFile, type UploadReader } from "../../platform/files.ts";
import { iso } from "../../platform/timestamps.ts";
import { checkVersion } from "../../platform/versioning.ts";
import { findingForDisposition, linkCorrectiveAction } from "../inspection-findings/index.ts";
import { findInstitutionInScope } from "../institutions/index.ts";
import { notify } from "../notifications/index.ts";
import { buildRegisterWorkbook } from "./dispositions.excel.ts";
import { renderDecisionNotice, renderPreNotice } from "./dispositions.pdf.ts";
import * as repo from "./dispositions.repository.ts";
import type {
  AppealBody,
  DateBody,
  DecideBody,
  DispositionCreate,
  DispositionDetail,
  DispositionItem,
  DispositionListQuery,
  OpinionBody,
  PreNoticeBody,
  PreviewBody,
  ReasonBody,
} from "./dispositions.schemas.ts";

const zoneOf = (actor: Actor) => ROLE_ZONE[actor.role];

function inJurisdiction(
  actor: Actor,
  d: { sido_code: string; sigungu_code: string; institution_id: string },
) {
  const { kind, code } = actor.scope;
  if (kind === "nation") return true;
  if (kind === "sido") return d.sido_code === code;
  if (kind === "sigungu") return d.sigungu_code === code;
  if (kind === "institution") return d.institution_id === code;
  return false;
}

// ── ladder tables ───────────────────────────────────────────────────────────
/** The built-in tables (code-reviewed data) and the versions the ministry's administrators entered. */
export async function loadTables(ctx: Ctx): Promise<{ table: LadderTable; builtIn: boolean }[]> {
  const stored = await repo.ladderVersions(ctx.tx);
  const entered = stored.flatMap((row) => {
    const parsed = parseLadderTable(row.document);
    return parsed.ok ? [{ table: parsed.table, builtIn: false }] : [];
  });
  return [...BUILT_IN_LADDER_TABLES.map((table) => ({ table, builtIn: true })), ...entered];
}

const tableItem = ({ table, builtIn }: { table: LadderTable; builtIn: boolean }) => ({
  key: table.versionId,
  lawCode: table.lawCode,
  lawName: table.lawName,
  tableName: table.tableName,
  effectiveFrom: table.effectiveFrom,
  effectiveTo: table.effectiveTo ?? null,
  verified: table.verified,
  builtIn,
  rows: table.rows.length,
  unverifiedRows: table.rows.filter((r) => !r.verified).length,
  source: table.source,
});

export async function listTables(ctx: ActorCtx) {
  const tables = await loadTables(ctx);
  return { items: tables.map(tableItem), problems: checkTableVersions(tables.map((t) => t.table)) };
}

export async function getTable(ctx: ActorCtx, key: string) {
  const found = (await loadTables(ctx)).find((t) => t.table.versionId === key);
  if (!found) throw notFound("처분기준표");
  return {
    ...tableItem(found),
    table: found.table as unknown as Record<string, unknown>,
    rowLabels: found.table.rows.map((r) => ({
      code: r.code,
      violation: r.violation,
      article: r.article,
      steps: r.steps.map(formatMeasure),
      verified: r.verified,
      source: r.source,
    })),
  };
}

/** A new table version (a law's table, or a newer version of one); the old versions stay for old violations. */
export async function addTable(ctx: ActorCtx, input: Record<string, unknown>) {
  const parsed = parseLadderTable(input);
  if (!parsed.ok)
    throw validationFailed(
      parsed.problems.map((p) => ({ field: `table.${p.field}`, message: p.message })),
      "처분기준표 입력을 확인하세요.",
    );
  const table = parsed.table;
  const all = await loadTables(ctx);
  const problems = checkTableVersions([...all.map((t) => t.table), table]);
  if (problems.length > 0)
    throw validationFailed(
      problems.map((message) => ({ field: "table.effectiveFrom", message })),
      "기존 판과 겹칩니다.",
    );
  await repo.insertLadderVersion(
    ctx.tx,
    {
      key: table.versionId,
      lawCode: table.lawCode,
      lawName: table.lawName,
      tableName: table.tableName,
      effectiveFrom: table.effectiveFrom,
      effectiveTo: table.effectiveTo ?? null,
      document: input,
    },
    ctx.actor,
  );
  await recordAccess(ctx, {
    action: "create",
    targetType: "disposition_ladder_version",
    targetId: null,
    details: { key: table.versionId, rows: table.rows.length },
  });
  return getTable(ctx, table.versionId);
}

// ── history and the engine ──────────────────────────────────────────────────
function toPrior(rows: repo.HistoryRow[], institutionId: string): PriorDisposition[] {
  return rows.map((r) => ({
    id: r.disposition_id,
    code: r.code,
    decidedOn: r.decided_on,
    repeatCount: r.repeat_count,
    measure: r.measure as Measure,
    cancelled: r.status === "cancelled",
    ...(r.status === "cancelled" ? { cancelReason: r.closing_reason ?? r.appeal_note ?? "취소" } : {}),
    ...(r.appeal_status === "changed"
      ? { amendment: { measure: r.measure as Measure, reason: r.appeal_note ?? "행정심판·소송으로 변경" } }
      : {}),
    relation: r.institution_id === institutionId ? "institution" : "operator",
    institutionName: r.institution_name,
  }));
}

async function historyFor(ctx: Ctx, institution: repo.InstitutionBrief) {
  const rows = await repo.decidedHistory(ctx.tx, institution.id, repo.operatorKey(institution));
  return toPrior(rows, institution.id);
}

const report = (r: PriorDispositionReport) => ({
  code: r.disposition.code,
  decidedOn: r.disposition.decidedOn,
  repeatCount: r.disposition.repeatCount,
  effectiveRepeatCount: r.effectiveRepeatCount,
  verdict: r.verdict,
  reason: r.reason,
  institutionName: r.disposition.institutionName ?? null,
  lookBackEndsOn: r.lookBackEndsOn ?? null,
});

/** 처분 미리보기: the engine's answer for the violations, from the register's history and any paper records. */
export async function preview(ctx: ActorCtx, body: PreviewBody) {
  let history: PriorDisposition[] = [];
  if (body.institutionId) {
    const institution = await repo.institutionBrief(ctx.tx, body.institutionId);
    if (!institution) throw notFound("기관");
    history = await historyFor(ctx, institution);
    await logHistoryLookup(ctx, institution, "preview");
  }
  const paper = (body.history ?? []).map(
    (h): PriorDisposition => ({ ...h, relation: "institution", institutionName: "서면 기록" }),
  );
  const tables = (await loadTables(ctx)).map((t) => t.table);
  const result = assessViolations({ tables, violations: body.violations, history: [...history, ...paper] });
  return {
    results: result.assessments.map((a) =>
      a.ok
        ? { code: a.code, repeatCount: a.repeatCount, measure: a.measureLabel, explanation: a.explanation }
        : { code: a.code, repeatCount: null, measure: null, explanation: a.explanation },
    ),
    combined: result.combined.map((c) => ({
      lawCode: c.lawCode,
      rule: c.rule,
      measure: c.measureLabel,
      explanation: c.explanation,
    })),
    assessments: result.assessments.map((a) =>
      a.ok
        ? {
            code: a.code,
            date: a.date,
            ok: true,
            errorCode: null,
            tableName: a.table.tableName,
            tableVersion: a.table.versionId,
            tableVerified: a.table.verified,
            violation: a.row.violation,
            article: a.row.article,
            rowVerified: a.row.verified,
            repeatCount: a.repeatCount,
            measure: a.measureLabel,
            counted: a.counted.map(report),
            ignored: a.ignored.map(report),
            operatorHistory: a.operatorHistory.map(report),
            unverified: a.unverified,
            warnings: a.warnings,
            explanation: a.explanation,
          }
        : {
            code: a.code,
            date: a.date,
            ok: false,
            errorCode: a.error.code,
            tableName: a.table?.tableName ?? null,
            tableVersion: a.table?.versionId ?? null,
            tableVerified: a.table?.verified ?? null,
            violation: null,
            article: null,
            rowVerified: null,
            repeatCount: null,
            measure: null,
            counted: [],
            ignored: [],
            operatorHistory: [],
            unverified: [],
            warnings: [],
            explanation: a.explanation,
          },
    ),
  };
}

async function logHistoryLookup(ctx: ActorCtx, institution: repo.InstitutionBrief, purpose: string) {
  await recordAccess(ctx, {
    action: "read",
    targetType: "disposition_history",
    targetId: institution.id,
    subject: institution.id,
    details: {
      purpose,
      outsideJurisdiction: !inJurisdiction(ctx.actor, { ...institution, institution_id: institution.id }),
    },
  });
}

// ── mapping ─────────────────────────────────────────────────────────────────
/** "회계장부를 … 때 1차, …": each violation (code TAB count, one a line) by its Korean name and its count. */
export function repeatSummary(raw: string | null): string {
  if (!raw) return "";
  return raw
    .split("\n")
    .map((line) => {
      const [code = "", count = ""] = line.split("\t");
      return `${violationWords(code)} ${count}차`;
    })
    .join(", ");
}

function toItem(d: repo.DispositionRow, actor: Actor): DispositionItem {
  return {
    id: d.id,
    institutionId: d.institution_id,
    institutionName: d.institution_name,
    sigunguCode: d.sigungu_code,
    sigunguName: d.sigungu_name ?? d.sigungu_code,
    authorityName: d.authority_name,
    lawCode: d.law_code,
    tableName: d.table_name,
    status: d.status,
    statusLabel: DISPOSITION_STATUS_LABELS[d.status],
    proposedLabel: d.proposed_label,
    measureLabel: d.measure_label,
    violationSummary: d.violation_summary ?? "",
    repeatSummary: repeatSummary(d.repeat_summary),
    periodFrom: d.period_from,
    periodTo: d.period_to,
    fineWon: d.fine_won === null ? null : Number(d.fine_won),
    preNoticeOn: d.pre_notice_on,
    opinionDueOn: d.opinion_due_on,
    decidedOn: d.decided_on,
    decisionNo: d.decision_no,
    reportedToMohwOn: d.reported_to_mohw_on,
    appealStatus: d.appeal_status,
    appealStatusLabel: APPEAL_STATUS_LABELS[d.appeal_status],
    createdAt: iso(d.created_at) ?? "",
    inJurisdiction: inJurisdiction(actor, d),
    version: d.version,
  };
}

async function toDetail(ctx: ActorCtx, d: repo.DispositionRow): Promise<DispositionDetail> {
  const [violations, transitions, files] = await Promise.all([
    repo.violationsOf(ctx.tx, d.id),
    repo.transitionsOf(ctx.tx, d.id),
    filesOf(ctx, [d.id]),
  ]);
  return {
    ...toItem(d, ctx.actor),
    findingId: d.finding_id,
    inspectionId: d.inspection_id,
    violations: violations.map((v) => ({
      code: v.code,
      foundOn: v.found_on,
      summary: v.summary,
      article: v.article,
      repeatCount: v.repeat_count,
      measureLabel: v.measure_label,
      explanation: v.explanation,
    })),
    explanation: d.explanation,
    adjustment: d.adjustment,
    adjustmentReason: d.adjustment_reason,
    immediateClosureFacts: d.immediate_closure_facts,
    // 사회복지사업법 제49조: 시설 폐쇄 requires a 청문; so do 지정·등록 취소 under the other laws.
    hearingRequired: isTerminal(d.measure as Measure),
    opinionText: d.opinion_text,
    opinionSubmittedAt: iso(d.opinion_submitted_at),
    opinionByName: d.opinion_by_name,
    opinionFiles: files.get(d.id) ?? [],
    decisionReason: d.decision_reason,
    executedOn: d.executed_on,
    endedOn: d.ended_on,
    closingReason: d.closing_reason,
    appealKind: d.appeal_kind,
    appealFiledOn: d.appeal_filed_on,
    appealDecidedOn: d.appeal_decided_on,
    appealNote: d.appeal_note,
    measureBeforeAppeal: d.measure_before_appeal,
    transitions: transitions.map((t) => ({
      action: t.action,
      fromStatus: t.from_status
        ? (DISPOSITION_STATUS_LABELS[t.from_status as keyof typeof DISPOSITION_STATUS_LABELS] ??
          t.from_status)
        : null,
      toStatus:
        DISPOSITION_STATUS_LABELS[t.to_status as keyof typeof DISPOSITION_STATUS_LABELS] ?? t.to_status,
      reason: t.reason,
      actorName: t.actor_name,
      at: iso(t.at) ?? "",
    })),
  };
}

// ── officials ───────────────────────────────────────────────────────────────
async function authorityOf(ctx: ActorCtx) {
  const { kind, code } = ctx.actor.scope;
  const { rows } = await ctx.tx.query<{ sido_name: string; sigungu_name: string | null }>(
    "select sido_name, sigungu_name from region where code5 = $1",
    [kind === "sido" ? `${code}000` : (code ?? "")],
  );
  const r = rows[0];
  return {
    kind,
    code: kind === "nation" ? null : code,
    name: authorityTitle(kind, r ? { sidoName: r.sido_name, sigunguName: r.sigungu_name } : null),
  };
}

/** 처분안 작성: the engine proposes, the official confirms or adjusts within the table's limits with a reason. */
export async function createDisposition(ctx: ActorCtx, input: DispositionCreate) {
  let institutionId = input.institutionId;
  let violations = input.violations ?? [];
  if (input.findingId) {
    const finding = await findingForDisposition(ctx.tx, input.findingId);
    if (!finding) throw notFound("지적사항");
    if (institutionId && institutionId !== finding.institution_id)
      throw validationFailed([{ field: "institutionId", message: "지적사항의 기관과 다릅니다." }]);
    institutionId = finding.institution_id;
    if (violations.length === 0) {
      if (!finding.violation_code)
        throw validationFailed([
          { field: "violations", message: "지적사항에 위반 코드가 없습니다. 위반행위를 직접 입력하세요." },
        ]);
      violations = [
        {
          code: finding.violation_code,
          foundOn: finding.found_on ?? koreaToday(),
          summary: `${finding.title}: ${finding.detail}`,
        },
      ];
    }
  }
  const institution = institutionId ? await findInstitutionInScope(ctx.tx, ctx.actor, institutionId) : null;
  if (!institution) throw notFound("기관");

  const tables = (await loadTables(ctx)).map((t) => t.table);
  const history = await historyFor(ctx, institution);
  const assessment = assessViolations({
    tables,
    history,
    violations: violations.map((v) => ({
      code: v.code,
      date: v.foundOn,
      ...(v.committedOn ? { committedOn: v.committedOn } : {}),
      ...(v.immediateClosureFacts ? { immediateClosureFacts: v.immediateClosureFacts } : {}),
    })),
  });
  const rejected = assessment.assessments.filter((a) => !a.ok);
  if (rejected.length > 0)
    throw new AppError(
      "DISPOSITION_NOT_ASSESSABLE",
      422,
      "처분기준표로 판단할 수 없는 위반행위가 있습니다.",
      {
        errors: rejected.map((a) => ({ field: `violations.${a.index}.code`, message: a.explanation })),
      },
    );
  if (assessment.combined.length !== 1)
    throw validationFailed([
      {
        field: "violations",
        message: "한 처분에는 한 법령의 위반행위만 담을 수 있습니다. 법령별로 나누어 처분하세요.",
      },
    ]);
  const combined = assessment.combined[0];
  if (!combined?.measure)
    throw new AppError("CONCURRENT_RULE_MISSING", 422, combined?.explanation ?? "처분을 정할 수 없습니다.");
  const assessed = assessment.assessments as ViolationAssessed[];
  const first = assessed[0] as ViolationAssessed;
  const table = tables.find((t) => t.versionId === first.table.versionId) as LadderTable;

  let measure: Measure = combined.measure;
  const explanations = [combined.explanation];
  if (input.adjustment) {
    const to = parseMeasure(input.adjustment.to);
    if (!to.ok) throw validationFailed([{ field: "adjustment.to", message: to.message }]);
    const adjusted = applyAdjustment(
      measure,
      { direction: input.adjustment.direction, to: to.measure, reason: input.adjustment.reason },
      table.provisions,
    );
    if (!adjusted.ok)
      throw new AppError(adjusted.code, 422, adjusted.message, {
        errors: [{ field: "adjustment.to", message: adjusted.message }],
      });
    measure = adjusted.measure;
    explanations.push(adjusted.explanation);
  }
  if (input.surcharge) {
    const converted = convertSuspensionToSurcharge(measure, table.provisions, {
      code: first.code,
      ...(input.surcharge.annualRevenueWon !== undefined
        ? { annualRevenueWon: input.surcharge.annualRevenueWon }
        : {}),
    });
    if (!converted.ok) throw new AppError(converted.code, 422, converted.message);
    measure = converted.measure;
    explanations.push(converted.explanation);
  }
  const authority = await authorityOf(ctx);
  const immediateFacts =
    violations
      .map((v) => v.immediateClosureFacts)
      .filter(Boolean)
      .join("\n") || null;
  const id = await repo.insertDisposition(
    ctx.tx,
    {
      institution,
      authorityKind: authority.kind,
      authorityCode: authority.code,
      authorityName: authority.name,
      findingId: input.findingId ?? null,
      lawCode: combined.lawCode,
      tableKey: first.table.versionId,
      tableName: first.table.tableName,
      proposedLabel: combined.measureLabel ?? formatMeasure(combined.measure),
      measure,
      measureLabel: formatMeasure(measure),
      adjustment: input.adjustment?.direction ?? null,
      adjustmentReason: input.adjustment?.reason ?? null,
      immediateClosureFacts: immediateFacts,
      explanation: explanations.join(" "),
      fineWon: isMoney(measure) ? measure.amountWon : null,
    },
    ctx.actor,
  );
  await repo.insertViolations(
    ctx.tx,
    id,
    institution,
    assessed.map((a, i) => ({
      code: a.code,
      foundOn: a.date,
      summary: violations[i]?.summary ?? a.row.violation,
      article: a.row.article,
      repeatCount: a.repeatCount,
      measureLabel: a.measureLabel,
      explanation: a.explanation,
    })),
  );
  const created = (await repo.findDisposition(ctx.tx, id)) as repo.DispositionRow;
  await repo.logTransition(
    ctx.tx,
    created,
    { action: "create", from: null, to: "draft", reason: input.adjustment?.reason ?? null },
    ctx.actor,
    "official",
  );
  if (input.findingId) await linkCorrectiveAction(ctx.tx, input.findingId, id);
  await recordAccess(ctx, {
    action: "create",
    targetType: "disposition",
    targetId: id,
    subject: institution.id,
  });
  return toDetail(ctx, created);
}

export async function listDispositions(ctx: ActorCtx, query: DispositionListQuery) {
  const rows = await repo.listDispositions(ctx.tx, ctx.actor, query, koreaToday());
  return {
    items: rows.map((r) => toItem(r, ctx.actor)),
    total: Number(rows[0]?.total ?? 0),
    page: query.page,
    limit: query.limit,
  };
}

/** 행정처분대장 download: exactly what the list's filters select, logged. */
export async function exportRegister(ctx: ActorCtx, query: DispositionListQuery) {
  const today = koreaToday();
  await recordAccess(ctx, {
    action: "export",
    targetType: "disposition_register",
    details: { filters: query },
  });
  const batches = (async function* () {
    for await (const rows of repo.dispositionBatches(ctx.tx, ctx.actor, query, today))
      yield rows.map((r) => toItem(r, ctx.actor));
  })();
  return buildRegisterWorkbook(batches, query, new Date());
}

/** Any official reads any disposition (the history is nationwide); a read outside the jurisdiction is logged. */
export async function getDisposition(ctx: ActorCtx, id: string) {
  const d = await repo.findDisposition(ctx.tx, id);
  if (!d) throw notFound("행정처분");
  if (!inJurisdiction(ctx.actor, d))
    await recordAccess(ctx, {
      action: "read",
      targetType: "disposition",
      targetId: id,
      subject: d.institution_id,
      details: { outsideJurisdiction: true },
    });
  return toDetail(ctx, d);
}

async function requireOwnDisposition(ctx: ActorCtx, id: string) {
  const d = await repo.findDisposition(ctx.tx, id, true);
  if (!d) throw notFound("행정처분");
  if (!inJurisdiction(ctx.actor, d))
    throw new AppError("OUTSIDE_JURISDICTION", 403, "관할 밖 기관의 처분은 조회만 할 수 있습니다.");
  return d;
}

async function move(
  ctx: ActorCtx,
  d: repo.DispositionRow,
  action: DispositionAction,
  facts: Parameters<typeof dispositionTransition>[2],
  changes: Record<string, unknown>,
) {
  const t = dispositionTransition(d.status, action, facts);
  if (!t.ok) throw refused(t);
  await repo.updateDisposition(ctx.tx, d.id, { status: t.to, ...changes });
  await repo.logTransition(
    ctx.tx,
    d,
    { action, from: d.status, to: t.to, reason: facts?.reason ?? null },
    ctx.actor,
    zoneOf(ctx.actor),
  );
}

export async function preNotice(ctx: ActorCtx, id: string, body: PreNoticeBody) {
  const d = await requireOwnDisposition(ctx, id);
  checkVersion(d.version, body.version, "처분");
  await move(
    ctx,
    d,
    "preNotice",
    { noticeOn: body.noticeOn, opinionDueOn: body.opinionDueOn },
    {
      pre_notice_on: body.noticeOn,
      opinion_due_on: body.opinionDueOn,
    },
  );
  await notify(ctx, {
    kind: "pre_notice_issued",
    recipients: [{ institutionUsers: d.institution_id }],
    variables: {
      institutionName: d.institution_name,
      measureLabel: d.measure_label,
      opinionDueOn: body.opinionDueOn,
    },
    link: `/provider/dispositions/${id}`,
    object: { type: "disposition", id },
  });
  return getDisposition(ctx, id);
}

export async function decide(ctx: ActorCtx, id: string, body: DecideBody) {
  const d = await requireOwnDisposition(ctx, id);
  checkVersion(d.version, body.version, "처분");
  if (d.pre_notice_on && body.decidedOn < d.pre_notice_on)
    throw validationFailed([{ field: "decidedOn", message: "처분일은 사전통지일 이후여야 합니다." }]);
  const measure = d.measure as Measure;
  const changes: Record<string, unknown> = {
    decided_on: body.decidedOn,
    decision_reason: body.decisionReason ?? null,
    decision_no: await repo.nextDecisionNo(ctx.tx, d.authority_name, body.decidedOn.slice(0, 4)),
  };
  if (isSuspension(measure)) {
    if (!body.periodFrom)
      throw validationFailed([{ field: "periodFrom", message: "정지 처분의 시작일을 입력하세요." }]);
    if (body.periodFrom < body.decidedOn)
      throw validationFailed([{ field: "periodFrom", message: "정지 시작일은 처분일 이후여야 합니다." }]);
    changes.period_from = body.periodFrom;
    changes.period_to = suspensionEndsOn(
      body.periodFrom,
      measure.unit === "months" ? { months: measure.length } : { days: measure.length },
    );
  }
  await move(
    ctx,
    d,
    "decide",
    {
      today: koreaToday(),
      opinionDueOn: d.opinion_due_on,
      opinionSubmitted: d.opinion_submitted_at !== null,
      reason: body.decisionReason ?? null,
    },
    changes,
  );
  await notify(ctx, {
    kind: "disposition_decided",
    recipients: [{ institutionUsers: d.institution_id }],
    variables: {
      institutionName: d.institution_name,
      measureLabel: d.measure_label,
      decidedOn: body.decidedOn,
    },
    link: `/provider/dispositions/${id}`,
    object: { type: "disposition", id },
  });
  return getDisposition(ctx, id);
}

export async function simpleMove(
  ctx: ActorCtx,
  id: string,
  action: "execute" | "end" | "withdraw" | "cancel",
  body: Partial<DateBody & ReasonBody>,
) {
  const d = await requireOwnDisposition(ctx, id);
  checkVersion(d.version, body.version, "처분");
  const changes: Record<string, unknown> =
    action === "execute"
      ? { executed_on: body.on ?? koreaToday() }
      : action === "end"
        ? { ended_on: body.on ?? koreaToday() }
        : { closing_reason: body.reason };
  await move(ctx, d, action, { reason: body.reason ?? null }, changes);
  return getDisposition(ctx, id);
}

export async function reportToMinistry(ctx: ActorCtx, id: string, body: DateBody) {
  const d = await requireOwnDisposition(ctx, id);
  checkVersion(d.version, body.version, "처분");
  if (!d.decided_on || body.on < d.decided_on)
    throw new AppError("NOT_DECIDED", 409, "결정된 처분만, 처분일 이후의 날짜로 보고를 기록할 수 있습니다.");
  await repo.updateDisposition(ctx.tx, id, { reported_to_mohw_on: body.on });
  await repo.logTransition(
    ctx.tx,
    d,
    { action: "reportToMohw", from: d.status, to: d.status, reason: `보건복지부 보고 ${body.on}` },
    ctx.actor,
    "official",
  );
  return getDisposition(ctx, id);
}

/** 행정심판·행정소송: a cancellation takes the disposition out of later counts; a change replaces its measure. */
export async function recordAppeal(ctx: ActorCtx, id: string, body: AppealBody) {
  const d = await requireOwnDisposition(ctx, id);
  checkVersion(d.version, body.version, "처분");
  const t = appealTransition(d.status, d.appeal_status, body.status as AppealStatus);
  if (!t.ok) throw refused(t);
  const changes: Record<string, unknown> = {
    appeal_status: body.status,
    appeal_note: body.note,
    appeal_kind: body.kind,
  };
  if (body.status === "filed") changes.appeal_filed_on = body.on;
  else changes.appeal_decided_on = body.on;
  if (body.status === "changed") {
    const parsed = parseMeasure(body.changedMeasure ?? "");
    if (!parsed.ok) throw validationFailed([{ field: "changedMeasure", message: parsed.message }]);
    changes.measure_before_appeal = d.measure_label;
    changes.measure = JSON.stringify(parsed.measure);
    changes.measure_label = formatMeasure(parsed.measure);
    changes.fine_won = isMoney(parsed.measure) ? parsed.measure.amountWon : null;
  }
  if (body.status === "cancelled") {
    changes.status = "cancelled";
    changes.closing_reason = `${body.kind === "lawsuit" ? "행정소송" : "행정심판"} 인용: ${body.note}`;
  }
  await repo.updateDisposition(ctx.tx, id, changes);
  await repo.logTransition(
    ctx.tx,
    d,
    {
      action: `appeal:${body.status}`,
      from: d.status,
      to: (changes.status as string) ?? d.status,
      reason: body.note,
    },
    ctx.actor,
    "official",
  );
  return getDisposition(ctx, id);
}

/** Nationwide history of an institution and of its operator's other institutions; every look-up is logged. */
export async function institutionHistory(ctx: ActorCtx, institutionId: string) {
  const institution = await repo.institutionBrief(ctx.tx, institutionId);
  if (!institution) throw notFound("기관");
  await logHistoryLookup(ctx, institution, "history");
  const rows = await repo.historyOf(ctx.tx, institution.id, repo.operatorKey(institution));
  const items = rows.map((r) => toItem(r, ctx.actor));
  return {
    institution: {
      id: institution.id,
      name: institution.name,
      sigunguName: [institution.sido_name, institution.sigungu_name].filter(Boolean).join(" "),
      operatorName: institution.operator_name,
      inJurisdiction: inJurisdiction(ctx.actor, { ...institution, institution_id: institution.id }),
    },
    dispositions: items.filter((i) => i.institutionId === institution.id),
    operatorDispositions: items.filter((i) => i.institutionId !== institution.id),
  };
}

export async function notice(ctx: ActorCtx, id: string, kind: "pre" | "decision") {
  const d = await repo.findDisposition(ctx.tx, id);
  if (!d || (zoneOf(ctx.actor) === "provider" && d.status === "draft")) throw notFound("행정처분");
  const detail = await toDetail(ctx, d);
  if (kind === "pre" && !d.pre_notice_on)
    throw new AppError("NOT_PRE_NOTICED", 409, "사전통지하지 않은 처분입니다.");
  if (kind === "decision" && !d.decided_on)
    throw new AppError("NOT_DECIDED", 409, "아직 결정되지 않은 처분입니다.");
  await recordAccess(ctx, {
    action: "export",
    targetType: `disposition_${kind}_notice`,
    targetId: id,
    subject: d.institution_id,
  });
  const pdf = kind === "pre" ? await renderPreNotice(detail) : await renderDecisionNotice(detail);
  return {
    pdf,
    fileName: `${kind === "pre" ? "처분사전통지서" : "행정처분서"}_${d.institution_name.replace(/[\\/:*?"<>|\s]+/g, "_")}.pdf`,
  };
}

// ── institutions ────────────────────────────────────────────────────────────
async function requireMine(ctx: ActorCtx, id: string, lock = false) {
  const d = await repo.findDisposition(ctx.tx, id, lock);
  if (!d || d.status === "draft" || d.institution_id !== ctx.actor.scope.code) throw notFound("행정처분");
  return d;
}

export async function listMine(ctx: ActorCtx, query: DispositionListQuery) {
  return listDispositions(ctx, query);
}

export async function getMine(ctx: ActorCtx, id: string) {
  return toDetail(ctx, await requireMine(ctx, id));
}

/** 의견제출: by the deadline (inclusive), with attachments uploaded beforehand. */
export async function submitOpinion(ctx: ActorCtx, id: string, body: OpinionBody) {
  const d = await requireMine(ctx, id, true);
  checkVersion(d.version, body.version, "처분");
  const t = canSubmitOpinion(d.status, d.opinion_due_on, koreaToday());
  if (!t.ok) throw refused(t);
  await repo.updateDisposition(ctx.tx, id, {
    opinion_text: body.opinion,
    opinion_submitted_at: new Date(),
    opinion_by_name: ctx.actor.name,
  });
  await repo.logTransition(
    ctx.tx,
    d,
    { action: "opinion", from: d.status, to: d.status, reason: "의견제출" },
    ctx.actor,
    "provider",
  );
  return getMine(ctx, id);
}

export async function attachOpinionFile(ctx: ActorCtx, id: string, readFile: UploadReader) {
  const d = await requireMine(ctx, id, true);
  const t = canSubmitOpinion(d.status, d.opinion_due_on, koreaToday());
  if (!t.ok) throw refused(t);
  const upload = await readFile();
  return storeFile(
    ctx,
    {
      institutionId: d.institution_id,
      sidoCode: d.sido_code,
      sigunguCode: d.sigungu_code,
      purpose: "disposition-opinion",
      ownerId: d.id,
    },
    upload,
    "provider",
  );
}

export async function noticeForMine(ctx: ActorCtx, id: string, kind: "pre" | "decision") {
  await requireMine(ctx, id);
  return notice(ctx, id, kind);
}
