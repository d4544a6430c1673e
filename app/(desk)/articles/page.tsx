import type { Metadata } from "next";
import Link from "next/link";
import { findArticlesForOrg, findOutletsForOrg } from "@/lib/articles/data";
import { articleListFilterSchema } from "@/lib/articles/schema";
import { requirePageViewer } from "@/lib/auth/viewer";
import { VerdictBar } from "@/components/articles/verdict-bar";
import { buttonClasses } from "@/components/ui/button";
import { formatDate } from "@/lib/vocabulary/dates";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requirePageViewer("/articles");
  const params = await searchParams;
  const filter = articleListFilterSchema.parse(params);
  const [articles, outlets] = await Promise.all([
    findArticlesForOrg(viewer.orgId, filter),
    findOutletsForOrg(viewer.orgId),
  ]);
  const filtered = Boolean(filter.q || filter.status || filter.outlet || filter.from || filter.to);
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
      <form
        role="search"
        aria-label="Filter articles"
        className="grid gap-3 rounded-xl border border-line bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] sm:items-end"
      >
        <label className="text-sm">
          <span className="mb-1 block font-medium">Search</span>
          <input
            name="q"
            defaultValue={filter.q}
            placeholder="Title, outlet or author"
            className="w-full rounded-md border border-line px-3 py-2"
          />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Status</span>
          <select
            name="status"
            defaultValue={filter.status ?? ""}
            className="w-full rounded-md border border-line bg-white px-3 py-2"
          >
            <option value="">Any</option>
            <option value="DRAFT">Draft</option>
            <option value="PUBLISHED">Published</option>
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Outlet</span>
          <select
            name="outlet"
            defaultValue={filter.outlet ?? ""}
            className="w-full rounded-md border border-line bg-white px-3 py-2"
          >
            <option value="">Any</option>
            {outlets.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Published from</span>
          <input
            type="date"
            name="from"
            defaultValue={params.from}
            className="w-full rounded-md border border-line px-3 py-2"
          />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">Published to</span>
          <input
            type="date"
            name="to"
            defaultValue={params.to}
            className="w-full rounded-md border border-line px-3 py-2"
          />
        </label>
        <button className={buttonClasses("secondary")}>Filter</button>
      </form>
      {articles.length === 0 ? (
        <div className="rounded-xl border border-dashed border-line bg-white p-10 text-center">
          <p className="font-medium">{filtered ? "No article matches these filters." : "No articles yet."}</p>
          <p className="mt-1 text-sm text-muted">
            {filtered ? "Clear a filter to see more." : "Add an article to start checking its claims."}
          </p>
        </div>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-line bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Articles, most recently changed first</caption>
            <thead className="border-b border-line bg-slate-50 text-xs tracking-wide text-muted uppercase">
              <tr>
                <th scope="col" className="px-4 py-3">
                  Article
                </th>
                <th scope="col" className="px-4 py-3">
                  Status
                </th>
                <th scope="col" className="px-4 py-3">
                  Claims by verdict
                </th>
                <th scope="col" className="px-4 py-3">
                  Published
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {articles.map((a) => (
                <tr key={a.id} className="align-top hover:bg-slate-50">
                  <td className="max-w-md px-4 py-3">
                    <Link href={`/articles/${a.id}`} className="font-medium text-ink hover:text-accent hover:underline">
                      {a.title}
                    </Link>
                    <p className="text-xs text-muted">
                      {a.outlet ?? "Unknown outlet"} · {a.claimCount} {a.claimCount === 1 ? "claim" : "claims"}
                    </p>
                  </td>
                  <td className="px-4 py-3">
                    <StatusBadge status={a.status} />
                  </td>
                  <td className="px-4 py-3">
                    <VerdictBar verdicts={a.verdicts} unrated={a.unrated} />
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap text-muted">
                    {a.originalPublishedAt ? formatDate(a.originalPublishedAt, "short") : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function StatusBadge({ status }: { status: "DRAFT" | "PUBLISHED" }) {
  return status === "PUBLISHED" ? (
    <span className="rounded-full bg-green-50 px-2 py-0.5 text-xs font-medium text-success ring-1 ring-green-200">
      Published
    </span>
  ) : (
    <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-muted ring-1 ring-line">Draft</span>
  );
}
