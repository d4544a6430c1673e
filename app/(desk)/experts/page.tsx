import type { Metadata } from "next";
import Link from "next/link";
import { requirePageViewer } from "@/lib/auth/viewer";
import { findExperts } from "@/lib/experts/data";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Experts" };

export default async function ExpertsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const viewer = await requirePageViewer("/experts");
  const { q } = await searchParams;
  const experts = await findExperts(viewer.orgId, typeof q === "string" ? q : undefined);
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
            defaultValue={q}
            placeholder="Name, title or affiliation"
            className="w-full rounded-md border border-line bg-white px-3 py-2 text-sm"
          />
        </label>
        <button className={buttonClasses("secondary")}>Search</button>
      </form>
      {experts.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line bg-white p-8 text-center text-sm text-muted">
          {q ? `No expert matches “${q}”.` : "No experts yet."}
        </p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {experts.map((e) => (
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
      )}
    </div>
  );
}
