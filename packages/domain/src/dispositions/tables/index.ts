import type { LadderTable } from "../ladder-table.ts";
import { LONG_TERM_CARE_ACT_TABLE_2014 } from "./long-term-care-act.ts";
import { SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019 } from "./social-welfare-services-act.ts";

export { LONG_TERM_CARE_ACT_TABLE_2014 } from "./long-term-care-act.ts";
export { SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019 } from "./social-welfare-services-act.ts";

/** The table versions shipped with the code; administrators add other laws' tables and newer versions. */
export const BUILT_IN_LADDER_TABLES: readonly LadderTable[] = [
  SOCIAL_WELFARE_SERVICES_ACT_TABLE_2019,
  LONG_TERM_CARE_ACT_TABLE_2014,
];
