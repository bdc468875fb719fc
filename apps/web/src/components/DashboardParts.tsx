import "../styles/dashboard.css";
import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import type { DownloadResult } from "../api/download";
import { formatNumber } from "../lib/format";
import { EmptyState } from "./Loading";
import { useListExcel } from "./list/ListExcel";

/** n of d in per cent with one decimal ("-" when there is nothing to divide by). */
export function percentOf(n: number, d: number): number | null {
  return d > 0 ? Math.round((n / d) * 1000) / 10 : null;
}

export const formatPercent = (value: number | null) => (value === null ? "-" : `${value}%`);

/** One figure of the start page: its name, the number (a link to the list behind it) and its unit. */
export interface Stat {
  label: string;
  value: number;
  unit: string;
  to?: string;
  tone?: "operating" | "suspended" | "closed" | "warning" | "danger";
  /** what the figure counts, for the screen reader and as a tooltip */
  hint?: string;
  /** a word instead of the number (a grade) */
  text?: string;
}

export function StatGrid({ stats, label }: { stats: Stat[]; label: string }) {
  return (
    <ul className="app-stat-grid app-stat-grid--compact" aria-label={label}>
      {stats.map((s) => (
        <li key={s.label} className={`app-stat${s.tone ? ` app-stat--${s.tone}` : ""}`} title={s.hint}>
          <span className="app-stat__label">{s.label}</span>
          <StatValue stat={s} />
        </li>
      ))}
    </ul>
  );
}

function StatValue({ stat }: { stat: Stat }) {
  const content = (
    <>
      {stat.text ?? formatNumber(stat.value)}
      <span className="app-stat__unit">{stat.unit}</span>
    </>
  );
  // A figure of this page's own table ("#…") is a jump to it; any other opens the list behind it.
  if (stat.to?.startsWith("#"))
    return (
      <a className="app-stat__value" href={stat.to}>
        {content}
      </a>
    );
  return stat.to ? (
    <Link className="app-stat__value" to={stat.to}>
      {content}
    </Link>
  ) : (
    <span className="app-stat__value">{content}</span>
  );
}

/** A number in a table cell, linked to the list it counts. */
export function CountLink({ value, to, unit }: { value: number; to?: string; unit?: string }) {
  const text = `${formatNumber(value)}${unit ?? ""}`;
  return to ? <Link to={to}>{text}</Link> : text;
}

/**
 * A part of 업무현황: its heading, what it counts, the Excel file of its table, then its chart and its table.
 * `excel` downloads the same rows the table shows.
 */
export function DashboardSection({
  id,
  title,
  description,
  excel,
  empty,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  excel?: () => Promise<DownloadResult>;
  /** what to say instead of the chart and table when there is nothing to count */
  empty?: string | null;
  children: ReactNode;
}) {
  const file = useListExcel(excel ? { download: excel, disabled: Boolean(empty) } : undefined);
  return (
    <section id={id} className="app-section app-dashboard-section" aria-labelledby={`${id}-title`}>
      <div className="app-list-header">
        <h2 id={`${id}-title`} className="app-section-title">
          {title}
        </h2>
        {file.button ? <div className="app-dashboard-section__actions">{file.button}</div> : null}
      </div>
      {description ? <p className="app-dashboard-section__description">{description}</p> : null}
      {file.outcome}
      {empty ? <EmptyState>{empty}</EmptyState> : children}
    </section>
  );
}

/** The chart beside (wide screens) or above (narrow) its table. */
export function ChartAndTable({ chart, table }: { chart: ReactNode; table: ReactNode }) {
  return (
    <div className="app-dashboard-pair">
      <div className="app-dashboard-pair__chart">{chart}</div>
      <div className="app-dashboard-pair__table">{table}</div>
    </div>
  );
}
