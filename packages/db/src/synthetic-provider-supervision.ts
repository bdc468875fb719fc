import { addCalendarDays } from "@ssis/domain";
import type { Queryable } from "./database.ts";
import type { SupervisedInstitution } from "./synthetic-supervision.ts";

/**
 * A made-up 지도점검 and 행정처분 history for the demo accounts' own institutions (provider.admin's in 종로구,
 * provider.mapo's in 마포구), so that a newcomer signing in as an institution sees every state the officials'
 * demo has, and the steps an institution takes (자료 제출, 조치결과 보고, 의견제출), without creating them first.
 *
 * Dates are laid out around `today` (a Korean date), so the deadlines that matter to the institution are live
 * whenever the demo is created; the same `today` always gives the same rows. Between the two institutions:
 * inspections closed, notified, in progress, scheduled and planned (and two the institution must not see yet:
 * a planned one and an unannounced one before its result); findings closed and ordered; corrective actions
 * accepted, ordered (one overdue), submitted and returned; dispositions ended, decided and pre-noticed.
 * Nothing here is a real institution's record.
 */
export interface ProviderSupervisionDemoOptions {
  /** Korean date (YYYY-MM-DD) the history is laid out around. */
  today: string;
  /** provider.admin's institution and the official of its 시군구. */
  first: DemoInstitution;
  /** provider.mapo's institution and the official of its 시군구. */
  second: DemoInstitution;
}

export interface DemoInstitution {
  institutionId: string;
  official: { id: string; name: string };
}

export interface ProviderSupervisionDemoCounts {
  inspections: number;
  findings: number;
  correctiveActions: number;
  dispositions: number;
}

type InspectionStatus = "planned" | "scheduled" | "in_progress" | "notified" | "closed";

interface DispositionSpec {
  status: "pre_noticed" | "decided" | "ended";
  code: string;
  summary: string;
  article: string;
  preNotice: number;
  opinionDue: number;
  opinion?: { text: string; on: number };
  decided?: number;
  ended?: number;
}

interface FindingSpec {
  item: string;
  title: string;
  detail: string;
  severity: "minor" | "moderate" | "serious";
  violationCode: string | null;
  outcome: "on_site" | "caution" | "correction" | "improvement" | "disposition";
  /** Deadline in days from today (null: the authority's own step, no report). */
  due: number | null;
  corrective: "ordered" | "submitted" | "returned" | "accepted";
  report?: { text: string; on: number };
  /** Official's note when accepting, or the reason when returning. */
  verification?: { text: string; on: number };
  disposition?: DispositionSpec;
}

interface InspectionSpec {
  kind: "regular" | "adhoc" | "special";
  status: InspectionStatus;
  /** Which plan: the year relative to today's ('draft' for next year's plan still being written). */
  plan: null | { yearOffset: -1 | 0 | 1; status: "approved" | "draft" };
  plannedMonthOffset?: number;
  reason: string;
  priorNotice: boolean;
  /** Visit day, days from today. */
  visit: number | null;
  noticeSent?: number;
  documentsDue?: number;
  documents?: string[];
  resultNotified?: number;
  resultSummary?: string;
  internalNote?: string;
  findings: FindingSpec[];
}

