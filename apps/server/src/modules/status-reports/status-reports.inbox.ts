import type { InboxKindDefinition } from "../../platform/inbox.ts";

/** 현황 보고: institutions submit by the round's due date; the opener closes the round after it. */
export const statusReportInboxKinds: InboxKindDefinition[] = [
  {
    kind: "report_to_submit",
    label: "현황 보고 제출",
    portal: "provider",
    select: ({ inScope }) => `
      select t.id::text as id, '현황 보고 제출: ' || r.title as title, t.institution_id,
             i.name as institution_name, t.sigungu_code, r.due_on,
             '/provider/status-reports/' || r.id as link,
             jsonb_build_object('roundTitle', r.title) as vars
      from report_round_target t
      join report_round r on r.id = t.round_id
      join institution i on i.id = t.institution_id
      where t.status = 'pending' and r.status = 'open'
        and ${inScope({ sido: "t.sido_code", sigungu: "t.sigungu_code", institution: "t.institution_id" })}`,
    reminders: { soon: "report_round_due_soon", overdue: "report_round_overdue", to: "institution" },
  },
  {
    kind: "report_round_to_close",
    label: "보고 회차 마감",
    portal: "official",
    // The opener's own rounds whose deadline has passed (a round belongs to the jurisdiction that opened it).
    select: ({ actor, param }) => `
      select r.id::text as id, '보고 회차 마감: ' || r.title as title, null::uuid as institution_id,
             '' as institution_name, coalesce(r.sigungu_code, '') as sigungu_code, r.due_on,
             '/official/status-reports/' || r.id as link, '{}'::jsonb as vars
      from report_round r
      where r.status = 'open' and r.due_on < app_today()
        and ${
          actor === null
            ? "true"
            : actor.scope.kind === "nation"
              ? "r.scope_kind = 'nation'"
              : `r.scope_kind = ${param(actor.scope.kind)} and r.scope_code = ${param(actor.scope.code)}`
        }`,
  },
];
