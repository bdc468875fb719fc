import type { InboxKindDefinition } from "../../platform/inbox.ts";

/** 기관 정보 변경 요청: officials decide what institutions ask; institutions see what came back returned. */
export const registerInboxKinds: InboxKindDefinition[] = [
  {
    kind: "change_request_pending",
    label: "변경 요청 처리",
    portal: "official",
    select: ({ inScope }) => `
      select cr.id::text as id, '기관 정보 변경 요청 처리' as title, cr.institution_id, i.name as institution_name,
             cr.sigungu_code, cr.due_on, '/official/change-requests' as link, '{}'::jsonb as vars
      from change_request cr join institution i on i.id = cr.institution_id
      where cr.status = 'submitted'
        and ${inScope({ sido: "cr.sido_code", sigungu: "cr.sigungu_code", institution: "cr.institution_id" })}`,
    reminders: { soon: "change_request_due_soon", overdue: "change_request_overdue", to: "sigungu" },
  },
  {
    kind: "change_request_returned",
    label: "반려된 변경 요청",
    portal: "provider",
    // Returned within the last 30 days: after that the institution has either filed anew or let it be.
    select: ({ inScope }) => `
      select cr.id::text as id, '반려된 기관 정보 변경 요청 확인' as title, cr.institution_id,
             i.name as institution_name, cr.sigungu_code, null::date as due_on,
             '/provider/change-requests' as link, '{}'::jsonb as vars
      from change_request cr join institution i on i.id = cr.institution_id
      where cr.status = 'returned' and cr.decided_at >= app_today() - 30
        and ${inScope({ sido: "cr.sido_code", sigungu: "cr.sigungu_code", institution: "cr.institution_id" })}`,
  },
];