// ── provider.admin's institution (종로구) ─────────────────────────────────────
const FIRST: InspectionSpec[] = [
  {
    kind: "regular",
    status: "closed",
    plan: { yearOffset: -1, status: "approved" },
    reason: "3년 주기 정기점검 대상",
    priorNotice: true,
    visit: -420,
    noticeSent: -434,
    documentsDue: -423,
    resultNotified: -410,
    resultSummary: "회계 분야 지적사항 1건에 대하여 시정을 요구함",
    internalNote: "내부 검토 메모: 회계 담당자 교체 예정이라 함. 기관에 보내지 않음.",
    findings: [
      {
        item: "ACC-10",
        title: "현금출납부 일부 미기재",
        detail: "후원물품 매각 수입 2건이 현금출납부와 총계정원장에 기재되지 않음",
        severity: "moderate",
        violationCode: "SWS-4나",
        outcome: "correction",
        due: -380,
        corrective: "accepted",
        report: {
          text: "누락된 2건을 현금출납부와 총계정원장에 기재하고 회계 담당자 교육을 실시함",
          on: -390,
        },
        verification: { text: "장부 사본과 교육 자료로 확인함", on: -385 },
        disposition: {
          status: "ended",
          code: "SWS-4나",
          summary: "회계장부(현금출납부) 미기재",
          article: "사회복지사업법 제40조제1항제4호",
          preNotice: -400,
          opinionDue: -388,
          decided: -380,
          ended: -300,
        },
      },
    ],
  },
  {
    kind: "adhoc",
    status: "notified",
    plan: null,
    reason: "민원 제보에 따른 수시점검(불시)",
    priorNotice: false,
    visit: -30,
    resultNotified: -20,
    resultSummary: "종사자 관리, 시설 안전, 후원금 관리 분야 지적사항 3건",
    internalNote: "제보자 신원 보호: 제보 경위는 기관에 알리지 않음.",
    findings: [
      {
        item: "HR-05",
        title: "신규 종사자 성범죄 경력 조회 누락",
        detail: "최근 채용한 요양보호사 1명의 성범죄 경력 조회 기록이 없음",
        severity: "moderate",
        violationCode: null,
        outcome: "correction",
        due: 10,
        corrective: "ordered",
      },
      {
        item: "SAF-02",
        title: "하반기 정기 안전점검 결과 미제출",
        detail: "하반기 정기 안전점검을 실시하였으나 결과를 시군구에 제출하지 않음",
        severity: "minor",
        violationCode: null,
        outcome: "caution",
        due: 5,
        corrective: "submitted",
        report: { text: "안전점검 결과보고서를 구청에 제출함(제출 공문 첨부 예정)", on: -3 },
      },
      {
        item: "DON-07",
        title: "지정후원금 용도 외 사용",
        detail: "프로그램 운영비로 지정된 후원금 일부를 차량 수리비로 사용함",
        severity: "serious",
        violationCode: "SWS-4가",
        outcome: "disposition",
        due: null,
        corrective: "ordered",
        disposition: {
          status: "pre_noticed",
          code: "SWS-4가",
          summary: "지정후원금 용도 외 사용",
          article: "사회복지사업법 제40조제1항제4호",
          preNotice: -4,
          opinionDue: 10,
        },
      },
    ],
  },
  {
    kind: "special",
    status: "scheduled",
    plan: null,
    reason: "급식 위생 분야 특별점검",
    priorNotice: true,
    visit: 14,
    noticeSent: -2,
    documentsDue: 7,
    documents: ["최근 3개월 식단표와 보존식 관리대장", "조리 종사자 건강진단 결과서"],
    findings: [],
  },
  {
    kind: "adhoc",
    status: "scheduled",
    plan: null,
    reason: "민원 제보 확인(불시 점검: 결과 통보 전에는 기관에 보이지 않음)",
    priorNotice: false,
    visit: 3,
    findings: [],
  },
];

