import { INSTITUTION_STATUS_LABELS, type InstitutionStatus } from "@ssis/domain";

const TONE: Record<InstitutionStatus, string> = {
  operating: "bg-light-success",
  suspended: "bg-light-warning",
  closed: "bg-light-gray",
};

export function StatusBadge({ status, label }: { status: InstitutionStatus; label?: string }) {
  return <span className={`krds-badge ${TONE[status]}`}>{label || INSTITUTION_STATUS_LABELS[status]}</span>;
}
