import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import type { Overview } from "@/lib/overview/build-overview";
import { niceScale } from "@/lib/overview/chart-scale";
import { formatDuration } from "@/lib/overview/percentile";
import { ChartFigure, Legend, TABLE } from "./chart-figure";

const W = 900,
  H = 250,
  LEFT = 44,
  BOTTOM = 28,
  TOP = 24;
const MEDIAN = "#2f4fd6",
  P90 = "#a5b4fc";

// Median and 90th percentile time from a claim's first draft to its first publication, per week of publication.
// In a right-to-left interface the drawing is mirrored (weeks run from right to left, the axis on the right).
export function TurnaroundChart({
  weeks,
  turnaround,
  locale,
}: Pick<Overview, "weeks" | "turnaround"> & { locale: InterfaceLocale }) {
  const tr = useTranslations("overview.turnaround");
  const figure = useTranslations("overview.figure");
  const rtl = locale === "ar";
  const X = (x: number, width = 0) => (rtl ? W - x - width : x);
  const { rows, unit, divisor } = turnaround;
  const { max, ticks } = niceScale(Math.max(1, ...rows.map((r) => (r.p90 ?? 0) / divisor))); // at least one whole unit
  const plotH = H - TOP - BOTTOM;
  const slot = (W - LEFT) / weeks.length;
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  const bar = (value: number | null, x: number, colour: string, label: string, week: string) =>
    value === null ? null : (
      <rect
        x={X(x, slot * 0.3)}
        width={slot * 0.3}
        y={y(value / divisor)}
        height={Math.max(1, y(0) - y(value / divisor))}
        fill={colour}
      >
        <title>{tr("tooltip", { week, measure: label, duration: formatDuration(value, locale) })}</title>
      </rect>
    );
  return (
    <ChartFigure
      id="turnaround"
      title={tr("title")}
      summary={turnaround.summary}
      chart={
        <>
          <svg
            viewBox={`0 0 ${W} ${H}`}
            className="h-auto w-full"
            role="img"
            direction="ltr"
            aria-labelledby="turnaround-title"
            aria-describedby="turnaround-summary"
          >
            {ticks.map((t) => (
              <g key={t}>
                <line x1={X(LEFT)} x2={X(W)} y1={y(t)} y2={y(t)} stroke="#e3e6ec" />
                <text x={X(LEFT - 6)} y={y(t) + 4} textAnchor={rtl ? "start" : "end"} fontSize="11" fill="#5b6372">
                  {formatNumber(t, locale)}
                </text>
              </g>
            ))}
            <text x={X(LEFT)} y={12} textAnchor={rtl ? "end" : "start"} fontSize="11" fill="#5b6372">
              {tr(`unit.${unit}`)}
            </text>
            {rows.map((r, i) => (
              <g key={weeks[i].start}>
                {bar(r.median, LEFT + i * slot + slot * 0.18, MEDIAN, tr("measureMedian"), r.label)}
                {bar(r.p90, LEFT + i * slot + slot * 0.5, P90, tr("measureP90"), r.label)}
                <text x={X(LEFT + i * slot + slot / 2)} y={H - 10} textAnchor="middle" fontSize="11" fill="#5b6372">
                  {r.label}
                </text>
              </g>
            ))}
          </svg>
          <Legend
            items={[
              { label: tr("median"), colour: MEDIAN },
              { label: tr("legendP90"), colour: P90 },
            ]}
          />
        </>
      }
      table={
        <table className={TABLE}>
          <caption className="sr-only">{tr("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{figure("weekOf")}</th>
              <th scope="col">{tr("published")}</th>
              <th scope="col">{tr("median")}</th>
              <th scope="col">{tr("p90")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={weeks[i].start}>
                <th scope="row" className="font-normal">
                  {r.label}
                </th>
                <td>{formatNumber(r.count, locale)}</td>
                <td>{r.median === null ? figure("noValue") : formatDuration(r.median, locale)}</td>
                <td>{r.p90 === null ? figure("noValue") : formatDuration(r.p90, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