// ── provider.mapo's institution (마포구) ──────────────────────────────────────
const SECOND: InspectionSpec[] = [
  {
    kind: "regular",
    status: "closed",
    plan: { yearOffset: -1, status: "approved" },
    reason: "3년 주기 정기점검 대상",
    priorNotice: true,
    visit: -360,
    noticeSent: -374,
    documentsDue: -363,
    resultNotified: -350,
    resultSummary: "예산 집행과 급식 위생 분야 지적사항 2건",
    internalNote: "내부 검토 메모: 다음 정기점검 때 예산 전용 절차를 다시 볼 것.",
    findings: [
      {
        item: "ACC-04",
        title: "운영위원회 보고 없는 예산 전용",
        detail: "관 사이 전용 2건을 운영위원회에 보고하지 않고 집행함",
        severity: "moderate",
        violationCode: "SWS-4다",
        outcome: "improvement",
        due: -320,
        corrective: "accepted",
        report: { text: "전용 내역을 운영위원회에 사후 보고하고 전용 절차를 내부 규정에 반영함", on: -325 },
        verification: { text: "운영위원회 회의록과 개정 규정으로 확인함", on: -318 },
        disposition: {
          status: "ended",
          code: "SWS-4다",
          summary: "운영위원회 보고 없는 예산 전용",
          article: "사회복지사업법 제40조제1항제4호",
          preNotice: -345,
          opinionDue: -333,
          decided: -325,
          ended: -240,
        },
      },
      {
        item: "FOOD-04",
        title: "보존식 보관 시간 미준수",
        detail: "점검일 전날 점심 보존식이 보관되어 있지 않음",
        severity: "minor",
        violationCode: null,
        outcome: "on_site",
        due: null,
        corrective: "accepted",
        verification: {
          text: "점검 당일 보존식 보관 냉장고를 정비하고 관리대장을 비치함(현지시정)",
          on: -360,
        },
      },
    ],
  },
  {
    kind: "special",
    status: "notified",
    plan: null,
    reason: "보조금 집행 분야 특별점검",
    priorNotice: true,
    visit: -60,
    noticeSent: -74,
    documentsDue: -63,
    resultNotified: -45,
    resultSummary: "보조금 집행, 후원금 관리, 개인정보 관리 분야 지적사항 3건",
    findings: [
      {
        item: "SUB-02",
        title: "보조금 전용카드 외 결제",
        detail: "보조금으로 집행한 소모품 구입 4건을 일반 법인카드로 결제함",
        severity: "moderate",
        violationCode: null,
        outcome: "correction",
        due: -5,
        corrective: "ordered",
      },
      {
        item: "DON-04",
        title: "후원자 사용내용 통보 누락",
        detail: "지난해 후원금 수입·사용내용을 후원자에게 통보하지 않음",
        severity: "minor",
        violationCode: null,
        outcome: "caution",
        due: 5,
        corrective: "returned",
        report: { text: "홈페이지에 후원금 사용내용을 게시함", on: -15 },
        verification: {
          text: "홈페이지 게시만으로는 통보로 볼 수 없습니다. 후원자에게 보낸 통보(우편·문자) 증빙을 붙여 다시 보고하세요.",
          on: -10,
        },
      },
      {
        item: "HUM-05",
        title: "이용자 개인정보 관리 소홀",
        detail: "퇴소자 상담기록부를 잠금장치 없는 서가에 보관하고 열람 기록을 남기지 않음",
        severity: "serious",
        violationCode: "SWS-4마",
        outcome: "disposition",
        due: null,
        corrective: "accepted",
        verification: { text: "개선명령 처분으로 조치함", on: -10 },
        disposition: {
          status: "decided",
          code: "SWS-4마",
          summary: "이용자 개인정보(상담기록) 관리 소홀",
          article: "사회복지사업법 제40조제1항제4호",
          preNotice: -40,
          opinionDue: -28,
          opinion: {
            text: "상담기록 보관용 잠금 서가를 구입하여 설치하였습니다. 처분 수위를 재고하여 주십시오.",
            on: -30,
          },
          decided: -10,
        },
      },
    ],
  },
  {
    kind: "regular",
    status: "in_progress",
    plan: { yearOffset: 0, status: "approved" },
    reason: "3년 주기 정기점검 대상",
    priorNotice: true,
    visit: -1,
    noticeSent: -15,
    documentsDue: -4,
    documents: ["최근 회계연도 결산서", "운영위원회 회의록(최근 1년)"],
    findings: [],
  },
  {
    kind: "regular",
    status: "planned",
    plan: { yearOffset: 1, status: "draft" },
    plannedMonthOffset: 3,
    reason: "지난 점검 지적사항 이행 확인",
    priorNotice: true,
    visit: null,
    findings: [],
  },
];

/** The path an inspection went through to reach its status (INSPECTION_MOVES in packages/domain). */
const PATH: Record<InspectionStatus, [string, string][]> = {
  planned: [],
  scheduled: [["schedule", "scheduled"]],
  in_progress: [
    ["schedule", "scheduled"],
    ["start", "in_progress"],
  ],
  notified: [
    ["schedule", "scheduled"],
    ["start", "in_progress"],
    ["complete", "completed"],
    ["notify", "notified"],
  ],
  closed: [
    ["schedule", "scheduled"],
    ["start", "in_progress"],
    ["complete", "completed"],
    ["notify", "notified"],
    ["close", "closed"],
  ],
};

