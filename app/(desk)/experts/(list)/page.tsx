import type { Metadata } from "next";
import Link from "next/link";
import { requirePageViewer } from "@/lib/auth/viewer";
import { findExpertPage } from "@/lib/experts/data";
import { parseExpertListParams } from "@/lib/experts/list-query";
import { listHref, type SearchParamsInput } from "@/lib/lists/params";
import { buttonClasses } from "@/components/ui/button";
import { ListNotices } from "@/components/ui/list-notices";
import { describeRange, Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Experts" };

export default async function ExpertsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requirePageViewer("/experts");
  const query = parseExpertListParams(await searchParams);
  const page = await findExpertPage(viewer.orgId, query);
  const values = { q: query.q };
  const pager = (position: string) => (
    <Pager
      label={`Expert pages${position}`}
      summary={describeRange(page.offset, page.rows.length, page.total, ["expert", "experts"])}
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
        <h1 className="text-2xl font-semibold tracking-tight">Expert directory</h1>
        <p className="text-sm text-muted">
          Everyone your desk has cited, with every citation across articles. Add experts from a claim card.
        </p>
      </div>
      <form role="search" aria-label="Search experts" className="flex max-w-xl gap-2">
        <label className="flex-1">
          <span className="sr-only">Search by name, title or affiliation</span>
          <input
            name="q"
            defaultValue={query.q}
            placeholder="Name, title or affiliation"
            className="w-full rounded-md border border-line bg-white px-3 py-2 text-sm"
          />
        </label>
        <button className={buttonClasses("secondary")}>Search</button>
      </form>
      <ListNotices notices={query.notices} />
      {page.rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line bg-white p-8 text-center text-sm text-muted">
          {query.q ? `No expert matches “${query.q}”.` : "No experts yet."}
        </p>
      ) : (
        <>
          {pager("")}
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {page.rows.map((e) => (
              <li key={e.id} className="rounded-xl border border-line bg-white p-4">
                <Link href={`/experts/${e.id}`} className="font-medium hover:text-accent hover:underline">
                  {e.name}
                </Link>
                <p className="text-sm text-muted">
                  {[e.title, e.affiliation].filter(Boolean).join(", ") || "No title or affiliation"}
                </p>
                <p className="mt-2 text-xs text-muted">
                  {e.citationCount} {e.citationCount === 1 ? "citation" : "citations"}
                </p>
              </li>
            ))}
          </ul>
          {pager(", bottom")}
        </>
      )}
    </div>
  );
}
