import type { Queryable } from "@ssis/db";
import {
  CORRECTIVE_OUTCOME_LABELS,
  CORRECTIVE_STATUS_LABELS,
  type CorrectiveOutcome,
  type CorrectiveStatus,
  dueLabel,
  FINDING_SEVERITY_LABELS,
  FINDING_STATUS_LABELS,
  type FindingSeverity,
  type FindingStatus,
  isCorrectiveOverdue,
  needsInstitutionReport,
} from "@ssis/domain";
import type { StoredFile } from "../../platform/files.ts";
import { iso } from "../../platform/timestamps.ts";
import type { CorrectiveItem, FindingItem } from "./inspections.schemas.ts";

/*
 * The read view of findings and corrective actions: what an inspection's detail shows of them. The
 * findings module (inspection-findings) writes these tables and reads them through this view too, so a
 * finding looks the same wherever it appears (docs/architecture.md, "Table crossings").
 */

export interface FindingRow {
  id: string;
  inspection_id: string;
  institution_id: string;
  sido_code: string;
  sigungu_code: string;
  item_id: string | null;
  item_code: string | null;
  domain: string;
  title: string;
  detail: string;
  severity: FindingSeverity;
  violation_code: string | null;
  status: FindingStatus;
  casebook_shared: boolean;
  casebook_text: string | null;
  created_by_name: string;
  created_at: Date;
  version: number;
}

export const FINDING_SELECT = `select f.*, c.code as item_code from inspection_finding f
  left join checklist_item c on c.id = f.item_id`;

export async function findingsOf(tx: Queryable, inspectionId: string) {
  const { rows } = await tx.query<FindingRow>(
    `${FINDING_SELECT} where f.inspection_id = $1::uuid order by f.created_at, f.id`,
    [inspectionId],
  );
  return rows;
}

export interface CorrectiveRow {
  id: string;
  finding_id: string;
  inspection_id: string;
  institution_id: string;
  institution_name: string;
  sido_code: string;
  sigungu_code: string;
  sigungu_name: string;
  finding_title: string;
  outcome: CorrectiveOutcome;
  amount_won: string | null;
  instruction: string;
  notice_on: string;
  due_on: string | null;
  status: CorrectiveStatus;
  report_text: string | null;
  reported_at: Date | null;
  reported_by_name: string | null;
  is_late: boolean;
  verification_note: string | null;
  verified_at: Date | null;
  verified_by_name: string | null;
  last_reminded_at: Date | null;
  disposition_id: string | null;
  version: number;
  total?: string;
}

export const CORRECTIVE_SELECT = `select a.*, a.notice_on::text as notice_on, a.due_on::text as due_on,
    i.name as institution_name, coalesce(rg.sigungu_name, '') as sigungu_name, f.title as finding_title
  from corrective_action a
  join institution i on i.id = a.institution_id
  join inspection_finding f on f.id = a.finding_id
  left join region rg on rg.code5 = a.sigungu_code`;

export async function correctiveOfFindings(tx: Queryable, findingIds: string[]) {
  if (findingIds.length === 0) return [];
  const { rows } = await tx.query<CorrectiveRow>(
    `${CORRECTIVE_SELECT} where a.finding_id = any($1::uuid[])`,
    [findingIds],
  );
  return rows;
}

export function toCorrectiveItem(r: CorrectiveRow, files: StoredFile[], today: string): CorrectiveItem {
  const waiting = r.status === "ordered" || r.status === "returned";
  return {
    id: r.id,
    findingId: r.finding_id,
    inspectionId: r.inspection_id,
    institutionId: r.institution_id,
    institutionName: r.institution_name,
    sigunguName: r.sigungu_name,
    findingTitle: r.finding_title,
    outcome: r.outcome,
    outcomeLabel: CORRECTIVE_OUTCOME_LABELS[r.outcome],
    amountWon: r.amount_won === null ? null : Number(r.amount_won),
    instruction: r.instruction,
    noticeOn: r.notice_on,
    dueOn: r.due_on,
    dueLabel: r.due_on && waiting ? dueLabel(r.due_on, today) : null,
    status: r.status,
    statusLabel: CORRECTIVE_STATUS_LABELS[r.status],
    needsReport: needsInstitutionReport(r.outcome),
    isOverdue: isCorrectiveOverdue({ status: r.status, dueOn: r.due_on, outcome: r.outcome }, today),
    reportText: r.report_text,
    reportedAt: iso(r.reported_at),
    reportedByName: r.reported_by_name,
    isLate: r.is_late,
    verificationNote: r.verification_note,
    verifiedAt: iso(r.verified_at),
    verifiedByName: r.verified_by_name,
    lastRemindedAt: iso(r.last_reminded_at),
    dispositionId: r.disposition_id,
    files,
    version: r.version,
  };
}

export function toFindingItem(f: FindingRow, action: CorrectiveItem | null): FindingItem {
  return {
    id: f.id,
    inspectionId: f.inspection_id,
    itemId: f.item_id,
    itemCode: f.item_code,
    domain: f.domain,
    title: f.title,
    detail: f.detail,
    severity: f.severity,
    severityLabel: FINDING_SEVERITY_LABELS[f.severity],
    violationCode: f.violation_code,
    status: f.status,
    statusLabel: FINDING_STATUS_LABELS[f.status],
    casebookShared: f.casebook_shared,
    casebookText: f.casebook_text,
    createdByName: f.created_by_name,
    createdAt: iso(f.created_at),
    correctiveAction: action,
    version: f.version,
  };
}
