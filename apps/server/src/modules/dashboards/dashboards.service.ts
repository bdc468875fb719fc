import {
  CORRECTIVE_STATUS_LABELS,
  DEADLINE_STATE_LABELS,
  DISPOSITION_STATUS_LABELS,
  daysUntil,
  deadlineState,
  FINDING_SEVERITY_LABELS,
  FINDING_STATUS_LABELS,
  INSPECTION_KIND_LABELS,
  INSPECTION_STATUSES,
  INSTITUTION_STATUS_LABELS,
  INSTITUTION_STATUSES,
  type InspectionStatus,
  koreaToday,
  PLAN_STATUS_LABELS,
  REPORT_ROUND_STATUS_LABELS,
} from "@ssis/domain";
import { recordAccess } from "../../platform/audit.ts";
import { describeUser } from "../../platform/auth/auth.service.ts";
import type { Actor, ActorCtx } from "../../platform/context.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { typeNamesOf } from "../../platform/reference-names.ts";
import { institutionWorkbook, jurisdictionWorkbook } from "./dashboards.excel.ts";
import * as repo from "./dashboards.repository.ts";
import {
  type AreaOversight,
  CHANGE_REQUEST_AGE_BUCKETS,
  type ChangeRequestAgeBucket,
  type InstitutionDashboard,
  type InstitutionTable,
  type JurisdictionDashboard,
  type JurisdictionTable,
} from "./dashboards.schemas.ts";

/** 지도점검·처분·현황보고·변경신청 figures are for the officials who supervise (dashboards.policy.ts). */
const SUPERVISORS = new Set(["mohw_official", "sido_official", "sigungu_official"]);
const DONE: readonly InspectionStatus[] = ["completed", "notified", "closed"];
const UNDER_WAY: readonly InspectionStatus[] = ["scheduled", "in_progress"];
/** Plans and report rounds listed in their tables (the jurisdiction's own first, then the largest). */
const MAX_PLANS = 20;
const MAX_ROUNDS = 10;

function jurisdictionActor(ctx: ActorCtx): repo.JurisdictionActor {
  const actor = ctx.actor;
  if (!repo.hasJurisdiction(actor))
    throw new AppError("FORBIDDEN", 403, "관할 구역이 있는 공무원만 업무현황을 볼 수 있습니다.");
  return actor;
}

const emptyStatus = () => ({ total: 0, operating: 0, suspended: 0, closed: 0 });
const emptyOversight = (): AreaOversight => ({
  findingsOpen: 0,
  actionsOpen: 0,
  actionsOverdue: 0,
  dispositionsActive: 0,
  suspensionsInForce: 0,
  inspectionTargets: 0,
  inspectionsDone: 0,
  reportTargets: 0,
  reportSubmitted: 0,
  changeRequestsPending: 0,
  changeRequestsOverdue: 0,
});

type Progress = { targets: number; done: number; inProgress: number; cancelled: number };
const noProgress = (): Progress => ({ targets: 0, done: 0, inProgress: 0, cancelled: 0 });

/** The jurisdiction's own rounds or plans first, then those with the most targets in it. */
const byOwnThenTargets = (a: { own: boolean; targets: number }, b: { own: boolean; targets: number }) =>
  Number(b.own) - Number(a.own) || b.targets - a.targets;

/** The first `n` entries of a map of rounds or plans in that order. */
const firstOf = <T extends { own: boolean; targets: number }>(map: Map<string, T>, n: number) =>
  [...map.entries()].sort(([, a], [, b]) => byOwnThenTargets(a, b)).slice(0, n);

/** Inspection counts of one status into targets, done, under way and cancelled. */
function addInspections(into: Progress, status: InspectionStatus, n: number) {
  if (status === "cancelled") {
    into.cancelled += n;
    return;
  }
  into.targets += n;
  if (DONE.includes(status)) into.done += n;
  else if (UNDER_WAY.includes(status)) into.inProgress += n;
}

/**
 * The figures of a jurisdiction, shared by its officials for `seconds`: one computation serves every official
 * of the same 시군구, 시도 or the ministry meanwhile (and requests that arrive while it runs wait for it), so
 * twenty officials opening the ministry's start page cost one. The key is the scope and whether the figures
 * include supervision, which is all an answer depends on; a failure is not remembered. Downloads are always
 * computed afresh.
 */
const shared = new Map<string, { until: number; answer: Promise<JurisdictionDashboard> }>();

