/**
 * Response types for the tests, read from the server's own Zod schemas (the ones that serialise the answers
 * and produce the OpenAPI document), so that a test never restates a response by hand and a schema change
 * is a type error in the tests too. Use them as `res.json<InspectionDetail>()`.
 */
import type { z } from "zod";
import type { accessLogPage } from "../src/modules/access-log/access-log.schemas.ts";
import type { userPage } from "../src/modules/admin-users/admin-users.schemas.ts";
import type { dispositionList } from "../src/modules/dispositions/dispositions.schemas.ts";
import type { casebookList } from "../src/modules/inspection-casebook/inspection-casebook.schemas.ts";
import type {
  checklistList,
  checklistVersionDetail,
} from "../src/modules/inspection-checklists/inspection-checklists.schemas.ts";
import type { correctiveList } from "../src/modules/inspection-findings/inspection-findings.schemas.ts";
import type { inspectionList } from "../src/modules/inspections/inspections.schemas.ts";
import type { listResponse } from "../src/modules/institutions/institutions.schemas.ts";
import type {
  changeRequestPage,
  historyPage,
  providerChangeResponse,
} from "../src/modules/register/register.schemas.ts";
import type { providerRoundList } from "../src/modules/status-reports/status-reports.schemas.ts";
import type { ownAssignments } from "../src/modules/support-agencies/support-agencies.schemas.ts";
import type { problem } from "../src/platform/errors.ts";

export type { DispositionDetail, DispositionItem } from "../src/modules/dispositions/dispositions.schemas.ts";
export type {
  CorrectiveItem,
  FindingItem,
  InspectionDetail,
} from "../src/modules/inspections/inspections.schemas.ts";
export type { InstitutionDetail } from "../src/modules/institutions/institutions.schemas.ts";
export type { RegisterRecord } from "../src/modules/register/register.schemas.ts";
export type {
  ProviderRoundDetail,
  RoundDetail,
} from "../src/modules/status-reports/status-reports.schemas.ts";
export type { AgencyDetail } from "../src/modules/support-agencies/support-agencies.schemas.ts";

/** An error answer (RFC 9457 problem+json, with field errors on a 400). */
export type Problem = z.infer<typeof problem>;
export type InspectionList = z.infer<typeof inspectionList>;
export type CorrectiveList = z.infer<typeof correctiveList>;
export type ChecklistList = z.infer<typeof checklistList>;
export type ChecklistVersionDetail = z.infer<typeof checklistVersionDetail>;
export type CasebookList = z.infer<typeof casebookList>;
export type DispositionList = z.infer<typeof dispositionList>;
export type InstitutionList = z.infer<typeof listResponse>;
export type RegisterHistoryPage = z.infer<typeof historyPage>;
export type ChangeRequestPage = z.infer<typeof changeRequestPage>;
export type ProviderChangeResponse = z.infer<typeof providerChangeResponse>;
export type ProviderRoundList = z.infer<typeof providerRoundList>;
export type OwnAssignments = z.infer<typeof ownAssignments>;
export type UserPage = z.infer<typeof userPage>;
export type AccessLogPage = z.infer<typeof accessLogPage>;

/** The field errors of a 400 as field → message. */
export const fieldErrors = (body: Pick<Problem, "errors">) =>
  Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message]));
