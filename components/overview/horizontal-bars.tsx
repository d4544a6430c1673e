import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { niceScale } from "@/lib/overview/chart-scale";

/** A bar per row; each segment names what it counts (`series`, in the interface language) for its tooltip. */
export type BarRow = { label: string; segments: { key: string; series: string; value: number; colour: string }[] };

const W = 560,
  LABEL = 140,
  ROW = 30,
  VALUE = 40;

// Horizontal bars, optionally split into segments; the total is written at the end of each bar. In a right-to-left
// interface the drawing is mirrored by its coordinates; the SVG itself stays left-to-right (direction="ltr") so that
// text-anchor keeps meaning left and right, while each label's own words still run in their direction.
export function HorizontalBars({
  rows,
  titleId,
  summaryId,
  locale,
}: {
  rows: BarRow[];
  titleId: string;
  summaryId: string;
  locale: InterfaceLocale;
}) {
  const t = useTranslations("overview.figure");
  const rtl = locale === "ar";
  // the x of a label or value drawn in a mirrored chart: written where its mirror image would be, anchored opposite
  const at = (x: number) => (rtl ? W - x : x);
  const totals = rows.map((r) => r.segments.reduce((a, s) => a + s.value, 0));
  const { max } = niceScale(Math.max(0, ...totals), { integer: true });
  const plotW = W - LABEL - VALUE;
  const H = rows.length * ROW + 4;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="h-auto w-full"
      role="img"
      direction="ltr"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
    >
      {rows.map((r, i) => {
        let x = LABEL;
        return (
          <g key={r.label} transform={`translate(0 ${i * ROW})`}>
            <text x={at(LABEL - 8)} y={ROW / 2 + 4} textAnchor={rtl ? "start" : "end"} fontSize="12" fill="#14171f">
              {r.label.length > 22 ? `${r.label.slice(0, 21)}…` : r.label}
            </text>
            <rect x={rtl ? W - LABEL - plotW : LABEL} y={6} width={plotW} height={ROW - 12} fill="#f1f3f6" rx="2" />
            {r.segments.map((s) => {
              const width = (s.value / max) * plotW;
              const rect =
                s.value > 0 ? (
                  <rect key={s.key} x={rtl ? W - x - width : x} y={6} width={width} height={ROW - 12} fill={s.colour}>
                    <title>
                      {t("tooltip", { row: r.label, countText: formatNumber(s.value, locale), series: s.series })}
                    </title>
                  </rect>
                ) : null;
              x += width;
              return rect;
            })}
            <text x={at(x + 6)} y={ROW / 2 + 4} textAnchor={rtl ? "end" : "start"} fontSize="12" fill="#5b6372">
              {formatNumber(totals[i], locale)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
