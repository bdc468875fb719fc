import type { Queryable } from "@ssis/db";
import type { InboxKindDefinition, SweepDefinition } from "../../platform/inbox.ts";
import { notify } from "../notifications/index.ts";

const scope = { sido: "d.sido_code", sigungu: "d.sigungu_code", institution: "d.institution_id" };

/** 행정처분 사전 통지: the institution may file an opinion by its deadline; the official then decides. */
export const dispositionInboxKinds: InboxKindDefinition[] = [
  {
    kind: "opinion_may_file",
    label: "의견 제출",
    portal: "provider",
    select: ({ inScope }) => `
      select d.id::text as id, '사전 통지 의견 제출: ' || d.measure_label as title, d.institution_id,
             d.institution_name, d.sigungu_code, d.opinion_due_on as due_on,
             '/provider/dispositions/' || d.id as link,
             jsonb_build_object('measureLabel', d.measure_label, 'opinionDueOn', d.opinion_due_on::text) as vars
      from disposition d
      where d.status = 'pre_noticed' and d.opinion_submitted_at is null and d.opinion_due_on >= app_today()
        and ${inScope(scope)}`,
    reminders: { soon: "opinion_due_soon", to: "institution" },
  },
  {
    kind: "opinion_to_review",
    label: "의견 검토·처분 결정",
    portal: "official",
    // Ready for the decision: the opinion is in, or its deadline has passed without one.
    select: ({ inScope }) => `
      select d.id::text as id,
             case when d.opinion_submitted_at is not null then '제출된 의견 검토: '
                  else '의견 기한 경과, 처분 결정: ' end || d.measure_label as title,
             d.institution_id, d.institution_name, d.sigungu_code, d.opinion_due_on as due_on,
             '/official/dispositions/' || d.id as link, '{}'::jsonb as vars
      from disposition d
      where d.status = 'pre_noticed'
        and (d.opinion_submitted_at is not null or d.opinion_due_on < app_today())
        and ${inScope(scope)}`,
  },
];

/** The day after a suspension's last day, its officials are told to close it (처분 종료). */
export const dispositionSweeps: SweepDefinition[] = [
  {
    name: "suspension_ended",
    async run(tx: Queryable, today: string) {
      const { rows } = await tx.query<{
        id: string;
        sigungu_code: string;
        institution_name: string;
        measure_label: string;
        period_to: string;
      }>(
        `select id, sigungu_code, institution_name, measure_label, period_to from disposition
         where status = 'executing' and period_to is not null and period_to < $1::date`,
        [today],
      );
      let written = 0;
      for (const d of rows)
        written += await notify(
          { tx },
          {
            kind: "suspension_ended",
            recipients: [{ sigunguOfficials: d.sigungu_code }],
            variables: {
              institutionName: d.institution_name,
              measureLabel: d.measure_label,
              periodTo: d.period_to,
            },
            link: `/official/dispositions/${d.id}`,
            object: { type: "disposition", id: d.id },
            dedupeKey: `suspension_ended:${d.id}`,
          },
        );
      return written;
    },
  },
];