export async function generateProviderSupervisionDemo(
  db: Queryable,
  options: ProviderSupervisionDemoOptions,
): Promise<ProviderSupervisionDemoCounts> {
  const counts = { inspections: 0, findings: 0, correctiveActions: 0, dispositions: 0 };
  const ids = [options.first.institutionId, options.second.institutionId];
  const { rows: existing } = await db.query(
    "select 1 from inspection where institution_id = any($1::uuid[]) limit 1",
    [ids],
  );
  if (existing.length > 0) return counts;
  const { rows: checklist } = await db.query<{ id: string }>(
    `select v.id from checklist_version v join checklist_template t on t.id = v.template_id
      where t.code = 'DEFAULT' and v.version = 1`,
  );
  const versionId = checklist[0]?.id;
  if (!versionId) return counts;
  for (const [who, specs] of [
    [options.first, FIRST],
    [options.second, SECOND],
  ] as const) {
    const { rows } = await db.query<SupervisedInstitution>(
      `select id, name, sido_code, sigungu_code, type_code, operator_kind, operator_name, corporation_no
         from institution where id = $1`,
      [who.institutionId],
    );
    const institution = rows[0];
    if (!institution) continue;
    await generateFor(db, { today: options.today, institution, who, specs, versionId, counts });
  }
  return counts;
}

