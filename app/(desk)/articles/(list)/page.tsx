import type { Metadata } from "next";
import Link from "next/link";
import { findOutletsForOrg } from "@/lib/articles/data";
import { findArticlePage } from "@/lib/articles/list-data";
import { ARTICLE_SORTS, isFiltered, parseArticleListParams, type ArticleSort } from "@/lib/articles/list-query";
import { formatDate } from "@/lib/i18n/format";
import { requirePageViewer } from "@/lib/auth/viewer";
import { listHref, type SearchParamsInput } from "@/lib/lists/params";
import { ArticleFilters } from "@/components/articles/article-filters";
import { ArticleTable, type ArticleTableHeader } from "@/components/articles/article-table";
import { buttonClasses } from "@/components/ui/button";
import { ListNotices } from "@/components/ui/list-notices";
import { describeRange, Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requirePageViewer("/articles");
  const query = parseArticleListParams(await searchParams);
  const [page, outlets] = await Promise.all([findArticlePage(viewer.orgId, query), findOutletsForOrg(viewer.orgId)]);
  const filtered = isFiltered(query.filter);
  const notices = page.restarted
    ? [...query.notices, "The rows next to that page link are gone: showing the first page."]
    : query.notices;
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
  const summary = describeRange(page.offset, page.rows.length, page.total, ["article", "articles"]);
  const pager = (position: string) => (
    <Pager
      label={`Article pages${position}`}
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
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Articles</h1>
          <p className="text-sm text-muted">{viewer.orgName}</p>
        </div>
        <Link href="/articles/new" className={buttonClasses("primary")}>
          Add article
        </Link>
      </div>
      <ArticleFilters values={query.values} outlets={outlets} sort={query.sort} direction={query.direction} />
      <ListNotices notices={notices} />
      {page.rows.length === 0 ? (
        <div className="rounded-xl border border-dashed border-line bg-white p-10 text-center">
          <p className="font-medium">{filtered ? "No article matches these filters." : "No articles yet."}</p>
          <p className="mt-1 text-sm text-muted">
            {filtered ? "Clear a filter to see more." : "Add an article to start checking its claims."}
          </p>
        </div>
      ) : (
        <>
          {pager("")}
          <ArticleTable
            caption={`Articles sorted by ${ARTICLE_SORTS[query.sort].label.toLowerCase()}, ${query.direction === "asc" ? "ascending" : "descending"}`}
            headers={[
              sortable("title", "Article"),
              { label: "Status" },
              { label: "Claims by verdict" },
              sortable("fact-check-published", "Fact-check last published"),
              sortable("original-date", "Original article date"),
              sortable("updated", "Last changed"),
            ]}
            rows={page.rows.map((a) => ({
              id: a.id,
              title: a.title,
              outlet: a.outlet,
              status: a.status,
              claimCount: a.claimCount,
              unrated: a.unrated,
              verdicts: a.verdicts,
              factCheckPublished: a.publishedAt ? formatDate(a.publishedAt, "short") : "Not yet",
              originalDate: a.originalPublishedAt ? formatDate(a.originalPublishedAt, "short") : "Unknown",
              lastChanged: formatDate(a.updatedAt, "short"),
            }))}
          />
          {pager(", bottom")}
        </>
      )}
    </div>
  );
}
