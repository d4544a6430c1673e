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
export function TurnaroundChart({ weeks, turnaround }: Pick<Overview, "weeks" | "turnaround">) {
  const { rows, unit, divisor } = turnaround;
  const { max, ticks } = niceScale(Math.max(1, ...rows.map((r) => (r.p90 ?? 0) / divisor))); // at least one whole unit
  const plotH = H - TOP - BOTTOM;
  const slot = (W - LEFT) / weeks.length;
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  const bar = (value: number | null, x: number, colour: string, label: string, week: string) =>
    value === null ? null : (
      <rect
        x={x}
        width={slot * 0.3}
        y={y(value / divisor)}
        height={Math.max(1, y(0) - y(value / divisor))}
        fill={colour}
      >
        <title>{`${week}: ${label} ${formatDuration(value)}`}</title>
      </rect>
    );
  return (
    <ChartFigure
      id="turnaround"
      title="Time from first draft to publication"
      summary={turnaround.summary}
      chart={
        <>
          <svg
            viewBox={`0 0 ${W} ${H}`}
            className="h-auto w-full"
            role="img"
            aria-labelledby="turnaround-title"
            aria-describedby="turnaround-summary"
          >
            {ticks.map((t) => (
              <g key={t}>
                <line x1={LEFT} x2={W} y1={y(t)} y2={y(t)} stroke="#e3e6ec" />
                <text x={LEFT - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill="#5b6372">
                  {t}
                </text>
              </g>
            ))}
            <text x={LEFT} y={12} fontSize="11" fill="#5b6372">
              {unit}
            </text>
            {rows.map((r, i) => (
              <g key={weeks[i].start}>
                {bar(r.median, LEFT + i * slot + slot * 0.18, MEDIAN, "median", r.label)}
                {bar(r.p90, LEFT + i * slot + slot * 0.5, P90, "90th percentile", r.label)}
                <text x={LEFT + i * slot + slot / 2} y={H - 10} textAnchor="middle" fontSize="11" fill="#5b6372">
                  {r.label}
                </text>
              </g>
            ))}
          </svg>
          <Legend
            items={[
              { label: "Median", colour: MEDIAN },
              { label: "9 in 10 claims within (90th percentile)", colour: P90 },
            ]}
          />
        </>
      }
      table={
        <table className={TABLE}>
          <caption className="sr-only">Time from first draft to publication per week of publication</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Published</th>
              <th scope="col">Median</th>
              <th scope="col">90th percentile</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={weeks[i].start}>
                <th scope="row" className="font-normal">
                  {r.label}
                </th>
                <td>{r.count}</td>
                <td>{r.median === null ? "—" : formatDuration(r.median)}</td>
                <td>{r.p90 === null ? "—" : formatDuration(r.p90)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