export function sharedJurisdictionDashboard(
  actor: Actor,
  seconds: number,
  compute: () => Promise<JurisdictionDashboard>,
): Promise<JurisdictionDashboard> {
  if (seconds <= 0) return compute();
  const key = `${actor.scope.kind}:${actor.scope.code ?? ""}:${SUPERVISORS.has(actor.role)}`;
  const now = Date.now();
  const known = shared.get(key);
  if (known && known.until > now) return known.answer;
  // Expired entries go when the next one is made: the map holds at most one per jurisdiction (a few hundred).
  for (const [k, v] of shared) if (v.until <= now) shared.delete(k);
  const answer = compute();
  shared.set(key, { until: now + seconds * 1000, answer });
  answer.catch(() => shared.delete(key));
  return answer;
}

/**
 * 업무현황 of the official's jurisdiction: a 시군구's own figures; a 시도's with its 시군구s side by side; the
 * ministry's with the 시도s side by side. Today and this year are Korean (koreaToday, app_today()).
 */
export async function jurisdictionDashboard(ctx: ActorCtx): Promise<JurisdictionDashboard> {
  const actor = jurisdictionActor(ctx);
  const supervises = SUPERVISORS.has(actor.role);
  const asOf = koreaToday();
  const year = Number(asOf.slice(0, 4));
  const tx = ctx.tx;

  const user = await describeUser(tx, actor);
  const tally = await repo.tallies(tx, actor, year);
  const byStatus = emptyStatus();
  const byTypeCode = new Map<string, ReturnType<typeof emptyStatus>>();
  const areas = new Map<
    string,
    { institutions: ReturnType<typeof emptyStatus>; activeStaff: number; oversight: AreaOversight }
  >();
  const areaOf = (code: string) => {
    let area = areas.get(code);
    if (!area) {
      area = { institutions: emptyStatus(), activeStaff: 0, oversight: emptyOversight() };
      areas.set(code, area);
    }
    return area;
  };
  for (const row of tally.institution) {
    const status = INSTITUTION_STATUSES.find((s) => s === row.k2);
    if (!status) continue;
    if (repo.isOwnRow(actor, row)) {
      const into = row.k1 === "" ? byStatus : (byTypeCode.get(row.k1) ?? emptyStatus());
      if (row.k1 !== "") byTypeCode.set(row.k1, into);
      into[status] += row.n;
      into.total += row.n;
    } else if (row.k1 === "") {
      const area = areaOf(repo.areaOfRow(actor, row)).institutions;
      area[status] += row.n;
      area.total += row.n;
    }
  }
  let activeStaff = 0;
  for (const row of tally.staff) {
    if (repo.isOwnRow(actor, row)) activeStaff += row.n;
    else areaOf(repo.areaOfRow(actor, row)).activeStaff += row.n;
  }
  const names = await typeNamesOf(tx, byTypeCode.keys());
  const byType = [...byTypeCode.entries()]
    .map(([typeCode, c]) => ({
      typeCode,
      typeName: names.get(typeCode)?.typeName ?? typeCode,
      field: names.get(typeCode)?.field ?? "",
      ...c,
    }))
    .sort(
      (a, b) =>
        a.field.localeCompare(b.field, "ko") || b.total - a.total || a.typeCode.localeCompare(b.typeCode),
    );
  const fields = new Map<string, number>();
  for (const t of byType) fields.set(t.field, (fields.get(t.field) ?? 0) + t.total);
  const byField = [...fields.entries()]
    .map(([field, count]) => ({ field, count }))
    .sort((a, b) => b.count - a.count || a.field.localeCompare(b.field, "ko"));

  const oversight = supervises ? await oversightOf(ctx, actor, { year, tally }, areaOf) : null;
  const areaLevel = actor.scope.kind === "nation" ? "sido" : actor.scope.kind === "sido" ? "sigungu" : null;
  const areaRows = areaLevel
    ? (await repo.areaNames(tx, actor, [...areas.keys()])).map((a) => {
        const area = areas.get(a.code);
        return {
          code: a.code,
          name: a.name,
          institutions: area?.institutions ?? emptyStatus(),
          activeStaff: area?.activeStaff ?? 0,
          oversight: supervises ? (area?.oversight ?? emptyOversight()) : null,
        };
      })
    : [];
  return {
    scope: { kind: actor.scope.kind, code: actor.scope.code, label: user.scope.label },
    asOf,
    computedAt: new Date().toISOString(),
    year,
    institutions: { byStatus, byType, byField, activeStaff },
    oversight,
    areaLevel,
    areas: areaRows,
  };
}

type AreaOf = (code: string) => { oversight: AreaOversight };

