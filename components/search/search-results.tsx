import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import { isInterfaceLocale } from "@/lib/i18n/locales";
import { StateBadge, VerdictBadge } from "@/components/annotator/badges";
import type { SearchResults } from "@/lib/search/data";
import { SEARCH_MATCH_CAP, searchHref } from "@/lib/search/schema";
import { Pager } from "@/components/ui/pager";

export function SearchResultList({ results, values }: { results: SearchResults; values: Record<string, string> }) {
  const t = useTranslations("search.results");
  const current = useLocale();
  const locale = isInterfaceLocale(current) ? current : "en";
  const { hits, total, isTotalExact, offset, links } = results;
  if (total === 0) {
    return (
      <div className="rounded-xl border border-dashed border-line bg-white p-10 text-center">
        <p className="font-medium">{t("none", { query: values.q ?? "" })}</p>
        <p className="mt-1 text-sm text-muted">{t("noneHint")}</p>
      </div>
    );
  }
  // "Showing 21–40 of 130 claims", or the count alone when every hit is shown; past the cap "of more than 1,000"
  const count = { total, totalText: formatNumber(total, locale) };
  const summary =
    isTotalExact && (hits.length === 0 || hits.length === total)
      ? t("total", count)
      : t(isTotalExact ? "range" : "rangeMore", {
          ...count,
          from: formatNumber(offset + 1, locale),
          to: formatNumber(offset + hits.length, locale),
        });
  const pager = (label: string) => (
    <Pager
      label={label}
      summary={summary}
      previousHref={links.before ? searchHref(values, { direction: "before", cursor: links.before }) : null}
      nextHref={links.after ? searchHref(values, { direction: "after", cursor: links.after }) : null}
    />
  );
  return (
    <section aria-labelledby="results-heading" className="space-y-4">
      <h2 id="results-heading" className="text-sm text-muted">
        {t(isTotalExact ? "heading" : "headingMore", { ...count, query: values.q ?? "" })}
      </h2>
      {!isTotalExact && (
        <p className="text-sm text-muted">
          {t("capped", { cap: SEARCH_MATCH_CAP, capText: formatNumber(SEARCH_MATCH_CAP, locale) })}
        </p>
      )}
      {pager(t("pages"))}
      <ol className="space-y-3" start={offset + 1}>
        {hits.map((h) => (
          <li key={h.claimId} className="rounded-xl border border-line bg-white p-4">
            <article aria-labelledby={`hit-${h.claimId}`}>
              <p className="text-xs text-muted">{h.articleTitle}</p>
              <h3 id={`hit-${h.claimId}`} className="mt-1 font-serif text-lg leading-snug">
                <Link
                  href={`/articles/${h.articleId}?claim=${h.claimId}`}
                  className="hover:text-accent hover:underline"
                >
                  “{h.quote}”
                </Link>
              </h3>
              <p className="mt-2 text-sm leading-6 text-ink">
                {h.snippet.map((s, i) =>
                  s.hit ? (
                    <mark key={i} className="rounded-[2px] bg-amber-100 px-0.5 text-ink">
                      {s.text}
                    </mark>
                  ) : (
                    <span key={i}>{s.text}</span>
                  ),
                )}
              </p>
              <div className="mt-3 flex flex-wrap items-center gap-2 text-xs text-muted">
                <VerdictBadge option={h.verdict ?? undefined} />
                <StateBadge state={h.state} />
                <span>{h.assigneeName ? t("assignedTo", { name: h.assigneeName }) : t("unassigned")}</span>
                <span>
                  {t("foundIn", { fields: h.matchedIn.map((f) => t(`field.${f}`)).join(t("fieldSeparator")) })}
                </span>
              </div>
            </article>
          </li>
        ))}
      </ol>
      {pager(t("pagesBottom"))}
    </section>
  );
}
