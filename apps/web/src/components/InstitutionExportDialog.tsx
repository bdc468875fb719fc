import { INSTITUTION_EXPORT_MAX_ROWS } from "../api/institutions";
import { formatNumber } from "../lib/format";
import type { ReasonAsk } from "./list/ListExcel";

/** 기관 현황 엑셀 다운로드's dialog: the list's `total` rows, at most INSTITUTION_EXPORT_MAX_ROWS, with a reason. */
export function institutionExportAsk(total: number): ReasonAsk {
  return {
    intro: (
      <>
        현재 조회 조건의 기관 <strong>{formatNumber(total)}</strong>건을 엑셀 파일로 내려받습니다.
      </>
    ),
    blocked:
      total > INSTITUTION_EXPORT_MAX_ROWS ? (
        <>
          한 번에 {formatNumber(INSTITUTION_EXPORT_MAX_ROWS)}건까지 내려받을 수 있습니다. 시도·시군구나 분야로
          조건을 좁혀 주세요.
        </>
      ) : undefined,
    notice: "파일에는 시설장 성명 등 개인정보가 포함됩니다. 다운로드 사유와 건수는 접속기록에 남습니다.",
    placeholder: "예: 정기 지도점검 대상 선정",
  };
}
