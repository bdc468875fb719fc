import { datedFileName, type ExcelColumn, fileNamePart, writeListWorkbook } from "../../platform/excel.ts";
import type {
  InstitutionDashboard,
  InstitutionTable,
  JurisdictionDashboard,
  JurisdictionTable,
} from "./dashboards.schemas.ts";

/** n of d as a percentage with one decimal, empty when there is nothing to divide by. */
const percent = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 10 : null);

type Oversight = NonNullable<JurisdictionDashboard["oversight"]>;
type Area = JurisdictionDashboard["areas"][number];
type Figure = { group: string; label: string; count: number };

/** The single figures of 지도점검·처분·변경신청 as rows (the table beside their chart). */
export function oversightFigures(o: Oversight): Figure[] {
  return [
    { group: "지도점검", label: "점검 대상(올해 계획)", count: o.inspections.targets },
    { group: "지도점검", label: "점검 완료", count: o.inspections.done },
    { group: "지적·조치", label: "미종결 지적사항", count: o.findings.open },
    { group: "지적·조치", label: "미종결 시정·개선 조치", count: o.findings.actionsOpen },
    { group: "지적·조치", label: "보고 기한 경과 조치", count: o.findings.actionsOverdue },
    { group: "지적·조치", label: "결과 보고 확인 대기", count: o.findings.actionsSubmitted },
    { group: "행정처분", label: "사전통지", count: o.dispositions.preNoticed },
    { group: "행정처분", label: "처분 결정", count: o.dispositions.decided },
    { group: "행정처분", label: "집행 중", count: o.dispositions.executing },
    { group: "행정처분", label: "정지 처분 집행 중(오늘)", count: o.dispositions.suspensionsInForce },
    { group: "변경신청", label: "처리 대기", count: o.changeRequests.pending },
    { group: "변경신청", label: "처리 기한 경과", count: o.changeRequests.overdue },
  ];
}

const TYPE_COLUMNS: ExcelColumn<JurisdictionDashboard["institutions"]["byType"][number]>[] = [
  { header: "분야", width: 12, value: (r) => r.field },
  { header: "시설 유형", width: 30, value: (r) => r.typeName },
  { header: "운영", width: 10, value: (r) => r.operating },
  { header: "정지", width: 10, value: (r) => r.suspended },
  { header: "폐지", width: 10, value: (r) => r.closed },
  { header: "계", width: 10, value: (r) => r.total },
];

const FIGURE_COLUMNS: ExcelColumn<Figure>[] = [
  { header: "구분", width: 12, value: (r) => r.group },
  { header: "항목", width: 28, value: (r) => r.label },
  { header: "건수", width: 10, value: (r) => r.count },
];

const PLAN_COLUMNS: ExcelColumn<Oversight["inspections"]["plans"][number]>[] = [
  { header: "점검계획", width: 36, value: (r) => r.title },
  { header: "점검 구분", width: 10, value: (r) => r.kindLabel },
  { header: "수립 기관", width: 20, value: (r) => r.scopeLabel },
  { header: "계획 상태", width: 10, value: (r) => r.statusLabel },
  { header: "대상", width: 8, value: (r) => r.targets },
  { header: "완료", width: 8, value: (r) => r.done },
  { header: "진행 중", width: 8, value: (r) => r.inProgress },
  { header: "취소", width: 8, value: (r) => r.cancelled },
  { header: "진행률(%)", width: 10, value: (r) => percent(r.done, r.targets) },
];

const ROUND_COLUMNS: ExcelColumn<Oversight["reportRounds"][number]>[] = [
  { header: "현황보고 회차", width: 30, value: (r) => r.title },
  { header: "보고 기간", width: 14, value: (r) => r.periodLabel },
  { header: "제출 기한", width: 12, value: (r) => r.dueOn },
  { header: "상태", width: 8, value: (r) => r.statusLabel },
  { header: "대상", width: 8, value: (r) => r.targets },
  { header: "제출", width: 8, value: (r) => r.submitted },
  { header: "지연 제출", width: 10, value: (r) => r.late },
  { header: "미제출", width: 8, value: (r) => r.pending },
  { header: "제출률(%)", width: 10, value: (r) => percent(r.submitted, r.targets) },
];

