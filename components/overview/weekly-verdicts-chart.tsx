import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import type { Overview } from "@/lib/overview/build-overview";
import { niceScale } from "@/lib/overview/chart-scale";
import { ChartFigure, Legend, TABLE } from "./chart-figure";

const W = 900,
  H = 240,
  LEFT = 36,
  BOTTOM = 28,
  TOP = 10;

// Claims given a verdict each week, stacked by verdict, last 12 weeks. In a right-to-left interface the drawing is
// mirrored (weeks run from right to left, the axis on the right).
export function WeeklyVerdictsChart({
  weeks,
  checked,
  locale,
}: Pick<Overview, "weeks" | "checked"> & { locale: InterfaceLocale }) {
  const tc = useTranslations("overview.checked");
  const figure = useTranslations("overview.figure");
  const n = (value: number) => formatNumber(value, locale);
  const rtl = locale === "ar";
  const X = (x: number, width = 0) => (rtl ? W - x - width : x);
  const { max, ticks } = niceScale(Math.max(0, ...checked.totals), { integer: true });
  const plotH = H - TOP - BOTTOM;
  const slot = (W - LEFT) / weeks.length;
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  return (
    <ChartFigure
      id="checked"
      title={tc("title")}
      summary={checked.summary}
      chart={
        <>
          <svg
            viewBox={`0 0 ${W} ${H}`}
            className="h-auto w-full"
            role="img"
            direction="ltr"
            aria-labelledby="checked-title"
            aria-describedby="checked-summary"
          >
            {ticks.map((t) => (
              <g key={t}>
                <line x1={X(LEFT)} x2={X(W)} y1={y(t)} y2={y(t)} stroke="#e3e6ec" />
                <text x={X(LEFT - 6)} y={y(t) + 4} textAnchor={rtl ? "start" : "end"} fontSize="11" fill="#5b6372">
                  {n(t)}
                </text>
              </g>
            ))}
            {weeks.map((w, i) => {
              let stacked = 0;
              return (
                <g key={w.start}>
                  {checked.series.map((s) => {
                    const v = s.values[i];
                    if (!v) return null;
                    const top = y(stacked + v),
                      height = y(stacked) - top;
                    stacked += v;
                    return (
                      <rect
                        key={s.label}
                        x={X(LEFT + i * slot + slot * 0.18, slot * 0.64)}
                        width={slot * 0.64}
                        y={top}
                        height={height}
                        fill={s.colour}
                      >
                        <title>{figure("tooltip", { row: w.label, countText: n(v), series: s.label })}</title>
                      </rect>
                    );
                  })}
                  <text x={X(LEFT + i * slot + slot / 2)} y={H - 10} textAnchor="middle" fontSize="11" fill="#5b6372">
                    {w.label}
                  </text>
                </g>
              );
            })}
          </svg>
          <Legend items={checked.series} />
        </>
      }
      table={
        <table className={TABLE}>
          <caption className="sr-only">{tc("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{figure("weekOf")}</th>
              {checked.series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
              <th scope="col">{tc("total")}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w, i) => (
              <tr key={w.start}>
                <th scope="row" className="font-normal">
                  {w.label}
                </th>
                {checked.series.map((s) => (
                  <td key={s.label}>{n(s.values[i])}</td>
                ))}
                <td>{n(checked.totals[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
