import { type FormEvent, useRef, useState } from "react";
import {
  downloadInstitutionExcel,
  INSTITUTION_EXPORT_MAX_ROWS,
  type InstitutionExportFilters,
} from "../api/institution-export";
import { errorMessage, isApiError } from "../api/problem";
import { formatNumber } from "../lib/format";
import { Alert } from "./Alert";
import { describedBy, FieldShell } from "./FormField";
import { Modal } from "./Modal";

interface Props {
  filters: InstitutionExportFilters;
  total: number;
  onClose: (done?: { rows: number; fileName: string }) => void;
}

/**
 * 엑셀 다운로드 with the reason the access log keeps (개인정보의 안전성 확보조치 기준: downloads of personal
 * data need a reason). What the official typed stays when the server refuses it.
 */
export function InstitutionExportDialog({ filters, total, onClose }: Props) {
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const tooMany = total > INSTITUTION_EXPORT_MAX_ROWS;

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
      onClose(await downloadInstitutionExcel(filters, reason.trim()));
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
            form="institution-export-form"
            className="krds-btn medium primary"
            disabled={busy || tooMany}
            aria-busy={busy || undefined}
          >
            {busy ? "파일을 만드는 중…" : "내려받기"}
          </button>
        </>
      }
    >
      <form id="institution-export-form" onSubmit={(e) => void submit(e)} noValidate>
        <p>
          현재 조회 조건의 기관 <strong>{formatNumber(total)}</strong>건을 엑셀 파일로 내려받습니다.
        </p>
        {tooMany ? (
          <Alert tone="warning" live="alert">
            한 번에 {formatNumber(INSTITUTION_EXPORT_MAX_ROWS)}건까지 내려받을 수 있습니다. 시도·시군구나
            분야로 조건을 좁혀 주세요.
          </Alert>
        ) : null}
        <p className="app-muted">
          파일에는 시설장 성명 등 개인정보가 포함됩니다. 다운로드 사유와 건수는 접속기록에 남습니다.
        </p>
        <FieldShell id="export-reason" label="다운로드 사유(필수)" error={fieldError}>
          <textarea
            id="export-reason"
            ref={reasonRef}
            className="krds-input"
            rows={3}
            maxLength={200}
            required
            value={reason}
            placeholder="예: 정기 지도점검 대상 선정"
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
