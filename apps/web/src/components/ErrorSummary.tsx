import { Alert } from "./Alert";

/**
 * The form's error summary (KRDS 오류 요약): which fields need fixing, each a link to its field, where its
 * message stands. Shown with every error at once after a save that was refused.
 */
export function ErrorSummary({
  errors,
  labels,
  idOf = (field) => `f-${field}`,
}: {
  errors: Readonly<Record<string, string>>;
  labels: Readonly<Record<string, string>>;
  idOf?: (field: string) => string;
}) {
  const fields = Object.keys(errors);
  if (fields.length === 0) return null;
  return (
    <Alert tone="danger" live="alert" title={`입력 내용을 확인하세요(${fields.length}건)`}>
      <ul className="app-error-summary" data-testid="error-summary">
        {fields.map((field) => (
          <li key={field}>
            <a href={`#${idOf(field)}`}>{labels[field] ?? "입력값"}</a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
