import Link from "next/link";
import { StateBadge, VerdictBadge } from "@/components/annotator/badges";
import type { MatchedField, SearchResults } from "@/lib/search/data";
import { searchHref } from "@/lib/search/schema";
import { describeRange, Pager } from "@/components/ui/pager";

const FIELD_LABELS: Record<MatchedField, string> = {
  claim: "claim",
  rationale: "rationale",
  citation: "evidence",
  expert: "expert",
  article: "article",
};

export function SearchResultList({ results, values }: { results: SearchResults; values: Record<string, string> }) {
  const { hits, total, offset, links } = results;
  if (total === 0) {
    return (
      <div className="rounded-xl border border-dashed border-line bg-white p-10 text-center">
        <p className="font-medium">No claim matches “{values.q}”.</p>
        <p className="mt-1 text-sm text-muted">
          Try fewer words or clear a filter. Words match as written: “defence” does not find “defense”.
        </p>
      </div>
    );
  }
  const pager = (position: string) => (
    <Pager
      label={`Result pages${position}`}
      summary={describeRange(offset, hits.length, total, ["claim", "claims"])}
      previousHref={links.before ? searchHref(values, { direction: "before", cursor: links.before }) : null}
      nextHref={links.after ? searchHref(values, { direction: "after", cursor: links.after }) : null}
    />
  );
  return (
    <section aria-labelledby="results-heading" className="space-y-4">
      <h2 id="results-heading" className="text-sm text-muted">
        {total.toLocaleString("en-GB")} {total === 1 ? "claim matches" : "claims match"} “{values.q}”
      </h2>
      {pager("")}
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
                <span>{h.assigneeName ? `Assigned to ${h.assigneeName}` : "Unassigned"}</span>
                <span>· Found in {h.matchedIn.map((f) => FIELD_LABELS[f]).join(", ")}</span>
              </div>
            </article>
          </li>
        ))}
      </ol>
      {pager(", bottom")}
    </section>
  );
}
