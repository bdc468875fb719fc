import { DISPOSITION_STATUS_LABELS } from "@ssis/domain";
import { datedFileName, type ExcelColumn, writeListWorkbook } from "../../platform/excel.ts";
import type { DispositionItem, DispositionListQuery } from "./dispositions.schemas.ts";

/** 행정처분대장: date, legal basis, repeat count, measure, period, fine, the date reported to 보건복지부. */
const COLUMNS: ExcelColumn<DispositionItem>[] = [
  { header: "처분일", width: 12, value: (r) => r.decidedOn },
  { header: "문서번호", width: 26, value: (r) => r.decisionNo },
  { header: "시군구", width: 12, value: (r) => r.sigunguName },
  { header: "기관명", width: 28, value: (r) => r.institutionName },
  { header: "위반 내용", width: 40, value: (r) => r.violationSummary },
  { header: "법적 근거(처분기준)", width: 30, value: (r) => r.tableName },
  { header: "위반 차수", width: 16, value: (r) => r.repeatSummary },
  { header: "처분 내용", width: 18, value: (r) => r.measureLabel },
  { header: "처분 기간", width: 24, value: (r) => (r.periodFrom ? `${r.periodFrom} ~ ${r.periodTo}` : null) },
  { header: "과징금·과태료(원)", width: 16, value: (r) => r.fineWon },
  { header: "보건복지부 보고일", width: 14, value: (r) => r.reportedToMohwOn },
  { header: "상태", width: 10, value: (r) => r.statusLabel },
  { header: "불복", width: 16, value: (r) => (r.appealStatus === "none" ? "" : r.appealStatusLabel) },
  { header: "처분청", width: 22, value: (r) => r.authorityName },
];

export async function buildRegisterWorkbook(
  batches: AsyncIterable<DispositionItem[]>,
  query: DispositionListQuery,
  at: Date,
) {
  const conditions = [
    query.from && `처분일 ${query.from}부터`,
    query.to && `처분일 ${query.to}까지`,
    query.sigungu && `시군구 코드 ${query.sigungu}`,
    query.law && `법령 ${query.law}`,
    query.measure && `처분 '${query.measure}'`,
    query.status && `상태 ${DISPOSITION_STATUS_LABELS[query.status]}`,
    query.activeSuspension === "true" && "정지 처분 집행 중",
    query.q && `기관명 '${query.q}'`,
  ].filter(Boolean);
  const file = await writeListWorkbook({
    sheetName: "행정처분대장",
    columns: COLUMNS,
    batches,
    about: [["조회 조건", conditions.length > 0 ? conditions.join(", ") : "전체(관할 구역)"]],
    at,
  });
  return { ...file, fileName: datedFileName("행정처분대장", at) };
}
