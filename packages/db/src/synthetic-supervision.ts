import type { Queryable } from "./database.ts";

/**
 * A small, made-up 지도점검 and 행정처분 history for the demo (`npm start`): one approved 2026 plan of 종로구 with
 * six target institutions, one inspection closed after a verified correction (shared to the case book), one
 * notified with an overdue correction, one in progress, three still ahead, and the disposition the closed
 * one led to. Nothing here is a real institution's record. The demo accounts' own institutions are left
 * out: their history is made by synthetic-provider-supervision.ts, around the day the demo is created.
 */
export interface SupervisionDemoOptions {
  /** 시군구 of the plan (the demo official's). */
  sigunguCode: string;
  /** The demo official who plans and inspects (app_user id and name). */
  official: { id: string; name: string };
  /** Institutions not to use (the demo accounts' own). */
  excludeInstitutionIds: string[];
}

/** What an inspection or a disposition copies of its institution. */
export interface SupervisedInstitution {
  id: string;
  name: string;
  sido_code: string;
  sigungu_code: string;
  type_code: string;
  operator_kind: string;
  operator_name: string;
  corporation_no: string | null;
}

export interface SupervisionDemoCounts {
  inspections: number;
  findings: number;
  dispositions: number;
}

export async function generateSupervisionDemo(
  db: Queryable,
  options: SupervisionDemoOptions,
): Promise<SupervisionDemoCounts> {
  const { rows: existing } = await db.query("select 1 from inspection_plan limit 1");
  if (existing.length > 0) return { inspections: 0, findings: 0, dispositions: 0 };
  const { rows: targets } = await db.query<SupervisedInstitution>(
    `select id, name, sido_code, sigungu_code, type_code, operator_kind, operator_name, corporation_no
       from institution where sigungu_code = $1 and status = 'operating' and not (id = any($2::uuid[]))
      order by name, id limit 6`,
    [options.sigunguCode, options.excludeInstitutionIds],
  );
  if (targets.length < 6) return { inspections: 0, findings: 0, dispositions: 0 };
  const { rows: checklist } = await db.query<{ id: string }>(
    `select v.id from checklist_version v join checklist_template t on t.id = v.template_id
      where t.code = 'DEFAULT' and v.version = 1`,
  );
  const versionId = checklist[0]?.id;
  if (!versionId) return { inspections: 0, findings: 0, dispositions: 0 };
  const { rows: region } = await db.query<{ sido_name: string; sigungu_name: string }>(
    "select sido_name, sigungu_name from region where code5 = $1",
    [options.sigunguCode],
  );
  const sender = `${region[0]?.sido_name ?? ""} ${region[0]?.sigungu_name ?? ""}청장`.trim();
  const who = [options.official.id, options.official.name] as const;

  const { rows: plan } = await db.query<{ id: string }>(
    `insert into inspection_plan (title, plan_year, kind, scope_kind, sido_code, sigungu_code, checklist_version_id,
       status, note, created_by, created_by_name, approved_by, approved_by_name, approved_at)
     values ('2026년 사회복지시설 정기 지도점검(데모)', 2026, 'regular', 'sigungu', $1, $2, $3, 'approved',
       '데모 자료입니다. 실제 점검 기록이 아닙니다.', $4, $5, $4, $5, '2026-02-20 10:00+09')
     returning id`,
    [options.sigunguCode.slice(0, 2), options.sigunguCode, versionId, ...who],
  );
  const planId = plan[0]?.id as string;

  // status, month, visit day, result
  const plans: [string, number, string | null, string | null][] = [
    ["closed", 3, "2026-03-12", "findings"],
    ["notified", 5, "2026-05-14", "findings"],
    ["in_progress", 9, "2026-09-15", null],
    ["scheduled", 12, "2026-12-08", null],
    ["planned", 12, null, null],
    ["planned", 12, null, null],
  ];
  const inspectionIds: string[] = [];
  for (const [i, [status, month, visit, result]] of plans.entries()) {
    const t = targets[i];
    if (!t) continue;
    const notified = status === "closed" || status === "notified";
    const { rows } = await db.query<{ id: string }>(
      `insert into inspection (plan_id, institution_id, sido_code, sigungu_code, type_code, kind, reason, planned_month,
         checklist_version_id, status, scheduled_on, team, prior_notice, notice_sent_on, documents_due_on,
         overall_result, result_summary, result_notice_no, result_notified_on, result_sender, created_by, created_by_name)
       values ($1, $2, $3, $4, $5, 'regular', $6, $7, $8, $9, $10::date, $11, true,
         $10::date - 14, $10::date - 3, $12, $13, $14, $15::date, $16, $17, $18) returning id`,
      [
        planId,
        t.id,
        t.sido_code,
        t.sigungu_code,
        t.type_code,
        i < 2 ? "3년 주기 정기점검 대상" : "최근 점검 이력 없음",
        month,
        versionId,
        status,
        visit,
        JSON.stringify([
          { name: options.official.name, position: "주무관" },
          { name: "최점검", position: "팀장" },
        ]),
        result,
        result ? "회계·후원금 관리 분야 지적사항이 있어 시정을 요구함" : null,
        notified ? `${sender.replace(/청장$/, "")} 지도점검-2026-${String(i + 1).padStart(5, "0")}` : null,
        notified ? (i === 0 ? "2026-03-20" : "2026-05-22") : null,
        notified ? sender : null,
        ...who,
      ],
    );
    inspectionIds.push(rows[0]?.id as string);
    // Every item has a result on the inspections that went on site (the 3rd only half of them).
    if (visit && status !== "scheduled")
      await db.query(
        `insert into inspection_item_result (inspection_id, item_id, institution_id, sido_code, sigungu_code, result,
           note, recorded_by, recorded_by_name)
         select $1, c.id, $2, $3, $4,
                case when c.code = any($5::text[]) then 'non_compliant' else 'compliant' end,
                case when c.code = any($5::text[]) then '확인 결과 기준에 맞지 않음' end, $6, $7
           from checklist_item c where c.version_id = $8 and ($9 or c.position <= 35)`,
        [
          rows[0]?.id,
          t.id,
          t.sido_code,
          t.sigungu_code,
          i === 0 ? ["ACC-10"] : i === 1 ? ["DON-07"] : [],
          ...who,
          versionId,
          status !== "in_progress",
        ],
      );
  }

  // Findings and their corrective actions.
  const findings: {
    inspection: number;
    item: string;
    title: string;
    detail: string;
    code: string;
    outcome: string;
    notice: string;
    due: string;
    status: string;
    report: string | null;
    casebook: string | null;
  }[] = [
    {
      inspection: 0,
      item: "ACC-10",
      title: "현금출납부 일부 미기재",
      detail: "2025년 하반기 후원물품 매각 수입 3건이 현금출납부에 기재되지 않음",
      code: "SWS-4나",
      outcome: "correction",
      notice: "2026-03-20",
      due: "2026-04-19",
      status: "accepted",
      report: "누락된 3건을 현금출납부와 총계정원장에 기재하고 담당자 교육을 실시함",
      casebook:
        "후원물품을 매각한 수입을 장부 밖에서 관리한 사례: 모든 수입은 현금출납부에 기재하고 예산에 편입해야 한다.",
    },
    {
      inspection: 1,
      item: "DON-07",
      title: "지정후원금 용도 외 사용",
      detail: "아동 교육비로 지정된 후원금 일부를 시설 운영비로 사용함",
      code: "SWS-4가",
      outcome: "caution",
      notice: "2026-05-22",
      due: "2026-06-21",
      status: "ordered",
      report: null,
      casebook: null,
    },
  ];
  let findingCount = 0;
  for (const f of findings) {
    const t = targets[f.inspection];
    const inspectionId = inspectionIds[f.inspection];
    if (!t || !inspectionId) continue;
    const closed = f.status === "accepted";
    const { rows } = await db.query<{ id: string }>(
      `insert into inspection_finding (inspection_id, institution_id, sido_code, sigungu_code, item_id, domain, title,
         detail, severity, violation_code, status, casebook_shared, casebook_text, casebook_shared_at, created_by,
         created_by_name)
       select $1, $2, $3, $4, c.id, c.domain, $5, $6, 'moderate', $7, $8, $9::text is not null, $9::text,
              case when $9::text is not null then $10::timestamptz end, $11, $12
         from checklist_item c where c.version_id = $13 and c.code = $14 returning id`,
      [
        inspectionId,
        t.id,
        t.sido_code,
        t.sigungu_code,
        f.title,
        f.detail,
        f.code,
        closed ? "closed" : "ordered",
        f.casebook,
        `${f.due} 10:00+09`,
        ...who,
        versionId,
        f.item,
      ],
    );
    const findingId = rows[0]?.id;
    if (!findingId) continue;
    findingCount++;
    await db.query(
      `insert into corrective_action (finding_id, inspection_id, institution_id, sido_code, sigungu_code, outcome,
         instruction, notice_on, due_on, status, report_text, reported_at, reported_on, reported_by_name,
         verification_note, verified_at, verified_by_name, ordered_by, ordered_by_name)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text,
         case when $11::text is not null then ($9::date - 9)::timestamp at time zone 'Asia/Seoul' end, case when $11::text is not null then $9::date - 9 end,
         case when $11::text is not null then '시설장' end,
         case when $10::text = 'accepted' then '증빙 확인' end, case when $10::text = 'accepted' then ($9::date - 5)::timestamp at time zone 'Asia/Seoul' end,
         case when $10::text = 'accepted' then $13 end, $12, $13)`,
      [
        findingId,
        inspectionId,
        t.id,
        t.sido_code,
        t.sigungu_code,
        f.outcome,
        `${f.title}에 대하여 시정하고 결과를 증빙과 함께 보고할 것`,
        f.notice,
        f.due,
        f.status,
        f.report,
        ...who,
      ],
    );
  }

  // The decided disposition the first finding led to (1차 개선명령, 별표 4 4.나).
  const first = targets[0];
  let dispositions = 0;
  if (first) {
    const operatorKey = first.corporation_no
      ? `corp:${first.corporation_no}`
      : `${first.operator_kind}:${first.operator_name}`;
    const { rows } = await db.query<{ id: string }>(
      `insert into disposition (institution_id, institution_name, sido_code, sigungu_code, authority_kind, authority_code,
         authority_name, operator_key, law_code, table_key, table_name, status, proposed_label, measure, measure_label,
         explanation, pre_notice_on, opinion_due_on, decided_on, decision_no, reported_to_mohw_on, ended_on,
         created_by, created_by_name)
       values ($1, $2, $3, $4, 'sigungu', $4, $5, $6, 'SWS', 'SWS-B4-2019-06-12', '사회복지사업법 시행규칙 [별표 4]',
         'ended', '개선명령', '{"kind":"improvementOrder"}', '개선명령',
         '데모 자료: 같은 위반행위로 받은 이전 처분이 없어 1차(개선명령)입니다.', '2026-04-01', '2026-04-13',
         '2026-04-20', $7, '2026-04-24', '2026-06-30', $8, $9) returning id`,
      [
        first.id,
        first.name,
        first.sido_code,
        first.sigungu_code,
        sender,
        operatorKey,
        `${sender.replace(/청장$/, "")} 행정처분 2026-0001`,
        ...who,
      ],
    );
    const dispositionId = rows[0]?.id;
    if (dispositionId) {
      dispositions++;
      await db.query(
        `insert into disposition_violation (disposition_id, institution_id, sido_code, sigungu_code, position, code,
           found_on, summary, article, repeat_count, measure_label, explanation)
         values ($1, $2, $3, $4, 1, 'SWS-4나', '2026-03-12', '회계장부(현금출납부) 미기재',
           '사회복지사업법 제40조제1항제4호', 1, '개선명령', '같은 위반행위로 받은 이전 처분이 없어 1차입니다.')`,
        [dispositionId, first.id, first.sido_code, first.sigungu_code],
      );
      await db.query(
        `insert into disposition_transition (disposition_id, institution_id, sido_code, sigungu_code, action, from_status,
           to_status, reason, actor_id, actor_name, actor_zone, at)
         select $1, $2, $3, $4, x.action, x.from_status, x.to_status, null, $5, $6, 'official', x.at::timestamptz
           from (values ('create', null, 'draft', '2026-03-25 10:00+09'),
                        ('preNotice', 'draft', 'pre_noticed', '2026-04-01 10:00+09'),
                        ('decide', 'pre_noticed', 'decided', '2026-04-20 10:00+09'),
                        ('end', 'decided', 'ended', '2026-06-30 10:00+09')) as x(action, from_status, to_status, at)`,
        [dispositionId, first.id, first.sido_code, first.sigungu_code, ...who],
      );
    }
  }

  // Each inspection's log starts with its planning.
  await db.query(
    `insert into inspection_transition (entity, entity_id, inspection_id, institution_id, sido_code, sigungu_code,
       action, from_status, to_status, reason, actor_id, actor_name, actor_zone, at)
     select 'inspection', i.id, i.id, i.institution_id, i.sido_code, i.sigungu_code, 'create', null, 'planned', i.reason,
            $2, $3, 'official', '2026-02-20 10:00+09'
       from inspection i where i.plan_id = $1`,
    [planId, ...who],
  );
  return { inspections: inspectionIds.length, findings: findingCount, dispositions };
}