const AGE_COLUMNS: ExcelColumn<{ label: string; count: number }>[] = [
  { header: "신청 후 경과", width: 18, value: (r) => r.label },
  { header: "처리 대기 건수", width: 14, value: (r) => r.count },
];

const areaColumns = (level: "sido" | "sigungu"): ExcelColumn<Area>[] => {
  const o = (pick: (x: NonNullable<Area["oversight"]>) => number | null) => (r: Area) =>
    r.oversight ? pick(r.oversight) : null;
  return [
    { header: level === "sido" ? "시도" : "시군구", width: 18, value: (r) => r.name },
    { header: "기관 계", width: 9, value: (r) => r.institutions.total },
    { header: "운영", width: 8, value: (r) => r.institutions.operating },
    { header: "정지", width: 8, value: (r) => r.institutions.suspended },
    { header: "폐지", width: 8, value: (r) => r.institutions.closed },
    { header: "재직 종사자", width: 11, value: (r) => r.activeStaff },
    { header: "미종결 지적", width: 11, value: o((x) => x.findingsOpen) },
    { header: "미종결 조치", width: 11, value: o((x) => x.actionsOpen) },
    { header: "기한 경과 조치", width: 13, value: o((x) => x.actionsOverdue) },
    { header: "진행 중 처분", width: 12, value: o((x) => x.dispositionsActive) },
    { header: "정지 처분 집행 중", width: 15, value: o((x) => x.suspensionsInForce) },
    { header: "점검 대상", width: 10, value: o((x) => x.inspectionTargets) },
    { header: "점검 완료", width: 10, value: o((x) => x.inspectionsDone) },
    { header: "점검 진행률(%)", width: 13, value: o((x) => percent(x.inspectionsDone, x.inspectionTargets)) },
    { header: "현황보고 대상", width: 12, value: o((x) => x.reportTargets) },
    { header: "현황보고 제출", width: 12, value: o((x) => x.reportSubmitted) },
    { header: "제출률(%)", width: 10, value: o((x) => percent(x.reportSubmitted, x.reportTargets)) },
    { header: "변경신청 대기", width: 12, value: o((x) => x.changeRequestsPending) },
    { header: "변경신청 기한 경과", width: 15, value: o((x) => x.changeRequestsOverdue) },
  ];
};

export const JURISDICTION_TABLE_TITLES: Record<JurisdictionTable, string> = {
  "institution-types": "유형별 기관 현황",
  oversight: "지도점검·처분·변경신청 현황",
  "inspection-plans": "점검계획 진행",
  "report-rounds": "현황보고 제출률",
  "change-requests": "변경신청 처리 대기",
  areas: "관할 구역별 현황",
};

async function oneSheet<T>(
  title: string,
  columns: ExcelColumn<T>[],
  rows: T[],
  about: [string, string][],
  at: Date,
) {
  return writeListWorkbook({
    sheetName: title,
    columns,
    batches: (async function* () {
      yield rows;
    })(),
    about: [["표", title], ...about],
    at,
  });
}

