import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import type { VerdictCount } from "@/lib/articles/list-data";

// A stacked bar plus the same numbers as text: the bar is for the glance, the text for screen readers and print.
export function VerdictBar({
  verdicts,
  unrated,
  locale,
}: {
  verdicts: VerdictCount[];
  unrated: number;
  locale: InterfaceLocale;
}) {
  const t = useTranslations("articles.verdictBar");
  const total = verdicts.reduce((n, v) => n + v.count, 0) + unrated;
  if (total === 0) return <span className="text-sm text-muted">{t("none")}</span>;
  return (
    <div className="space-y-1.5">
      <div className="flex h-2 w-40 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        {verdicts.map((v) => (
          <span key={v.label} style={{ width: `${(v.count / total) * 100}%`, background: v.colour }} />
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted">
        {verdicts.map((v) => (
          <li key={v.label} className="flex items-center gap-1">
            <span aria-hidden="true" className="h-2 w-2 rounded-full" style={{ background: v.colour }} />
            {t("verdict", { countText: formatNumber(v.count, locale), label: v.label })}
          </li>
        ))}
        {unrated > 0 && <li>{t("unrated", { countText: formatNumber(unrated, locale) })}</li>}
      </ul>
    </div>
  );
}