async function oversightOf(
  ctx: ActorCtx,
  actor: repo.JurisdictionActor,
  { year, tally }: { year: number; tally: Awaited<ReturnType<typeof repo.tallies>> },
  areaOf: AreaOf,
) {
  const tx = ctx.tx;
  const sigungu = actor.scope.kind === "sigungu";
  // A 시군구's own figures are its one area's; others' own figures come from their own level's rows.
  const areaOfLive = (code: string) => (sigungu ? null : areaOf(code).oversight);

  const findings = { open: 0, actionsOpen: 0, actionsOverdue: 0, actionsSubmitted: 0 };
  const dispositions = { preNoticed: 0, decided: 0, executing: 0, suspensionsInForce: 0 };
  for (const c of await repo.oversightCounts(tx, actor)) {
    findings.open += c.findings_open;
    findings.actionsOpen += c.actions_open;
    findings.actionsOverdue += c.actions_overdue;
    findings.actionsSubmitted += c.actions_submitted;
    dispositions.preNoticed += c.pre_noticed;
    dispositions.decided += c.decided;
    dispositions.executing += c.executing;
    dispositions.suspensionsInForce += c.suspensions;
    const area = areaOfLive(c.area);
    if (area) {
      area.findingsOpen += c.findings_open;
      area.actionsOpen += c.actions_open;
      area.actionsOverdue += c.actions_overdue;
      area.dispositionsActive += c.pre_noticed + c.decided + c.executing;
      area.suspensionsInForce += c.suspensions;
    }
  }

  const byAge = new Map<ChangeRequestAgeBucket, number>(CHANGE_REQUEST_AGE_BUCKETS.map((b) => [b.bucket, 0]));
  const changeRequests = { pending: 0, overdue: 0 };
  for (const c of await repo.changeRequestCounts(tx, actor)) {
    const bucket = CHANGE_REQUEST_AGE_BUCKETS.find((b) => b.bucket === c.bucket)?.bucket;
    if (bucket) byAge.set(bucket, (byAge.get(bucket) ?? 0) + c.pending);
    changeRequests.pending += c.pending;
    changeRequests.overdue += c.overdue;
    const area = areaOfLive(c.area);
    if (area) {
      area.changeRequestsPending += c.pending;
      area.changeRequestsOverdue += c.overdue;
    }
  }

  const inspections = noProgress();
  const byPlan = new Map<string, Progress & { own: boolean }>();
  for (const row of tally.inspection) {
    const status = INSPECTION_STATUSES.find((s) => s === row.k2);
    if (!status) continue;
    if (repo.isOwnRow(actor, row)) {
      addInspections(inspections, status, row.n);
      const plan = byPlan.get(row.k1) ?? { ...noProgress(), own: row.own };
      byPlan.set(row.k1, plan);
      addInspections(plan, status, row.n);
    } else if (!sigungu) {
      const area = areaOf(repo.areaOfRow(actor, row)).oversight;
      const counts = noProgress();
      addInspections(counts, status, row.n);
      area.inspectionTargets += counts.targets;
      area.inspectionsDone += counts.done;
    }
  }
  // The jurisdiction's own plans first, then the largest (a 시도 or the nation sees the rest by area); only
  // those shown are read, with the own plans that have no inspection yet.
  const planRows = await repo.plansOfYear(
    tx,
    actor,
    year,
    firstOf(byPlan, MAX_PLANS).map(([id]) => id),
  );
  const plans = planRows
    .map((p) => ({
      id: p.id,
      title: p.title,
      kindLabel: INSPECTION_KIND_LABELS[p.kind],
      statusLabel: PLAN_STATUS_LABELS[p.status],
      scopeLabel: p.scope_label,
      own: p.own,
      ...(byPlan.get(p.id) ?? noProgress()),
    }))
    .sort(byOwnThenTargets)
    .slice(0, MAX_PLANS)
    .map(({ own: _own, ...p }) => p);
  const planCount = new Set([...byPlan.keys(), ...planRows.map((p) => p.id)]).size;

  const byRound = new Map<
    string,
    { targets: number; submitted: number; late: number; pending: number; own: boolean }
  >();
  for (const row of tally.report_target) {
    if (repo.isOwnRow(actor, row)) {
      const round = byRound.get(row.k1) ?? { targets: 0, submitted: 0, late: 0, pending: 0, own: row.own };
      byRound.set(row.k1, round);
      round.targets += row.n;
      if (row.k2 === "pending") round.pending += row.n;
      else round.submitted += row.n;
      if (row.k2 === "late") round.late += row.n;
    } else if (!sigungu) {
      const area = areaOf(repo.areaOfRow(actor, row)).oversight;
      area.reportTargets += row.n;
      if (row.k2 !== "pending") area.reportSubmitted += row.n;
    }
  }
  // The rounds the jurisdiction opened first, then those with the most targets in it.
  const reportRounds = (
    await repo.roundsById(
      tx,
      firstOf(byRound, MAX_ROUNDS).map(([id]) => id),
    )
  )
    .flatMap((r) => {
      const counts = byRound.get(r.id);
      if (!counts) return [];
      const { own, ...figures } = counts;
      return [
        {
          id: r.id,
          title: r.title,
          periodLabel: r.period_label,
          dueOn: r.due_on,
          status: r.status,
          statusLabel: REPORT_ROUND_STATUS_LABELS[r.status],
          own,
          ...figures,
        },
      ];
    })
    .sort((a, b) => byOwnThenTargets(a, b) || a.dueOn.localeCompare(b.dueOn))
    .map(({ own: _own, ...r }) => r);

  return {
    findings,
    inspections: { ...inspections, plans, planCount },
    dispositions,
    reportRounds,
    roundCount: byRound.size,
    changeRequests: {
      ...changeRequests,
      byAge: CHANGE_REQUEST_AGE_BUCKETS.map((b) => ({
        bucket: b.bucket,
        label: b.label,
        count: byAge.get(b.bucket) ?? 0,
      })),
    },
  };
}

