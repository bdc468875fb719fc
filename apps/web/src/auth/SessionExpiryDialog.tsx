import { useRef } from "react";
import { Modal } from "../components/Modal";
import { formatDuration } from "../lib/format";
import { useSessionControls, WARNING_SECONDS } from "./SessionContext";

/** "세션 만료 예정": opens 2 minutes before the idle timeout; 연장 calls keepalive. */
export function SessionExpiryDialog() {
  const { remaining, extend, extending, extendError, logout } = useSessionControls();
  const extendRef = useRef<HTMLButtonElement>(null);
  if (remaining === null || remaining <= 0 || remaining > WARNING_SECONDS) return null;

  const onExtend = () => {
    if (!extending) void extend();
  };
  return (
    <Modal
      title="세션 만료 예정"
      onEscape={onExtend}
      initialFocus={extendRef}
      actions={
        <>
          <button type="button" className="krds-btn medium tertiary" onClick={() => void logout()}>
            로그아웃
          </button>
          <button
            ref={extendRef}
            type="button"
            className="krds-btn medium primary"
            onClick={onExtend}
            aria-busy={extending || undefined}
          >
            연장
          </button>
        </>
      }
    >
      <p>
        장시간 사용하지 않아 <strong className="app-countdown">{formatDuration(remaining, true)}</strong> 후
        자동으로 로그아웃됩니다.
      </p>
      <p>계속 사용하려면 [연장]을 누르세요.</p>
      {extendError ? (
        <p className="app-error-text" role="alert">
          {extendError}
        </p>
      ) : null}
    </Modal>
  );
}
