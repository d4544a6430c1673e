import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { findOutletsForOrg } from "@/lib/articles/data";
import { findArticlePage } from "@/lib/articles/list-data";
import { ARTICLE_SORTS, isFiltered, parseArticleListParams, type ArticleSort } from "@/lib/articles/list-query";
import { formatDate, formatNumber, pageSummary } from "@/lib/i18n/format";
import { isInterfaceLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/auth/viewer";
import { listHref, listNoticeIn, type SearchParamsInput } from "@/lib/lists/params";
import { ArticleFilters } from "@/components/articles/article-filters";
import { ArticleTable, type ArticleTableHeader } from "@/components/articles/article-table";
import { SORT_MESSAGE } from "@/components/articles/sort-labels";
import { buttonClasses } from "@/components/ui/button";
import { ListNotices } from "@/components/ui/list-notices";
import { Pager } from "@/components/ui/pager";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articles.list");
  return { title: t("title") };
}

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requirePageViewer("/articles");
  const query = parseArticleListParams(await searchParams);
  const [page, outlets, t, columns, current] = await Promise.all([
    findArticlePage(viewer.orgId, query),
    findOutletsForOrg(viewer.orgId),
    getTranslations("articles.list"),
    getTranslations("articles.columns"),
    getLocale(),
  ]);
  const locale = isInterfaceLocale(current) ? current : "en";
  const filtered = isFiltered(query.filter);
  const notices = query.notices.map((notice) => listNoticeIn(notice, locale));
  if (page.restarted) notices.push(t("restarted"));
  // a sortable header sorts by its column, or flips the order when the rows already follow it
  const sortable = (column: ArticleSort, label: string): ArticleTableHeader => {
    const active = query.sort === column;
    const dir = active ? (query.direction === "asc" ? "desc" : "asc") : ARTICLE_SORTS[column].defaultDirection;
    return {
      label,
      sort: {
        href: listHref("/articles", { ...query.values, sort: column, dir }),
        active: active ? (query.direction === "asc" ? "ascending" : "descending") : null,
      },
    };
  };
  const { key, values } = pageSummary({ shown: page.rows.length, total: page.total, offset: page.offset }, locale);
  const summary = t(key, values);
  const pager = (label: string) => (
    <Pager
      label={label}
      summary={summary}
      previousHref={
        page.links.before
          ? listHref("/articles", query.values, { direction: "before", cursor: page.links.before })
          : null
      }
      nextHref={
        page.links.after ? listHref("/articles", query.values, { direction: "after", cursor: page.links.after }) : null
      }
    />
  );
  const sortInCaption = await getTranslations("articles.sortsInCaption");
  const date = (value: Date) => formatDate(value, "short", { locale });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="text-sm text-muted">{viewer.orgName}</p>
        </div>
        <Link href="/articles/new" className={buttonClasses("primary")}>
          {t("add")}
        </Link>
      </div>
      <ArticleFilters values={query.values} outlets={outlets} sort={query.sort} direction={query.direction} />
      <ListNotices notices={notices} />
      {page.rows.length === 0 ? (
        <div className="rounded-xl border border-dashed border-line bg-white p-10 text-center">
          <p className="font-medium">{filtered ? t("emptyFiltered") : t("empty")}</p>
          <p className="mt-1 text-sm text-muted">{filtered ? t("emptyFilteredHint") : t("emptyHint")}</p>
        </div>
      ) : (
        <>
          {pager(t("pages"))}
          <ArticleTable
            caption={t("caption", {
              column: sortInCaption(SORT_MESSAGE[query.sort]),
              direction: query.direction,
            })}
            headers={[
              sortable("title", columns("title")),
              { label: columns("status") },
              { label: columns("verdicts") },
              sortable("fact-check-published", columns("factCheckPublished")),
              sortable("original-date", columns("originalDate")),
              sortable("updated", columns("updated")),
            ]}
            rows={page.rows.map((a) => ({
              id: a.id,
              title: a.title,
              outlet: a.outlet,
              status: a.status,
              claimCount: a.claimCount,
              unrated: a.unrated,
              verdicts: a.verdicts,
              factCheckPublished: a.publishedAt ? date(a.publishedAt) : t("notYet"),
              originalDate: a.originalPublishedAt ? date(a.originalPublishedAt) : t("unknownDate"),
              lastChanged: date(a.updatedAt),
            }))}
          />
          {pager(t("pagesBottom"))}
        </>
      )}
    </div>
  );
}