/** One table of 업무현황 as an Excel file (sheet 2: the jurisdiction, who and when); the download is logged. */
export async function exportJurisdictionTable(ctx: ActorCtx, table: JurisdictionTable) {
  const data = await jurisdictionDashboard(ctx);
  if (table !== "institution-types" && table !== "areas" && !data.oversight) throw notFound("업무현황 표");
  if (table === "areas" && !data.areaLevel) throw notFound("업무현황 표");
  const file = await jurisdictionWorkbook(data, table, ctx.actor.name, new Date());
  await recordAccess(ctx, {
    action: "export",
    targetType: "dashboard",
    subject: data.scope.label,
    details: { table, rows: file.rows },
  });
  return file;
}

// ── institutions ─────────────────────────────────────────────────────────────────────────────────────

const DEADLINE_KIND_LABELS = {
  report: "현황보고",
  corrective: "시정·개선 조치 보고",
  documents: "사전 점검자료",
  opinion: "처분 의견 제출",
} as const;

const DEADLINE_LINKS = {
  report: (id: string) => `/provider/status-reports/${id}`,
  corrective: (id: string) => `/provider/inspections/${id}`,
  documents: (id: string) => `/provider/inspections/${id}`,
  opinion: (id: string) => `/provider/dispositions/${id}`,
} as const;

/** 업무현황 of the provider's own institution: its deadlines, open findings, dispositions and latest grade. */
export async function institutionDashboard(ctx: ActorCtx): Promise<InstitutionDashboard> {
  const institutionId = ctx.actor.scope.kind === "institution" ? ctx.actor.scope.code : null;
  const own = institutionId ? await repo.ownInstitution(ctx.tx, institutionId) : null;
  if (!own || !institutionId) throw notFound("기관");
  const asOf = koreaToday();
  const deadlines = (await repo.institutionDeadlines(ctx.tx, institutionId)).map((d) => {
    const state = deadlineState(d.due_on, asOf);
    const s = state === "none" ? "ok" : state;
    return {
      kind: d.kind,
      kindLabel: DEADLINE_KIND_LABELS[d.kind],
      title: d.title,
      dueOn: d.due_on,
      daysLeft: daysUntil(d.due_on, asOf),
      state: s,
      stateLabel: DEADLINE_STATE_LABELS[s],
      link: DEADLINE_LINKS[d.kind](d.object_id),
    };
  });
  const findings = (await repo.institutionOpenFindings(ctx.tx, institutionId)).map((f) => ({
    id: f.id,
    inspectionId: f.inspection_id,
    title: f.title,
    severityLabel: FINDING_SEVERITY_LABELS[f.severity],
    statusLabel: FINDING_STATUS_LABELS[f.status],
    actionStatusLabel: f.action_status ? CORRECTIVE_STATUS_LABELS[f.action_status] : null,
    dueOn: f.due_on,
    overdue: f.overdue,
  }));
  const dispositions = (await repo.institutionDispositions(ctx.tx, institutionId)).map((d) => ({
    id: d.id,
    measureLabel: d.measure_label,
    status: d.status,
    statusLabel: DISPOSITION_STATUS_LABELS[d.status],
    decidedOn: d.decided_on,
    periodFrom: d.period_from,
    periodTo: d.period_to,
    inForce: d.in_force,
  }));
  return {
    asOf,
    institution: {
      id: own.id,
      name: own.name,
      status: own.status,
      statusLabel: INSTITUTION_STATUS_LABELS[own.status],
      latestGrade: own.latest_grade,
      latestGradeYear: own.latest_grade_year,
    },
    deadlines,
    findings,
    dispositions,
  };
}

export async function exportInstitutionTable(ctx: ActorCtx, table: InstitutionTable) {
  const data = await institutionDashboard(ctx);
  const file = await institutionWorkbook(data, table, ctx.actor.name, new Date());
  await recordAccess(ctx, {
    action: "export",
    targetType: "dashboard",
    targetId: data.institution.id,
    subject: data.institution.name,
    details: { table, rows: file.rows },
  });
  return file;
}
