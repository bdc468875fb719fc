import { Link, useNavigate } from "react-router-dom";
import { downloadInstitutionTable, type InstitutionDashboard } from "../api/dashboards";
import { formatNumber } from "../lib/format";
import { BarFigure, CHART_COLORS } from "./DashboardChart";
import { ChartAndTable, DashboardSection, type Stat, StatGrid } from "./DashboardParts";
import { ScrollTable } from "./TableWrap";

/*
 * 업무현황 of one institution: what it owes by when, the findings still open, its dispositions and its latest
 * grade. Every row opens the screen where the institution acts on it.
 */

const INSPECTIONS = "/provider/inspections";
const DISPOSITIONS = "/provider/dispositions";

const daysText = (days: number) =>
  days < 0 ? `${formatNumber(-days)}일 지남` : days === 0 ? "오늘까지" : `${formatNumber(days)}일 남음`;

export function InstitutionDashboardView({ data }: { data: InstitutionDashboard }) {
  const overdue = data.deadlines.filter((d) => d.state === "overdue").length;
  const soon = data.deadlines.filter((d) => d.state === "soon").length;
  const activeDispositions = data.dispositions.filter((d) =>
    ["pre_noticed", "decided", "executing"].includes(d.status),
  );
  const grade = data.institution.latestGrade;
  const stats: Stat[] = [
    {
      label: "기한 경과",
      value: overdue,
      unit: "건",
      to: "#dash-deadlines",
      tone: overdue > 0 ? "danger" : undefined,
      hint: "기한이 지난 할 일",
    },
    {
      label: "기한 임박",
      value: soon,
      unit: "건",
      to: "#dash-deadlines",
      tone: soon > 0 ? "warning" : undefined,
    },
    { label: "미종결 지적사항", value: data.findings.length, unit: "건", to: INSPECTIONS },
    { label: "진행 중 행정처분", value: activeDispositions.length, unit: "건", to: DISPOSITIONS },
    {
      label: "최근 평가등급",
      value: 0,
      text: grade ? `${grade}등급` : "없음",
      unit: grade && data.institution.latestGradeYear ? `(${data.institution.latestGradeYear}년)` : "",
    },
  ];
  return (
    <>
      <StatGrid label="주요 수치" stats={stats} />
      <Deadlines data={data} />
      <OpenFindings data={data} />
      <Dispositions data={data} />
    </>
  );
}

