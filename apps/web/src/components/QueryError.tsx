import { errorMessage, isApiError } from "../api/problem";
import { Alert } from "./Alert";

/** A failed load, with the server's Korean detail and, for support, the request id. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const requestId = isApiError(error) ? error.requestId : null;
  return (
    <Alert tone="danger" live="alert" title="정보를 불러오지 못했습니다">
      <p>{errorMessage(error)}</p>
      {requestId ? <p className="app-muted">요청 번호: {requestId}</p> : null}
      {onRetry ? (
        <p>
          <button type="button" className="krds-btn small secondary" onClick={onRetry}>
            다시 시도
          </button>
        </p>
      ) : null}
    </Alert>
  );
}
