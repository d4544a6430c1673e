import { useLocale, useTranslations } from "next-intl";
import type { VerdictCount } from "@/lib/export/report-model";
import { formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isInterfaceLocale } from "@/lib/i18n/locales";

// Claims per verdict as horizontal bars. Every bar has its label and number as text, so the chart reads without
// colour, in a screen reader and on a black-and-white printout; print-color-adjust keeps the colours on paper.
export function VerdictSummary({ counts, total }: { counts: VerdictCount[]; total: number }) {
  const t = useTranslations("reports.summary");
  const locale = useLocale();
  const number = (n: number) => formatNumber(n, isInterfaceLocale(locale) ? locale : DEFAULT_LOCALE);
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <section
      aria-labelledby="summary-heading"
      className="break-inside-avoid [-webkit-print-color-adjust:exact] [print-color-adjust:exact]"
    >
      <h2 id="summary-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-muted">{t("total", { count: total })}</p>
      <ul className="mt-3 space-y-1.5">
        {counts.map((row) => (
          <li key={row.label} className="grid grid-cols-[minmax(8rem,14rem)_1fr_3rem] items-center gap-3 text-sm">
            <span className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="h-3 w-3 shrink-0 rounded-sm border border-black/10"
                style={{ background: row.colour }}
              />
              {row.label}
            </span>
            <span aria-hidden="true" className="h-3 rounded-sm bg-slate-100">
              <span
                className="block h-3 rounded-sm"
                style={{ width: `${(row.count / max) * 100}%`, background: row.colour }}
              />
            </span>
            <span className="text-end tabular-nums">{number(row.count)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
