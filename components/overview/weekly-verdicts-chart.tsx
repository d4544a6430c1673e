import type { Overview } from "@/lib/overview/build-overview";
import { niceScale } from "@/lib/overview/chart-scale";
import { ChartFigure, Legend, TABLE } from "./chart-figure";

const W = 900,
  H = 240,
  LEFT = 36,
  BOTTOM = 28,
  TOP = 10;

// Claims given a verdict each week, stacked by verdict, last 12 weeks.
export function WeeklyVerdictsChart({ weeks, checked }: Pick<Overview, "weeks" | "checked">) {
  const { max, ticks } = niceScale(Math.max(0, ...checked.totals), { integer: true });
  const plotH = H - TOP - BOTTOM;
  const slot = (W - LEFT) / weeks.length;
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  return (
    <ChartFigure
      id="checked"
      title="Claims checked per week, by verdict"
      summary={checked.summary}
      chart={
        <>
          <svg
            viewBox={`0 0 ${W} ${H}`}
            className="h-auto w-full"
            role="img"
            aria-labelledby="checked-title"
            aria-describedby="checked-summary"
          >
            {ticks.map((t) => (
              <g key={t}>
                <line x1={LEFT} x2={W} y1={y(t)} y2={y(t)} stroke="#e3e6ec" />
                <text x={LEFT - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#5b6372">
                  {t}
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
                        x={LEFT + i * slot + slot * 0.18}
                        width={slot * 0.64}
                        y={top}
                        height={height}
                        fill={s.colour}
                      >
                        <title>{`${w.label}: ${v} ${s.label}`}</title>
                      </rect>
                    );
                  })}
                  <text x={LEFT + i * slot + slot / 2} y={H - 10} textAnchor="middle" fontSize="11" fill="#5b6372">
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
          <caption className="sr-only">Claims given a verdict per week (week starting), by verdict</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {checked.series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w, i) => (
              <tr key={w.start}>
                <th scope="row" className="font-normal">
                  {w.label}
                </th>
                {checked.series.map((s) => (
                  <td key={s.label}>{s.values[i]}</td>
                ))}
                <td>{checked.totals[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
