import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { WorkDetail, WorkPage } from "@/lib/my-work/data";
import type { WorkSectionKey } from "@/lib/my-work/query";
import { formatNumber, pageSummary } from "@/lib/i18n/format";
import { formattingLocale, isInterfaceLocale, type InterfaceLocale } from "@/lib/i18n/locales";
import { Pager } from "@/components/ui/pager";
import { StateBadge } from "@/components/annotator/badges";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];
const relative = new Map<InterfaceLocale, Intl.RelativeTimeFormat>();

// "3 days ago", "hace 5 minutos", "قبل 3 أيام"; anything under a minute is null (the caller says "just now").
export function formatAge(iso: string, now: Date, locale: InterfaceLocale = "en"): string | null {
  const ms = now.getTime() - new Date(iso).getTime();
  let format = relative.get(locale);
  if (!format)
    relative.set(locale, (format = new Intl.RelativeTimeFormat(formattingLocale(locale), { numeric: "auto" })));
  for (const [unit, size] of UNITS) if (ms >= size) return format.format(-Math.floor(ms / size), unit);
  return null;
}

export function WorkSection({
  section,
  page,
  now,
  previousHref,
  nextHref,
}: {
  section: WorkSectionKey;
  page: WorkPage;
  now: Date;
  previousHref: string | null;
  nextHref: string | null;
}) {
  const t = useTranslations("myWork.section");
  const texts = useTranslations(`myWork.sections.${section}`);
  const current = useLocale();
  const locale = isInterfaceLocale(current) ? current : "en";
  const id = `section-${section}`;
  const title = texts("title");
  const items = page.items;
  const summary = pageSummary({ shown: items.length, total: page.total, offset: page.offset }, locale);
  const detail = (d: WorkDetail) =>
    d.kind === "mention"
      ? t("mention", { actor: d.actor ?? t("aColleague"), excerpt: d.excerpt })
      : d.kind === "verdict"
        ? t("verdictBy", { author: d.author })
        : t("noVerdict");
  return (
    <section aria-labelledby={id} className="rounded-xl border border-line bg-white">
      <header className="border-b border-line px-4 py-3">
        <h2 id={id} className="font-semibold">
          {title} <span className="text-sm font-normal text-muted">({summary.values.totalText})</span>
        </h2>
        <p className="text-sm text-muted">{texts("description")}</p>
      </header>
      {items.length === 0 ? (
        <p className="px-4 py-6 text-sm text-muted">{texts("empty")}</p>
      ) : (
        <ul className="divide-y divide-line">
          {items.map((item) => (
            <li key={item.key}>
              <Link href={item.href} className="block px-4 py-3 hover:bg-slate-50">
                <span className="line-clamp-2 text-sm">“{item.quote}”</span>
                <span className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
                  <span className="font-medium text-ink">{item.articleTitle}</span>
                  <StateBadge state={item.state} />
                  {item.detail && <span>{detail(item.detail)}</span>}
                  <time dateTime={item.since}>{formatAge(item.since, now, locale) ?? t("justNow")}</time>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {(previousHref || nextHref) && (
        <div className="border-t border-line px-4 py-3">
          <Pager
            label={t("pages", { title })}
            summary={t(summary.key, summary.values)}
            previousHref={previousHref}
            nextHref={nextHref}
          />
        </div>
      )}
    </section>
  );
}