async function generateFor(
  db: Queryable,
  input: {
    today: string;
    institution: SupervisedInstitution;
    who: DemoInstitution;
    specs: InspectionSpec[];
    versionId: string;
    counts: ProviderSupervisionDemoCounts;
  },
) {
  const { today, institution: t, specs, versionId, counts } = input;
  const day = (n: number) => addCalendarDays(today, n);
  const at = (n: number) => `${day(n)} 10:00+09`;
  const official = input.who.official;
  const year = Number(today.slice(0, 4));
  const { rows: region } = await db.query<{ sido_name: string; sigungu_name: string }>(
    "select sido_name, sigungu_name from region where code5 = $1",
    [t.sigungu_code],
  );
  const place = `${region[0]?.sido_name ?? ""} ${region[0]?.sigungu_name ?? ""}`.trim();
  const sender = `${place}청장`;
  const scope = [t.id, t.sido_code, t.sigungu_code] as const;
  // The institution's own steps (조치결과 보고, 의견제출) are its administrator's; the rest the official's.
  const { rows: admins } = await db.query<{ id: string; name: string }>(
    "select id, name from app_user where role = 'provider_admin' and scope_code = $1 order by username limit 1",
    [t.id],
  );
  const admin = admins[0] ?? { id: official.id, name: "시설장" };
  const log = (
    entity: string,
    entityId: string,
    inspectionId: string,
    step: { action: string; from: string | null; to: string; reason?: string | null; when: number },
  ) => {
    const actor =
      step.action === "submit" ? { ...admin, zone: "provider" } : { ...official, zone: "official" };
    return db.query(
      `insert into inspection_transition (entity, entity_id, inspection_id, institution_id, sido_code, sigungu_code,
         action, from_status, to_status, reason, actor_id, actor_name, actor_zone, at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::timestamptz)`,
      [
        entity,
        entityId,
        inspectionId,
        ...scope,
        step.action,
        step.from,
        step.to,
        step.reason ?? null,
        actor.id,
        actor.name,
        actor.zone,
        at(step.when),
      ],
    );
  };

  // One plan per year the specs name, in the institution's 시군구.
  const plans = new Map<number, string>();
  for (const spec of specs) {
    if (!spec.plan || plans.has(spec.plan.yearOffset)) continue;
    const planYear = year + spec.plan.yearOffset;
    const approved = spec.plan.status === "approved";
    const { rows } = await db.query<{ id: string }>(
      `insert into inspection_plan (title, plan_year, kind, scope_kind, sido_code, sigungu_code, checklist_version_id,
         status, note, created_by, created_by_name, approved_by, approved_by_name, approved_at)
       values ($1, $2, 'regular', 'sigungu', $3, $4, $5, $6, '데모 자료입니다. 실제 점검 기록이 아닙니다.', $7, $8,
         case when $9 then $7::uuid end, case when $9 then $8 end, case when $9 then $10::timestamptz end)
       returning id`,
      [
        `${planYear}년 ${region[0]?.sigungu_name ?? ""} 정기 지도점검(데모)`,
        planYear,
        t.sido_code,
        t.sigungu_code,
        versionId,
        spec.plan.status,
        official.id,
        official.name,
        approved,
        approved ? `${planYear}-01-20 10:00+09` : null,
      ],
    );
    plans.set(spec.plan.yearOffset, rows[0]?.id as string);
  }

  let noticeSeq = 0;
  for (const spec of specs) {
    const visit = spec.visit === null ? null : day(spec.visit);
    const notified = spec.status === "notified" || spec.status === "closed";
    const month = visit
      ? Number(visit.slice(5, 7))
      : ((Number(today.slice(5, 7)) + (spec.plannedMonthOffset ?? 0) - 1) % 12) + 1;
    const noticeNo = notified
      ? `${place} 지도점검-${day(spec.resultNotified ?? 0).slice(0, 4)}-${String(900 + ++noticeSeq)}`
      : null;
    const { rows } = await db.query<{ id: string }>(
      `insert into inspection (plan_id, institution_id, sido_code, sigungu_code, type_code, kind, reason, planned_month,
         checklist_version_id, status, scheduled_on, team, prior_notice, notice_sent_on, documents_due_on,
         overall_result, result_summary, internal_note, result_notice_no, result_notified_on, result_sender,
         created_by, created_by_name, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::date, $12, $13, $14::date, $15::date, $16, $17, $18, $19,
         $20::date, $21, $22, $23, $24::timestamptz) returning id`,
      [
        spec.plan ? plans.get(spec.plan.yearOffset) : null,
        t.id,
        t.sido_code,
        t.sigungu_code,
        t.type_code,
        spec.kind,
        spec.reason,
        month,
        versionId,
        spec.status,
        visit,
        JSON.stringify(
          visit
            ? [
                { name: official.name, position: "주무관" },
                { name: "최점검", position: "팀장" },
              ]
            : [],
        ),
        spec.priorNotice,
        spec.noticeSent === undefined ? null : day(spec.noticeSent),
        spec.documentsDue === undefined ? null : day(spec.documentsDue),
        notified ? (spec.findings.length > 0 ? "findings" : "compliant") : null,
        notified ? (spec.resultSummary ?? null) : null,
        spec.internalNote ?? null,
        noticeNo,
        notified ? day(spec.resultNotified ?? 0) : null,
        notified ? sender : null,
        official.id,
        official.name,
        at(Math.min(spec.visit ?? 0, 0) - 40),
      ],
    );
    const inspectionId = rows[0]?.id as string;
    counts.inspections++;

    // Its log: planned, then each step to where it is.
    await log("inspection", inspectionId, inspectionId, {
      action: "create",
      from: null,
      to: "planned",
      reason: spec.reason,
      when: Math.min(spec.visit ?? 0, 0) - 40,
    });
    let from = "planned";
    const stepDay: Record<string, number> = {
      schedule: spec.noticeSent ?? (spec.visit ?? 0) - 14,
      start: spec.visit ?? 0,
      complete: (spec.visit ?? 0) + 2,
      notify: spec.resultNotified ?? 0,
      close: Math.max(...spec.findings.map((f) => f.verification?.on ?? 0), spec.resultNotified ?? 0),
    };
    for (const [action, to] of PATH[spec.status]) {
      await log("inspection", inspectionId, inspectionId, { action, from, to, when: stepDay[action] ?? 0 });
      from = to;
    }

    // Requested documents (사전 점검자료), not yet submitted.
    for (const [position, title] of (spec.documents ?? []).entries())
      await db.query(
        `insert into inspection_document (inspection_id, institution_id, sido_code, sigungu_code, position, title)
         values ($1, $2, $3, $4, $5, $6)`,
        [inspectionId, ...scope, position + 1, title],
      );

    // Item results: every item once on site and done; half while the team is still there.
    if (spec.status === "in_progress" || notified)
      await db.query(
        `insert into inspection_item_result (inspection_id, item_id, institution_id, sido_code, sigungu_code, result,
           note, recorded_by, recorded_by_name, recorded_at)
         select $1, c.id, $2, $3, $4,
                case when c.code = any($5::text[]) then 'non_compliant' else 'compliant' end,
                case when c.code = any($5::text[]) then '확인 결과 기준에 맞지 않음' end, $6, $7, $8::timestamptz
           from checklist_item c where c.version_id = $9 and ($10 or c.position <= 35)`,
        [
          inspectionId,
          ...scope,
          spec.findings.map((f) => f.item),
          official.id,
          official.name,
          at(spec.visit ?? 0),
          versionId,
          notified,
        ],
      );

    for (const f of spec.findings) {
      const closed = f.corrective === "accepted";
      const { rows: found } = await db.query<{ id: string }>(
        `insert into inspection_finding (inspection_id, institution_id, sido_code, sigungu_code, item_id, domain, title,
           detail, severity, violation_code, status, created_by, created_by_name, created_at)
         select $1, $2, $3, $4, c.id, c.domain, $5, $6, $7, $8, $9, $10, $11, $12::timestamptz
           from checklist_item c where c.version_id = $13 and c.code = $14 returning id`,
        [
          inspectionId,
          ...scope,
          f.title,
          f.detail,
          f.severity,
          f.violationCode,
          closed ? "closed" : "ordered",
          official.id,
          official.name,
          at(spec.visit ?? 0),
          versionId,
          f.item,
        ],
      );
      const findingId = found[0]?.id;
      if (!findingId) continue;
      counts.findings++;
      const noticeOn = spec.resultNotified ?? spec.visit ?? 0;
      const dispositionId = f.disposition
        ? await insertDisposition(db, {
            spec: f.disposition,
            institution: t,
            findingId,
            found: visit as string,
            official,
            admin,
            sender,
            place,
            day,
            at,
          })
        : null;
      if (dispositionId) counts.dispositions++;
      const { rows: action } = await db.query<{ id: string }>(
        `insert into corrective_action (finding_id, inspection_id, institution_id, sido_code, sigungu_code, outcome,
           instruction, notice_on, due_on, status, report_text, reported_at, reported_on, reported_by_name, is_late,
           verification_note, verified_at, verified_by_name, disposition_id, ordered_by, ordered_by_name, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8::date, $9::date, $10, $11, $12::timestamptz, $13::date, $14,
           coalesce($13::date > $9::date, false), $15, $16::timestamptz, $17, $18, $19, $20, $21::timestamptz)
         returning id`,
        [
          findingId,
          inspectionId,
          ...scope,
          f.outcome,
          f.outcome === "disposition"
            ? `${f.title}: 행정처분 절차를 진행함`
            : f.outcome === "on_site"
              ? `${f.title}: 점검 현장에서 시정할 것`
              : `${f.title}에 대하여 시정하고 결과를 증빙과 함께 보고할 것`,
          day(noticeOn),
          f.due === null ? null : day(f.due),
          f.corrective,
          f.report?.text ?? null,
          f.report ? at(f.report.on) : null,
          f.report ? day(f.report.on) : null,
          f.report ? admin.name : null,
          f.verification?.text ?? null,
          f.verification ? at(f.verification.on) : null,
          f.verification ? official.name : null,
          dispositionId,
          official.id,
          official.name,
          at(noticeOn),
        ],
      );
      const actionId = action[0]?.id as string;
      counts.correctiveActions++;
      const steps: {
        entity: string;
        id: string;
        action: string;
        from: string | null;
        to: string;
        reason?: string | null;
        when: number;
      }[] = [
        { entity: "finding", id: findingId, action: "create", from: null, to: "open", when: spec.visit ?? 0 },
        { entity: "finding", id: findingId, action: "order", from: "open", to: "ordered", when: noticeOn },
        {
          entity: "corrective_action",
          id: actionId,
          action: "order",
          from: null,
          to: "ordered",
          reason: f.due === null ? null : `기한 ${day(f.due)}`,
          when: noticeOn,
        },
      ];
      if (f.report)
        steps.push({
          entity: "corrective_action",
          id: actionId,
          action: "submit",
          from: "ordered",
          to: "submitted",
          when: f.report.on,
        });
      if (f.verification)
        steps.push({
          entity: "corrective_action",
          id: actionId,
          action: f.corrective === "returned" ? "return" : f.report ? "accept" : "confirm",
          from: f.report ? "submitted" : "ordered",
          to: f.corrective,
          reason: f.verification.text,
          when: f.verification.on,
        });
      if (closed)
        steps.push({
          entity: "finding",
          id: findingId,
          action: "close",
          from: "ordered",
          to: "closed",
          when: f.verification?.on ?? noticeOn,
        });
      for (const step of steps) await log(step.entity, step.id, inspectionId, step);
    }
  }
}

