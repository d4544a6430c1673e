"use client";
import { Dialog } from "radix-ui";
import { CITATION_KIND_LABELS } from "@/lib/claims/schema-labels";
import type { ReaderClaim } from "./reader-types";

const date = (iso: string | null) => (iso ? new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(iso)) : null);

// A modal dialog on wide screens, a bottom sheet on phones; Radix handles focus, Escape and labelling.
export function ClaimDialog({ claim, onClose }: { claim: ReaderClaim | null; onClose: () => void }) {
  return (
    <Dialog.Root open={!!claim} onOpenChange={(open) => { if (!open) onClose(); }}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-ink/40 print:hidden" />
        {claim && (
          <Dialog.Content className="fixed z-50 max-h-[85vh] overflow-y-auto bg-white p-6 shadow-2xl max-sm:inset-x-0 max-sm:bottom-0 max-sm:rounded-t-2xl sm:left-1/2 sm:top-1/2 sm:w-[min(40rem,calc(100vw-2rem))] sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-2xl">
            <div className="flex items-start justify-between gap-4">
              <span className="inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm font-semibold text-white" style={{ backgroundColor: claim.verdict.colour }}>
                <span aria-hidden="true">✓</span>{claim.verdict.label}
              </span>
              <Dialog.Close className="rounded-md p-1.5 text-muted hover:bg-slate-100" aria-label="Close">✕</Dialog.Close>
            </div>
            <Dialog.Title className="mt-4 font-serif text-xl leading-snug">“{claim.quote}”</Dialog.Title>
            <Dialog.Description className="mt-2 text-sm text-muted">
              {[claim.claimant && `Claim by ${claim.claimant}`, date(claim.claimDate), claim.claimContext].filter(Boolean).join(" · ") || "Claim in this article"}
            </Dialog.Description>
            {claim.verdict.description && <p className="mt-3 text-sm"><strong>{claim.verdict.label}:</strong> {claim.verdict.description}</p>}
            <section aria-labelledby="why" className="mt-5">
              <h3 id="why" className="text-xs font-semibold uppercase tracking-wide text-muted">Why</h3>
              <div className="prose-sm mt-1 space-y-2 text-[15px] leading-7 [&_a]:text-accent [&_a]:underline" dangerouslySetInnerHTML={{ __html: claim.rationaleHtml }} />
            </section>
            {claim.citations.length > 0 && (
              <section aria-labelledby="evidence" className="mt-5">
                <h3 id="evidence" className="text-xs font-semibold uppercase tracking-wide text-muted">Evidence</h3>
                <ul className="mt-2 space-y-3">
                  {claim.citations.map((c, i) => (
                    <li key={i} className="rounded-lg border border-line p-3 text-sm">
                      <p className="text-xs font-medium uppercase tracking-wide text-muted">{CITATION_KIND_LABELS[c.kind]}</p>
                      {c.expert && <p className="mt-1"><strong>{c.expert.name}</strong>{[c.expert.title, c.expert.affiliation].filter(Boolean).length > 0 && <>, {[c.expert.title, c.expert.affiliation].filter(Boolean).join(", ")}</>}</p>}
                      {c.quote && <blockquote className="mt-1 border-l-2 border-line pl-3 italic">“{c.quote}”</blockquote>}
                      {(c.sourceTitle || c.url) && (
                        <p className="mt-1">{c.url ? <a href={c.url} className="text-accent underline" rel="noopener noreferrer nofollow" target="_blank">{c.sourceTitle || c.url}</a> : c.sourceTitle}
                          {c.publisher && <span className="text-muted"> — {c.publisher}</span>}</p>
                      )}
                      {(c.saidWhere || c.saidAt || c.accessedAt) && <p className="mt-1 text-xs text-muted">{[c.saidWhere, date(c.saidAt), c.accessedAt && `accessed ${date(c.accessedAt)}`].filter(Boolean).join(" · ")}</p>}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {claim.corrections.length > 0 && (
              <section aria-labelledby="corrections" className="mt-5 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
                <h3 id="corrections" className="font-semibold">Correction</h3>
                <ul className="mt-1 space-y-1">{claim.corrections.map((c) => <li key={c.at}><span className="text-muted">{date(c.at)}:</span> {c.note}</li>)}</ul>
              </section>
            )}
            <p className="mt-5 border-t border-line pt-3 text-xs text-muted">
              Checked {date(claim.checkedAt)}{claim.reviewers.length > 0 && ` by ${claim.reviewers.join(", ")}`}{claim.approvers.length > 0 && `; approved by ${claim.approvers.join(", ")}`}.
            </p>
          </Dialog.Content>
        )}
      </Dialog.Portal>
    </Dialog.Root>
  );
}
