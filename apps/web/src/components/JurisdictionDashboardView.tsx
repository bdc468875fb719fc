import { Link, useNavigate } from "react-router-dom";
import {
  type DashboardArea,
  downloadJurisdictionTable,
  type JurisdictionDashboard,
  type JurisdictionOversight,
} from "../api/dashboards";
import { formatNumber } from "../lib/format";
import { BarFigure, CHART_COLORS } from "./DashboardChart";
import {
  ChartAndTable,
  CountLink,
  DashboardSection,
  formatPercent,
  percentOf,
  type Stat,
  StatGrid,
} from "./DashboardParts";
import { ScrollTable } from "./TableWrap";

/*
 * 업무현황 of an official's jurisdiction: the figures, then each part with its chart, its table and its Excel
 * file. Every number links to the list it counts, with that list's own conditions in the address.
 */

const INSTITUTIONS = "/official/institutions";
const CORRECTIVE = "/official/inspections/corrective-actions";
const INSPECTIONS = "/official/inspections";
const DISPOSITIONS = "/official/dispositions";
const CHANGE_REQUESTS = "/official/change-requests";
const PLANS = "/official/inspections/plans";
const ROUNDS = "/official/status-reports";

const query = (path: string, params: Record<string, string | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
};

export function JurisdictionDashboardView({ data }: { data: JurisdictionDashboard }) {
  const o = data.oversight;
  return (
    <>
      <StatGrid label="주요 수치" stats={keyFigures(data)} />
      <InstitutionTypes data={data} />
      {o ? (
        <>
          <OversightFigures oversight={o} />
          <PlanProgress oversight={o} year={data.year} />
          <RoundProgress oversight={o} />
          <ChangeRequestAges oversight={o} />
        </>
      ) : null}
      {data.areaLevel ? <Areas data={data} level={data.areaLevel} /> : null}
    </>
  );
}

function keyFigures(data: JurisdictionDashboard): Stat[] {
  const s = data.institutions.byStatus;
  const stats: Stat[] = [
    { label: "전체 기관", value: s.total, unit: "개소", to: INSTITUTIONS },
    {
      label: "운영",
      value: s.operating,
      unit: "개소",
      to: query(INSTITUTIONS, { status: "operating" }),
      tone: "operating",
    },
    {
      label: "정지",
      value: s.suspended,
      unit: "개소",
      to: query(INSTITUTIONS, { status: "suspended" }),
      tone: "suspended",
    },
    {
      label: "폐지",
      value: s.closed,
      unit: "개소",
      to: query(INSTITUTIONS, { status: "closed" }),
      tone: "closed",
    },
    {
      label: "재직 종사자",
      value: data.institutions.activeStaff,
      unit: "명",
      hint: "기관별 종사자 대장의 재직자 합계",
    },
  ];
  const o = data.oversight;
  if (o)
    stats.push(
      {
        label: "기한 경과 조치",
        value: o.findings.actionsOverdue,
        unit: "건",
        to: query(CORRECTIVE, { status: "overdue" }),
        tone: o.findings.actionsOverdue > 0 ? "danger" : undefined,
        hint: "결과 보고 기한이 지난 시정·개선 조치",
      },
      {
        label: "확인 대기 조치",
        value: o.findings.actionsSubmitted,
        unit: "건",
        to: query(CORRECTIVE, { status: "submitted" }),
      },
      {
        label: "정지 처분 집행 중",
        value: o.dispositions.suspensionsInForce,
        unit: "건",
        to: query(DISPOSITIONS, { activeSuspension: "true" }),
        tone: o.dispositions.suspensionsInForce > 0 ? "warning" : undefined,
      },
      {
        label: "변경신청 처리 대기",
        value: o.changeRequests.pending,
        unit: "건",
        to: query(CHANGE_REQUESTS, { status: "submitted" }),
      },
    );
  return stats;
}

// ── 기관 현황 ────────────────────────────────────────────────────────────────────────────────────────────

