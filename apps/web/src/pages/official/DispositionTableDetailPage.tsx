import {
  formatMeasure,
  formatWon,
  type GeneralProvisions,
  type LadderProvenance,
  type LadderTable,
  lookBackPeriodLabel,
  MEASURE_KIND_LABELS,
  type SurchargeFormula,
  violationName,
} from "@ssis/domain";
import { Fragment, type ReactNode } from "react";
import { useParams } from "react-router-dom";
import { useTable } from "../../api/dispositions";
import { isApiError } from "../../api/problem";
import { Code } from "../../components/CodeLabel";
import { VerifiedBadge } from "../../components/DispositionParts";
import { KeyValueTable } from "../../components/KeyValueTable";
import { Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { BackToList, PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { formatDate, orEmpty } from "../../lib/format";

const CRUMBS = [
  { label: "홈", to: "/official" },
  { label: "기관관리감독" },
  { label: "처분기준표", to: "/official/disposition-tables" },
];

const fraction = (f: number) => (Number.isInteger(1 / f) ? `${1 / f}분의 1` : `${Math.round(f * 100)}%`);

function formulaText(f: SurchargeFormula): string {
  if (f.kind === "fixedPerDay") return `정지 1일당 ${formatWon(f.wonPerDay)}`;
  if (f.kind === "dailyRevenueRate") return `연간 매출액 ÷ ${f.daysInYear}일 × ${f.rate} (정지 1일당)`;
  return `연간 매출액 구간별 1일당 금액: ${f.brackets
    .map((b) => `${b.upToWon ? `${formatWon(b.upToWon)} 이하` : "그 이상"} ${formatWon(b.wonPerDay)}`)
    .join(", ")}`;
}

/** 일반기준 as rows of (조항, 내용, provenance); a provision the table does not have says so. */
function provisionRows(
  p: GeneralProvisions,
  table: LadderTable,
): { label: string; text: ReactNode; from: LadderProvenance | null }[] {
  const rows: { label: string; text: ReactNode; from: LadderProvenance | null }[] = [];
  const missing = "입력되지 않음: 이 조항이 필요한 판단은 처분기준표로 하지 않습니다.";
  // violations by their rows' Korean names (the code only where the table has no such row)
  const names = (codes: string[]) =>
    codes.map((c, i) => (
      <Fragment key={c}>
        {i > 0 ? "·" : ""}
        {violationName(c, [table]) ?? "처분기준표에 아직 없는 위반행위"}
        <Code>{c}</Code>
      </Fragment>
    ));
  rows.push({
    label: "위반횟수 산정기간",
    text: p.lookBack ? (
      <>
        처분일부터 같은 위반행위가 다시 적발된 날까지 {lookBackPeriodLabel(p.lookBack.months)}
        {p.lookBack.byCode?.length
          ? p.lookBack.byCode.map((b, i) => (
              <Fragment key={b.codes.join()}>
                {i === 0 ? " (" : ", "}
                {names(b.codes)}: {lookBackPeriodLabel(b.months)}
                {i === (p.lookBack?.byCode?.length ?? 0) - 1 ? ")" : ""}
              </Fragment>
            ))
          : null}
      </>
    ) : (
      missing
    ),
    from: p.lookBack ?? null,
  });
  rows.push({
    label: "위반 차수",
    text: p.repeatCountRule ? "산정기간 안의 이전 처분 가운데 가장 높은 차수의 다음 차수" : missing,
    from: p.repeatCountRule ?? null,
  });
  rows.push({
    label: "둘 이상의 위반행위",
    text: p.concurrent ? "가장 무거운 처분기준에 따름" : missing,
    from: p.concurrent ?? null,
  });
  if (p.immediateClosure)
    rows.push({
      label: `즉시 처분(${p.immediateClosure.item})`,
      text: (
        <>
          {p.immediateClosure.condition} → {formatMeasure(p.immediateClosure.measure)}
          {p.immediateClosure.codes ? <> (대상: {names(p.immediateClosure.codes)})</> : null}
        </>
      ),
      from: p.immediateClosure,
    });
  if (p.operatorHistory)
    rows.push({
      label: "운영 주체의 다른 기관 처분",
      text: p.operatorHistory.counts ? "위반 차수에 넣음" : "위반 차수에 넣지 않음(참고로 보여 줌)",
      from: p.operatorHistory,
    });
  rows.push({
    label: "감경",
    text: p.mitigation
      ? `${fraction(p.mitigation.maxFraction)} 범위에서${
          p.mitigation.floor ? `, ${formatMeasure(p.mitigation.floor)} 아래로는 안 됨` : ""
        }; 더 가벼운 종류로 ${p.mitigation.allowLighterKind ? "바꿀 수 있음" : "바꿀 수 없음"}; 사유 ${
          p.mitigation.requiresReason ? "필수" : "선택"
        }`
      : missing,
    from: p.mitigation ?? null,
  });
  rows.push({
    label: "가중",
    text: p.aggravation
      ? `${fraction(p.aggravation.maxFraction)} 범위에서${
          p.aggravation.maxSuspensionMonths ? `, 정지는 ${p.aggravation.maxSuspensionMonths}개월까지` : ""
        }${p.aggravation.maxAmountWon ? `, 금액은 ${formatWon(p.aggravation.maxAmountWon)}까지` : ""}; 더 무거운 종류로 ${
          p.aggravation.allowHeavierKind ? "바꿀 수 있음" : "바꿀 수 없음"
        }; 사유 ${p.aggravation.requiresReason ? "필수" : "선택"}`
      : missing,
    from: p.aggravation ?? null,
  });
  if (p.surchargeConversion) {
    const s = p.surchargeConversion;
    rows.push({
      label: "정지에 갈음한 과징금",
      text: `${s.suspensionKinds.map((k) => MEASURE_KIND_LABELS[k]).join("·")}; 1개월 = ${s.daysPerMonth}일; ${formulaText(
        s.formula,
      )}${s.maxAmountWon ? `; 상한 ${formatWon(s.maxAmountWon)}` : ""}${
        s.excludedCodes?.length ? `; 제외: ${s.excludedCodes.join(", ")}` : ""
      }; ${formatWon(s.roundDownToWon)} 미만 버림`,
      from: s,
    });
  }
  return rows;
}

/** 처분기준표 한 판: 일반기준 and 개별기준 with their sources and whether each was checked. */
export function DispositionTableDetailPage() {
  const { key = "" } = useParams();
  const query = useTable(key);
  if (isApiError(query.error) && query.error.status === 404)
    return (
      <>
        <PageHeader title="처분기준표를 찾을 수 없습니다" breadcrumbs={CRUMBS} />
        <p>요청하신 판이 없습니다.</p>
      </>
    );
  if (query.isPending) return <Loading label="처분기준표를 불러오는 중입니다." />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const t = query.data;
  const table = t.table as unknown as LadderTable;
  const items = new Map(table.rows.map((r) => [r.code, r]));
  const facts: [string, ReactNode][] = [
    [
      "법령",
      <>
        {t.lawName}
        <Code>{t.lawCode}</Code>
      </>,
    ],
    ["처분기준표", t.tableName],
    ["판 식별자", <Code key="c">{t.key}</Code>],
    [
      "시행 기간",
      `${formatDate(t.effectiveFrom)} ~ ${t.effectiveTo ? formatDate(t.effectiveTo) : "다음 판 시행 전까지"}`,
    ],
    ["구분", t.builtIn ? "기본 제공(코드로 검토된 자료)" : "보건복지부 입력"],
    ["원문 확인", <VerifiedBadge key="v" verified={t.verified} />],
    ["출처", t.source],
    ["비고", orEmpty(table.note)],
  ];
  return (
    <>
      <PageHeader
        title={`${t.tableName} (${formatDate(t.effectiveFrom)}~)`}
        breadcrumbs={CRUMBS}
        actions={<BackToList to="/official/disposition-tables" />}
      />
      <Section id="table-facts" title="판 정보">
        <KeyValueTable caption="판 정보" rows={facts} />
      </Section>

      <Section id="table-provisions" title="일반기준">
        <DataTable
          label="일반기준 표"
          caption="일반기준: 조항, 내용, 확인, 출처"
          columns={["조항", "내용", "확인", "출처"]}
          testId="ladder-provisions"
        >
          {provisionRows(table.provisions, table).map((r) => (
            <tr key={r.label}>
              <th scope="row" className="app-nowrap">
                {r.label}
              </th>
              <td className={`disp-cell-provision${r.from ? "" : " app-muted"}`}>{r.text}</td>
              <td className="app-nowrap">{r.from ? <VerifiedBadge verified={r.from.verified} /> : "-"}</td>
              <td className="disp-cell-source">
                {r.from ? r.from.source : "-"}
                {r.from?.note ? <span className="disp-cell-sub">{r.from.note}</span> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>

      <Section id="table-rows" title={<>개별기준 ({t.rowLabels.length}개)</>}>
        <DataTable
          label="개별기준 표"
          caption="개별기준: 항목(위반 코드), 위반행위, 근거 법조문, 1차부터 4차 처분, 확인, 출처"
          columns={["항목", "위반행위·근거 법조문", "1차", "2차", "3차", "4차", "확인", "출처"]}
          className="disp-rows-table"
          testId="ladder-rows"
        >
          {t.rowLabels.map((r) => {
            const row = items.get(r.code);
            return (
              <tr key={r.code}>
                <th scope="row" className="app-nowrap">
                  {row?.item ?? "-"}
                  <span className="disp-cell-sub">
                    <Code>{r.code}</Code>
                  </span>
                </th>
                <td className="disp-cell-violation">
                  {r.violation}
                  <span className="disp-cell-sub">{r.article}</span>
                </td>
                {[0, 1, 2, 3].map((i) => (
                  <td key={i} className="app-nowrap">
                    {r.steps[i] ?? "-"}
                  </td>
                ))}
                <td className="app-nowrap">
                  <VerifiedBadge verified={r.verified} />
                </td>
                <td className="disp-cell-source">
                  {r.source}
                  {row?.note ? <span className="disp-cell-sub">{row.note}</span> : null}
                </td>
              </tr>
            );
          })}
        </DataTable>
        <p className="app-muted">차수가 인쇄된 마지막 단계를 넘으면 마지막 단계의 처분을 적용합니다.</p>
      </Section>
    </>
  );
}
