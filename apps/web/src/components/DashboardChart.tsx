import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "../lib/format";

/**
 * A bar chart of 업무현황 (recharts): horizontal bars, so Korean labels (a 시군구, a plan, a type) read in full.
 * It is a picture of the table printed with it, never the only place a figure is: the SVG is named by its
 * title and described as such (recharts' keyboard layer moves the tooltip along the bars), and every figure
 * is a link in the table. Clicking a bar opens the same list as the table's link.
 */
export interface ChartSeries<T> {
  key: keyof T & string;
  name: string;
  color: string;
  /** bars of one stack id are drawn end to end (parts of one whole) */
  stack?: string;
}

/** Colours of the KRDS palette that stay apart for most forms of colour blindness. */
export const CHART_COLORS = {
  primary: "#256ef4",
  success: "#228738",
  warning: "#c27900",
  danger: "#de3412",
  gray: "#8a949e",
  light: "#b1cefb",
} as const;

const ROW = 34;

export function BarFigure<T extends Record<string, unknown>>({
  title,
  data,
  category,
  series,
  unit = "건",
  max,
  onSelect,
}: {
  title: string;
  data: T[];
  category: keyof T & string;
  series: ChartSeries<T>[];
  unit?: string;
  /** the value axis' end (100 for percentages); the data's largest value otherwise */
  max?: number;
  onSelect?: (row: T) => void;
}) {
  const longest = Math.max(4, ...data.map((d) => String(d[category] ?? "").length));
  const height = Math.max(
    120,
    data.length * ROW * (series.some((s) => s.stack) ? 1 : Math.min(series.length, 2)) + 70,
  );
  return (
    <figure className="app-chart">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          title={title}
          desc="같은 수치가 아래 표에 있습니다."
          accessibilityLayer
        >
          <CartesianGrid horizontal={false} stroke="#e6e8ea" />
          <XAxis
            type="number"
            allowDecimals={false}
            domain={[0, max ?? "auto"]}
            tickFormatter={(v: number) => formatNumber(v)}
            tick={{ fontSize: 13, fill: "#464c53" }}
          />
          <YAxis
            type="category"
            dataKey={(row: T) => String(row[category] ?? "")}
            width={Math.min(200, longest * 14 + 16)}
            tick={{ fontSize: 13, fill: "#1e2124" }}
            interval={0}
          />
          <Tooltip
            formatter={(value) => `${formatNumber(Number(value))}${unit}`}
            cursor={{ fill: "rgba(37, 110, 244, 0.08)" }}
            // The series' colour marks the line; its text stays dark enough to read on white.
            itemStyle={{ color: "#1e2124" }}
          />
          {series.length > 1 ? (
            <Legend
              wrapperStyle={{ fontSize: 14 }}
              // The swatch carries the colour; the words stay dark enough to read (a pale series' too).
              formatter={(value) => <span style={{ color: "#1e2124" }}>{value}</span>}
            />
          ) : null}
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={(row: T) => Number(row[s.key] ?? 0)}
              name={s.name}
              fill={s.color}
              stackId={s.stack}
              maxBarSize={22}
              // Drawn at once: no motion to sit through (or to catch half-way in a screenshot).
              isAnimationActive={false}
              cursor={onSelect ? "pointer" : undefined}
              onClick={
                onSelect
                  ? (_bar, index) => {
                      const row = data[index];
                      if (row) onSelect(row);
                    }
                  : undefined
              }
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