function Deadlines({ data }: { data: InstitutionDashboard }) {
  const navigate = useNavigate();
  const kinds = new Map<string, { kind: string; overdue: number; soon: number; ok: number }>();
  for (const d of data.deadlines) {
    const k = kinds.get(d.kindLabel) ?? { kind: d.kindLabel, overdue: 0, soon: 0, ok: 0 };
    k[d.state] += 1;
    kinds.set(d.kindLabel, k);
  }
  return (
    <DashboardSection
      id="dash-deadlines"
      title="다가오는 기한"
      description="우리 기관이 기한까지 해야 할 일입니다: 현황보고, 시정·개선 조치 결과 보고, 사전 점검자료, 처분 사전통지에 대한 의견."
      excel={() => downloadInstitutionTable("deadlines")}
      empty={data.deadlines.length === 0 ? "기한이 있는 할 일이 없습니다." : null}
    >
      <ChartAndTable
        chart={
          <BarFigure
            title="할 일 종류별 기한 상태(경과·임박·여유)"
            data={[...kinds.values()]}
            category="kind"
            series={[
              { key: "overdue", name: "경과", color: CHART_COLORS.danger, stack: "state" },
              { key: "soon", name: "임박", color: CHART_COLORS.warning, stack: "state" },
              { key: "ok", name: "여유", color: CHART_COLORS.success, stack: "state" },
            ]}
            onSelect={(row) => {
              const first = data.deadlines.find((d) => d.kindLabel === row.kind);
              if (first) navigate(first.link);
            }}
          />
        }
        table={
          <ScrollTable label="다가오는 기한 표">
            <table className="tbl col data app-table app-dashboard-table">
              <caption className="sr-only">다가오는 기한: 구분, 내용, 기한, 남은 일수, 상태</caption>
              <thead>
                <tr>
                  <th scope="col">구분</th>
                  <th scope="col">내용</th>
                  <th scope="col">기한</th>
                  <th scope="col">남은 일수</th>
                  <th scope="col">상태</th>
                </tr>
              </thead>
              <tbody>
                {data.deadlines.map((d) => (
                  <tr key={`${d.kind}|${d.link}|${d.title}`}>
                    <td>{d.kindLabel}</td>
                    <th scope="row">
                      <Link to={d.link}>{d.title}</Link>
                    </th>
                    <td>{d.dueOn}</td>
                    <td className="app-num">{daysText(d.daysLeft)}</td>
                    <td>
                      <span className={`app-deadline app-deadline--${d.state}`}>{d.stateLabel}</span>
                    </td>
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

function OpenFindings({ data }: { data: InstitutionDashboard }) {
  const navigate = useNavigate();
  const states = new Map<string, { state: string; count: number }>();
  for (const f of data.findings) {
    const label = f.overdue ? "보고 기한 경과" : (f.actionStatusLabel ?? "조치 미정");
    const s = states.get(label) ?? { state: label, count: 0 };
    s.count += 1;
    states.set(label, s);
  }
  return (
    <DashboardSection
      id="dash-findings"
      title="미종결 지적사항"
      description="지도점검 결과 통보를 받은 지적사항 중 아직 종결되지 않은 것입니다."
      excel={() => downloadInstitutionTable("findings")}
      empty={data.findings.length === 0 ? "미종결 지적사항이 없습니다." : null}
    >
      <ChartAndTable
        chart={
          <BarFigure
            title="조치 상태별 미종결 지적사항"
            data={[...states.values()]}
            category="state"
            series={[{ key: "count", name: "지적사항", color: CHART_COLORS.primary }]}
            onSelect={() => navigate(INSPECTIONS)}
          />
        }
        table={
          <ScrollTable label="미종결 지적사항 표">
            <table className="tbl col data app-table app-dashboard-table">
              <caption className="sr-only">미종결 지적사항: 지적사항, 심각도, 조치 상태, 조치 기한</caption>
              <thead>
                <tr>
                  <th scope="col">지적사항</th>
                  <th scope="col">심각도</th>
                  <th scope="col">조치 상태</th>
                  <th scope="col">조치 기한</th>
                </tr>
              </thead>
              <tbody>
                {data.findings.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">
                      <Link to={`${INSPECTIONS}/${f.inspectionId}`}>{f.title}</Link>
                    </th>
                    <td>{f.severityLabel}</td>
                    <td>{f.actionStatusLabel ?? f.statusLabel}</td>
                    <td>
                      {f.dueOn ?? "-"}
                      {f.overdue ? <span className="app-deadline app-deadline--overdue">경과</span> : null}
                    </td>
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

function Dispositions({ data }: { data: InstitutionDashboard }) {
  return (
    <DashboardSection
      id="dash-dispositions"
      title="행정처분"
      description="진행 중인 행정처분과 올해·지난해에 처분되거나 끝난 것입니다."
      excel={() => downloadInstitutionTable("dispositions")}
      empty={data.dispositions.length === 0 ? "진행 중이거나 최근의 행정처분이 없습니다." : null}
    >
      <ScrollTable label="행정처분 표">
        <table className="tbl col data app-table app-dashboard-table">
          <caption className="sr-only">행정처분: 처분, 상태, 처분일, 집행 기간</caption>
          <thead>
            <tr>
              <th scope="col">처분</th>
              <th scope="col">상태</th>
              <th scope="col">처분일</th>
              <th scope="col">집행 기간</th>
            </tr>
          </thead>
          <tbody>
            {data.dispositions.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <Link to={`${DISPOSITIONS}/${d.id}`}>{d.measureLabel}</Link>
                </th>
                <td>
                  {d.statusLabel}
                  {d.inForce ? <span className="app-deadline app-deadline--soon">오늘 집행 중</span> : null}
                </td>
                <td>{d.decidedOn ?? "-"}</td>
                <td>{d.periodFrom && d.periodTo ? `${d.periodFrom} ~ ${d.periodTo}` : "-"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </DashboardSection>
  );
}