/** One table of an official's 업무현황 (the same rows the screen shows) as a workbook. */
export async function jurisdictionWorkbook(
  data: JurisdictionDashboard,
  table: JurisdictionTable,
  who: string,
  at: Date,
) {
  const title = JURISDICTION_TABLE_TITLES[table];
  const about: [string, string][] = [
    ["관할", data.scope.label],
    ["기준일", `${data.asOf} (한국 시간)`],
    ["내려받은 사람", who],
  ];
  const o = data.oversight;
  const file = await (() => {
    switch (table) {
      case "institution-types":
        return oneSheet(title, TYPE_COLUMNS, data.institutions.byType, about, at);
      case "oversight":
        return oneSheet(title, FIGURE_COLUMNS, o ? oversightFigures(o) : [], about, at);
      case "inspection-plans":
        return oneSheet(
          title,
          PLAN_COLUMNS,
          o?.inspections.plans ?? [],
          [...about, ["점검 연도", `${data.year}년`]],
          at,
        );
      case "report-rounds":
        return oneSheet(title, ROUND_COLUMNS, o?.reportRounds ?? [], about, at);
      case "change-requests":
        return oneSheet(title, AGE_COLUMNS, o?.changeRequests.byAge ?? [], about, at);
      case "areas":
        return oneSheet(title, areaColumns(data.areaLevel ?? "sigungu"), data.areas, about, at);
    }
  })();
  return {
    ...file,
    fileName: datedFileName(`업무현황_${fileNamePart(title)}_${fileNamePart(data.scope.label)}`, at),
  };
}

const DEADLINE_COLUMNS: ExcelColumn<InstitutionDashboard["deadlines"][number]>[] = [
  { header: "구분", width: 18, value: (r) => r.kindLabel },
  { header: "내용", width: 40, value: (r) => r.title },
  { header: "기한", width: 12, value: (r) => r.dueOn },
  { header: "남은 일수", width: 10, value: (r) => r.daysLeft },
  { header: "상태", width: 8, value: (r) => r.stateLabel },
];

const FINDING_COLUMNS: ExcelColumn<InstitutionDashboard["findings"][number]>[] = [
  { header: "지적사항", width: 40, value: (r) => r.title },
  { header: "심각도", width: 8, value: (r) => r.severityLabel },
  { header: "지적 상태", width: 10, value: (r) => r.statusLabel },
  { header: "조치 상태", width: 10, value: (r) => r.actionStatusLabel },
  { header: "조치 기한", width: 12, value: (r) => r.dueOn },
  { header: "기한 경과", width: 9, value: (r) => (r.overdue ? "경과" : "") },
];

const DISPOSITION_COLUMNS: ExcelColumn<InstitutionDashboard["dispositions"][number]>[] = [
  { header: "처분", width: 24, value: (r) => r.measureLabel },
  { header: "상태", width: 10, value: (r) => r.statusLabel },
  { header: "처분일", width: 12, value: (r) => r.decidedOn },
  { header: "집행 시작", width: 12, value: (r) => r.periodFrom },
  { header: "집행 끝", width: 12, value: (r) => r.periodTo },
  { header: "오늘 집행 중", width: 11, value: (r) => (r.inForce ? "집행 중" : "") },
];

export const INSTITUTION_TABLE_TITLES: Record<InstitutionTable, string> = {
  deadlines: "다가오는 기한",
  findings: "미종결 지적사항",
  dispositions: "행정처분",
};

/** One table of an institution's 업무현황 as a workbook. */
export async function institutionWorkbook(
  data: InstitutionDashboard,
  table: InstitutionTable,
  who: string,
  at: Date,
) {
  const title = INSTITUTION_TABLE_TITLES[table];
  const about: [string, string][] = [
    ["기관", data.institution.name],
    ["기준일", `${data.asOf} (한국 시간)`],
    ["내려받은 사람", who],
  ];
  const file = await (() => {
    switch (table) {
      case "deadlines":
        return oneSheet(title, DEADLINE_COLUMNS, data.deadlines, about, at);
      case "findings":
        return oneSheet(title, FINDING_COLUMNS, data.findings, about, at);
      case "dispositions":
        return oneSheet(title, DISPOSITION_COLUMNS, data.dispositions, about, at);
    }
  })();
  return {
    ...file,
    fileName: datedFileName(`업무현황_${fileNamePart(title)}_${fileNamePart(data.institution.name)}`, at),
  };
}
