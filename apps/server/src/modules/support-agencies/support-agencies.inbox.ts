import type { Queryable } from "@ssis/db";
import { addDays, DEADLINE_WARNING_DAYS } from "@ssis/domain";
import type { SweepDefinition } from "../../platform/inbox.ts";
import { notify } from "../notifications/index.ts";

/** An agency's assignment to an institution that ends in 3 days: its staff and the 시군구 are told. */
export const supportAgencySweeps: SweepDefinition[] = [
  {
    name: "assignment_ending",
    async run(tx: Queryable, today: string) {
      const endsOn = addDays(today, DEADLINE_WARNING_DAYS);
      const { rows } = await tx.query<{
        id: string;
        agency_id: string;
        agency_name: string;
        institution_id: string;
        institution_name: string;
        sigungu_code: string;
      }>(
        `select a.id, a.agency_id, s.name as agency_name, a.institution_id, i.name as institution_name,
                i.sigungu_code
         from agency_assignment a
         join support_agency s on s.id = a.agency_id
         join institution i on i.id = a.institution_id
         where a.ends_on = $1::date`,
        [endsOn],
      );
      let written = 0;
      for (const a of rows) {
        const event = {
          kind: "assignment_ending",
          variables: { agencyName: a.agency_name, institutionName: a.institution_name, endsOn },
          object: { type: "agency_assignment", id: a.id },
          dedupeKey: `assignment_ending:${a.id}:${endsOn}`,
        } as const;
        written += await notify(
          { tx },
          {
            ...event,
            recipients: [{ agencyUsers: a.agency_id }],
            link: `/provider/agency/institutions/${a.institution_id}`,
          },
        );
        written += await notify(
          { tx },
          {
            ...event,
            recipients: [{ sigunguOfficials: a.sigungu_code }],
            link: `/official/support-agencies/${a.agency_id}`,
          },
        );
      }
      return written;
    },
  },
];