function InstitutionTypes({ data }: { data: JurisdictionDashboard }) {
  const navigate = useNavigate();
  const types = data.institutions.byType;
  const fields = new Map<string, { field: string; operating: number; suspended: number; closed: number }>();
  for (const t of types) {
    const f = fields.get(t.field) ?? { field: t.field, operating: 0, suspended: 0, closed: 0 };
    f.operating += t.operating;
    f.suspended += t.suspended;
    f.closed += t.closed;
    fields.set(t.field, f);
  }
  const s = data.institutions.byStatus;
  return (
    <DashboardSection
      id="dash-institutions"
      title="분야·유형별 기관 현황"
      description="시설 유형마다 운영·정지·폐지 기관 수입니다. 숫자를 누르면 그 조건의 기관 목록이 열립니다."
      excel={() => downloadJurisdictionTable("institution-types")}
      empty={types.length === 0 ? "관할 구역에 등록된 기관이 없습니다." : null}
    >
      <ChartAndTable
        chart={
          <BarFigure
            title="분야별 기관 수(운영·정지·폐지)"
            data={[...fields.values()]}
            category="field"
            unit="개소"
            series={[
              { key: "operating", name: "운영", color: CHART_COLORS.success, stack: "status" },
              { key: "suspended", name: "정지", color: CHART_COLORS.warning, stack: "status" },
              { key: "closed", name: "폐지", color: CHART_COLORS.gray, stack: "status" },
            ]}
            onSelect={(row) => navigate(query(INSTITUTIONS, { field: row.field }))}
          />
        }
        table={
          <ScrollTable label="유형별 기관 수 표">
            <table className="tbl col data app-table app-dashboard-table">
              <caption className="sr-only">유형별 기관 수: 분야, 시설 유형, 운영, 정지, 폐지, 계</caption>
              <thead>
                <tr>
                  <th scope="col">분야</th>
                  <th scope="col">시설 유형</th>
                  <th scope="col">운영</th>
                  <th scope="col">정지</th>
                  <th scope="col">폐지</th>
                  <th scope="col">계</th>
                </tr>
              </thead>
              <tbody>
                {types.map((t) => (
                  <tr key={t.typeCode}>
                    <td>
                      <Link to={query(INSTITUTIONS, { field: t.field })}>{t.field}</Link>
                    </td>
                    <th scope="row">{t.typeName}</th>
                    {(["operating", "suspended", "closed"] as const).map((status) => (
                      <td key={status} className="app-num">
                        <CountLink value={t[status]} to={query(INSTITUTIONS, { type: t.typeCode, status })} />
                      </td>
                    ))}
                    <td className="app-num">
                      <CountLink value={t.total} to={query(INSTITUTIONS, { type: t.typeCode })} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    합계
                  </th>
                  <td className="app-num">{formatNumber(s.operating)}</td>
                  <td className="app-num">{formatNumber(s.suspended)}</td>
                  <td className="app-num">{formatNumber(s.closed)}</td>
                  <td className="app-num">{formatNumber(s.total)}</td>
                </tr>
              </tfoot>
            </table>
          </ScrollTable>
        }
      />
    </DashboardSection>
  );
}

// ── 지도점검·처분·변경신청 ─────────────────────────────────────────────────────────────────────────────────

function OversightFigures({ oversight: o }: { oversight: JurisdictionOversight }) {
  const navigate = useNavigate();
  const rows = [
    {
      group: "지적·조치",
      label: "미종결 지적사항",
      count: o.findings.open,
      to: query(INSPECTIONS, { result: "findings" }),
    },
    {
      group: "지적·조치",
      label: "미종결 시정·개선 조치",
      count: o.findings.actionsOpen,
      to: query(CORRECTIVE, { status: "open" }),
    },
    {
      group: "지적·조치",
      label: "보고 기한 경과 조치",
      count: o.findings.actionsOverdue,
      to: query(CORRECTIVE, { status: "overdue" }),
    },
    {
      group: "지적·조치",
      label: "결과 보고 확인 대기",
      count: o.findings.actionsSubmitted,
      to: query(CORRECTIVE, { status: "submitted" }),
    },
    {
      group: "행정처분",
      label: "사전통지",
      count: o.dispositions.preNoticed,
      to: query(DISPOSITIONS, { status: "pre_noticed" }),
    },
    {
      group: "행정처분",
      label: "처분 결정",
      count: o.dispositions.decided,
      to: query(DISPOSITIONS, { status: "decided" }),
    },
    {
      group: "행정처분",
      label: "집행 중",
      count: o.dispositions.executing,
      to: query(DISPOSITIONS, { status: "executing" }),
    },
    {
      group: "행정처분",
      label: "정지 처분 집행 중(오늘)",
      count: o.dispositions.suspensionsInForce,
      to: query(DISPOSITIONS, { activeSuspension: "true" }),
    },
    {
      group: "변경신청",
      label: "처리 대기",
      count: o.changeRequests.pending,
      to: query(CHANGE_REQUESTS, { status: "submitted" }),
    },
    {
      group: "변경신청",
      label: "처리 기한 경과",
      count: o.changeRequests.overdue,
      to: query(CHANGE_REQUESTS, { status: "submitted", overdue: "true" }),
    },
  ];
  return (
    <DashboardSection
      id="dash-oversight"
      title="지적사항·조치·행정처분"
      description="아직 끝나지 않은 지적사항과 조치, 진행 중인 행정처분, 처리를 기다리는 변경신청입니다."
      excel={() => downloadJurisdictionTable("oversight")}
    >
      <ChartAndTable
        chart={
          <BarFigure
            title="지적사항·조치·행정처분·변경신청 건수"
            data={rows}
            category="label"
            series={[{ key: "count", name: "건수", color: CHART_COLORS.primary }]}
            onSelect={(row) => navigate(row.to)}
          />
        }
        table={
          <div className="krds-table-wrap">
            <table className="tbl col data app-table app-dashboard-table">
              <caption className="sr-only">지적사항·조치·행정처분 현황: 구분, 항목, 건수</caption>
              <thead>
                <tr>
                  <th scope="col">구분</th>
                  <th scope="col">항목</th>
                  <th scope="col">건수</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <td>{r.group}</td>
                    <th scope="row">{r.label}</th>
                    <td className="app-num">
                      <CountLink value={r.count} to={r.to} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      />
    </DashboardSection>
  );
}

// ── 점검계획 진행 ────────────────────────────────────────────────────────────────────────────────────────

function PlanProgress({ oversight: o, year }: { oversight: JurisdictionOversight; year: number }) {
  const navigate = useNavigate();
  const i = o.inspections;
  const plans = i.plans.map((p) => ({
    ...p,
    remaining: Math.max(0, p.targets - p.done - p.inProgress),
  }));
  return (
    <DashboardSection
      id="dash-plans"
      title={`${year}년 점검계획 진행`}
      description={
        i.targets === 0
          ? "올해 계획된 점검이 아직 없습니다."
          : `올해 계획된 점검 ${formatNumber(i.targets)}건 중 ${formatNumber(i.done)}건을 마쳤습니다(진행률 ${formatPercent(
              percentOf(i.done, i.targets),
            )}). ${i.planCount > plans.length ? `계획 ${formatNumber(i.planCount)}개 중 관할이 세운 계획과 대상이 많은 ${formatNumber(plans.length)}개를 보여 줍니다.` : ""}`
      }
      excel={() => downloadJurisdictionTable("inspection-plans")}
      empty={plans.length === 0 ? `${year}년 점검계획이 없습니다.` : null}
    >
      <ChartAndTable
        chart={
          <BarFigure
            title="점검계획별 점검 진행(완료·진행 중·남음)"
            data={plans}
            category="title"
            series={[
              { key: "done", name: "완료", color: CHART_COLORS.success, stack: "progress" },
              { key: "inProgress", name: "진행 중", color: CHART_COLORS.primary, stack: "progress" },
              { key: "remaining", name: "남음", color: CHART_COLORS.light, stack: "progress" },
            ]}
            onSelect={(row) => navigate(`${PLANS}/${row.id}`)}
          />
        }
        table={
          <ScrollTable label="점검계획 진행 표">
            <table className="tbl col data app-table app-dashboard-table">
              <caption className="sr-only">
                점검계획 진행: 점검계획, 구분, 대상, 완료, 진행 중, 취소, 진행률
              </caption>
              <thead>
                <tr>
                  <th scope="col">점검계획</th>
                  <th scope="col">구분</th>
                  <th scope="col">대상</th>
                  <th scope="col">완료</th>
                  <th scope="col">진행 중</th>
                  <th scope="col">취소</th>
                  <th scope="col">진행률</th>
                </tr>
              </thead>
              <tbody>
                {plans.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link to={`${PLANS}/${p.id}`}>{p.title}</Link>
                      <span className="app-code">{p.statusLabel}</span>
                    </th>
                    <td>{p.kindLabel}</td>
                    <td className="app-num">
                      <CountLink value={p.targets} to={query(INSPECTIONS, { planId: p.id })} />
                    </td>
                    <td className="app-num">
                      <CountLink
                        value={p.done}
                        to={query(INSPECTIONS, { planId: p.id, status: "completed" })}
                      />
                    </td>
                    <td className="app-num">
                      <CountLink
                        value={p.inProgress}
                        to={query(INSPECTIONS, { planId: p.id, status: "in_progress" })}
                      />
                    </td>
                    <td className="app-num">
                      <CountLink
                        value={p.cancelled}
                        to={query(INSPECTIONS, { planId: p.id, status: "cancelled" })}
                      />
                    </td>
                    <td className="app-num">{formatPercent(percentOf(p.done, p.targets))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        }
      />
    </DashboardSection>
  );
}

// ── 현황보고 제출률 ──────────────────────────────────────────────────────────────────────────────────────

function RoundProgress({ oversight: o }: { oversight: JurisdictionOversight }) {
  const navigate = useNavigate();
  const rounds = o.reportRounds.map((r) => ({
    ...r,
    label: `${r.title} (${r.periodLabel})`,
    rate: percentOf(r.submitted, r.targets) ?? 0,
  }));
  return (
    <DashboardSection
      id="dash-rounds"
      title="현황보고 제출률"
      description={`진행 중이거나 최근 30일 안에 기한이 지난 회차의, 관할 기관 중 제출한 기관의 비율입니다.${
        o.roundCount > rounds.length
          ? ` 회차 ${formatNumber(o.roundCount)}개 중 관할이 연 회차와 대상이 많은 ${formatNumber(rounds.length)}개를 보여 줍니다.`
          : ""
      }`}
      excel={() => downloadJurisdictionTable("report-rounds")}
      empty={rounds.length === 0 ? "진행 중이거나 최근에 마감된 현황보고가 없습니다." : null}
    >
      <ChartAndTable
        chart={
          <BarFigure
            title="현황보고 회차별 제출률"
            data={rounds}
            category="label"
            unit="%"
            max={100}
            series={[{ key: "rate", name: "제출률", color: CHART_COLORS.primary }]}
            onSelect={(row) => navigate(`${ROUNDS}/${row.id}`)}
          />
        }
        table={
          <ScrollTable label="현황보고 제출률 표">
            <table className="tbl col data app-table app-dashboard-table">
              <caption className="sr-only">
                현황보고 제출률: 회차, 제출 기한, 상태, 대상, 제출, 지연, 미제출, 제출률
              </caption>
              <thead>
                <tr>
                  <th scope="col">회차</th>
                  <th scope="col">제출 기한</th>
                  <th scope="col">상태</th>
                  <th scope="col">대상</th>
                  <th scope="col">제출</th>
                  <th scope="col">지연</th>
                  <th scope="col">미제출</th>
                  <th scope="col">제출률</th>
                </tr>
              </thead>
              <tbody>
                {rounds.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link to={`${ROUNDS}/${r.id}`}>{r.label}</Link>
                    </th>
                    <td>{r.dueOn}</td>
                    <td>{r.statusLabel}</td>
                    <td className="app-num">
                      <CountLink value={r.targets} to={`${ROUNDS}/${r.id}`} />
                    </td>
                    <td className="app-num">
                      <CountLink value={r.submitted} to={`${ROUNDS}/${r.id}`} />
                    </td>
                    <td className="app-num">
                      <CountLink value={r.late} to={`${ROUNDS}/${r.id}`} />
                    </td>
                    <td className="app-num">
                      <CountLink value={r.pending} to={`${ROUNDS}/${r.id}`} />
                    </td>
                    <td className="app-num">{formatPercent(percentOf(r.submitted, r.targets))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        }
      />
    </DashboardSection>
  );
}

// ── 변경신청 경과 일수 ───────────────────────────────────────────────────────────────────────────────────

function ChangeRequestAges({ oversight: o }: { oversight: JurisdictionOversight }) {
  const navigate = useNavigate();
  const pending = query(CHANGE_REQUESTS, { status: "submitted", sort: "due_on" });
  const c = o.changeRequests;
  return (
    <DashboardSection
      id="dash-change-requests"
      title="변경신청 처리 대기(신청 후 경과 일수)"
      description={
        <>
          처리를 기다리는 변경신청 {formatNumber(c.pending)}건 중{" "}
          <Link
            to={query(CHANGE_REQUESTS, { status: "submitted", overdue: "true" })}
          >{`${formatNumber(c.overdue)}건`}</Link>
          이 처리 기한을 넘겼습니다.
        </>
      }
      excel={() => downloadJurisdictionTable("change-requests")}
    >
      <ChartAndTable
        chart={
          <BarFigure
            title="신청 후 경과 일수별 처리 대기 변경신청"
            data={c.byAge}
            category="label"
            series={[{ key: "count", name: "처리 대기", color: CHART_COLORS.primary }]}
            onSelect={() => navigate(pending)}
          />
        }
        table={
          <div className="krds-table-wrap">
            <table className="tbl col data app-table app-dashboard-table">
              <caption className="sr-only">신청 후 경과 일수별 처리 대기 건수</caption>
              <thead>
                <tr>
                  <th scope="col">신청 후 경과</th>
                  <th scope="col">처리 대기</th>
                </tr>
              </thead>
              <tbody>
                {c.byAge.map((b) => (
                  <tr key={b.bucket}>
                    <th scope="row">{b.label}</th>
                    <td className="app-num">
                      <CountLink value={b.count} to={pending} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">합계</th>
                  <td className="app-num">
                    <CountLink value={c.pending} to={pending} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        }
      />
    </DashboardSection>
  );
}

// ── 시도별 / 시군구별 ───────────────────────────────────────────────────────────────────────────────────

function Areas({ data, level }: { data: JurisdictionDashboard; level: "sido" | "sigungu" }) {
  const navigate = useNavigate();
  const word = level === "sido" ? "시도" : "시군구";
  const where = (a: DashboardArea) => (level === "sido" ? { sido: a.code } : { sigungu: a.code });
  const supervised = data.oversight !== null;
  const chartRows = data.areas.map((a) => ({
    name: a.name,
    code: a.code,
    overdue: a.oversight?.actionsOverdue ?? 0,
    onTime: Math.max(0, (a.oversight?.actionsOpen ?? 0) - (a.oversight?.actionsOverdue ?? 0)),
    operating: a.institutions.operating,
    suspended: a.institutions.suspended,
    closed: a.institutions.closed,
  }));
  const area = (code: string) => data.areas.find((a) => a.code === code);
  return (
    <DashboardSection
      id="dash-areas"
      title={`${word}별 현황`}
      description={`관할 ${word}를 나란히 봅니다. 숫자를 누르면 그 ${word}의 목록이 열립니다.`}
      excel={() => downloadJurisdictionTable("areas")}
    >
      <div className="app-dashboard-stack">
        {supervised ? (
          <BarFigure
            title={`${word}별 미종결 시정·개선 조치(기한 경과·기한 내)`}
            data={chartRows}
            category="name"
            series={[
              { key: "overdue", name: "기한 경과", color: CHART_COLORS.danger, stack: "actions" },
              { key: "onTime", name: "기한 내", color: CHART_COLORS.light, stack: "actions" },
            ]}
            onSelect={(row) => {
              const a = area(row.code);
              if (a) navigate(query(CORRECTIVE, { status: "open", ...where(a) }));
            }}
          />
        ) : (
          <BarFigure
            title={`${word}별 기관 수(운영·정지·폐지)`}
            data={chartRows}
            category="name"
            unit="개소"
            series={[
              { key: "operating", name: "운영", color: CHART_COLORS.success, stack: "status" },
              { key: "suspended", name: "정지", color: CHART_COLORS.warning, stack: "status" },
              { key: "closed", name: "폐지", color: CHART_COLORS.gray, stack: "status" },
            ]}
            onSelect={(row) => {
              const a = area(row.code);
              if (a) navigate(query(INSTITUTIONS, where(a)));
            }}
          />
        )}
        <ScrollTable label={`${word}별 현황 표`}>
          <table className="tbl col data app-table app-dashboard-table">
            <caption className="sr-only">
              {word}별 기관, 종사자, 지적·조치, 처분, 점검, 현황보고, 변경신청 현황
            </caption>
            <thead>
              <tr>
                <th scope="col">{word}</th>
                <th scope="col">기관</th>
                <th scope="col">정지</th>
                <th scope="col">재직 종사자</th>
                {supervised ? (
                  <>
                    <th scope="col">미종결 지적</th>
                    <th scope="col">기한 경과 조치</th>
                    <th scope="col">진행 중 처분</th>
                    <th scope="col">정지 처분 집행 중</th>
                    <th scope="col">점검 진행률</th>
                    <th scope="col">현황보고 제출률</th>
                    <th scope="col">변경신청 대기</th>
                    <th scope="col">기한 경과 변경신청</th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {data.areas.map((a) => {
                const w = where(a);
                const x = a.oversight;
                const sigungu = level === "sigungu" ? a.code : undefined;
                return (
                  <tr key={a.code}>
                    <th scope="row">{a.name}</th>
                    <td className="app-num">
                      <CountLink value={a.institutions.total} to={query(INSTITUTIONS, w)} />
                    </td>
                    <td className="app-num">
                      <CountLink
                        value={a.institutions.suspended}
                        to={query(INSTITUTIONS, { ...w, status: "suspended" })}
                      />
                    </td>
                    <td className="app-num">{formatNumber(a.activeStaff)}</td>
                    {x ? (
                      <>
                        <td className="app-num">
                          <CountLink
                            value={x.findingsOpen}
                            to={query(INSPECTIONS, { ...w, result: "findings" })}
                          />
                        </td>
                        <td className="app-num">
                          <CountLink
                            value={x.actionsOverdue}
                            to={query(CORRECTIVE, { ...w, status: "overdue" })}
                          />
                        </td>
                        <td className="app-num">
                          <CountLink value={x.dispositionsActive} to={query(DISPOSITIONS, w)} />
                        </td>
                        <td className="app-num">
                          <CountLink
                            value={x.suspensionsInForce}
                            to={query(DISPOSITIONS, { ...w, activeSuspension: "true" })}
                          />
                        </td>
                        <td className="app-num">
                          {x.inspectionTargets > 0 ? (
                            <Link to={query(INSPECTIONS, w)}>
                              {formatPercent(percentOf(x.inspectionsDone, x.inspectionTargets))}
                            </Link>
                          ) : (
                            "-"
                          )}
                          <span className="app-code">
                            {formatNumber(x.inspectionsDone)}/{formatNumber(x.inspectionTargets)}
                          </span>
                        </td>
                        <td className="app-num">
                          {formatPercent(percentOf(x.reportSubmitted, x.reportTargets))}
                          <span className="app-code">
                            {formatNumber(x.reportSubmitted)}/{formatNumber(x.reportTargets)}
                          </span>
                        </td>
                        <td className="app-num">
                          <CountLink
                            value={x.changeRequestsPending}
                            to={query(CHANGE_REQUESTS, { status: "submitted", sigungu })}
                          />
                        </td>
                        <td className="app-num">
                          <CountLink
                            value={x.changeRequestsOverdue}
                            to={query(CHANGE_REQUESTS, { status: "submitted", overdue: "true", sigungu })}
                          />
                        </td>
                      </>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      </div>
    </DashboardSection>
  );
}
