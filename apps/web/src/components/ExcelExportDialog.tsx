import { type FormEvent, type ReactNode, useId, useRef, useState } from "react";
import type { DownloadResult } from "../api/download";
import { errorMessage, isApiError } from "../api/problem";
import { Alert } from "./Alert";
import { describedBy, FieldShell, LimitedTextarea } from "./FormField";
import { Modal } from "./Modal";

interface Props {
  /** what will be downloaded under the list's current conditions ("종사자 12명을 …") */
  intro: ReactNode;
  /** what personal data the file holds; the reason and count go to the access log */
  notice: ReactNode;
  /** shown instead of allowing the download (e.g. too many rows) */
  blocked?: ReactNode;
  placeholder?: string;
  download: (reason: string) => Promise<DownloadResult>;
  onClose: (done?: DownloadResult) => void;
}

/**
 * 엑셀 다운로드 with the reason the access log keeps (개인정보의 안전성 확보조치 기준: downloads of personal
 * data need a reason, domain.md §9). What the user typed stays when the server refuses it.
 */
export function ExcelExportDialog({ intro, notice, blocked, placeholder, download, onClose }: Props) {
  const formId = useId();
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setFieldError(null);
    setFormError(null);
    if (reason.trim().length < 2) {
      setFieldError(reason.trim() ? "다운로드 사유를 2자 이상 입력하세요." : "다운로드 사유를 입력하세요.");
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      onClose(await download(reason.trim()));
    } catch (error) {
      const message = isApiError(error) ? error.fieldErrors["querystring.reason"] : undefined;
      if (message) {
        setFieldError(message);
        reasonRef.current?.focus();
      } else setFormError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="엑셀 다운로드"
      onEscape={() => onClose()}
      initialFocus={reasonRef}
      actions={
        <>
          <button type="button" className="krds-btn medium tertiary" onClick={() => onClose()}>
            취소
          </button>
          <button
            type="submit"
            form={formId}
            className="krds-btn medium primary"
            disabled={busy || Boolean(blocked)}
            aria-busy={busy || undefined}
          >
            {busy ? "파일을 만드는 중…" : "내려받기"}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        <p>{intro}</p>
        {blocked ? (
          <Alert tone="warning" live="alert">
            {blocked}
          </Alert>
        ) : null}
        <p className="app-muted">{notice}</p>
        <FieldShell id="export-reason" label="다운로드 사유(필수)" error={fieldError}>
          <LimitedTextarea
            id="export-reason"
            ref={reasonRef}
            className="krds-input"
            rows={3}
            maxLength={200}
            required
            value={reason}
            placeholder={placeholder}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy("export-reason", null, fieldError)}
            onChange={(e) => setReason(e.target.value)}
          />
        </FieldShell>
        {formError ? (
          <Alert tone="danger" live="alert">
            {formError}
          </Alert>
        ) : null}
      </form>
    </Modal>
  );
}
