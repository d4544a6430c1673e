import { niceScale } from "@/lib/overview/chart-scale";

export type BarRow = { label: string; segments: { key: string; value: number; colour: string }[] };

const W = 560,
  LABEL = 140,
  ROW = 30,
  VALUE = 40;

// Horizontal bars, optionally split into segments; the total is written at the end of each bar.
export function HorizontalBars({ rows, titleId, summaryId }: { rows: BarRow[]; titleId: string; summaryId: string }) {
  const totals = rows.map((r) => r.segments.reduce((a, s) => a + s.value, 0));
  const { max } = niceScale(Math.max(0, ...totals), { integer: true });
  const plotW = W - LABEL - VALUE;
  const H = rows.length * ROW + 4;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="h-auto w-full"
      role="img"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
    >
      {rows.map((r, i) => {
        let x = LABEL;
        return (
          <g key={r.label} transform={`translate(0 ${i * ROW})`}>
            <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" fontSize="12" fill="#14171f">
              {r.label.length > 22 ? `${r.label.slice(0, 21)}…` : r.label}
            </text>
            <rect x={LABEL} y={6} width={plotW} height={ROW - 12} fill="#f1f3f6" rx="2" />
            {r.segments.map((s) => {
              const width = (s.value / max) * plotW;
              const rect =
                s.value > 0 ? (
                  <rect key={s.key} x={x} y={6} width={width} height={ROW - 12} fill={s.colour}>
                    <title>{`${r.label}: ${s.value} ${s.key}`}</title>
                  </rect>
                ) : null;
              x += width;
              return rect;
            })}
            <text x={x + 6} y={ROW / 2 + 4} fontSize="12" fill="#5b6372">
              {totals[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
