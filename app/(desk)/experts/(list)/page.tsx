import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatNumber, pageSummary } from "@/lib/i18n/format";
import { isInterfaceLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/auth/viewer";
import { findExpertPage } from "@/lib/experts/data";
import { parseExpertListParams } from "@/lib/experts/list-query";
import { listHref, listNoticeIn, type SearchParamsInput } from "@/lib/lists/params";
import { buttonClasses } from "@/components/ui/button";
import { ListNotices } from "@/components/ui/list-notices";
import { Pager } from "@/components/ui/pager";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("experts.list");
  return { title: t("title") };
}

export default async function ExpertsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requirePageViewer("/experts");
  const query = parseExpertListParams(await searchParams);
  const [page, t, current] = await Promise.all([
    findExpertPage(viewer.orgId, query),
    getTranslations("experts.list"),
    getLocale(),
  ]);
  const locale = isInterfaceLocale(current) ? current : "en";
  const values = { q: query.q };
  const { key, values: summaryValues } = pageSummary(
    { shown: page.rows.length, total: page.total, offset: page.offset },
    locale,
  );
  const summary = t(key, summaryValues);
  const pager = (label: string) => (
    <Pager
      label={label}
      summary={summary}
      previousHref={
        page.links.before ? listHref("/experts", values, { direction: "before", cursor: page.links.before }) : null
      }
      nextHref={
        page.links.after ? listHref("/experts", values, { direction: "after", cursor: page.links.after }) : null
      }
    />
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <form role="search" aria-label={t("searchLabel")} className="flex max-w-xl gap-2">
        <label className="flex-1">
          <span className="sr-only">{t("searchField")}</span>
          <input
            name="q"
            defaultValue={query.q}
            placeholder={t("searchPlaceholder")}
            className="w-full rounded-md border border-line bg-white px-3 py-2 text-sm"
          />
        </label>
        <button className={buttonClasses("secondary")}>{t("search")}</button>
      </form>
      <ListNotices notices={query.notices.map((notice) => listNoticeIn(notice, locale))} />
      {page.rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line bg-white p-8 text-center text-sm text-muted">
          {query.q ? t("noMatch", { query: query.q }) : t("empty")}
        </p>
      ) : (
        <>
          {pager(t("pages"))}
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {page.rows.map((e) => (
              <li key={e.id} className="rounded-xl border border-line bg-white p-4">
                <Link href={`/experts/${e.id}`} className="font-medium hover:text-accent hover:underline">
                  {e.name}
                </Link>
                <p className="text-sm text-muted">
                  {[e.title, e.affiliation].filter(Boolean).join(", ") || t("noTitle")}
                </p>
                <p className="mt-2 text-xs text-muted">
                  {t("citations", { count: e.citationCount, countText: formatNumber(e.citationCount, locale) })}
                </p>
              </li>
            ))}
          </ul>
          {pager(t("pagesBottom"))}
        </>
      )}
    </div>
  );
}