async function insertDisposition(
  db: Queryable,
  input: {
    spec: DispositionSpec;
    institution: SupervisedInstitution;
    findingId: string;
    found: string;
    official: { id: string; name: string };
    admin: { id: string; name: string };
    sender: string;
    place: string;
    day: (n: number) => string;
    at: (n: number) => string;
  },
): Promise<string | null> {
  const { spec: d, institution: t, official, day, at } = input;
  const operatorKey = t.corporation_no ? `corp:${t.corporation_no}` : `${t.operator_kind}:${t.operator_name}`;
  const decided = d.decided === undefined ? null : day(d.decided);
  const { rows } = await db.query<{ id: string }>(
    `insert into disposition (institution_id, institution_name, sido_code, sigungu_code, authority_kind, authority_code,
       authority_name, operator_key, finding_id, law_code, table_key, table_name, status, proposed_label, measure,
       measure_label, explanation, pre_notice_on, opinion_due_on, opinion_text, opinion_submitted_at, opinion_by_name,
       decided_on, decision_no, decision_reason, reported_to_mohw_on, ended_on, created_by, created_by_name, created_at)
     values ($1, $2, $3, $4, 'sigungu', $4, $5, $6, $7, 'SWS', 'SWS-B4-2019-06-12', '사회복지사업법 시행규칙 [별표 4]',
       $8, '개선명령', '{"kind":"improvementOrder"}', '개선명령',
       '데모 자료: 같은 위반행위로 받은 이전 처분이 없어 1차(개선명령)입니다.', $9::date, $10::date, $11,
       $12::timestamptz, $13, $14::date, $15, $16, $17::date, $18::date, $19, $20, $21::timestamptz) returning id`,
    [
      t.id,
      t.name,
      t.sido_code,
      t.sigungu_code,
      input.sender,
      operatorKey,
      input.findingId,
      d.status,
      day(d.preNotice),
      day(d.opinionDue),
      d.opinion?.text ?? null,
      d.opinion ? at(d.opinion.on) : null,
      d.opinion ? input.admin.name : null,
      decided,
      decided
        ? `${input.place} 행정처분 ${decided.slice(0, 4)}-${String(900 + Math.abs(d.decided ?? 0)).slice(-3)}`
        : null,
      decided
        ? d.opinion
          ? "제출된 의견을 검토하였으나 위반 사실이 인정되어 원안대로 처분함"
          : "의견제출 기한까지 의견이 없어 원안대로 처분함"
        : null,
      decided ? day((d.decided ?? 0) + 4) : null,
      d.ended === undefined ? null : day(d.ended),
      official.id,
      official.name,
      at(d.preNotice - 5),
    ],
  );
  const id = rows[0]?.id;
  if (!id) return null;
  await db.query(
    `insert into disposition_violation (disposition_id, institution_id, sido_code, sigungu_code, position, code,
       found_on, summary, article, repeat_count, measure_label, explanation)
     values ($1, $2, $3, $4, 1, $5, $6::date, $7, $8, 1, '개선명령', '같은 위반행위로 받은 이전 처분이 없어 1차입니다.')`,
    [id, t.id, t.sido_code, t.sigungu_code, d.code, input.found, d.summary, d.article],
  );
  const steps: [string, string | null, string, number, "official" | "provider"][] = [
    ["create", null, "draft", d.preNotice - 5, "official"],
    ["preNotice", "draft", "pre_noticed", d.preNotice, "official"],
  ];
  if (d.opinion) steps.push(["opinion", "pre_noticed", "pre_noticed", d.opinion.on, "provider"]);
  if (d.decided !== undefined) steps.push(["decide", "pre_noticed", "decided", d.decided, "official"]);
  if (d.decided !== undefined) steps.push(["reportToMohw", "decided", "decided", d.decided + 4, "official"]);
  if (d.ended !== undefined) steps.push(["end", "decided", "ended", d.ended, "official"]);
  for (const [action, from, to, when, zone] of steps)
    await db.query(
      `insert into disposition_transition (disposition_id, institution_id, sido_code, sigungu_code, action, from_status,
         to_status, reason, actor_id, actor_name, actor_zone, at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::timestamptz)`,
      [
        id,
        t.id,
        t.sido_code,
        t.sigungu_code,
        action,
        from,
        to,
        action === "opinion" ? "의견제출" : null,
        zone === "provider" ? input.admin.id : official.id,
        zone === "provider" ? input.admin.name : official.name,
        zone,
        at(when),
      ],
    );
  return id;
}
