import Link from "next/link";
import { VerdictBar } from "@/components/articles/verdict-bar";
import type { ArticleListRow } from "@/lib/articles/list-data";
import { ARTICLE_SORTS, type ArticleSort } from "@/lib/articles/list-query";
import { formatDate } from "@/lib/vocabulary/dates";

type SortState = {
  sort: ArticleSort;
  direction: "asc" | "desc";
  hrefFor: (sort: ArticleSort, dir: "asc" | "desc") => string;
};

// A column header that sorts: the link sorts by this column (or flips the order when it already does), and
// aria-sort tells assistive technology which column the rows follow.
function SortHeader({ column, children, state }: { column: ArticleSort; children: string; state: SortState }) {
  const active = state.sort === column;
  const next = active ? (state.direction === "asc" ? "desc" : "asc") : ARTICLE_SORTS[column].defaultDirection;
  return (
    <th
      scope="col"
      className="px-4 py-3"
      aria-sort={active ? (state.direction === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link href={state.hrefFor(column, next)} className="hover:text-ink hover:underline">
        {children}
        {active && <span aria-hidden="true">{state.direction === "asc" ? " ↑" : " ↓"}</span>}
      </Link>
    </th>
  );
}

export function ArticleTable({ rows, sortState }: { rows: ArticleListRow[]; sortState: SortState }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          Articles sorted by {ARTICLE_SORTS[sortState.sort].label.toLowerCase()},{" "}
          {sortState.direction === "asc" ? "ascending" : "descending"}
        </caption>
        <thead className="border-b border-line bg-slate-50 text-xs tracking-wide text-muted uppercase">
          <tr>
            <SortHeader column="title" state={sortState}>
              Article
            </SortHeader>
            <th scope="col" className="px-4 py-3">
              Status
            </th>
            <th scope="col" className="px-4 py-3">
              Claims by verdict
            </th>
            <SortHeader column="fact-check-published" state={sortState}>
              Fact-check last published
            </SortHeader>
            <SortHeader column="original-date" state={sortState}>
              Original article date
            </SortHeader>
            <SortHeader column="updated" state={sortState}>
              Last changed
            </SortHeader>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((a) => (
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
                {a.publishedAt ? formatDate(a.publishedAt, "short") : "Not yet"}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-muted">
                {a.originalPublishedAt ? formatDate(a.originalPublishedAt, "short") : "Unknown"}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-muted">{formatDate(a.updatedAt, "short")}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
