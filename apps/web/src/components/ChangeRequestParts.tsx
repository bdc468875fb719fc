/** 변경 요청 pieces shared by the officials' inbox, the institution's history and the change history tab. */
import {
  INSTITUTION_STATUS_LABELS,
  type InstitutionStatus,
  OPERATOR_KIND_LABELS,
  type OperatorKind,
  REGISTER_FIELD_LABELS,
  type RegisterField,
} from "@ssis/domain";
import type { ReactNode } from "react";
import type { ChangeRequest, ChangeRequestStatus } from "../api/register";
import { formatNumber } from "../lib/format";
import { InstitutionTypeName } from "./InstitutionTypeName";

export const REQUEST_STATUS_OPTIONS: { value: ChangeRequestStatus; label: string }[] = [
  { value: "submitted", label: "처리 중" },
  { value: "approved", label: "승인" },
  { value: "returned", label: "반려" },
  { value: "withdrawn", label: "철회" },
];

const TONE: Record<ChangeRequestStatus, string> = {
  submitted: "bg-light-primary",
  approved: "bg-light-success",
  returned: "bg-light-danger",
  withdrawn: "bg-light-gray",
};

export function RequestStatusBadge({ request }: { request: ChangeRequest }) {
  return <span className={`krds-badge ${TONE[request.status]}`}>{request.statusLabel}</span>;
}

/** A register value as people read it (상태 and 운영 주체 by their Korean names). */
export function displayValue(field: string, value: unknown): ReactNode {
  if (value === null || value === undefined || value === "") return "(없음)";
  if (field === "typeCode") return <InstitutionTypeName code={String(value)} />;
  if (field === "status") return INSTITUTION_STATUS_LABELS[value as InstitutionStatus] ?? String(value);
  if (field === "operatorKind") return OPERATOR_KIND_LABELS[value as OperatorKind] ?? String(value);
  if (field === "capacity") return `${formatNumber(Number(value))}명`;
  return String(value);
}

/** "정원: 70명 → 85명" for each requested field. */
export function ChangeList({
  changes,
  before,
}: {
  changes: Record<string, unknown>;
  before: Record<string, unknown>;
}) {
  return (
    <ul className="app-rule-list">
      {Object.entries(changes).map(([field, value]) => (
        <li key={field}>
          <strong>{REGISTER_FIELD_LABELS[field as RegisterField] ?? field}</strong>:{" "}
          {displayValue(field, before[field])} → {displayValue(field, value)}
        </li>
      ))}
    </ul>
  );
}
