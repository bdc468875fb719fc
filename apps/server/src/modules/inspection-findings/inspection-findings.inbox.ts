import type { InboxKindDefinition } from "../../platform/inbox.ts";

const scope = { sido: "ca.sido_code", sigungu: "ca.sigungu_code", institution: "ca.institution_id" };
const from = `from corrective_action ca
      join inspection_finding f on f.id = ca.finding_id
      join institution i on i.id = ca.institution_id`;

/** 시정 조치: institutions report by the due date; officials verify reports and follow up what is late. */
export const findingInboxKinds: InboxKindDefinition[] = [
  {
    kind: "corrective_action_due",
    label: "시정 조치 결과 제출",
    portal: "provider",
    select: ({ inScope }) => `
      select ca.id::text as id, '조치 결과 제출: ' || f.title as title, ca.institution_id,
             i.name as institution_name, ca.sigungu_code, ca.due_on,
             '/provider/inspections/' || ca.inspection_id as link,
             jsonb_build_object('findingTitle', f.title,
               'officialLink', '/official/inspections/' || ca.inspection_id || '?tab=findings') as vars
      ${from}
      where ca.status in ('ordered', 'returned') and ${inScope(scope)}`,
    reminders: { soon: "corrective_action_due_soon", overdue: "corrective_action_overdue", to: "both" },
  },
  {
    kind: "corrective_report_to_verify",
    label: "조치 결과 확인",
    portal: "official",
    select: ({ inScope }) => `
      select ca.id::text as id, '조치 결과 확인: ' || f.title as title, ca.institution_id,
             i.name as institution_name, ca.sigungu_code, null::date as due_on,
             '/official/inspections/' || ca.inspection_id || '?tab=findings' as link, '{}'::jsonb as vars
      ${from}
      where ca.status = 'submitted' and ${inScope(scope)}`,
  },
  {
    kind: "corrective_action_overdue",
    label: "시정 조치 기한 경과",
    portal: "official",
    select: ({ inScope }) => `
      select ca.id::text as id, '시정 조치 기한 경과: ' || f.title as title, ca.institution_id,
             i.name as institution_name, ca.sigungu_code, ca.due_on,
             '/official/inspections/' || ca.inspection_id || '?tab=findings' as link, '{}'::jsonb as vars
      ${from}
      where ca.status in ('ordered', 'returned') and ca.due_on < app_today() and ${inScope(scope)}`,
  },
];
