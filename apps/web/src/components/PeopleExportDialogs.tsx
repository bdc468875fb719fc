import type { DownloadResult } from "../api/download";
import { formatNumber } from "../lib/format";
import { ExcelExportDialog } from "./ExcelExportDialog";

interface Props {
  /** rows under the list's current conditions */
  total: number;
  download: (reason: string) => Promise<DownloadResult>;
  onClose: (done?: DownloadResult) => void;
}

/** 종사자 목록 엑셀 다운로드 (both portals): the list's conditions, with a reason for the access log. */
export function StaffExportDialog({ total, download, onClose }: Props) {
  return (
    <ExcelExportDialog
      intro={
        <>
          현재 조회 조건의 종사자 <strong>{formatNumber(total)}</strong>명을 엑셀 파일로 내려받습니다.
        </>
      }
      notice="파일에는 종사자의 성명과 자격·면허번호가 들어 있습니다. 다운로드 사유와 건수는 접속기록에 남습니다."
      placeholder="예: 인력 배치 기준 점검 자료"
      download={download}
      onClose={onClose}
    />
  );
}

/** 이용자 목록 엑셀 다운로드 (both portals): 주민등록번호 stays masked in the file. */
export function ClientExportDialog({ total, download, onClose }: Props) {
  return (
    <ExcelExportDialog
      intro={
        <>
          현재 조회 조건의 이용자 <strong>{formatNumber(total)}</strong>명을 엑셀 파일로 내려받습니다.
        </>
      }
      notice="파일에는 이용자의 성명·생년월일이 들어 있으며, 주민등록번호는 가린 채로 저장됩니다. 다운로드 사유와 건수는 접속기록에 남습니다."
      placeholder="예: 분기별 입소자 현황 보고"
      download={download}
      onClose={onClose}
    />
  );
}

/** "엑셀 다운로드 완료" notice text after a download. */
export function downloadedNotice(done: DownloadResult): string {
  return `${done.fileName} 파일(${formatNumber(done.rows)}건)을 내려받았습니다.`;
}
