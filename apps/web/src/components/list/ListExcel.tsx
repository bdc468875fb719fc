import { type ReactNode, useState } from "react";
import type { DownloadResult } from "../../api/download";
import { errorMessage } from "../../api/problem";
import { formatNumber } from "../../lib/format";
import { Alert } from "../Alert";
import { ExcelExportDialog } from "../ExcelExportDialog";

/** What the reason dialog says: the rows, what personal data the file holds, and a block (too many rows). */
export interface ReasonAsk {
  intro: ReactNode;
  notice: ReactNode;
  blocked?: ReactNode;
  placeholder?: string;
}

/** 엑셀 다운로드 of a list under its current conditions. */
export interface ExcelConfig {
  /** the file; `reason` is what the user gave when `ask` is set, "" otherwise */
  download: (reason: string) => Promise<DownloadResult>;
  /**
   * Ask the reason the access log keeps first (a file with personal data). A function is called when the
   * button is pressed, to learn what to say (the exact number of rows) before the dialog opens.
   */
  ask?: ReasonAsk | (() => Promise<ReasonAsk>);
  /** nothing to download (no rows, or the list has not loaded) */
  disabled?: boolean;
}

/** What a step did: a success (or information) said politely, a failure said at once. */
export interface Outcome {
  tone: "success" | "danger" | "info";
  text: ReactNode;
}

export function OutcomeAlert({ outcome }: { outcome: Outcome | null | undefined }) {
  if (!outcome) return null;
  return (
    <Alert tone={outcome.tone} live={outcome.tone === "danger" ? "alert" : "status"}>
      {outcome.text}
    </Alert>
  );
}

/** "엑셀 다운로드 완료" notice text after a download. */
export function downloadedNotice(done: DownloadResult): string {
  return `${done.fileName} 파일(${formatNumber(done.rows)}건)을 내려받았습니다.`;
}

/**
 * The list's 엑셀 다운로드: the button (for the list's header), what happened (for under it) and, when a
 * reason is asked, the dialog.
 */
export function useListExcel(config: ExcelConfig | undefined) {
  const [busy, setBusy] = useState<"counting" | "downloading" | null>(null);
  const [asking, setAsking] = useState<ReasonAsk | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  if (!config) return { button: null, outcome: null, dialog: null };
  const { ask, download } = config;

  const direct = async () => {
    setBusy("downloading");
    try {
      setOutcome({ tone: "success", text: downloadedNotice(await download("")) });
    } catch (error) {
      setOutcome({ tone: "danger", text: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  };
  const open = async () => {
    setOutcome(null);
    if (!ask) return direct();
    if (typeof ask !== "function") return setAsking(ask);
    setBusy("counting");
    try {
      setAsking(await ask());
    } catch (error) {
      setOutcome({ tone: "danger", text: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  };

  return {
    button: (
      <button
        type="button"
        className="krds-btn small secondary"
        disabled={config.disabled || busy !== null}
        aria-busy={busy !== null || undefined}
        onClick={() => void open()}
      >
        {busy === "counting" ? "건수 확인 중…" : busy === "downloading" ? "내려받는 중…" : "엑셀 다운로드"}
      </button>
    ),
    outcome: <OutcomeAlert outcome={outcome} />,
    dialog: asking ? (
      <ExcelExportDialog
        {...asking}
        download={download}
        onClose={(done) => {
          setAsking(null);
          if (done) setOutcome({ tone: "success", text: downloadedNotice(done) });
        }}
      />
    ) : null,
  };
}
