"use client";
import type { ClaimView, ExpertView } from "@/lib/claims/view";
import type { ScaleOptionView } from "@/lib/claims/data";
import { ClaimCard } from "./claim-card";
import type { ReactNode } from "react";
import { StateBadge, VerdictBadge } from "./badges";

type Props = {
  viewer: { userId: string; canApprove: boolean };
  articleId: string;
  claims: ClaimView[];
  placed: ClaimView[];
  selectedId: string | null;
  options: ScaleOptionView[];
  experts: ExpertView[];
  onSelect: (id: string | null) => void;
  onSaved: (c: ClaimView) => void;
  onDelete: (id: string) => void;
  onReattach: (id: string) => void;
  /** the claim finder's suggestions, shown below the article's claims */
  children?: ReactNode;
};

export function ClaimPanel({
  viewer,
  articleId,
  claims,
  placed,
  selectedId,
  options,
  experts,
  onSelect,
  onSaved,
  onDelete,
  onReattach,
  children,
}: Props) {
  const flagged = claims.filter((c) => c.needsReanchor);
  const selected = claims.find((c) => c.id === selectedId);
  const optionOf = (c: ClaimView) => options.find((o) => o.id === c.verdict?.optionId);
  return (
    <aside aria-label="Claims" className="space-y-4 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto">
      {selected ? (
        <ClaimCard
          key={selected.id}
          viewer={viewer}
          articleId={articleId}
          claim={selected}
          options={options}
          experts={experts}
          onClose={() => onSelect(null)}
          onSaved={onSaved}
          onDelete={() => onDelete(selected.id)}
          onReattach={() => onReattach(selected.id)}
        />
      ) : null}
      {flagged.length > 0 && (
        <section aria-labelledby="flagged-heading" className="rounded-xl border border-amber-300 bg-amber-50 p-4">
          <h2 id="flagged-heading" className="text-sm font-semibold">
            Needs re-anchoring ({flagged.length})
          </h2>
          <p className="mt-1 text-xs text-muted">
            The text changed and these claims could not be placed with certainty. Readers keep the published version of
            them until an editor publishes again.
          </p>
          <ul className="mt-3 space-y-2">
            {flagged.map((c) => (
              <li key={c.id} className="rounded-lg border border-amber-200 bg-white p-3 text-sm">
                <p className="line-clamp-2 italic">“{c.quote}”</p>
                <div className="mt-2 flex items-center justify-between gap-2">
                  <VerdictBadge option={optionOf(c)} />
                  <span className="flex gap-2">
                    <button
                      type="button"
                      className="text-xs font-medium text-accent underline"
                      onClick={() => onSelect(c.id)}
                    >
                      Open<span className="sr-only"> flagged claim</span>
                    </button>
                    <button
                      type="button"
                      className="text-xs font-medium text-accent underline"
                      onClick={() => onReattach(c.id)}
                    >
                      Re-attach<span className="sr-only"> “{c.quote.slice(0, 40)}”</span>
                    </button>
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="claims-heading" className="rounded-xl border border-line bg-white">
        <h2 id="claims-heading" className="border-b border-line px-4 py-3 text-sm font-semibold">
          Claims in this article ({placed.length})
        </h2>
        {placed.length === 0 ? (
          <p className="px-4 py-6 text-sm text-muted">
            No claims yet. Select a sentence in the article and choose “Add claim”.
          </p>
        ) : (
          <ol className="divide-y divide-line">
            {placed.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  onClick={() => onSelect(c.id)}
                  aria-current={c.id === selectedId ? "true" : undefined}
                  className={`block w-full px-4 py-3 text-left text-sm hover:bg-slate-50 ${c.id === selectedId ? "bg-indigo-50" : ""}`}
                >
                  <span className="line-clamp-2">“{c.quote}”</span>
                  <span className="mt-1.5 flex flex-wrap items-center gap-2">
                    <VerdictBadge option={optionOf(c)} />
                    <StateBadge state={c.state} wasPublished={c.wasPublished} />
                    {c.citations.length > 0 && (
                      <span className="text-xs text-muted">
                        {c.citations.length} {c.citations.length === 1 ? "source" : "sources"}
                      </span>
                    )}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
      {children}
    </aside>
  );
}
